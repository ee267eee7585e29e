import type { Item, PlanFile } from '../model/types';
import type { Plan } from '../plan/assemble';
import { collectReferences, type IdReference } from '../plan/references';
import type { OffsetRange } from '../text/lineIndex';
import { reportOccurrences } from './reportOccurrences';

export type IdKind = Item['kind'] | 'plan';

/** An id where it is written: the item it names (definition) or a field that refers to it. */
export interface Occurrence {
  file: PlanFile;
  range: OffsetRange;
  id: string;
  kind: IdKind;
  role: 'definition' | 'reference';
  /** The item the id defines (for a definition). */
  item?: Item;
  /** The reference (for a reference). */
  reference?: IdReference;
}

/** Every id of a plan where it is written: each item's `id`, every reference, the plan's id and `part_of`, and the ids its reports write. */
export function occurrencesInPlan(plan: Plan): Occurrence[] {
  const out: Occurrence[] = [];
  for (const items of plan.byId.values()) {
    for (const item of items)
      out.push({
        file: item.file,
        range: item.id!.range,
        id: item.id!.value,
        kind: item.kind,
        role: 'definition',
        item,
      });
  }
  for (const reference of collectReferences(plan, { allOwners: true })) {
    out.push({
      file: reference.file,
      range: reference.id.range,
      id: reference.id.value,
      kind: reference.expected,
      role: 'reference',
      reference,
    });
  }
  const planId = plan.header?.id;
  if (plan.root && planId)
    out.push({ file: plan.root, range: planId.range, id: planId.value, kind: 'plan', role: 'definition' });
  for (const part of plan.parts) {
    if (part.partOf)
      out.push({ file: part, range: part.partOf.range, id: part.partOf.value, kind: 'plan', role: 'reference' });
  }
  out.push(...reportOccurrences(plan));
  return out;
}

/** The id occurrence under the cursor in `file`. */
export function occurrenceAt(plan: Plan, file: PlanFile, offset: number): Occurrence | undefined {
  return occurrencesInPlan(plan).find((o) => o.file === file && o.range.start <= offset && offset <= o.range.end);
}

/** Every occurrence of an id of one kind: its definition(s) and the references to it. */
export function occurrencesOf(plan: Plan, id: string, kind: IdKind): Occurrence[] {
  return occurrencesInPlan(plan).filter((o) => o.id === id && o.kind === kind);
}
