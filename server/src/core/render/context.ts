import { localeFromTag, type Locale } from '../i18n/locale';
import { parsePartialDate } from '../model/dates';
import type { Item, Located, PlanFile } from '../model/types';
import type { Plan } from '../plan/assemble';
import { Progress } from '../plan/progress';
import type { Finding } from '../rules/finding';
import type { OffsetRange } from '../text/lineIndex';
import { attr, html, trusted, type Html } from './html';
import { labelsFor, type Label } from './labels';
import type { Typeset } from './richText';
import { typesetFor } from './typography';

/**
 * Who the document is for. `public`: the plan as published (no findings, no file names, no
 * ids; statuses and progress only when the plan reports some). `review`: everything, with
 * each finding shown on the item it concerns and listed at the top.
 */
export type Audience = 'public' | 'review';
export const AUDIENCES: readonly Audience[] = ['public', 'review'];

/** What the host read for the document: the logo's bytes (the core reads no file). */
export interface RenderAssets {
  /** The logo as the plan names it (`plan.logo`), read by the caller; absent when unreadable. */
  logo?: { mediaType: 'image/png' | 'image/jpeg' | 'image/svg+xml'; bytes: Uint8Array };
  /** The titles of the other plans of the workspace, by id (the cover names `previous` by its title). */
  planTitles?: ReadonlyMap<string, string>;
}

/** `jalon render`: one self-contained file (inline styles with print rules, no script). */
export interface StandaloneOptions {
  mode: 'standalone';
  /** `public` by default. */
  audience?: Audience;
  assets?: RenderAssets;
  /**
   * For print: the page each anchor lands on, shown in the table of contents (the PDF's first
   * printing finds them; an empty map prints placeholders of the same width).
   */
  pageNumbers?: ReadonlyMap<string, number>;
  /** The language of labels, numbers and dates; the plan's `language` by default. */
  locale?: Locale;
  /** How to name a file in the diagnostics summary (a path relative to the working folder); its last segment by default. */
  fileLabel?: (uri: string) => string;
}

/** The editor's preview: a strict CSP with the webview's source and nonce, the client's script and stylesheet, `data-line` on every block. */
export interface WebviewOptions {
  mode: 'webview';
  cspSource: string;
  nonce: string;
  styleUri: string;
  scriptUri: string;
  locale?: Locale;
  fileLabel?: (uri: string) => string;
  /** `review` by default. */
  audience?: Audience;
  assets?: RenderAssets;
}

export type RenderOptions = StandaloneOptions | WebviewOptions;

/** What every part of the document is rendered with. */
export interface RenderContext {
  plan: Plan;
  findings: readonly Finding[];
  options: RenderOptions;
  locale: Locale;
  labels: Record<Label, string>;
  /** The first day of the date statuses are stated at (`plan.as_of`, or the latest report's when later), to tell overdue actions. */
  asOfDay?: number;
  /** Which status, progress and actual hold: the plan's own, or the latest report's that states them. */
  figures: Progress;
  fileLabel: (uri: string) => string;
  anchors: Map<Item, string>;
  audience: Audience;
  /** True when the plan reports progress (a status other than `planned`, a progress, an actual): statuses are then shown to the public. */
  reports: boolean;
  /** Review only: the findings shown on each item, with their number in the summary. */
  placed: PlacedFindings;
  assets: RenderAssets;
  /** The typography of the plan's language, applied to every text the author wrote. */
  typeset: Typeset;
}

/** Each finding's number (its anchor `finding-n`) and the rendered item it is shown on (none: the cover). */
export interface PlacedFindings {
  byItem: Map<Item | undefined, { finding: Finding; n: number }[]>;
  itemOf: Map<Finding, Item | undefined>;
}

export function createContext(plan: Plan, findings: readonly Finding[], options: RenderOptions): RenderContext {
  const locale = options.locale ?? localeFromTag(plan.header?.language?.value);
  const audience = options.audience ?? (options.mode === 'webview' ? 'review' : 'public');
  const anchors = anchorsOf(plan);
  return {
    plan,
    findings: audience === 'review' ? findings : [],
    options,
    locale,
    labels: labelsFor(locale),
    asOfDay: statedAt(plan),
    figures: new Progress(plan),
    fileLabel: options.fileLabel ?? lastSegment,
    anchors,
    audience,
    reports: audience === 'review' || reportsProgress(plan),
    placed: placeFindings(audience === 'review' ? findings : [], anchors),
    assets: options.assets ?? {},
    typeset: typesetFor(localeFromTag(plan.header?.language?.value)),
  };
}

/** The first day of `plan.as_of` or of the latest report's `as_of`, whichever is later. */
function statedAt(plan: Plan): number | undefined {
  const days = [plan.header?.asOf?.value, ...plan.reports.map((r) => r.asOf?.value)].flatMap(
    (d) => parsePartialDate(d)?.first ?? [],
  );
  return days.length > 0 ? Math.max(...days) : undefined;
}

