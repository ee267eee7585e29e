import { ruleDocsUrl } from '../../core';
import type { Report } from '../report';
import { countBySeverity } from '../report';

/** Machine-readable findings: 1-based lines and columns (UTF-16 code units), as the other formats. */
export function formatJson(report: Report): string {
  const findings = report.findings.map((f) => ({
    file: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    severity: f.finding.severity,
    ruleId: f.finding.ruleId,
    message: f.message,
    docs: ruleDocsUrl(f.finding.ruleId, report.locale),
    ...(f.finding.suggestions ? { suggestions: f.finding.suggestions } : {}),
  }));
  return (
    JSON.stringify({ files: report.fileCount, summary: countBySeverity(report.findings), findings }, null, 2) + '\n'
  );
}
