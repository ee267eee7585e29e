import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import { configUnreadableMessage, LineIndex, ruleDocsUrl, type Finding, type Locale, type PlanFile } from '../core';
import type { HostConfig } from '../host/planHost';
import { toRange } from './convert';

const SEVERITY = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
} as const;

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

/** The unreadable configurations already written to the log (each read of one is logged once). */
const logged = new WeakSet<object>();

/** Problems of a jalon.config.yaml, shown on that file; one that cannot be read is an error there and in the log. */
export function publishConfigProblems(connection: Connection, config: HostConfig, locale: Locale): void {
  const lines = new LineIndex(config.text);
  const problems = config.unreadable
    ? [{ range: { start: 0, end: 0 }, message: configUnreadableMessage(config.unreadable) }]
    : config.problems;
  if (config.unreadable && !logged.has(config.unreadable)) {
    logged.add(config.unreadable);
    connection.console.error(`${config.uri}: ${configUnreadableMessage(config.unreadable).en}`);
  }
  void connection.sendDiagnostics({
    uri: config.uri,
    diagnostics: problems.map((p) => ({
      range: lines.rangeAt(p.range),
      severity: DiagnosticSeverity.Error,
      source: 'jalon',
      code: 'config',
      message: p.message[locale],
    })),
  });
}
