import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { Locale } from '../core/i18n/locale';
import type { Finding } from '../core/rules/finding';
import { ruleDocsUrl } from '../core/rules/registry';
import { LineIndex } from '../core/text/lineIndex';
import type { PlanFile } from '../core/model/types';
import type { LoadedConfig } from '../host/configFiles';
import { toRange } from './convert';
import { pathToUri } from './uris';

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

/** What a quick fix needs to know of a finding, carried by the diagnostic. */
export interface DiagnosticData {
  suggestions?: string[];
}

export function toDiagnostic(file: PlanFile, finding: Finding, locale: Locale): Diagnostic {
  const data: DiagnosticData = finding.suggestions ? { suggestions: finding.suggestions } : {};
  return {
    range: toRange(file, finding.range),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUrl(finding.ruleId, locale) },
    source: 'jalon',
    message: finding.message[locale],
    data,
  };
}

/** Problems of a jalon.config.yaml, shown on that file. */
export function publishConfigProblems(connection: Connection, config: LoadedConfig, locale: Locale): void {
  const lines = new LineIndex(config.text);
  void connection.sendDiagnostics({
    uri: pathToUri(config.path),
    diagnostics: config.problems.map((p) => ({
      range: lines.rangeAt(p.range), severity: DiagnosticSeverity.Error, source: 'jalon', code: 'config', message: p.message[locale],
    })),
  });
}
