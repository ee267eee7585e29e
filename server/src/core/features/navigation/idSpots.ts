import type { Item, Located, PlanFile } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import type { OffsetRange } from '../../text/lineIndex';
import type { Occurrence } from '../occurrences';
import { idTextRange } from './idText';

/** An id where it is written, as navigation shows it: its own characters, and the item it defines. */
export interface IdSpot {
  file: PlanFile;
  /** The id's characters (inside quotes when quoted). */
  range: OffsetRange;
  role: Occurrence['role'];
  /** For a definition: the whole item (what an editor reveals around the id). */
  itemRange?: OffsetRange;
}

/**
 * True for an owner of a plan without an `owners` list: a free name, not an id. Nothing
 * defines it, and no other item with that text is what it names.
 */
export function isFreeName(plan: Plan, occurrence: Occurrence): boolean {
  return occurrence.kind === 'owner' && !plan.hasOwnerRegistry;
}

/** A block node's range runs to the start of the next line: an item ends where its text does. */
function itemRangeOf(file: PlanFile, range: OffsetRange): OffsetRange {
  let end = range.end;
  while (end > range.start && /\s/.test(file.text[end - 1])) end--;
  return { start: range.start, end };
}

export function spotOf(plan: Plan, occurrence: Occurrence): IdSpot {
  const spot: IdSpot = {
    file: occurrence.file,
    range: idTextRange(occurrence.file, occurrence.range),
    role: occurrence.role,
  };
  if (occurrence.item) spot.itemRange = itemRangeOf(occurrence.file, occurrence.item.range);
  else if (occurrence.kind === 'plan' && occurrence.role === 'definition' && plan.header) {
    spot.itemRange = itemRangeOf(occurrence.file, plan.header.range);
  }
  return spot;
}

/** An item's definition spot (its `id`). */
export function spotOfItem(item: Item, id: Located<string>): IdSpot {
  return {
    file: item.file,
    range: idTextRange(item.file, id.range),
    role: 'definition',
    itemRange: itemRangeOf(item.file, item.range),
  };
}

/** In the plan's file order (root first, then parts by name, then reports by date), then by position; each place once. */
export function inPlanOrder(plan: Plan, spots: IdSpot[]): IdSpot[] {
  const rank = (file: PlanFile) => {
    const i = plan.files.indexOf(file);
    return i !== -1 ? i : plan.files.length + plan.reports.findIndex((r) => r.file === file);
  };
  const sorted = [...spots].sort((a, b) => rank(a.file) - rank(b.file) || a.range.start - b.range.start);
  return sorted.filter(
    (s, i) => i === 0 || s.file !== sorted[i - 1].file || s.range.start !== sorted[i - 1].range.start,
  );
}
