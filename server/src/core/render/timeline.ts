import { dayNumber, parsePartialDate, type PartialDate } from '../model/dates';
import type { Action, Axis } from '../model/types';
import { actionWhen } from './actionItem';
import { axisNumberOf, axisObjectives } from './axisSection';
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
/** The years' and quarters' labels. */
const HEADER = 36;
const ROW = 26;
/** Each more line of a wrapped title. */
const LINE = 16;
const LABEL_CHARS = 56;
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
    if (when)
      row.marks.push({
        day: when.last,
        title: milestone.title?.value ?? milestone.id?.value ?? '',
        status: shownStatus(milestone, context),
      });
  }
  return row.bar || row.window || row.marks.length > 0 ? row : undefined;
}

/** A title over lines of at most `limit` characters, cut between words (a word longer than a line is cut). */
export function wrapped(text: string, limit: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > limit) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
    while (line.length > limit) {
      lines.push(line.slice(0, limit));
      line = line.slice(limit);
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

function diamond(x: number, y: number, size: number): string {
  return `M${x.toFixed(1)} ${y - size}L${(x + size).toFixed(1)} ${y}L${x.toFixed(1)} ${y + size}L${(x - size).toFixed(1)} ${y}Z`;
}

interface Group {
  axis?: Axis;
  title: string;
  rows: Row[];
}

interface Scale {
  firstYear: number;
  lastYear: number;
  firstDay: number;
  endDay: number;
  x: (day: number) => number;
}

/** The years shown: the cycle's, widened to the dates the actions give (within reason); the same for every axis. */
function scaleOf(rows: readonly Row[], context: RenderContext): Scale {
  const { cycle } = context.plan;
  const days = rows
    .flatMap((r) => [r.bar?.from, r.bar?.to, r.window?.from, r.window?.to, ...r.marks.map((m) => m.day)])
    .filter((d): d is number => d !== undefined);
  const yearOf = (day: number) => new Date(day * 86_400_000).getUTCFullYear();
  let firstYear = Math.min(cycle?.start.year ?? Infinity, ...days.map(yearOf));
  let lastYear = Math.max(cycle?.end.year ?? -Infinity, ...days.map(yearOf));
  if (lastYear - firstYear + 1 > MAX_YEARS) {
    firstYear = cycle?.start.year ?? firstYear;
    lastYear = Math.min(lastYear, firstYear + MAX_YEARS - 1);
  }
  const firstDay = dayNumber(firstYear, 1, 1);
  const endDay = dayNumber(lastYear + 1, 1, 1);
  const x = (day: number) =>
    CHART_LEFT +
    ((Math.max(firstDay, Math.min(endDay, day)) - firstDay) / (endDay - firstDay)) * (CHART_RIGHT - CHART_LEFT);
  return { firstYear, lastYear, firstDay, endDay, x };
}

function statusClassOf(status: string | undefined): string {
  return status && ACTION_STATUS[status] ? `status-${status}` : 'status-none';
}

/** One axis's chart: years and quarters on top, a row per dated action (its full title over as many lines as it needs). */
function chart(
  group: Group,
  scale: Scale,
  context: RenderContext,
): { svg: Html; statuses: Set<string>; windows: boolean; marks: boolean } {
  const { labels, locale } = context;
  const { x, firstYear, lastYear, firstDay, endDay } = scale;
  const statuses = new Set<string>();
  let windows = false;
  let marks = false;
  const rows = group.rows.map((row) => ({
    row,
    lines: wrapped(plainText(row.action.title?.value ?? row.action.id?.value ?? '', context.typeset), LABEL_CHARS),
  }));
  const height = HEADER + rows.reduce((sum, r) => sum + ROW + (r.lines.length - 1) * LINE, 0) + 8;
  const quarters = lastYear - firstYear < 8;
  const parts: Html[] = [];
  const cycle = context.plan.cycle;
  if (cycle)
    parts.push(
      html`<rect class="tl-cycle"${attr('x', x(cycle.start.first).toFixed(1))} y="${HEADER - 4}"${attr('width', (x(cycle.end.last + 1) - x(cycle.start.first)).toFixed(1))}${attr('height', height - HEADER - 2)}/>`,
    );
  for (let year = firstYear; year <= lastYear + 1; year++) {
    const left = x(dayNumber(year, 1, 1));
    parts.push(
      html`<line class="tl-grid"${attr('x1', left.toFixed(1))}${attr('x2', left.toFixed(1))} y1="4"${attr('y2', height - 4)}/>`,
    );
    if (year > lastYear) continue;
    const middle = (left + x(dayNumber(year + 1, 1, 1))) / 2;
    parts.push(html`<text class="tl-year"${attr('x', middle.toFixed(1))} y="16" text-anchor="middle">${year}</text>`);
    if (!quarters) continue;
    for (let q = 0; q < 4; q++) {
      const from = x(dayNumber(year, q * 3 + 1, 1));
      const to = x(q === 3 ? dayNumber(year + 1, 1, 1) : dayNumber(year, q * 3 + 4, 1));
      if (q > 0)
        parts.push(
          html`<line class="tl-quarter"${attr('x1', from.toFixed(1))}${attr('x2', from.toFixed(1))} y1="${HEADER - 8}"${attr('y2', height - 4)}/>`,
        );
      parts.push(
        html`<text class="tl-quarter-label"${attr('x', ((from + to) / 2).toFixed(1))} y="${HEADER - 4}" text-anchor="middle">${locale === 'fr' ? 'T' : 'Q'}${q + 1}</text>`,
      );
    }
  }
  let y = HEADER + 4;
  for (const { row, lines } of rows) {
    const rowHeight = ROW + (lines.length - 1) * LINE;
    const middle = y + rowHeight / 2;
    const status = context.reports ? shownStatus(row.action, context) : undefined;
    const statusClass = statusClassOf(status);
    statuses.add(statusClass);
    const title = row.action.title?.value ?? row.action.id?.value ?? '';
    const when = actionWhen(row.action, context);
    const shapes: Html[] = [];
    if (row.window) {
      windows = true;
      shapes.push(
        html`<rect class="tl-window ${statusClass}"${attr('x', x(row.window.from).toFixed(1))}${attr('y', middle - 7)}${attr('width', Math.max(2, x(row.window.to + 1) - x(row.window.from)).toFixed(1))} height="14" rx="3"/>`,
      );
    }
    if (row.bar)
      shapes.push(
        html`<rect class="tl-bar ${statusClass}${row.bar.open ? ' tl-open' : ''}"${attr('x', x(row.bar.from).toFixed(1))}${attr('y', middle - 6)}${attr('width', Math.max(3, x(row.bar.to + 1) - x(row.bar.from)).toFixed(1))} height="12" rx="3"/>`,
      );
    for (const mark of row.marks) {
      marks = true;
      const markClass = context.reports ? statusClassOf(mark.status) : 'status-none';
      statuses.add(markClass);
      shapes.push(
        html`<path class="tl-mark ${markClass}"${attr('d', diamond(x(mark.day + 1), middle, 7))}><title>${plainText(mark.title, context.typeset)}</title></path>`,
      );
    }
    const firstLine = middle + 5 - ((lines.length - 1) * LINE) / 2;
    const text = lines.map(
      (line, i) => html`<tspan x="14"${attr('y', (firstLine + i * LINE).toFixed(1))}>${line}</tspan>`,
    );
    parts.push(
      html`<g class="tl-row"${itemAttrs(context, row.action, true)}><title>${plainText(title, context.typeset)}${when ? ` — ${when}` : ''}${status ? ` — ${ACTION_STATUS[status]?.[locale] ?? status}` : ''}</title><line class="tl-row-rule" x1="0"${attr('x2', WIDTH)}${attr('y1', y + rowHeight)}${attr('y2', y + rowHeight)}/><a${attr('href', `#${anchorOf(context, row.action) ?? ''}`)}><text class="tl-label">${text}</text></a>${shapes}</g>`,
    );
    y += rowHeight;
  }
  if (context.asOfDay !== undefined && context.asOfDay >= firstDay && context.asOfDay < endDay) {
    const at = x(context.asOfDay).toFixed(1);
    parts.push(
      html`<line class="tl-as-of"${attr('x1', at)}${attr('x2', at)} y1="${HEADER - 6}"${attr('y2', height - 4)}/>`,
    );
  }
  const svg = html`<svg class="timeline-chart"${attr('viewBox', `0 0 ${WIDTH} ${height}`)} role="img"${attr('aria-label', `${labels.timeline} — ${group.title}`)}>${trusted(`<line class="tl-divider" x1="${LABEL_WIDTH}" x2="${LABEL_WIDTH}" y1="4" y2="${height - 4}"/>`)}${parts}</svg>`;
  return { svg, statuses, windows, marks };
}

const LEGEND_ORDER = [
  'status-none',
  'status-planned',
  'status-in-progress',
  'status-done',
  'status-delayed',
  'status-overdue',
  'status-cancelled',
];

/** What the chart draws, each once: the statuses its bars have, the pale band of a deadline, the diamond. */
function legend(drawn: { statuses: Set<string>; windows: boolean; marks: boolean }, context: RenderContext): Html {
  const { labels, locale } = context;
  const items = LEGEND_ORDER.filter((s) => drawn.statuses.has(s)).map((s) => {
    const name =
      s === 'status-none'
        ? context.reports
          ? labels.noStatus
          : labels.actionSpan
        : ACTION_STATUS[s.slice('status-'.length)][locale];
    return html`<li><span class="swatch ${s}" aria-hidden="true"></span>${name}</li>`;
  });
  if (drawn.windows)
    items.push(
      html`<li><span class="swatch swatch-window status-none" aria-hidden="true"></span>${labels.deadlineWindow}</li>`,
    );
  if (drawn.marks)
    items.push(html`<li><span class="legend-mark" aria-hidden="true">◆</span>${labels.deadlineMark}</li>`);
  return html`<ul class="legend">${items}</ul>`;
}

/**
 * The dated actions of the plan on a calendar of the cycle's years and quarters, one chart
 * per axis (each kept on one page with its heading and legend), as inline SVG (no library, no
 * script): bars for spans, a pale band and a diamond for a deadline, diamonds for milestones,
 * the cycle shaded and `as_of` drawn as a line. Statuses are coloured only when the plan
 * reports some (always for review).
 */
export function timeline(context: RenderContext): Html {
  const { plan, labels } = context;
  const cycle = { first: plan.cycle?.start.first ?? Infinity, last: plan.cycle?.end.last ?? -Infinity };
  const groups: Group[] = [];
  const rowsOf = (actions: Action[]) =>
    actions.map((a) => rowOf(a, cycle, context)).filter((r): r is Row => r !== undefined);
  for (const axis of plan.axes) {
    const rows = rowsOf(axisObjectives(axis, context).flatMap((o) => o.actions));
    if (rows.length > 0)
      groups.push({
        axis,
        title: `${labels.axis} ${axisNumberOf(axis, context)} · ${plainText(axis.title?.value ?? axis.id?.value ?? '', context.typeset)}`,
        rows,
      });
  }
  const orphans = rowsOf(
    plan.parts
      .flatMap((p) => p.objectives)
      .filter((o) => !o.axis || !plan.axes.includes(o.axis))
      .flatMap((o) => o.actions),
  );
  if (orphans.length > 0) groups.push({ title: labels.otherObjectives, rows: orphans });
  const rows = groups.flatMap((g) => g.rows);
  const undated = plan.actions.length - rows.length;
  const intro = html`<h2 class="section-title">${labels.timeline}</h2>`;
  // The public document leaves out a calendar with nothing on it; a review says why it is empty.
  if (rows.length === 0)
    return context.audience === 'review'
      ? html`<section class="timeline" id="timeline">${intro}<p class="muted">${labels.noDatedAction}</p></section>`
      : html``;
  const scale = scaleOf(rows, context);
  const note = undated > 0 ? ` ${undated} ${undated === 1 ? labels.undatedAction : labels.undatedActions}.` : '';
  const charts = groups.map((group, i) => {
    const drawn = chart(group, scale, context);
    const anchor = group.axis ? anchorOf(context, group.axis) : 'other-objectives';
    // The first chart carries the section's title and note, so that they never stand alone on a page.
    return html`<section class="timeline-axis"${group.axis ? itemAttrs(context, group.axis, true) : ''}>${i === 0 ? html`${intro}<p class="section-note">${labels.timelineNote}${note}</p>` : ''}<h3 class="group-title"><a${attr('href', `#${anchor}`)}>${group.title}</a></h3><div class="timeline-figure"><div class="timeline-frame">${drawn.svg}</div>${legend(drawn, context)}</div></section>`;
  });
  return html`<section class="timeline" id="timeline">${charts}</section>`;
}
