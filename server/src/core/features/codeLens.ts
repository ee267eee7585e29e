import type { Localized } from '../i18n/locale';
import type { Action, Item, Objective, PlanFile } from '../model/types';
import type { Plan } from '../plan/assemble';
import { collectReferences } from '../plan/references';
import type { OffsetRange } from '../text/lineIndex';

/** A place in the plan, for a command that lists what a lens counts. */
export interface PlanPlace {
  file: PlanFile;
  range: OffsetRange;
}

/** A line of text above an item: what it counts, and where those things are. */
export interface ItemLens {
  /** The item's id (or its first key), where the lens stands. */
  range: OffsetRange;
  title: Localized;
  places: PlanPlace[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** French counts zero and one in the singular. */
const pluralFr = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;

function usageTitle(objectives: number, actions: number): Localized {
  return {
    en: `used by ${plural(objectives, 'objective', 'objectives')}, ${plural(actions, 'action', 'actions')}`,
    fr: `utilisé par ${pluralFr(objectives, 'objectif', 'objectifs')}, ${pluralFr(actions, 'action', 'actions')}`,
  };
}

/** Statuses in the order a reader follows progress; French agrees with "action" (feminine). */
const STATUSES: readonly { status: string | undefined; en: string; fr: [string, string] }[] = [
  { status: 'done', en: 'done', fr: ['terminée', 'terminées'] },
  { status: 'in-progress', en: 'in progress', fr: ['en cours', 'en cours'] },
  { status: 'delayed', en: 'delayed', fr: ['en retard', 'en retard'] },
  { status: 'planned', en: 'planned', fr: ['prévue', 'prévues'] },
  { status: 'cancelled', en: 'cancelled', fr: ['annulée', 'annulées'] },
  { status: undefined, en: 'without status', fr: ['sans statut', 'sans statut'] },
];

function statusTitle(actions: readonly Action[]): Localized {
  if (actions.length === 0) return { en: 'no actions', fr: 'aucune action' };
  const known = new Set(STATUSES.map((s) => s.status));
  const count = new Map<string | undefined, number>();
  for (const action of actions) {
    // A misspelt status (schema/enum reports it) counts as no status.
    const status = known.has(action.status?.value) ? action.status?.value : undefined;
    count.set(status, (count.get(status) ?? 0) + 1);
  }
  const parts = STATUSES.filter((s) => count.has(s.status)).map((s) => {
    const n = count.get(s.status)!;
    return { en: `${n} ${s.en}`, fr: `${n} ${s.fr[n <= 1 ? 0 : 1]}` };
  });
  return {
    en: `${plural(actions.length, 'action', 'actions')}: ${parts.map((p) => p.en).join(', ')}`,
    fr: `${pluralFr(actions.length, 'action', 'actions')} : ${parts.map((p) => p.fr).join(', ')}`,
  };
}

const where = (item: Item) => item.id?.range ?? item.anchor;

/**
 * The lenses of `file`: on each indicator, how many objectives (`indicators`) and actions
 * (`contributes_to`) of the whole plan use it; on each objective, its actions by status.
 */
export function itemLenses(plan: Plan, file: PlanFile, isCancelled: () => boolean = () => false): ItemLens[] {
  const lenses: ItemLens[] = [];
  const indicators = plan.indicators.filter((i) => i.file === file && i.id);
  if (indicators.length > 0) {
    const uses = new Map<string, { objectives: Set<Objective>; actions: Set<Action>; places: PlanPlace[] }>();
    for (const ref of collectReferences(plan)) {
      if (ref.field !== 'indicators' && ref.field !== 'contributes_to') continue;
      let use = uses.get(ref.id.value);
      if (!use) uses.set(ref.id.value, (use = { objectives: new Set(), actions: new Set(), places: [] }));
      if (ref.from?.kind === 'objective') use.objectives.add(ref.from);
      if (ref.from?.kind === 'action') use.actions.add(ref.from);
      use.places.push({ file: ref.file, range: ref.id.range });
    }
    // Places in reading order: the root, then the parts, each from the top.
    const order = (p: PlanPlace) => plan.files.indexOf(p.file);
    for (const use of uses.values()) use.places.sort((a, b) => order(a) - order(b) || a.range.start - b.range.start);
    for (const indicator of indicators) {
      const use = uses.get(indicator.id!.value);
      lenses.push({
        range: where(indicator),
        title: usageTitle(use?.objectives.size ?? 0, use?.actions.size ?? 0),
        places: use?.places ?? [],
      });
    }
  }
  for (const objective of plan.objectives) {
    if (isCancelled()) return [];
    if (objective.file !== file) continue;
    lenses.push({
      range: where(objective),
      title: statusTitle(objective.actions),
      places: objective.actions.map((a) => ({ file: a.file, range: where(a) })),
    });
  }
  return lenses.sort((a, b) => a.range.start - b.range.start);
}
