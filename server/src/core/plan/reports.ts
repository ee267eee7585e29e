import { parsePartialDate, type PartialDate } from '../model/dates';
import { SECTION_KIND, type ProgressReport, type ReportEntry } from '../model/reportTypes';
import type { Action, Indicator, Item, Milestone, Objective, PlanFile } from '../model/types';
import type { Plan } from './assemble';

/**
 * Gives each plan the reports whose `report_of` names it, ordered by `as_of` (then by file
 * name). A report that names no plan forms a plan of its own, without root, so that it is
 * still checked (`ref/unknown-plan`).
 */
export function attachReports(plans: Plan[], reportFiles: readonly PlanFile[]): Plan[] {
  const byId = new Map<string, Plan>();
  for (const plan of plans) if (plan.root && plan.id !== undefined && !byId.has(plan.id)) byId.set(plan.id, plan);
  const lone: Plan[] = [];
  for (const file of reportFiles) {
    const report = file.report!;
    const plan = report.reportOf ? byId.get(report.reportOf.value) : undefined;
    if (plan) plan.reports.push(report);
    else lone.push(lonePlan(report, [...byId.keys()]));
  }
  for (const plan of plans) plan.reports.sort(byAsOf);
  return [...plans, ...lone];
}

function lonePlan(report: ProgressReport, knownPlanIds: readonly string[]): Plan {
  return {
    id: report.reportOf?.value,
    parts: [],
    files: [],
    hasOwnerRegistry: false,
    knownPlanIds,
    byId: new Map(),
    reports: [report],
    axes: [],
    ambitions: [],
    objectives: [],
    actions: [],
    milestones: [],
    indicators: [],
    owners: [],
    references: [],
  };
}

/** The report's date, when it is one. */
export function reportDate(report: ProgressReport): PartialDate | undefined {
  return parsePartialDate(report.asOf?.value);
}

function byAsOf(a: ProgressReport, b: ProgressReport): number {
  const da = reportDate(a)?.last ?? -Infinity;
  const db = reportDate(b)?.last ?? -Infinity;
  if (da !== db) return da < db ? -1 : 1;
  return a.file.uri < b.file.uri ? -1 : a.file.uri > b.file.uri ? 1 : 0;
}

type SectionItem = Action | Milestone | Indicator | Objective;

/** `act-b#2`: the second milestone of action `act-b` (counted from 1, in the order written). */
const MILESTONE_OF_ACTION = /^(.+)#([1-9][0-9]*)$/;

/** The plan item a report entry updates, or undefined when its key names none of that kind. */
export function itemOfEntry(plan: Plan, entry: ReportEntry): SectionItem | undefined {
  return itemOfKey(plan, entry.section, entry.key.value);
}

/** The item of a report's section that `key` names: an id, or `action-id#n` for a milestone. */
export function itemOfKey(plan: Plan, section: ReportEntry['section'], key: string): SectionItem | undefined {
  const kind = SECTION_KIND[section];
  if (section === 'milestones') {
    const match = MILESTONE_OF_ACTION.exec(key);
    if (match) {
      const action = plan.byId.get(match[1])?.find((i): i is Action => i.kind === 'action');
      return action?.milestones[Number(match[2]) - 1];
    }
  }
  return plan.byId.get(key)?.find((i): i is SectionItem => i.kind === kind);
}

/** The key a report uses for an item: its id, or `action-id#n` for a milestone without one. */
export function reportKeyOf(item: Item): string | undefined {
  if (item.id) return item.id.value;
  if (item.kind === 'milestone' && item.action.id) return `${item.action.id.value}#${item.index + 1}`;
  return undefined;
}

/** Each report's entries for the items they name, in report order (`as_of`). */
export function entriesByItem(plan: Plan): Map<Item, ReportEntry[]> {
  const out = new Map<Item, ReportEntry[]>();
  for (const report of plan.reports) {
    for (const entry of allEntries(report)) {
      const item = itemOfEntry(plan, entry);
      if (!item) continue;
      const list = out.get(item);
      if (list) list.push(entry);
      else out.set(item, [entry]);
    }
  }
  return out;
}

export function allEntries(report: ProgressReport): ReportEntry[] {
  return [...report.actions, ...report.milestones, ...report.indicators, ...report.objectives];
}
