import type { Locale } from '../i18n/locale';
import { itemName } from '../model/describe';
import type { Action, Ambition, Axis, Indicator, Objective } from '../model/types';
import type { Plan } from '../plan/assemble';
import type { OffsetRange } from '../text/lineIndex';
import { dashStart, trimEnd } from './yamlRanges';

export type SearchableItem = Axis | Ambition | Objective | Action | Indicator;

/** An item found by a workspace symbol search. */
export interface WorkspaceSymbolMatch {
  item: SearchableItem;
  /** Its title (an indicator's label), else its id. */
  name: string;
  /** Where it stands: the title of its objective, ambition or axis, or of its plan. */
  container?: string;
  /** The whole item, in its file. */
  range: OffsetRange;
}

/**
 * Lower-case words without accents: `Haute Fiabilité` → `haute`, `fiabilite`. Ligatures are
 * spelled out (`cœur` → `coeur`) since a French keyboard user may type either.
 */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** True when every word of the query starts a word of the text. */
function matches(query: readonly string[], words: readonly string[]): boolean {
  return query.every((q) => words.some((w) => w.startsWith(q)));
}

/**
 * The axes, ambitions, objectives, actions and indicators of every plan whose title (or label)
 * or id holds each word of `query` at the start of one of its words, ignoring case and accents
 * (`fiabilite` finds `Haute Fiabilité`, `juste soin` finds `juste-soin`). An empty query lists
 * them all. Items whose id is the query come first; then plan order. Undefined if cancelled.
 */
export function workspaceSymbols(
  plans: readonly Plan[],
  query: string,
  locale: Locale,
  isCancelled: () => boolean = () => false,
): WorkspaceSymbolMatch[] | undefined {
  const wanted = searchWords(query);
  const exact = query.trim().toLowerCase();
  const first: WorkspaceSymbolMatch[] = [];
  const rest: WorkspaceSymbolMatch[] = [];
  for (const plan of plans) {
    const items: SearchableItem[] = [
      ...plan.axes,
      ...plan.ambitions,
      ...plan.objectives,
      ...plan.actions,
      ...plan.indicators,
    ];
    for (const item of items) {
      if (isCancelled()) return undefined;
      const title = (item.kind === 'indicator' ? item.label : item.title)?.value.trim();
      const id = item.id?.value;
      if (!matches(wanted, [...searchWords(title ?? ''), ...searchWords(id ?? '')])) continue;
      const range = {
        start: dashStart(item.file.text, item.range.start),
        end: trimEnd(item.file.text, item.range.start, item.range.end),
      };
      const match = { item, name: title || id || itemName(item)[locale], container: containerOf(plan, item), range };
      (id !== undefined && id.toLowerCase() === exact ? first : rest).push(match);
    }
  }
  return [...first, ...rest];
}

function containerOf(plan: Plan, item: SearchableItem): string | undefined {
  const titleOf = (parent: { title?: { value: string }; id?: { value: string } } | undefined) =>
    parent?.title?.value.trim() || parent?.id?.value;
  switch (item.kind) {
    case 'action':
      return titleOf(item.objective);
    case 'objective':
      return titleOf(item.ambition ?? item.axis) ?? titleOf(plan.header);
    case 'ambition':
      return titleOf(item.axis);
    default:
      return titleOf(plan.header);
  }
}
