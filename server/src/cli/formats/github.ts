import type { Report } from '../report';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Workflow-command escaping: data escapes %, CR and LF; properties also `:` and `,`. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions annotations: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message`. */
export function formatGithub(report: Report): string {
  return report.findings
    .map((f) => {
      const props = [`file=${escapeProperty(f.path)}`, `line=${f.line}`];
      // GitHub reads col/endColumn only for a single-line range.
      if (f.endLine === f.line)
        props.push(`col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${Math.max(f.endColumn, f.column)}`);
      else props.push(`endLine=${f.endLine}`);
      props.push(`title=${escapeProperty(f.finding.ruleId)}`);
      return `::${COMMAND[f.finding.severity]} ${props.join(',')}::${escapeData(f.message)}\n`;
    })
    .join('');
}
