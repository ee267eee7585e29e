import type { Locale, Finding, Severity, LineIndex } from '../core';

/** A finding placed for output: the file as shown and 1-based line and column (UTF-16 units). */
export interface ReportedFinding {
  path: string;
  finding: Finding;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The text of the finding's first line, for stable fingerprints. */
  lineText: string;
}

export interface Report {
  findings: ReportedFinding[];
  fileCount: number;
  locale: Locale;
}

export function placeFinding(path: string, finding: Finding, lineIndex: LineIndex, locale: Locale): ReportedFinding {
  const start = lineIndex.positionAt(finding.range.start);
  const end = lineIndex.positionAt(finding.range.end);
  return {
    path, finding, message: finding.message[locale],
    line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1,
    lineText: lineIndex.lineText(start.line),
  };
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function countBySeverity(findings: readonly ReportedFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.finding.severity]++;
  return counts;
}
