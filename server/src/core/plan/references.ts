import { itemName, lazyName, type ItemName } from '../model/describe';
import type { Item, Located, PlanFile } from '../model/types';
import type { Plan } from './assemble';

export type ReferenceField = 'indicators' | 'contributes_to' | 'depends_on' | 'part_of' | 'owner' | 'axis' | 'ambition';

/** A place where one item names another by id. */
export interface IdReference {
  file: PlanFile;
  field: ReferenceField;
  id: Located<string>;
  /** The kind of item the field must name. */
  expected: 'indicator' | 'action' | 'owner' | 'axis' | 'ambition';
  /** Who holds the reference, for messages. */
  holder: ItemName;
  /** The item holding it (none for a part file's `axis`/`ambition`). */
  from?: Item;
  /** Items the id may name (an ambition must be one of the part's axis). */
  scope?: readonly Item[];
}

/**
 * Every id reference of the plan, in file order. Owners count only when the plan has a
 * registry (without one they are free text), unless `allOwners` (navigation between owners).
 */
export function collectReferences(plan: Plan, options: { allOwners?: boolean } = {}): IdReference[] {
  const owners = plan.hasOwnerRegistry || options.allOwners === true;
  const refs: IdReference[] = [];
  for (const objective of plan.objectives) {
    const holder = lazyName(() => itemName(objective));
    for (const id of objective.indicators)
      refs.push({ file: objective.file, field: 'indicators', id, expected: 'indicator', holder, from: objective });
    if (objective.owner && owners)
      refs.push({
        file: objective.file,
        field: 'owner',
        id: objective.owner,
        expected: 'owner',
        holder,
        from: objective,
      });
  }
  for (const action of plan.actions) {
    const holder = lazyName(() => itemName(action));
    for (const id of action.contributesTo)
      refs.push({ file: action.file, field: 'contributes_to', id, expected: 'indicator', holder, from: action });
    for (const id of action.dependsOn)
      refs.push({ file: action.file, field: 'depends_on', id, expected: 'action', holder, from: action });
    if (action.owner && owners)
      refs.push({ file: action.file, field: 'owner', id: action.owner, expected: 'owner', holder, from: action });
  }
  for (const indicator of plan.indicators) {
    if (indicator.partOf)
      refs.push({
        file: indicator.file,
        field: 'part_of',
        id: indicator.partOf,
        expected: 'indicator',
        holder: lazyName(() => itemName(indicator)),
        from: indicator,
      });
  }
  if (plan.root) {
    for (const part of plan.parts) {
      const holder = { en: 'this part', fr: 'cette partie', frOf: 'de cette partie' };
      if (part.axisRef) refs.push({ file: part, field: 'axis', id: part.axisRef, expected: 'axis', holder });
      const axis = plan.axes.find((a) => a.id?.value === part.axisRef?.value);
      if (part.ambitionRef && axis)
        refs.push({
          file: part,
          field: 'ambition',
          id: part.ambitionRef,
          expected: 'ambition',
          holder,
          scope: axis.ambitions,
        });
    }
  }
  return refs;
}
