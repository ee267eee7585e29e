import { localeFromTag, type Locale } from '../i18n/locale';
import { parsePartialDate } from '../model/dates';
import type { Item, Located, PlanFile } from '../model/types';
import type { Plan } from '../plan/assemble';
import type { Finding } from '../rules/finding';
import type { OffsetRange } from '../text/lineIndex';
import { attr, html, trusted, type Html } from './html';
import { labelsFor, type Label } from './labels';

/** `jalon render`: one self-contained file (inline styles with print rules, no script). */
export interface StandaloneOptions {
  mode: 'standalone';
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
}

export type RenderOptions = StandaloneOptions | WebviewOptions;

/** What every part of the document is rendered with. */
export interface RenderContext {
  plan: Plan;
  findings: readonly Finding[];
  options: RenderOptions;
  locale: Locale;
  labels: Record<Label, string>;
  /** The first day of `plan.as_of`, to tell overdue actions. */
  asOfDay?: number;
  fileLabel: (uri: string) => string;
  anchors: Map<Item, string>;
}

export function createContext(plan: Plan, findings: readonly Finding[], options: RenderOptions): RenderContext {
  const locale = options.locale ?? localeFromTag(plan.header?.language?.value);
  return {
    plan, findings, options, locale, labels: labelsFor(locale),
    asOfDay: parsePartialDate(plan.header?.asOf?.value)?.first,
    fileLabel: options.fileLabel ?? lastSegment,
    anchors: anchorsOf(plan),
  };
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
export function sourceAttrs(context: RenderContext, file: PlanFile | undefined, range: OffsetRange | undefined, secondary = false): Html {
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
export function textLineAttrs(context: RenderContext, file: PlanFile | undefined, value: Located<string>): (textLine: number) => Html {
  if (context.options.mode !== 'webview' || !file) return () => trusted('');
  const first = file.lineIndex.positionAt(value.range.start).line;
  const literal = file.text.charAt(value.range.start) === '|';
  return (textLine) => sourceAttrs(context, file, { start: file.lineIndex.lineStart(literal ? first + 1 + textLine : first), end: value.range.end });
}

/** An HTML id per rendered item: `objective-juste-soin`; made unique when ids repeat. */
function anchorsOf(plan: Plan): Map<Item, string> {
  const anchors = new Map<Item, string>();
  const used = new Set<string>();
  const items: Item[] = [...plan.axes, ...plan.ambitions, ...plan.objectives, ...plan.actions, ...plan.milestones, ...plan.indicators];
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
