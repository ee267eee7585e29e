import type { Plan } from '../plan/assemble';
import type { PlanFile } from '../model/types';
import { describe } from './describe';
import type { RawChange } from './fieldChanges';
import { itemChanges } from './itemChanges';
import { classOf } from './kinds';
import { matchItems, type Pair } from './match';
import { planChanges } from './planChanges';
import { keyOf, placeOf, snapshot, type Entry } from './snapshot';
import type { DiffChange, DiffOptions, DiffType, Place } from './types';

/** Plans on one side, by id (a file that belongs to no identified plan is not compared). */
function byId(plans: readonly Plan[]): Map<string, Plan> {
  const map = new Map<string, Plan>();
  for (const plan of plans) if (plan.id !== undefined && !map.has(plan.id)) map.set(plan.id, plan);
  return map;
}

/**
 * What changed between two sets of plans, in plan terms: plans matched by id, items by kind
 * and id across root and parts. Changes come in the head's order (file, line).
 */
export function diffPlans(base: readonly Plan[], head: readonly Plan[], options: DiffOptions = {}): DiffChange[] {
  const before = byId(base);
  const after = byId(head);
  const changes: DiffChange[] = [];
  const finish = (plan: string, entryAxis: Entry['axis'] | undefined) => (raw: RawChange) => {
    changes.push({
      ...raw,
      plan,
      class: classOf(raw.kind, options.classes),
      ...(entryAxis?.id
        ? { axis: { id: entryAxis.id.value, ...(entryAxis.title ? { title: entryAxis.title.value } : {}) } }
        : {}),
    });
  };
  for (const [id, plan] of after) {
    const old = before.get(id);
    const from = changes.length;
    if (old) {
      diffPlan(id, old, plan, finish, options);
      changes.splice(from, changes.length - from, ...inHeadOrder(changes.slice(from)));
    } else
      finish(
        id,
        undefined,
      )({
        change: 'added',
        type: 'plan',
        id,
        kind: 'item-added',
        message: describe.added('plan', id, undefined),
        head: planPlace(plan),
      });
  }
  for (const [id, plan] of before) {
    if (!after.has(id))
      finish(
        id,
        undefined,
      )({
        change: 'removed',
        type: 'plan',
        id,
        kind: 'item-removed',
        message: describe.removed('plan', id, 0),
        base: planPlace(plan),
      });
  }
  return changes;
}

/** Plan-level changes first, then by the head's file and line (a removed item where what held it stands). */
function inHeadOrder(changes: DiffChange[]): DiffChange[] {
  const place = (c: DiffChange) => c.head ?? c.near ?? c.base;
  return changes
    .map((c, i) => ({ c, i, p: place(c), plan: c.type === 'plan' ? 0 : 1 }))
    .sort(
      (x, y) =>
        x.plan - y.plan ||
        (x.p && y.p ? (x.p.file < y.p.file ? -1 : x.p.file > y.p.file ? 1 : x.p.line - y.p.line) : 0) ||
        x.i - y.i,
    )
    .map((x) => x.c);
}

function planPlace(plan: Plan): Place {
  const file = plan.files[0];
  return placeOf(file, plan.header?.keyRange.start ?? 0);
}

/** A file's name for pairing files across sides: a plan's root is its root whatever its name; other files by their name within the side. */
function fileNames(plan: Plan, key: (uri: string) => string): (file: PlanFile) => string {
  return (file) => (file === plan.root ? '\u0000root' : key(file.uri));
}

