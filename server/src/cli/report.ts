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
    path,
    finding,
    message: finding.message[locale],
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    lineText: lineIndex.lineText(start.line),
  };
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function countBySeverity(findings: readonly ReportedFinding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.finding.severity]++;
  return counts;
}

/** How the stylish lines name a severity: English keeps the words of the JSON and SARIF output. */
export const SEVERITY_WORDS: Record<Locale, Record<Severity, string>> = {
  en: { error: 'error', warning: 'warning', info: 'info' },
  fr: { error: 'erreur', warning: 'avertissement', info: 'suggestion' },
};

/**
 * "0 errors, 18 warnings, 300 suggestions" / "0 erreur, 18 avertissements, 300 suggestions":
 * infos are suggestions, not problems (the seeds, faithful plans, have 300 of them).
 */
export function severityCounts(counts: Record<Severity, number>, locale: Locale): string {
  const words: Record<Severity, [string, string]> =
    locale === 'fr'
      ? {
          error: ['erreur', 'erreurs'],
          warning: ['avertissement', 'avertissements'],
          info: ['suggestion', 'suggestions'],
        }
      : { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['suggestion', 'suggestions'] };
  // French makes 0 and 1 singular ("0 erreur"), English only 1.
  const plural = (n: number) => (locale === 'fr' ? n > 1 : n !== 1);
  return (['error', 'warning', 'info'] as const)
    .map((s) => `${counts[s]} ${words[s][plural(counts[s]) ? 1 : 0]}`)
    .join(', ');
}
