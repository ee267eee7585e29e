import type { Locale } from '../../i18n/locale';
import type { Item } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import { card, code, entries, entry, escapeMarkdown, heading, oneLine, plain, titleOf } from './markdown';
import { label } from './words';

/** Items other than indicators and actions: what they are called, and what hangs on them. */
export function itemHover(plan: Plan, item: Item, locale: Locale): string {
  const lines: string[] = [];
  const list = (name: 'objectives' | 'actions', items: readonly Item[]) => lines.push(...listLine(name, items, locale));
  switch (item.kind) {
    case 'axis':
      list(
        'objectives',
        plan.objectives.filter((o) => o.axis === item),
      );
      break;
    case 'ambition':
      list(
        'objectives',
        plan.objectives.filter((o) => o.ambition === item),
      );
      break;
    case 'objective':
      if (item.owner) lines.push(`${label('owner', locale)}${code(item.owner.value)}`);
      list('actions', item.actions);
      break;
    case 'milestone':
      if (item.due) lines.push(`${label('due', locale)}${plain(item.due.value)}`);
      break;
    case 'owner':
      lines.push(...carriedBy(plan, item.id?.value ?? '', locale));
      break;
    default:
      break;
  }
  return card(heading(item.kind, item.id?.value ?? '', titleOf(item), locale), lines);
}

/** An owner of a plan without an `owners` list: a name, and what it carries. */
export function freeOwnerHover(plan: Plan, name: string, locale: Locale): string {
  return card(heading('owner', name, undefined, locale), carriedBy(plan, name, locale));
}

/** "Objectives: `a` A, `b` B" (no line for none). */
function listLine(name: 'objectives' | 'actions', items: readonly Item[], locale: Locale): string[] {
  return items.length > 0 ? [`${label(name, locale)}${entries(items.map(entry), locale)}`] : [];
}

/** The objectives and actions an owner carries. */
function carriedBy(plan: Plan, owner: string, locale: Locale): string[] {
  return [
    ...listLine(
      'objectives',
      plan.objectives.filter((o) => o.owner?.value === owner),
      locale,
    ),
    ...listLine(
      'actions',
      plan.actions.filter((a) => a.owner?.value === owner),
      locale,
    ),
  ];
}

/** The plan itself (its `id`, or a part's `part_of`). */
export function planHover(plan: Plan, locale: Locale): string {
  const header = plan.header;
  const lines: string[] = [];
  if (header?.institution)
    lines.push(`${label('institution', locale)}${escapeMarkdown(oneLine(header.institution.value))}`);
  if (header?.cycle?.start && header.cycle.end)
    lines.push(`${label('cycle', locale)}${plain(header.cycle.start.value)}–${plain(header.cycle.end.value)}`);
  return card(heading('plan', plan.id ?? '', header?.title?.value, locale), lines);
}
