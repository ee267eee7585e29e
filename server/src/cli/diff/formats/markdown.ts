import type { DiffChange, Localized, WordPart } from '../../../core';
import { countByClass, headPlace, type DiffReport } from '../report';

/** Words of unchanged text kept on each side of a change in a word-level row. */
const CONTEXT_WORDS = 6;

function escape(text: string): string {
  return text.replace(/[\\`*_~[\]<>|]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** The changed words: removed struck through, added in bold, long unchanged runs shortened. */
export function wordMarkup(parts: readonly WordPart[]): string {
  return parts
    .map((part, i) => {
      const text = part.text.trim();
      if (text === '') return '';
      if (part.op === 'removed') return `~~${escape(text)}~~`;
      if (part.op === 'added') return `**${escape(text)}**`;
      const words = text.split(/\s+/);
      if (words.length <= CONTEXT_WORDS * 2) return escape(text);
      const head = i === 0 ? '…' : escape(words.slice(0, CONTEXT_WORDS).join(' '));
      const tail = i === parts.length - 1 ? '…' : escape(words.slice(-CONTEXT_WORDS).join(' '));
      return i === 0 ? `… ${tail}` : i === parts.length - 1 ? `${head} …` : `${head} … ${tail}`;
    })
    .filter((t) => t !== '')
    .join(' ');
}

interface Group {
  title: string;
  changes: DiffChange[];
}

function groups(report: DiffReport): Group[] {
  const planTitle: Localized = { en: 'Plan and indicators', fr: 'Plan et indicateurs' };
  const byAxis = new Map<string, Group>();
  const general: Group = { title: planTitle[report.locale], changes: [] };
  for (const change of report.changes) {
    if (!change.axis) {
      general.changes.push(change);
      continue;
    }
    const key = `${change.plan}\u0000${change.axis.id}`;
    let group = byAxis.get(key);
    if (!group) {
      const noun = report.locale === 'fr' ? 'Axe' : 'Axis';
      group = {
        title: `${noun} \`${change.axis.id}\`${change.axis.title ? ` — ${escape(change.axis.title)}` : ''}`,
        changes: [],
      };
      byAxis.set(key, group);
    }
    group.changes.push(change);
  }
  return [general, ...byAxis.values()].filter((g) => g.changes.length > 0);
}

function countsLine(changes: readonly DiffChange[], locale: DiffReport['locale']): string {
  const { attention, notice } = countByClass(changes);
  return locale === 'fr'
    ? `${attention} ${attention > 1 ? 'points' : 'point'} d’attention, ${notice} ${notice > 1 ? 'informations' : 'information'}`
    : `${attention} attention, ${notice} ${notice === 1 ? 'notice' : 'notices'}`;
}

/** For a pull-request comment or a job summary: a verdict line, then one collapsible table per axis. */
export function formatDiffMarkdown(report: DiffReport): string {
  const fr = report.locale === 'fr';
  const { attention } = countByClass(report.changes);
  const sides = `\`${report.base.ref}\` → \`${report.head.ref}\``;
  const plans = [...new Set([...report.head.plans, ...report.base.plans])].map((p) => `\`${p}\``).join(', ');
  const verdict =
    report.changes.length === 0
      ? fr
        ? `✅ aucun changement (${plans || 'aucun plan'})`
        : `✅ no change (${plans || 'no plan'})`
      : `${attention > 0 ? '⚠️' : '✅'} ${attention > 0 ? `**${countsLine(report.changes, report.locale)}**` : countsLine(report.changes, report.locale)} (${plans})`;
  const lines = [`**Jalon diff** ${sides}${fr ? ' :' : ':'} ${verdict}`, ''];
  for (const note of report.notes) lines.push(`> ⚠️ ${escape(note[report.locale])}`, '');
  const header = fr ? '| | Changement | Où |' : '| | Change | Where |';
  for (const group of groups(report)) {
    const open = group.changes.some((c) => c.class === 'attention') ? ' open' : '';
    lines.push(
      `<details${open}><summary><b>${group.title}</b> (${countsLine(group.changes, report.locale)})</summary>`,
      '',
      header,
      '|---|---|---|',
    );
    for (const change of group.changes) {
      const mark = change.class === 'attention' ? '⚠️ attention' : 'notice';
      const words = change.words && change.words.some((w) => w.op !== 'same') ? `<br>${wordMarkup(change.words)}` : '';
      const place = headPlace(change);
      const where = place
        ? `[${escape(report.inRepository(place.file))}:${place.line}](${report.linkOf(place)})`
        : change.base
          ? `${escape(report.inRepository(change.base.file))}:${change.base.line} (${report.base.ref})`
          : '';
      lines.push(`| ${mark} | ${escape(change.message[report.locale])}${words} | ${where} |`);
    }
    lines.push('', '</details>', '');
  }
  return lines.join('\n');
}
