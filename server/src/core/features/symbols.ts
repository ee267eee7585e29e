import type { Locale, Localized } from '../i18n/locale';
import { itemName } from '../model/describe';
import type { Item, Located, PlanFile } from '../model/types';
import { plainRange } from '../text/basedRange';
import type { OffsetRange } from '../text/lineIndex';
import { dashStart, trimEnd } from './yamlRanges';

export type PlanSymbolKind = Item['kind'] | 'plan' | 'indicators' | 'owners';

/** One entry of a file's outline, in offsets; the server maps `kind` to an LSP SymbolKind. */
export interface PlanSymbol {
  /** The item's title (an indicator's label, an owner's name); its id when it has none. */
  name: string;
  /** The id, when the name is a title; a milestone without id shows its date. */
  detail?: string;
  kind: PlanSymbolKind;
  /** The whole item. */
  range: OffsetRange;
  /** What to reveal: the title, else the id, else the first key. */
  selectionRange: OffsetRange;
  children: PlanSymbol[];
}

const GROUP_NAMES: Record<'indicators' | 'owners', Localized> = {
  indicators: { en: 'Indicators', fr: 'Indicateurs' },
  owners: { en: 'Owners', fr: 'Responsables' },
};

/**
 * The outline of one plan file, in the order it is written: the plan header (with its
 * references), the axes with their ambitions, objectives, actions and milestones (a part's
 * objectives at the top), and the indicator catalogue and owner registry, each as a group.
 */
export function documentSymbols(file: PlanFile, locale: Locale): PlanSymbol[] {
  const text = file.text;
  const span = (range: OffsetRange): OffsetRange => ({
    start: range.start,
    end: trimEnd(text, range.start, range.end),
  });
  // A list item reads from its dash: `- id: x` is all of the item.
  const itemSpan = (range: OffsetRange): OffsetRange => ({
    start: dashStart(text, range.start),
    end: trimEnd(text, range.start, range.end),
  });
  const symbol = (item: Item, label: Located<string> | undefined, children: PlanSymbol[] = []): PlanSymbol => {
    const name = label?.value.trim() || item.id?.value || itemName(item)[locale];
    const detail =
      item.id && name !== item.id.value
        ? item.id.value
        : item.kind === 'milestone' && item.due
          ? String(item.due.value)
          : undefined;
    return {
      name,
      detail,
      kind: item.kind,
      range: itemSpan(item.range),
      selectionRange: span(label?.range ?? item.anchor),
      children,
    };
  };
  const out: PlanSymbol[] = [];

  const header = file.header;
  if (header) {
    const name = header.title?.value.trim() || header.id?.value || 'Plan';
    out.push({
      name,
      detail: header.id && name !== header.id.value ? header.id.value : undefined,
      kind: 'plan',
      range: span({ start: header.keyRange.start, end: header.range.end }),
      selectionRange: span(header.title?.range ?? header.keyRange),
      children: header.references.map((r) => symbol(r, r.title)),
    });
  }
  for (const axis of file.axes) {
    const ambitions = axis.ambitions.map((ambition) =>
      symbol(ambition, ambition.title, ambition.objectives.map(objectiveSymbol)),
    );
    out.push(symbol(axis, axis.title, [...ambitions, ...axis.objectives.map(objectiveSymbol)].sort(byStart)));
  }
  out.push(...file.objectives.map(objectiveSymbol));
  for (const group of ['indicators', 'owners'] as const) {
    const items =
      group === 'indicators'
        ? file.indicators.map((i) => symbol(i, i.label))
        : file.owners.map((o) => symbol(o, o.name));
    if (items.length === 0) continue;
    const found = file.source.locate([group]);
    const keyRange = found ? plainRange(file.source.range(found.base, found.key, items[0].range)) : items[0].range;
    out.push({
      name: GROUP_NAMES[group][locale],
      kind: group,
      children: items,
      range: { start: Math.min(keyRange.start, items[0].range.start), end: items[items.length - 1].range.end },
      selectionRange: keyRange,
    });
  }
  return keepInside(out.sort(byStart), { start: 0, end: text.length });

  function objectiveSymbol(objective: Extract<Item, { kind: 'objective' }>): PlanSymbol {
    const actions = objective.actions.map((action) =>
      symbol(
        action,
        action.title,
        action.milestones.map((m) => symbol(m, m.title)),
      ),
    );
    return symbol(objective, objective.title, actions);
  }
}

const byStart = (a: PlanSymbol, b: PlanSymbol) => a.range.start - b.range.start;

/**
 * Clients require each symbol's range inside its parent's, and its selection range inside its
 * own. In broken YAML the parser's ranges need not nest (an item can run past the mapping it
 * was read in): each range is cut to its parent's, and the selection to the range.
 */
export function keepInside(symbols: PlanSymbol[], parent: OffsetRange): PlanSymbol[] {
  const clamp = (range: OffsetRange, within: OffsetRange): OffsetRange => {
    const start = Math.min(Math.max(range.start, within.start), within.end);
    return { start, end: Math.max(start, Math.min(range.end, within.end)) };
  };
  for (const symbol of symbols) {
    symbol.range = clamp(symbol.range, parent);
    symbol.selectionRange = clamp(symbol.selectionRange, symbol.range);
    keepInside(symbol.children, symbol.range);
  }
  return symbols;
}
