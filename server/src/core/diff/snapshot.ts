import type { Action, Axis, Indicator, Item, Milestone, Objective, PlanFile } from '../model/types';
import type { Plan } from '../plan/assemble';
import type { DiffType, Place } from './types';

export type ItemType = Exclude<DiffType, 'plan' | 'target'>;
type ComparedItem = Exclude<Item, { kind: 'reference' }>;

/** One item of a side, as the diff compares it. */
export interface Entry {
  type: ItemType;
  /** The id as written; an id-less milestone is named by its action and title (`act-a/Step`). */
  id: string;
  hasId: boolean;
  item: ComparedItem;
  file: PlanFile;
  /** `type:id` of the item it stands under (none for axes, indicators, owners). */
  parent?: string;
  axis?: Axis;
}

export function keyOf(type: ItemType, id: string): string {
  return `${type}:${id}`;
}

export function placeOf(file: PlanFile, offset: number): Place {
  return { file: file.uri, line: file.lineIndex.positionAt(offset).line + 1 };
}

function idOf(item: { id?: { value: string } }): string | undefined {
  return item.id?.value;
}

function parentOfObjective(o: Objective): string | undefined {
  if (o.ambition?.id) return keyOf('ambition', o.ambition.id.value);
  if (o.axis?.id) return keyOf('axis', o.axis.id.value);
  return undefined;
}

function milestoneId(m: Milestone): string {
  return idOf(m) ?? `${idOf(m.action) ?? m.action.index + 1}/${m.title?.value ?? m.index + 1}`;
}

/** Every item of a plan with an id (and every milestone), keyed by `type:id`; the first of duplicates wins. */
export function snapshot(plan: Plan): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const add = (entry: Entry) => {
    const key = keyOf(entry.type, entry.id);
    if (!entries.has(key)) entries.set(key, entry);
  };
  const item = (type: ItemType, it: ComparedItem, parent: string | undefined, axis: Axis | undefined) => {
    const id = idOf(it);
    if (id !== undefined) add({ type, id, hasId: true, item: it, file: it.file, parent, axis });
  };
  for (const owner of plan.owners) item('owner', owner, undefined, undefined);
  for (const indicator of plan.indicators) item('indicator', indicator as Indicator, undefined, undefined);
  for (const axis of plan.axes) item('axis', axis, undefined, axis);
  for (const ambition of plan.ambitions) item('ambition', ambition, axis(ambition.axis), ambition.axis);
  for (const objective of plan.objectives) {
    item('objective', objective, parentOfObjective(objective), objective.axis);
    for (const action of objective.actions) {
      item('action', action, idOf(objective) ? keyOf('objective', idOf(objective)!) : undefined, objective.axis);
      for (const milestone of (action as Action).milestones) {
        const id = milestoneId(milestone);
        add({
          type: 'milestone',
          id,
          hasId: idOf(milestone) !== undefined,
          item: milestone,
          file: milestone.file,
          parent: idOf(action) ? keyOf('action', idOf(action)!) : undefined,
          axis: objective.axis,
        });
      }
    }
  }
  return entries;
}

function axis(a: Axis): string | undefined {
  return a.id ? keyOf('axis', a.id.value) : undefined;
}
