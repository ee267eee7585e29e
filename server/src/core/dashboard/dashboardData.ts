import type { PartialDate } from '../model/dates';
import type { ProgressReport } from '../model/reportTypes';
import type { Action, Axis, Indicator, Milestone, Objective } from '../model/types';
import type { Plan } from '../plan/assemble';
import { Progress } from '../plan/progress';
import { reportDate } from '../plan/reports';
import { actionSpan, dated } from '../rules/dates/spans';
import { behindTrajectory, trajectoryPoints } from '../rules/reports/offTrajectory';
import { reportsUntil } from '../spreadsheet/exportTables';
import { numberOf } from '../rules/targets/values';

export type Rag = 'on-track' | 'at-risk' | 'late';
export const STATUSES = ['planned', 'in-progress', 'delayed', 'done', 'cancelled', 'unset'] as const;
export type DashboardStatus = (typeof STATUSES)[number];

/** Counts by status and the weighted progress of a group of actions (an axis, an owner). */
export interface Completion {
  /** What the view's filters match: the axis's id (its number when it has none), the owner's id. */
  key: string;
  name: string;
  counts: Record<DashboardStatus, number>;
  /** Mean of the actions' progress, `done` counting 100 and `cancelled` left out; undefined when none counts. */
  progress?: number;
}

export interface ChartPoint {
  day: number;
  text: string;
  value: number;
}

export interface IndicatorSeries {
  indicator: Indicator;
  /** Baseline, then each dated target: the trajectory's corners. */
  trajectory: ChartPoint[];
  /** Every actual known at the date: the plan's inline ones and the reports' values. */
  actuals: ChartPoint[];
  offTrack: boolean;
}

export interface Slip {
  action: Action;
  from: string;
  to: string;
}

export interface Dashboard {
  report?: ProgressReport;
  previous?: ProgressReport;
  /** The date it is read at: the report's, else `plan.as_of`. */
  date?: PartialDate;
  byAxis: Completion[];
  byOwner: Completion[];
  /** Each objective's state; `overridden` when the report sets it (`rag:` with a `note`). */
  rag: { objective: Objective; rag: Rag; overridden: boolean }[];
  axisRag: { axis: Axis; rag: Rag }[];
  overdue: (Action | Milestone)[];
  slips: Slip[];
  indicators: IndicatorSeries[];
  /** Each action's status and progress at the date (`done` counting 100, none when nothing says). */
  actions: { action: Action; status: DashboardStatus; progress?: number }[];
  /** Each milestone's status at the date. */
  milestoneStatus: Map<Milestone, DashboardStatus>;
}

const RAG_OF_COLOUR: Record<string, Rag | undefined> = { green: 'on-track', amber: 'at-risk', red: 'late' };

const RANK: Record<string, number> = { planned: 0, 'in-progress': 1, delayed: 1, done: 2 };

/**
 * The figures of the dashboard at a report: the latest one dated on or before `asOf` (the latest
 * of all without it). Rules (written in the dashboard's legend): an objective is late when one
 * of its actions is overdue, at risk when one is delayed or one of its indicators is off its
 * trajectory, on track otherwise, unless the report sets it (`rag` with a `note`); an axis
 * takes its worst objective's.
 */