/** A status other than the default `planned`, a progress or an actual anywhere in the plan, or a progress report. */
export function reportsProgress(plan: Plan): boolean {
  const reported = (status: string | undefined) => status !== undefined && status !== 'planned';
  return (
    plan.reports.some((r) => r.actions.length + r.milestones.length + r.indicators.length > 0) ||
    plan.actions.some((a) => reported(a.status?.value) || a.progress !== undefined) ||
    plan.milestones.some((m) => reported(m.status?.value)) ||
    plan.indicators.some((i) => i.actuals.length > 0)
  );
}

/** Each finding on the innermost rendered item of its file that holds its start; numbered in the summary's order. */
function placeFindings(findings: readonly Finding[], anchors: Map<Item, string>): PlacedFindings {
  const byFile = new Map<string, Item[]>();
  for (const item of anchors.keys()) {
    const list = byFile.get(item.file.uri);
    if (list) list.push(item);
    else byFile.set(item.file.uri, [item]);
  }
  const placed: PlacedFindings = { byItem: new Map(), itemOf: new Map() };
  summaryOrder(findings).forEach((finding, i) => {
    let best: { item: Item; size: number } | undefined;
    for (const item of byFile.get(finding.uri) ?? []) {
      if (item.range.start > finding.range.start || item.range.end < finding.range.start) continue;
      const size = item.range.end - item.range.start;
      if (!best || size < best.size) best = { item, size };
    }
    const item = best?.item;
    placed.itemOf.set(finding, item);
    const list = placed.byItem.get(item);
    const entry = { finding, n: i + 1 };
    if (list) list.push(entry);
    else placed.byItem.set(item, [entry]);
  });
  return placed;
}

const SEVERITY_ORDER = ['error', 'warning', 'info'] as const;

/** The findings as the summary lists them: by severity, then rule, then place. */
export function summaryOrder(findings: readonly Finding[]): Finding[] {
  return SEVERITY_ORDER.flatMap((severity) => {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    return [...new Set(ofSeverity.map((f) => f.ruleId))]
      .sort()
      .flatMap((rule) => ofSeverity.filter((f) => f.ruleId === rule));
  });
}

function lastSegment(uri: string): string {
  const name = uri.split(/[\\/]/).pop() ?? uri;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * ` data-line="n" data-uri="…"` in the editor's preview: the 0-based line where the block is
 * written, so that the preview and the editor scroll each other; nothing in a standalone file.
 */
export function sourceAttrs(
  context: RenderContext,
  file: PlanFile | undefined,
  range: OffsetRange | undefined,
  secondary = false,
): Html {
  if (context.options.mode !== 'webview' || !file || !range) return trusted('');
  return html`${attr('data-line', file.lineIndex.positionAt(range.start).line)}${attr('data-uri', file.uri)}${secondary ? trusted(' data-secondary') : ''}`;
}

/**
 * The source attributes of an item. `secondary` marks a second view of an item rendered in
 * full elsewhere (a timeline row, a diagnostic): a click on it still leads to its line, but
 * scroll sync skips it, so that the lines met while scrolling only go forward.
 */
export function itemAttrs(context: RenderContext, item: Item, secondary = false): Html {
  return sourceAttrs(context, item.file, item.range, secondary);
}

/**
 * The attributes of each block of a text value, by the line of the text it starts at. A
 * literal block (`|`) keeps one text line per source line after its header; other forms
 * tie every block to the value's own line.
 */
export function textLineAttrs(
  context: RenderContext,
  file: PlanFile | undefined,
  value: Located<string>,
): (textLine: number) => Html {
  if (context.options.mode !== 'webview' || !file) return () => trusted('');
  const first = file.lineIndex.positionAt(value.range.start).line;
  const literal = file.text.charAt(value.range.start) === '|';
  return (textLine) =>
    sourceAttrs(context, file, {
      start: file.lineIndex.lineStart(literal ? first + 1 + textLine : first),
      end: value.range.end,
    });
}

/** An HTML id per rendered item: `objective-juste-soin`; made unique when ids repeat. */
function anchorsOf(plan: Plan): Map<Item, string> {
  const anchors = new Map<Item, string>();
  const used = new Set<string>();
  const items: Item[] = [
    ...plan.axes,
    ...plan.ambitions,
    ...plan.objectives,
    ...plan.actions,
    ...plan.milestones,
    ...plan.indicators,
  ];
  for (const item of items) {
    const base = `${item.kind}-${(item.id?.value ?? String(item.index + 1)).replace(/[^A-Za-z0-9_-]/g, '-')}`;
    let anchor = base;
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
    used.add(anchor);
    anchors.set(item, anchor);
  }
  return anchors;
}

export function anchorOf(context: RenderContext, item: Item): string | undefined {
  return context.anchors.get(item);
}
