import type { PlanFile } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import { occurrenceAt, occurrencesOf } from '../occurrences';
import { inPlanOrder, isFreeName, spotOf, spotOfItem, type IdSpot } from './idSpots';

export interface Definitions {
  /** The id under the cursor. */
  origin: IdSpot;
  targets: IdSpot[];
}

/**
 * Where the id under the cursor is defined: the item of the kind its field expects, else (a
 * reference to an item of the wrong kind) whatever item has that id, which is what the author
 * wants to look at. Undefined when the cursor is on no id.
 */
export function definitionsAt(plan: Plan, file: PlanFile, offset: number): Definitions | undefined {
  const occurrence = occurrenceAt(plan, file, offset);
  if (!occurrence) return undefined;
  let targets = occurrencesOf(plan, occurrence.id, occurrence.kind)
    .filter((o) => o.role === 'definition')
    .map((o) => spotOf(plan, o));
  if (targets.length === 0 && occurrence.kind !== 'plan' && !isFreeName(plan, occurrence)) {
    targets = (plan.byId.get(occurrence.id) ?? []).flatMap((item) => (item.id ? [spotOfItem(item, item.id)] : []));
  }
  return { origin: spotOf(plan, occurrence), targets: inPlanOrder(plan, targets) };
}