export function dashboardData(plan: Plan, asOf?: PartialDate): Dashboard {
  const reports = reportsUntil(plan, asOf);
  const report = reports[reports.length - 1];
  const previous = reports[reports.length - 2];
  const date = report ? reportDate(report) : plan.asOf;
  const progress = new Progress(plan);
  const statusOf = (item: Action | Milestone, at?: ProgressReport): DashboardStatus =>
    ((at ? progress.status(item, at) : item.status && { value: item.status })?.value.value as
      DashboardStatus | undefined) ?? 'unset';
  const statuses = new Map(plan.actions.map((a) => [a, statusOf(a, report)]));
  const milestoneStatus = new Map(plan.milestones.map((m) => [m, statusOf(m, report)]));
  const overdue: (Action | Milestone)[] = [];
  if (date) {
    for (const action of plan.actions) {
      const end = actionSpan(action).end;
      if (end && end.date.last < date.first && isOpen(statuses.get(action)!)) overdue.push(action);
    }
    for (const milestone of plan.milestones) {
      const due = dated(milestone.due);
      if (due && due.date.last < date.first && isOpen(milestoneStatus.get(milestone)!)) overdue.push(milestone);
    }
  }
  const indicators = plan.indicators.map((indicator) => series(plan, indicator, progress, reports, date));
  const offTrack = new Set(indicators.filter((s) => s.offTrack).map((s) => s.indicator.id?.value));
  const overrides = new Map(
    (report?.objectives ?? []).flatMap((e) => (e.rag && e.note ? [[e.key.value, e.rag.value]] : [])),
  );
  // Looked up once per action and milestone: a set, not a scan of the list.
  const isOverdue = new Set<Action | Milestone>(overdue);
  const rag = plan.objectives.map((objective) => {
    const override = objective.id && RAG_OF_COLOUR[overrides.get(objective.id.value) ?? ''];
    if (override) return { objective, rag: override, overridden: true };
    const late = objective.actions.some((a) => isOverdue.has(a) || a.milestones.some((m) => isOverdue.has(m)));
    const atRisk =
      objective.actions.some((a) => statuses.get(a) === 'delayed') ||
      objective.indicators.some((i) => offTrack.has(i.value));
    return { objective, rag: (late ? 'late' : atRisk ? 'at-risk' : 'on-track') as Rag, overridden: false };
  });
  const worst = (rags: Rag[]): Rag =>
    rags.includes('late') ? 'late' : rags.includes('at-risk') ? 'at-risk' : 'on-track';
  const axisRag = plan.axes.map((axis) => ({
    axis,
    rag: worst(rag.filter((r) => r.objective.axis === axis).map((r) => r.rag)),
  }));
  const slips: Slip[] = [];
  if (previous) {
    for (const action of plan.actions) {
      const from = statusOf(action, previous);
      const to = statuses.get(action)!;
      if (from === to || from === 'unset') continue;
      if (to === 'delayed' || (RANK[to] !== undefined && RANK[from] !== undefined && RANK[to] < RANK[from]))
        slips.push({ action, from, to });
    }
  }
  const progressOf = (action: Action): number | undefined =>
    statuses.get(action) === 'done'
      ? 100
      : (report ? progress.progress(action, report) : action.progress && { value: action.progress })?.value.value;
  const completion = (key: string, name: string, actions: readonly Action[]): Completion => {
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<DashboardStatus, number>;
    const shares: number[] = [];
    for (const action of actions) {
      const status = statuses.get(action)!;
      counts[status]++;
      if (status !== 'cancelled') shares.push(progressOf(action) ?? 0);
    }
    return {
      key,
      name,
      counts,
      progress: shares.length > 0 ? shares.reduce((a, b) => a + b, 0) / shares.length : undefined,
    };
  };
  const byAxis = plan.axes.map((axis) =>
    completion(
      axisKey(axis),
      axis.title?.value ?? axis.id?.value ?? '',
      plan.actions.filter((a) => a.objective.axis === axis),
    ),
  );
  const owners = [...new Set(plan.actions.map(ownerOf))].sort();
  const byOwner = owners.map((owner) => {
    const name = plan.owners.find((o) => o.id?.value === owner)?.name?.value ?? owner;
    return completion(
      owner,
      name,
      plan.actions.filter((a) => ownerOf(a) === owner),
    );
  });
  const actions = plan.actions.map((action) => ({
    action,
    status: statuses.get(action)!,
    progress: progressOf(action),
  }));
  return {
    report,
    previous,
    date,
    byAxis,
    byOwner,
    rag,
    axisRag,
    overdue,
    slips,
    indicators,
    actions,
    milestoneStatus,
  };
}

/** The axis as the view's filters name it: its id, else its number in the plan. */
export function axisKey(axis: Axis): string {
  return axis.id?.value ?? `#${axis.index + 1}`;
}

function isOpen(status: DashboardStatus): boolean {
  return status === 'planned' || status === 'in-progress' || status === 'delayed' || status === 'unset';
}

/** The action's owner (its objective's when it names none), as an id; `—` when neither does. */
export function ownerOf(action: Action): string {
  return action.owner?.value ?? action.objective.owner?.value ?? '—';
}

function series(
  plan: Plan,
  indicator: Indicator,
  progress: Progress,
  reports: readonly ProgressReport[],
  date: PartialDate | undefined,
): IndicatorSeries {
  const trajectory = trajectoryPoints(indicator, plan) ?? [];
  const actuals: ChartPoint[] = [];
  for (const actual of indicator.actuals) {
    const d = dated(actual.date);
    const v = numberOf(indicator, actual.value);
    if (d && v !== undefined && (!date || d.date.first <= date.last))
      actuals.push({ day: d.date.last, text: d.date.text, value: v });
  }
  for (const entry of progress.entriesOf(indicator)) {
    const d = reportDate(entry.report);
    const v = numberOf(indicator, entry.value);
    if (!d || v === undefined || !reports.includes(entry.report)) continue;
    const same = actuals.findIndex((a) => a.text === d.text);
    if (same !== -1) actuals.splice(same, 1);
    actuals.push({ day: d.last, text: d.text, value: v });
  }
  actuals.sort((a, b) => a.day - b.day);
  const latest = actuals[actuals.length - 1];
  return {
    indicator,
    trajectory,
    actuals,
    offTrack: latest !== undefined && behindTrajectory(trajectory, latest.day, latest.value) !== undefined,
  };
}
