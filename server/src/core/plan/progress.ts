import type { PartialDate } from '../model/dates';
import type { ProgressReport, ReportEntry } from '../model/reportTypes';
import { parsePartialDate } from '../model/dates';
import type { Action, Indicator, Located, Milestone } from '../model/types';
import type { Plan } from './assemble';
import { entriesByItem, reportDate } from './reports';

/** A figure and where it comes from: the plan's own field, or a report's entry. */
export interface Stated<T> {
  value: Located<T>;
  /** The report that states it; undefined for the plan's inline field. */
  report?: ProgressReport;
}

/**
 * Where an item stands, as the plan's files and reports together say: the report with the latest
 * `as_of` that states the field wins; the plan's inline field counts as of `plan.as_of`, and a
 * report of the same date wins over it (a report is the later writing). `until` stops at a
 * report: what was known at its date.
 */
export class Progress {
  private readonly history: Map<object, ReportEntry[]>;

  constructor(private readonly plan: Plan) {
    this.history = entriesByItem(plan);
  }

  /** The entries of the reports about an item, by `as_of`. */
  entriesOf(item: Action | Milestone | Indicator | object): readonly ReportEntry[] {
    return this.history.get(item) ?? [];
  }

  status(item: Action | Milestone, until?: ProgressReport): Stated<string> | undefined {
    return this.latest(item, (e) => e.status, item.status, until);
  }

  progress(action: Action, until?: ProgressReport): Stated<number> | undefined {
    return this.latest(action, (e) => e.progress, action.progress, until);
  }

  /**
   * The indicator's latest actual: the plan's own `actuals` (each at its date) and the reports'
   * values (each at its report's `as_of`) together; the latest date wins, a report over an
   * inline actual of the same date, the one written last among equals.
   */
  actual(indicator: Indicator): (Stated<unknown> & { date?: Located<string | number> }) | undefined {
    type Candidate = {
      day: number;
      fromReport: number;
      order: number;
      found: Stated<unknown> & { date?: Located<string | number> };
    };
    const candidates: Candidate[] = [];
    indicator.actuals.forEach((a, order) => {
      if (a.value === undefined) return;
      candidates.push({
        day: parsePartialDate(a.date?.value)?.last ?? -Infinity,
        fromReport: 0,
        order,
        found: { value: a.value, date: a.date },
      });
    });
    this.entriesOf(indicator).forEach((entry, order) => {
      if (entry.value === undefined) return;
      candidates.push({
        day: reportDate(entry.report)?.last ?? -Infinity,
        fromReport: 1,
        order,
        found: { value: entry.value, date: entry.report.asOf, report: entry.report },
      });
    });
    candidates.sort((x, y) => x.day - y.day || x.fromReport - y.fromReport || x.order - y.order);
    return candidates.at(-1)?.found;
  }

  private latest<T>(
    item: object,
    pick: (e: ReportEntry) => Located<T> | undefined,
    inline: Located<T> | undefined,
    until?: ProgressReport,
  ): Stated<T> | undefined {
    const entries = this.entriesOf(item);
    const stop = until ? this.plan.reports.indexOf(until) : this.plan.reports.length - 1;
    const planAsOf = this.plan.asOf;
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i];
      if (this.plan.reports.indexOf(entry.report) > stop) continue;
      const value = pick(entry);
      if (!value) continue;
      // The inline field wins only over a report dated before `plan.as_of`.
      if (inline && planAsOf && isBefore(reportDate(entry.report), planAsOf)) return { value: inline };
      return { value, report: entry.report };
    }
    return inline ? { value: inline } : undefined;
  }
}

function isBefore(date: PartialDate | undefined, other: PartialDate): boolean {
  return date === undefined || date.last < other.last;
}
