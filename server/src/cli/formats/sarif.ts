import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOCS_BASE, RULE_IDS, defaultSeverity, ruleDocsUrl, ruleSummary, type Severity } from '../../core';
import type { Report } from '../report';
import { ruleDoc } from './ruleHelp';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The base of relative URIs: the repository root (`originalUriBaseIds` says where it is). */
const ROOT_BASE = 'REPOROOT';

/** `date/outside-cycle` → `DateOutsideCycle`, the rule's "friendly name". */
function friendlyName(id: string): string {
  return id
    .split(/[/-]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
}

/** A relative path as a URI reference (each segment escaped), or an absolute path as a `file://` URI. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (path.isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: ROOT_BASE };
}

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: every rule with its description and help
 * from docs/rules.md, locations relative to the repository root (`root`; findings' paths are
 * relative to it, or absolute for files outside it), fingerprints that ignore line numbers.
 */
export function formatSarif(report: Report, version: string, root: string): string {
  const ruleIndex = new Map(RULE_IDS.map((id, i) => [id, i]));
  const occurrences = new Map<string, number>();
  const results = report.findings.map((f) => {
    const key = `${f.finding.ruleId}:${f.path}:${f.lineText.trim()}`;
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    return {
      ruleId: f.finding.ruleId,
      ruleIndex: ruleIndex.get(f.finding.ruleId),
      level: LEVEL[f.finding.severity],
      message: { text: f.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifactLocation(f.path),
            region: {
              startLine: f.line,
              startColumn: f.column,
              endLine: f.endLine,
              endColumn: f.endLine === f.line ? Math.max(f.endColumn, f.column + 1) : f.endColumn,
            },
          },
        },
      ],
      partialFingerprints: {
        primaryLocationLineHash: `${createHash('sha256').update(key).digest('hex').slice(0, 16)}:${n + 1}`,
      },
    };
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'jalon',
            version,
            semanticVersion: version,
            informationUri: DOCS_BASE,
            rules: RULE_IDS.map((id) => {
              const doc = ruleDoc(id);
              const summary = ruleSummary(id)[report.locale];
              return {
                id,
                name: friendlyName(id),
                shortDescription: { text: summary },
                fullDescription: { text: doc?.description ?? summary },
                help: { text: doc?.text ?? summary, markdown: doc?.markdown ?? summary },
                helpUri: ruleDocsUrl(id),
                defaultConfiguration: { level: LEVEL[defaultSeverity(id)] },
              };
            }),
          },
        },
        automationDetails: { id: 'jalon/' },
        originalUriBaseIds: {
          [ROOT_BASE]: { uri: pathToFileURL(root.endsWith(path.sep) ? root : root + path.sep).href },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
