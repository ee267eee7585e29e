import type { Locale } from '../i18n/locale';
import { parsePartialDate, type PartialDate } from '../model/dates';
import type { ProgressReport } from '../model/reportTypes';
import type { Action, Indicator, Milestone, Objective } from '../model/types';
import type { Plan } from '../plan/assemble';
import { Progress } from '../plan/progress';
import { reportDate, reportKeyOf } from '../plan/reports';
import { numberOf } from '../rules/targets/values';
import type { Cell, Table } from './tables';
import { HEADERS, RAG_LABELS, STATUS_LABELS, type HeaderName } from './words';

/** A partial date as a cell: a day is a date, a year a number, other partial dates their text. */
export function dateCell(raw: string | number | undefined): Cell {
  if (raw === undefined) return undefined;
  if (typeof raw === 'number') return raw;
  return parsePartialDate(raw)?.precision === 'day' ? { day: raw } : raw;
}

/** The reports dated on or before `asOf` (every report without it): what was known then. */
export function reportsUntil(plan: Plan, asOf?: PartialDate): ProgressReport[] {
  return plan.reports.filter((r) => {
    const date = reportDate(r);
    return date !== undefined && (!asOf || date.last <= asOf.last);
  });
}

/**
 * The plan as four sheets, in the plan's language: its actions (where they stand at each
 * report up to `asOf`, and the latest report's note and end forecast), its indicators
 * (baseline, each target, each actual, the reports' values among them), its milestones (their
 * status at each report, the latest report's date done and note) and its objectives (the
 * latest report's state and note). What a report holds at the latest date comes back as that
 * report when the sheets are imported at that date.
 */
export function planTables(plan: Plan, locale: Locale, asOf?: PartialDate): Table[] {
  const reports = reportsUntil(plan, asOf);
  return [
    actionsTable(plan, locale, reports),
    indicatorsTable(plan, locale, reports),
    milestonesTable(plan, locale, reports),
    objectivesTable(plan, locale, reports),
  ];
}

function header(locale: Locale, name: HeaderName, suffix?: string): string {
  return suffix ? `${HEADERS[name][locale]} ${suffix}` : HEADERS[name][locale];
}

function actionsTable(plan: Plan, locale: Locale, reports: readonly ProgressReport[]): Table {
  const progress = new Progress(plan);
  const latest = reports[reports.length - 1];
  // Without reports, the plan's own statuses, at `plan.as_of` when it has one.
  const columns: (ProgressReport | undefined)[] = reports.length > 0 ? [...reports] : [undefined];
  const dateOf = (r: ProgressReport | undefined) => (r ? reportDate(r)!.text : plan.asOf?.text);
  const head: Cell[] = [
    ...(['number', 'id', 'axis', 'objective', 'title', 'owner', 'start', 'end'] as const).map((n) => header(locale, n)),
    ...columns.flatMap((r) => [header(locale, 'status', dateOf(r)), header(locale, 'progress', dateOf(r))]),
    header(locale, 'note'),
    header(locale, 'endForecast'),
  ];
  const rows = plan.actions.map((action: Action, i): Cell[] => {
    const entry = latest && progress.entriesOf(action).find((e) => e.report === latest);
    const statusAt = (r: ProgressReport | undefined) => {
      const status = r ? progress.status(action, r) : action.status && { value: action.status };
      const word = status?.value.value;
      return word === undefined ? undefined : (STATUS_LABELS[word]?.[locale] ?? word);
    };
    const progressAt = (r: ProgressReport | undefined) =>
      (r ? progress.progress(action, r) : action.progress && { value: action.progress })?.value.value;
    const axis = action.objective.axis;
    return [
      i + 1,
      action.id?.value,
      axis?.title?.value ?? axis?.id?.value,
      action.objective.title?.value ?? action.objective.id?.value,
      action.title?.value,
      action.owner?.value ?? action.objective.owner?.value,
      dateCell(action.start?.value),
      dateCell(action.end?.value ?? action.due?.value),
      ...columns.flatMap((r) => [statusAt(r), progressAt(r)]),
      entry?.note?.value,
      dateCell(entry?.endForecast?.value),
    ];
  });
  return { sheet: HEADERS.actionsSheet[locale], rows: [head, ...rows] };
}

