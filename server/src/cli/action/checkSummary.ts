import type { Locale } from '../../core';
import { severityCounts } from '../report';

/** The part of `jalon check --format json` the summary reads. */
export interface CheckJson {
  files: number;
  summary: { error: number; warning: number; info: number };
  findings: {
    file: string;
    line: number;
    column: number;
    severity: 'error' | 'warning' | 'info';
    ruleId: string;
    message: string;
    docs: string;
  }[];
}

const MAX_ROWS = 50;

function escape(text: string): string {
  return text.replace(/[\\`*_~[\]<>|]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** The check's verdict line and its errors and warnings in a collapsible table (infos counted only). */
export function checkSummaryMarkdown(
  check: CheckJson,
  locale: Locale,
  link: (file: string, line: number) => string,
): string {
  const { error, warning, info } = check.summary;
  const fr = locale === 'fr';
  const plural = (n: number, en: string, frWord: string) =>
    `${n} ${fr ? (n > 1 ? `${frWord}s` : frWord) : n === 1 ? en : `${en}s`}`;
  // The counts in the words of `jalon check`'s own summary.
  const counts = severityCounts({ error, warning, info }, locale);
  const files = plural(check.files, 'file', 'fichier');
  const verdict = `**Jalon check**${fr ? ' :' : ':'} ${error > 0 ? '❌' : warning > 0 ? '⚠️' : '✅'} ${counts} ${fr ? 'dans' : 'in'} ${files}`;
  const shown = check.findings.filter((f) => f.severity !== 'info');
  if (shown.length === 0) return `${verdict}\n`;
  const rows = shown
    .slice(0, MAX_ROWS)
    .map(
      (f) =>
        `| ${f.severity} | [${escape(f.ruleId)}](${f.docs}) | ${escape(f.message)} | [${escape(f.file)}:${f.line}](${link(f.file, f.line)}) |`,
    );
  const more =
    shown.length > MAX_ROWS
      ? [``, fr ? `… et ${shown.length - MAX_ROWS} de plus.` : `… and ${shown.length - MAX_ROWS} more.`]
      : [];
  return [
    verdict,
    '',
    `<details${error > 0 ? ' open' : ''}><summary>${fr ? 'Erreurs et avertissements' : 'Errors and warnings'}</summary>`,
    '',
    fr ? '| | Règle | Message | Où |' : '| | Rule | Message | Where |',
    '|---|---|---|---|',
    ...rows,
    ...more,
    '',
    '</details>',
    '',
  ].join('\n');
}
