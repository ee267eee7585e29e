import type { Report } from '../report';
import { countBySeverity, SEVERITY_WORDS, severityCounts } from '../report';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `path:line:col severity rule-id message`, one line each, then a summary line. */
export function formatStylish(report: Report): string {
  const words = SEVERITY_WORDS[report.locale];
  const lines = report.findings.map((f) => `${f.path}:${f.line}:${f.column} ${words[f.finding.severity]} ${f.finding.ruleId} ${f.message}`);
  const counts = severityCounts(countBySeverity(report.findings), report.locale);
  const total = report.findings.length;
  const files = report.fileCount;
  if (report.locale === 'fr') {
    lines.push(total === 0
      ? `Aucun problème dans ${files > 1 ? `${files} fichiers` : `${files} fichier`}.`
      : `${counts} dans ${files > 1 ? `${files} fichiers` : `${files} fichier`}.`);
  } else {
    lines.push(total === 0 ? `No problems in ${plural(files, 'file', 'files')}.` : `${counts} in ${plural(files, 'file', 'files')}.`);
  }
  return lines.join('\n') + '\n';
}
