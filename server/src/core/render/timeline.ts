import { dayNumber, parsePartialDate, type PartialDate } from '../model/dates';
import type { Action, Axis } from '../model/types';
import { actionWhen } from './actionItem';
import { objectivesUnder } from './axisSection';
import { anchorOf, itemAttrs, type RenderContext } from './context';
import { attr, html, trusted, type Html } from './html';
import { ACTION_STATUS } from './labels';
import { plainText } from './richText';
import { shownStatus } from './status';

/** The drawing's units: the SVG scales to the page width. */
const WIDTH = 1000;
const LABEL_WIDTH = 468;
const CHART_LEFT = 480;
const CHART_RIGHT = 988;
const HEADER = 30;
const ROW = 26;
const GROUP = 28;
const LABEL_CHARS = 60;
/** A group's title has a row of its own, so it may run across the chart. */
const GROUP_CHARS = 110;
const MAX_YEARS = 20;

interface Mark {
  day: number;
  title: string;
  /** The milestone's own status (a deadline's is its action's). */
  status?: string;
}

interface Row {
  action: Action;
  /** A span, drawn as a bar (open-ended spans reach the cycle's edge). */
  bar?: { from: number; to: number; open: boolean };
  /** The interval a `due` date denotes, drawn as a light band ending in a diamond. */
  window?: { from: number; to: number };
  marks: Mark[];
}

function date(value: string | number | undefined): PartialDate | undefined {
  return value === undefined ? undefined : parsePartialDate(value);
}

function rowOf(action: Action, cycle: { first: number; last: number }, context: RenderContext): Row | undefined {
  const start = date(action.start?.value);
  const end = date(action.end?.value);
  const due = date(action.due?.value);
  const row: Row = { action, marks: [] };
  if (start && end) row.bar = { from: start.first, to: end.last, open: false };
  else if (start) row.bar = { from: start.first, to: Math.max(start.last, cycle.last), open: true };
  else if (end) row.bar = { from: Math.min(end.first, cycle.first), to: end.last, open: true };
  if (due) {
    row.window = { from: due.first, to: due.last };
    row.marks.push({ day: due.last, title: action.title?.value ?? '', status: shownStatus(action, context) });
  }
  for (const milestone of action.milestones) {
    const when = date(milestone.due?.value);
    if (when) row.marks.push({ day: when.last, title: milestone.title?.value ?? milestone.id?.value ?? '', status: shownStatus(milestone, context) });
  }
  return row.bar || row.window || row.marks.length > 0 ? row : undefined;
}

function truncated(text: string, limit = LABEL_CHARS): string {
  const plain = plainText(text).replace(/\s+/g, ' ').trim();
  return plain.length <= limit ? plain : `${plain.slice(0, limit - 1).trimEnd()}…`;
}

function diamond(x: number, y: number, size: number): string {
  return `M${x.toFixed(1)} ${y - size}L${(x + size).toFixed(1)} ${y}L${x.toFixed(1)} ${y + size}L${(x - size).toFixed(1)} ${y}Z`;
}

/**
 * The dated actions of the plan on a calendar of the cycle's years, grouped by axis, as an
 * inline SVG (no library, no script): bars for spans, a band and a diamond for a deadline,
 * diamonds for milestones, the cycle shaded and `as_of` drawn as a line.
 */
