import type { Report } from '../report';
import { countBySeverity, SEVERITY_WORDS, severityCounts } from '../report';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `path:line:col severity rule-id message`, one line each, then a summary line. */
export function formatStylish(report: Report): string {
  const words = SEVERITY_WORDS[report.locale];
  const lines = report.findings.map(
    (f) => `${f.path}:${f.line}:${f.column} ${words[f.finding.severity]} ${f.finding.ruleId} ${f.message}`,
  );
  lines.push(summaryLine(report));
  return lines.join('\n') + '\n';
}

/** "0 errors, 18 warnings, 300 suggestions in 2 files.", or "No problems in 1 file.". */
export function summaryLine(report: Report): string {
  const counts = severityCounts(countBySeverity(report.findings), report.locale);
  const total = report.findings.length;
  const files = report.fileCount;
  if (report.locale === 'fr') {
    // French counts 0 and 1 in the singular.
    const inFiles = files > 1 ? `${files} fichiers` : `${files} fichier`;
    return total === 0 ? `Aucun problème dans ${inFiles}.` : `${counts} dans ${inFiles}.`;
  }
  return total === 0
    ? `No problems in ${plural(files, 'file', 'files')}.`
    : `${counts} in ${plural(files, 'file', 'files')}.`;
}
