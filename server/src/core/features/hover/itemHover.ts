import type { Locale } from '../../i18n/locale';
import type { Item } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import { card, code, entries, entry, escapeMarkdown, heading, titleOf } from './markdown';
import { label } from './words';

/** Items other than indicators and actions: what they are called, and what hangs on them. */
export function itemHover(plan: Plan, item: Item, locale: Locale): string {
  const lines: string[] = [];
  const list = (name: 'objectives' | 'actions', items: readonly Item[]) => {
    if (items.length > 0) lines.push(`${label(name, locale)}${entries(items.map(entry), locale)}`);
  };
  switch (item.kind) {
    case 'axis':
      list('objectives', plan.objectives.filter((o) => o.axis === item));
      break;
    case 'ambition':
      list('objectives', plan.objectives.filter((o) => o.ambition === item));
      break;
    case 'objective':
      if (item.owner) lines.push(`${label('owner', locale)}${code(item.owner.value)}`);
      list('actions', item.actions);
      break;
    case 'milestone':
      if (item.due) lines.push(`${label('due', locale)}${item.due.value}`);
      break;
    case 'owner': {
      const id = item.id?.value;
      list('objectives', plan.objectives.filter((o) => o.owner?.value === id));
      list('actions', plan.actions.filter((a) => a.owner?.value === id));
      break;
    }
    default:
      break;
  }
  return card(heading(item.kind, item.id?.value ?? '', titleOf(item), locale), lines);
}

/** The plan itself (its `id`, or a part's `part_of`). */
export function planHover(plan: Plan, locale: Locale): string {
  const header = plan.header;
  const lines: string[] = [];
  if (header?.institution) lines.push(`${label('institution', locale)}${escapeMarkdown(header.institution.value)}`);
  if (header?.cycle?.start && header.cycle.end) lines.push(`${label('cycle', locale)}${header.cycle.start.value}–${header.cycle.end.value}`);
  return card(heading('plan', plan.id ?? '', header?.title?.value, locale), lines);
}
