import type { Locale } from '../../i18n/locale';
import type { Item, PlanFile } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import { whereIs } from '../../rules/context';
import type { OffsetRange } from '../../text/lineIndex';
import { isFreeName } from '../navigation/idSpots';
import { idTextRange } from '../navigation/idText';
import { occurrenceAt, occurrencesOf, type Occurrence } from '../occurrences';
import { actionHover } from './actionHover';
import { dateHover } from './dateHover';
import { fieldHover } from './fieldHover';
import { historyHover } from './historyHover';
import { indicatorHover } from './indicatorHover';
import { freeOwnerHover, itemHover, planHover } from './itemHover';
import { code } from './markdown';
import { label } from './words';

export interface HoverResult {
  range: OffsetRange;
  /** Markdown, in the requested locale (numbers in the plan's language). */
  markdown: string;
}

/** What the cursor is on, explained: an id (definition or reference), a partial date, or a field key. */
export function hoverAt(plan: Plan, file: PlanFile, offset: number, locale: Locale): HoverResult | undefined {
  const occurrence = occurrenceAt(plan, file, offset);
  if (occurrence) return idHover(plan, file, occurrence, locale);
  return dateHover(plan, file, offset, locale) ?? fieldHover(file, offset, locale);
}

function idHover(plan: Plan, file: PlanFile, occurrence: Occurrence, locale: Locale): HoverResult | undefined {
  const range = idTextRange(file, occurrence.range);
  if (occurrence.kind === 'plan') return plan.root ? { range, markdown: planHover(plan, locale) } : undefined;
  if (isFreeName(plan, occurrence)) return { range, markdown: freeOwnerHover(plan, occurrence.id, locale) };
  const item = itemNamed(plan, occurrence);
  if (!item) return undefined;
  const markdown =
    item.kind === 'indicator'
      ? indicatorHover(plan, item, locale)
      : item.kind === 'action'
        ? actionHover(plan, item, locale)
        : itemHover(plan, item, locale);
  const history = historyHover(plan, item, locale);
  const withHistory = history ? `${markdown}\n\n${history}` : markdown;
  return { range, markdown: item.file === file ? withHistory : `${withHistory}\n\n${elsewhere(file, item, locale)}` };
}

/** The item an id names: its definition of the expected kind, else any item with that id. */
function itemNamed(plan: Plan, occurrence: Occurrence): Item | undefined {
  if (occurrence.item) return occurrence.item;
  const defined = occurrencesOf(plan, occurrence.id, occurrence.kind).find((o) => o.item)?.item;
  return defined ?? plan.byId.get(occurrence.id)?.[0];
}

/** Where an item of another file is written: "File: `b.plan.yaml:4`". */
function elsewhere(from: PlanFile, item: Item, locale: Locale): string {
  const where = whereIs(from, item.file, (item.id?.range ?? item.range).start);
  return `${label('file', locale)}${code(where[locale])}`;
}
