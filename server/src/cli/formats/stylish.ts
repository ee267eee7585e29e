import type { Report } from '../report';
import { countBySeverity } from '../report';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `path:line:col severity rule-id message`, one line each, then a summary line. */
export function formatStylish(report: Report): string {
  const lines = report.findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.finding.severity} ${f.finding.ruleId} ${f.message}`);
  const c = countBySeverity(report.findings);
  const total = report.findings.length;
  const files = report.fileCount;
  if (report.locale === 'fr') {
    lines.push(total === 0
      ? `Aucun problème dans ${plural(files, 'fichier', 'fichiers')}.`
      : `${plural(total, 'problème', 'problèmes')} (${plural(c.error, 'erreur', 'erreurs')}, ${plural(c.warning, 'avertissement', 'avertissements')}, ${c.info} info) dans ${plural(files, 'fichier', 'fichiers')}.`);
  } else {
    lines.push(total === 0
      ? `No problems in ${plural(files, 'file', 'files')}.`
      : `${plural(total, 'problem', 'problems')} (${plural(c.error, 'error', 'errors')}, ${plural(c.warning, 'warning', 'warnings')}, ${plural(c.info, 'info', 'infos')}) in ${plural(files, 'file', 'files')}.`);
  }
  return lines.join('\n') + '\n';
}
