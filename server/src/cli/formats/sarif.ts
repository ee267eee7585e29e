import { createHash } from 'node:crypto';
import { DOCS_BASE, RULE_IDS, defaultSeverity, ruleDocsUrl, ruleSummary, type Severity } from '../../core';
import type { Report } from '../report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0 as GitHub code scanning reads it: every rule with its help link, 1-based regions. */
export function formatSarif(report: Report, version: string): string {
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
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: f.path },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endLine === f.line ? Math.max(f.endColumn, f.column + 1) : f.endColumn },
        },
      }],
      partialFingerprints: { primaryLocationLineHash: `${createHash('sha256').update(key).digest('hex').slice(0, 16)}:${n + 1}` },
    };
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'jalon', semanticVersion: version, informationUri: DOCS_BASE,
          rules: RULE_IDS.map((id) => ({
            id, shortDescription: { text: ruleSummary(id)[report.locale] }, helpUri: ruleDocsUrl(id),
            defaultConfiguration: { level: LEVEL[defaultSeverity(id)] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
