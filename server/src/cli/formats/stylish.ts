import type { Report } from '../report';
import { countBySeverity } from '../report';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `path:line:col severity rule-id message`, one line each, then a summary line. */
export function formatStylish(report: Report): string {
  const lines = report.findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.finding.severity} ${f.finding.ruleId} ${f.message}`);
  lines.push(summaryLine(report));
  return lines.join('\n') + '\n';
}

/** "2 problems (1 error, 1 warning, 0 infos) in 1 file.", or "No problems in 1 file.". */
export function summaryLine(report: Report): string {
  const c = countBySeverity(report.findings);
  const total = report.findings.length;
  const files = report.fileCount;
  if (report.locale === 'fr') {
    return total === 0
      ? `Aucun problème dans ${plural(files, 'fichier', 'fichiers')}.`
      : `${plural(total, 'problème', 'problèmes')} (${plural(c.error, 'erreur', 'erreurs')}, ${plural(c.warning, 'avertissement', 'avertissements')}, ${c.info} info) dans ${plural(files, 'fichier', 'fichiers')}.`;
  }
  return total === 0
    ? `No problems in ${plural(files, 'file', 'files')}.`
    : `${plural(total, 'problem', 'problems')} (${plural(c.error, 'error', 'errors')}, ${plural(c.warning, 'warning', 'warnings')}, ${plural(c.info, 'info', 'infos')}) in ${plural(files, 'file', 'files')}.`;
}