function indicatorsTable(plan: Plan, locale: Locale, reports: readonly ProgressReport[]): Table {
  const progress = new Progress(plan);
  const latest = reports[reports.length - 1];
  const targetDates = sortedDates(plan.indicators.flatMap((i) => i.targets.flatMap((t) => (t.by ? [t.by.value] : []))));
  const actualDates = sortedDates([
    ...plan.indicators.flatMap((i) => i.actuals.flatMap((a) => (a.date ? [a.date.value] : []))),
    ...reports.map((r) => r.asOf!.value),
  ]);
  const head: Cell[] = [
    ...(['id', 'label', 'unit', 'direction', 'baseline', 'baselineDate'] as const).map((n) => header(locale, n)),
    ...targetDates.map((d) => header(locale, 'target', d.text)),
    ...actualDates.map((d) => header(locale, 'actual', d.text)),
    header(locale, 'note'),
  ];
  const rows = plan.indicators.map((indicator: Indicator): Cell[] => {
    const entries = progress.entriesOf(indicator).filter((e) => reports.includes(e.report));
    const actualAt = (date: PartialDate): Cell => {
      // A report's value at its date wins over an inline actual of the same date.
      const fromReport = entries.find((e) => reportDate(e.report)?.text === date.text && e.value);
      const inline = indicator.actuals.find((a) => parsePartialDate(a.date?.value)?.text === date.text);
      return numberOf(indicator, fromReport?.value ?? inline?.value);
    };
    const baseline = indicator.baseline;
    return [
      indicator.id?.value,
      indicator.label?.value,
      indicator.unit?.value,
      indicator.direction?.value,
      numberOf(indicator, baseline?.value),
      baseline?.year?.value ?? dateCell(baseline?.date?.value),
      ...targetDates.map((d) =>
        numberOf(indicator, indicator.targets.find((t) => parsePartialDate(t.by?.value)?.text === d.text)?.value),
      ),
      ...actualDates.map(actualAt),
      entries.find((e) => e.report === latest)?.note?.value,
    ];
  });
  return { sheet: HEADERS.indicatorsSheet[locale], rows: [head, ...rows] };
}

function milestonesTable(plan: Plan, locale: Locale, reports: readonly ProgressReport[]): Table {
  const progress = new Progress(plan);
  const latest = reports[reports.length - 1];
  const columns: (ProgressReport | undefined)[] = reports.length > 0 ? [...reports] : [undefined];
  const dateOf = (r: ProgressReport | undefined) => (r ? reportDate(r)!.text : plan.asOf?.text);
  const head: Cell[] = [
    ...(['id', 'action', 'title', 'due'] as const).map((n) => header(locale, n)),
    ...columns.map((r) => header(locale, 'status', dateOf(r))),
    header(locale, 'doneOn'),
    header(locale, 'note'),
  ];
  const rows = plan.milestones.map((milestone: Milestone): Cell[] => {
    const entry = latest && progress.entriesOf(milestone).find((e) => e.report === latest);
    const statusAt = (r: ProgressReport | undefined) => {
      const word = (r ? progress.status(milestone, r) : milestone.status && { value: milestone.status })?.value.value;
      return word === undefined ? undefined : (STATUS_LABELS[word]?.[locale] ?? word);
    };
    return [
      reportKeyOf(milestone),
      milestone.action.id?.value,
      milestone.title?.value,
      dateCell(milestone.due?.value),
      ...columns.map(statusAt),
      dateCell(entry?.doneOn?.value),
      entry?.note?.value,
    ];
  });
  return { sheet: HEADERS.milestonesSheet[locale], rows: [head, ...rows] };
}

function objectivesTable(plan: Plan, locale: Locale, reports: readonly ProgressReport[]): Table {
  const progress = new Progress(plan);
  const latest = reports[reports.length - 1];
  const head: Cell[] = (['id', 'axis', 'title', 'owner', 'state', 'note'] as const).map((n) => header(locale, n));
  const rows = plan.objectives.map((objective: Objective): Cell[] => {
    const entry = latest && progress.entriesOf(objective).find((e) => e.report === latest);
    const rag = entry?.rag?.value;
    return [
      objective.id?.value,
      objective.axis?.title?.value ?? objective.axis?.id?.value,
      objective.title?.value,
      objective.owner?.value,
      rag === undefined ? undefined : (RAG_LABELS[rag]?.[locale] ?? rag),
      entry?.note?.value,
    ];
  });
  return { sheet: HEADERS.objectivesSheet[locale], rows: [head, ...rows] };
}

function sortedDates(raw: readonly (string | number)[]): PartialDate[] {
  const byText = new Map<string, PartialDate>();
  for (const r of raw) {
    const date = parsePartialDate(r);
    if (date) byText.set(date.text, date);
  }
  return [...byText.values()].sort((a, b) => a.last - b.last || a.first - b.first);
}