export function timeline(context: RenderContext): Html {
  const { plan, labels, locale } = context;
  const cycleStart = plan.cycle?.start;
  const cycleEnd = plan.cycle?.end;
  const cycle = { first: cycleStart?.first ?? Infinity, last: cycleEnd?.last ?? -Infinity };
  const groups: { axis?: Axis; title: string; rows: Row[] }[] = [];
  const rowsOf = (actions: Action[]) => actions.map((a) => rowOf(a, cycle, context)).filter((r): r is Row => r !== undefined);
  for (const axis of plan.axes) {
    const objectives = [...axis.ambitions.flatMap((m) => objectivesUnder(context, axis, m)), ...objectivesUnder(context, axis, undefined)];
    const rows = rowsOf(objectives.flatMap((o) => o.actions));
    const number = axis.number?.value ?? plan.axes.indexOf(axis) + 1;
    if (rows.length > 0) groups.push({ axis, title: `${labels.axis} ${number} · ${plainText(axis.title?.value ?? axis.id?.value ?? '', context.typeset)}`, rows });
  }
  const orphans = rowsOf(plan.parts.flatMap((p) => p.objectives).filter((o) => !o.axis || !plan.axes.includes(o.axis)).flatMap((o) => o.actions));
  if (orphans.length > 0) groups.push({ title: labels.otherObjectives, rows: orphans });
  const rows = groups.flatMap((g) => g.rows);
  const undated = plan.actions.length - rows.length;
  const section = (body: Html) => html`<section class="timeline" id="timeline"><h2 class="section-title">${labels.timeline}</h2>${body}</section>`;
  if (rows.length === 0) return section(html`<p class="muted">${labels.noDatedAction}</p>`);

  // The years shown: the cycle's, widened to the dates the actions give (within reason).
  const days = rows.flatMap((r) => [r.bar?.from, r.bar?.to, r.window?.from, r.window?.to, ...r.marks.map((m) => m.day)]).filter((d): d is number => d !== undefined);
  const yearOf = (day: number) => new Date(day * 86_400_000).getUTCFullYear();
  let firstYear = Math.min(cycleStart?.year ?? Infinity, ...days.map(yearOf));
  let lastYear = Math.max(cycleEnd?.year ?? -Infinity, ...days.map(yearOf));
  if (lastYear - firstYear + 1 > MAX_YEARS) {
    firstYear = cycleStart?.year ?? firstYear;
    lastYear = Math.min(lastYear, firstYear + MAX_YEARS - 1);
  }
  const firstDay = dayNumber(firstYear, 1, 1);
  const endDay = dayNumber(lastYear + 1, 1, 1);
  const x = (day: number) => CHART_LEFT + ((Math.max(firstDay, Math.min(endDay, day)) - firstDay) / (endDay - firstDay)) * (CHART_RIGHT - CHART_LEFT);
  const height = HEADER + groups.length * GROUP + rows.length * ROW + 8;

  const parts: Html[] = [];
  if (cycleStart && cycleEnd) {
    parts.push(html`<rect class="tl-cycle"${attr('x', x(cycleStart.first).toFixed(1))} y="${HEADER - 4}"${attr('width', (x(cycleEnd.last + 1) - x(cycleStart.first)).toFixed(1))}${attr('height', height - HEADER - 2)}/>`);
  }
  for (let year = firstYear; year <= lastYear + 1; year++) {
    const left = x(dayNumber(year, 1, 1));
    parts.push(html`<line class="tl-grid"${attr('x1', left.toFixed(1))}${attr('x2', left.toFixed(1))} y1="${HEADER - 8}"${attr('y2', height - 4)}/>`);
    if (year <= lastYear) {
      const middle = (left + x(dayNumber(year + 1, 1, 1))) / 2;
      parts.push(html`<text class="tl-year"${attr('x', middle.toFixed(1))} y="18" text-anchor="middle">${year}</text>`);
    }
  }
  let y = HEADER;
  for (const group of groups) {
    const groupAnchor = group.axis ? anchorOf(context, group.axis) : 'other-objectives';
    parts.push(html`<g class="tl-group"${group.axis ? itemAttrs(context, group.axis, true) : ''}><a${attr('href', `#${groupAnchor}`)}><text class="tl-group-title" x="4"${attr('y', y + 20)}>${truncated(group.title, GROUP_CHARS)}</text></a></g>`);
    y += GROUP;
    for (const row of group.rows) {
      const middle = y + ROW / 2;
      const status = context.reports ? shownStatus(row.action, context) : undefined;
      const statusClass = status && ACTION_STATUS[status] ? `status-${status}` : 'status-none';
      const title = row.action.title?.value ?? row.action.id?.value ?? '';
      const when = actionWhen(row.action, context);
      const shapes: Html[] = [];
      if (row.window) shapes.push(html`<rect class="tl-window ${statusClass}"${attr('x', x(row.window.from).toFixed(1))}${attr('y', middle - 7)}${attr('width', Math.max(2, x(row.window.to + 1) - x(row.window.from)).toFixed(1))} height="14" rx="3"/>`);
      if (row.bar) shapes.push(html`<rect class="tl-bar ${statusClass}${row.bar.open ? ' tl-open' : ''}"${attr('x', x(row.bar.from).toFixed(1))}${attr('y', middle - 6)}${attr('width', Math.max(3, x(row.bar.to + 1) - x(row.bar.from)).toFixed(1))} height="12" rx="3"/>`);
      for (const mark of row.marks) {
        const markClass = context.reports && mark.status && ACTION_STATUS[mark.status] ? `status-${mark.status}` : 'status-none';
        shapes.push(html`<path class="tl-mark ${markClass}"${attr('d', diamond(x(mark.day + 1), middle, 7))}><title>${plainText(mark.title, context.typeset)}</title></path>`);
      }
      parts.push(html`<g class="tl-row"${itemAttrs(context, row.action, true)}><title>${plainText(title, context.typeset)}${when ? ` — ${when}` : ''}${status ? ` — ${ACTION_STATUS[status]?.[locale] ?? status}` : ''}</title><a${attr('href', `#${anchorOf(context, row.action) ?? ''}`)}><text class="tl-label" x="14"${attr('y', middle + 5)}>${truncated(title)}</text></a>${shapes}</g>`);
      y += ROW;
    }
  }
  if (context.asOfDay !== undefined && context.asOfDay >= firstDay && context.asOfDay < endDay) {
    const at = x(context.asOfDay).toFixed(1);
    parts.push(html`<line class="tl-as-of"${attr('x1', at)}${attr('x2', at)} y1="${HEADER - 6}"${attr('y2', height - 4)}/>`);
  }
  const svg = html`<svg class="timeline-chart"${attr('viewBox', `0 0 ${WIDTH} ${height}`)} role="img"${attr('aria-label', labels.timeline)}>${trusted(`<line class="tl-divider" x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH}" y1="${HEADER - 8}" y2="${height - 4}"/>`)}${parts}</svg>`;
  const legend = ['planned', 'in-progress', 'done', 'delayed', 'overdue'].map((s) => html`<li><span class="swatch status-${s}" aria-hidden="true"></span>${ACTION_STATUS[s][locale]}</li>`);
  const note = undated > 0 ? ` ${undated} ${undated === 1 ? labels.undatedAction : labels.undatedActions}.` : '';
  return section(html`<p class="section-note">${labels.timelineNote}${note}</p><div class="timeline-frame">${svg}</div><ul class="legend"><li><span class="swatch status-none" aria-hidden="true"></span>${labels.noStatus}</li>${legend}<li><span class="legend-mark" aria-hidden="true">◆</span>${labels.deadlineMark}</li></ul>`);
}
