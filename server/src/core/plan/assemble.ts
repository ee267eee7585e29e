import { parsePartialDate, type PartialDate } from '../model/dates';
import { allItems, type ItemLists } from '../model/kinds';
import type { ProgressReport } from '../model/reportTypes';
import type { Axis, Item, PlanFile, PlanHeader } from '../model/types';
import { attachReports } from './reports';

/** One plan: a root file and the part files that name it (or a part or file on its own), with its items by kind (`axes`, …). */
export interface Plan extends ItemLists {
  id?: string;
  root?: PlanFile;
  parts: PlanFile[];
  /** Root first, then parts by name. */
  files: PlanFile[];
  header?: PlanHeader;
  hasOwnerRegistry: boolean;
  /** The ids of every root plan assembled with this one (a part's `part_of` may nearly name one). */
  knownPlanIds: readonly string[];
  /** Every item with an id, by id (more than one entry is a duplicate). */
  byId: Map<string, Item[]>;
  cycle?: { start: PartialDate; end: PartialDate };
  horizon?: PartialDate;
  asOf?: PartialDate;
  /** The progress reports whose `report_of` names the plan, by `as_of` (then by name): its history. */
  reports: ProgressReport[];
}

/** Groups files into plans: each root with the parts whose `part_of` names its id. */
export function assemblePlans(files: readonly PlanFile[]): Plan[] {
  const sorted = [...files].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
  const roots = new Map<string, PlanFile>();
  const plans: PlanFile[][] = [];
  for (const file of sorted) {
    const id = file.kind === 'root' ? file.header?.id?.value : undefined;
    if (id !== undefined && !roots.has(id)) {
      roots.set(id, file);
      plans.push([file]);
    }
  }
  for (const file of sorted) {
    if (file.kind === 'report') continue;
    if (file.kind === 'root' && roots.get(file.header?.id?.value ?? '') === file) continue;
    const owner = file.kind === 'part' && file.partOf ? roots.get(file.partOf.value) : undefined;
    const group = owner && plans.find((g) => g[0] === owner);
    if (group) group.push(file);
    else plans.push([file]);
  }
  const known = [...roots.keys()];
  return attachReports(
    plans.map((group) => buildPlan(group, known)),
    sorted.filter((f) => f.kind === 'report'),
  );
}

export function buildPlan(files: PlanFile[], knownPlanIds: readonly string[] = []): Plan {
  const root = files[0].kind === 'root' ? files[0] : undefined;
  const parts = root ? files.slice(1) : files;
  const header = root?.header;
  const axes = root?.axes ?? [];
  for (const part of parts) resolvePartParent(part, axes);
  const ambitions = axes.flatMap((a) => a.ambitions);
  const objectives = [
    ...axes.flatMap((a) => [...a.ambitions.flatMap((m) => m.objectives), ...a.objectives]),
    ...parts.flatMap((p) => p.objectives),
  ];
  const actions = objectives.flatMap((o) => o.actions);
  const milestones = actions.flatMap((a) => a.milestones);
  const indicators = files.flatMap((f) => f.indicators);
  const owners = files.flatMap((f) => f.owners);
  const references = header?.references ?? [];
  const lists: ItemLists = { axes, ambitions, objectives, actions, milestones, indicators, owners, references };
  const byId = new Map<string, Item[]>();
  for (const item of allItems(lists)) {
    if (!item.id) continue;
    const list = byId.get(item.id.value);
    if (list) list.push(item);
    else byId.set(item.id.value, [item]);
  }
  const start = parsePartialDate(header?.cycle?.start?.value);
  const end = parsePartialDate(header?.cycle?.end?.value);
  return {
    id: header?.id?.value ?? parts.find((p) => p.partOf)?.partOf?.value,
    root,
    parts,
    files,
    header,
    ...lists,
    hasOwnerRegistry: files.some((f) => f.hasOwnerRegistry),
    knownPlanIds,
    byId,
    cycle: start && end ? { start, end } : undefined,
    horizon: parsePartialDate(header?.horizon?.value),
    asOf: parsePartialDate(header?.asOf?.value),
    reports: [],
  };
}

/** A part's objectives belong to the axis (and ambition) its `axis:`/`ambition:` name. */
function resolvePartParent(part: PlanFile, axes: readonly Axis[]): void {
  const axis = axes.find((a) => a.id?.value === part.axisRef?.value);
  const ambition = axis?.ambitions.find((m) => m.id?.value === part.ambitionRef?.value);
  for (const objective of part.objectives) {
    objective.axis = axis;
    objective.ambition = ambition;
  }
}

/** The items of one kind that have an id, across the plan's files. */
export function itemsOfKind<K extends Item['kind']>(plan: Plan, kind: K): Extract<Item, { kind: K }>[] {
  const all = [...plan.byId.values()].flat();
  return all.filter((i): i is Extract<Item, { kind: K }> => i.kind === kind);
}