function diffPlan(
  id: string,
  base: Plan,
  head: Plan,
  finish: (plan: string, axis: Entry['axis']) => (raw: RawChange) => void,
  options: DiffOptions,
): void {
  if (base.header && head.header && base.root && head.root) {
    planChanges(
      id,
      { file: base.root, header: base.header },
      { file: head.root, header: head.header },
      finish(id, undefined),
    );
  }
  const baseItems = snapshot(base);
  const headItems = snapshot(head);
  const matching = matchItems(baseItems, headItems);
  const baseName = fileNames(base, options.baseFileKey ?? ((uri) => uri));
  const headName = fileNames(head, options.headFileKey ?? ((uri) => uri));
  const headParentOf = (key: string | undefined) =>
    key === undefined ? undefined : (matching.headKeyOf.get(key) ?? key);
  const renamedId = (type: DiffType, id: string) =>
    idPart(matching.headKeyOf.get(keyOf(type as Entry['type'], id))) ?? id;
  // An item that changed file with the item holding it is carried along: only the holder moved.
  const carried = (pair: Pair) => {
    const parentBase = pair.base.parent ? baseItems.get(pair.base.parent) : undefined;
    const parentHead = pair.head.parent ? headItems.get(pair.head.parent) : undefined;
    return (
      parentBase !== undefined &&
      parentHead !== undefined &&
      parentBase.file.uri === pair.base.file.uri &&
      parentHead.file.uri === pair.head.file.uri
    );
  };
  for (const pair of matching.pairs) {
    const { base: a, head: b } = pair;
    const emit = finish(id, b.axis ?? a.axis);
    const basePlace = placeOf(a.file, a.item.anchor.start);
    const headPlace = placeOf(b.file, b.item.anchor.start);
    if (pair.renamed) {
      emit({
        change: 'renamed',
        type: b.type,
        id: b.id,
        kind: 'item-renamed',
        field: 'id',
        before: a.id,
        after: b.id,
        message: describe.renamed(b.type, a.id, b.id),
        base: basePlace,
        head: headPlace,
      });
    }
    if (headParentOf(a.parent) !== b.parent) {
      emit({
        change: 'moved',
        type: b.type,
        id: b.id,
        kind: 'item-moved',
        field: 'parent',
        before: idPart(a.parent),
        after: idPart(b.parent),
        message: describe.movedParent(b.type, b.id, where(a.parent), where(b.parent)),
        base: basePlace,
        head: headPlace,
      });
    } else if (baseName(a.file) !== headName(b.file) && !carried(pair)) {
      const [from, to] = [fileKey(a.file.uri, options.baseFileKey), fileKey(b.file.uri, options.headFileKey)];
      emit({
        change: 'moved',
        type: b.type,
        id: b.id,
        kind: 'item-moved',
        field: 'file',
        before: from,
        after: to,
        message: describe.movedFile(b.type, b.id, from, to),
        base: basePlace,
        head: headPlace,
      });
    }
    itemChanges(pair, emit, renamedId);
  }
  // A removed (added) item stands for what it held: only the outermost is reported.
  const removed = new Set(matching.removed.map((e) => keyOf(e.type, e.id)));
  const within = countWithin(matching.removed, removed, baseItems);
  for (const entry of matching.removed) {
    if (entry.parent && removed.has(entry.parent)) continue;
    const parentHead = entry.parent ? headItems.get(headParentOf(entry.parent)!) : undefined;
    finish(
      id,
      entry.axis,
    )({
      change: 'removed',
      type: entry.type,
      id: entry.id,
      kind: 'item-removed',
      message: describe.removed(entry.type, entry.id, within.get(keyOf(entry.type, entry.id)) ?? 0),
      base: placeOf(entry.file, entry.item.anchor.start),
      ...(parentHead ? { near: placeOf(parentHead.file, parentHead.item.anchor.start) } : {}),
    });
  }
  const added = new Set(matching.added.map((e) => keyOf(e.type, e.id)));
  for (const entry of matching.added) {
    if (entry.parent && added.has(entry.parent)) continue;
    finish(
      id,
      entry.axis,
    )({
      change: 'added',
      type: entry.type,
      id: entry.id,
      kind: 'item-added',
      message: describe.added(entry.type, entry.id, where(entry.parent)),
      head: placeOf(entry.file, entry.item.anchor.start),
    });
  }
}

/** For each outermost removed item, how many removed items stand under it. */
function countWithin(entries: readonly Entry[], removed: Set<string>, items: Map<string, Entry>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    let top: string | undefined;
    for (
      let parent = entry.parent, depth = 0;
      parent && removed.has(parent) && depth < 8;
      parent = items.get(parent)?.parent, depth++
    )
      top = parent;
    if (top) counts.set(top, (counts.get(top) ?? 0) + 1);
  }
  return counts;
}

function fileKey(uri: string, key: ((uri: string) => string) | undefined): string {
  return key ? key(uri) : uri;
}

function idPart(key: string | undefined): string | undefined {
  return key?.slice(key.indexOf(':') + 1);
}

function where(key: string | undefined) {
  if (!key) return undefined;
  const colon = key.indexOf(':');
  return { type: key.slice(0, colon) as Entry['type'], id: key.slice(colon + 1) };
}
