import type { Locale, Localized } from '../i18n/locale';
import { parsePartialDate } from '../model/dates';
import { itemName } from '../model/describe';
import type { OutlineKind } from '../model/kinds';
import { parseQuantity } from '../model/quantities';
import type {
  Action,
  Ambition,
  Axis,
  Indicator,
  Item,
  Located,
  Milestone,
  Objective,
  PlanFile,
  Target,
} from '../model/types';
import type { Plan } from '../plan/assemble';
import type { Finding } from '../rules/finding';
import { plainRange } from '../text/basedRange';
import type { OffsetRange } from '../text/lineIndex';
import { figureText, numberText, planLanguage } from './hover/numberText';
import { dashStart, trimEnd } from './yamlRanges';

/** The plan, the kinds of item the outline shows, and the indicator catalogue as a group. */
export type OutlineItemKind = 'plan' | OutlineKind | 'indicators';

/** The statuses of the format, and `overdue`: planned or in progress, yet due before `as_of`. */
export type OutlineItemStatus = 'planned' | 'in-progress' | 'done' | 'delayed' | 'cancelled' | 'overdue';

/** One node of the plan outline, in offsets of its file; the server turns it into the wire format. */
export interface OutlineItem {
  kind: OutlineItemKind;
  id?: string;
  /** The title (an indicator's label; the plan's title); the id, else the item's name, when it has none. */
  label: string;
  /** An action's dates, a milestone's due date, an indicator's targets, the plan's cycle. */
  description?: string;
  status?: OutlineItemStatus;
  /** The owner written on the item, else its objective's (an action's owner, else its objective's). */
  owner?: string;
  /** Errors and warnings in the item's range, and in its children written in other files. */
  errors: number;
  warnings: number;
  file: PlanFile;
  /** What to reveal: the title, else the id, else the item's first key. */
  range: OffsetRange;
  children: OutlineItem[];
}

interface Counts {
  errors: number;
  warnings: number;
}
const NONE: Counts = { errors: 0, warnings: 0 };

const STATUSES: ReadonlySet<string> = new Set(['planned', 'in-progress', 'done', 'delayed', 'cancelled']);

const INDICATORS: Localized = { en: 'Indicators', fr: 'Indicateurs' };
const EACH_YEAR: Localized = { en: 'each year', fr: 'chaque année' };
const TBD: Localized = { en: 'to be defined', fr: 'à définir' };

/**
 * The whole plan as one tree, root and parts together: the axes, their ambitions and
 * objectives (a part's objectives under the axis and ambition it names), the actions and
 * their milestones, then the indicator catalogue of every file. `findingsOf` gives a file's
 * findings (after configuration): each node counts the errors and warnings within it.
 */
export function planOutline(
  plan: Plan,
  findingsOf: (file: PlanFile) => readonly Finding[],
  locale: Locale,
): OutlineItem | undefined {
  const first = plan.root ?? plan.files.find((f) => f.kind === 'part');
  if (!first) return undefined;
  const counter = new FindingCounter(findingsOf);
  const language = planLanguage(plan);
  const asOf = plan.asOf;
  const inOtherFiles = new Map<OutlineItem, Counts>();

  const node = (
    item: Item,
    label: Located<string> | undefined,
    extra: Partial<OutlineItem>,
    children: OutlineItem[] = [],
  ): OutlineItem => {
    const whole = itemRange(item);
    const own = counter.count(item.file, whole);
    // Children written in the item's file lie in its range; those of other files (a part's
    // objectives under a root's axis, at any depth) are added.
    const elsewhere = children.map((c) => (c.file === item.file ? (inOtherFiles.get(c) ?? NONE) : c));
    const result: OutlineItem = {
      kind: item.kind as OutlineItemKind,
      id: item.id?.value,
      label: label?.value.trim() || item.id?.value || itemName(item)[locale],
      errors: own.errors + sum(elsewhere, 'errors'),
      warnings: own.warnings + sum(elsewhere, 'warnings'),
      file: item.file,
      range: revealRange(item.file, label?.range ?? item.anchor),
      children,
      ...extra,
    };
    inOtherFiles.set(result, { errors: sum(elsewhere, 'errors'), warnings: sum(elsewhere, 'warnings') });
    return result;
  };

  const statusOf = (
    written: Located<string> | undefined,
    end: Located<string | number> | undefined,
  ): OutlineItemStatus | undefined => {
    const status = written && STATUSES.has(written.value) ? (written.value as OutlineItemStatus) : undefined;
    const last = parsePartialDate(end?.value);
    // As the date/status-vs-as-of rule reads it: due before the reporting date, yet not done.
    if ((status === 'planned' || status === 'in-progress') && asOf && last && last.last < asOf.first) return 'overdue';
    return status;
  };

  const milestoneNode = (milestone: Milestone, owner: string | undefined) =>
    node(milestone, milestone.title, {
      description: dateText(milestone.due),
      status: statusOf(milestone.status, milestone.due),
      owner,
    });
  const actionNode = (action: Action, objective: Objective) => {
    const owner = action.owner?.value ?? objective.owner?.value;
    return node(
      action,
      action.title,
      {
        description: actionDates(action),
        status: statusOf(action.status, action.end ?? action.due),
        owner,
      },
      action.milestones.map((m) => milestoneNode(m, owner)),
    );
  };
  const objectiveNode = (objective: Objective) =>
    node(
      objective,
      objective.title,
      { owner: objective.owner?.value },
      objective.actions.map((a) => actionNode(a, objective)),
    );
  // Under each ambition (or axis, or nowhere): the root's objectives first, then each part's, in the plan's order.
  const placed = new Map<Ambition | Axis | undefined, Objective[]>();
  for (const objective of plan.objectives) {
    const parent = objective.ambition ?? objective.axis;
    const list = placed.get(parent);
    if (list) list.push(objective);
    else placed.set(parent, [objective]);
  }
  const objectivesUnder = (parent: Ambition | Axis | undefined) => (placed.get(parent) ?? []).map(objectiveNode);
  const ambitionNode = (ambition: Ambition) => node(ambition, ambition.title, {}, objectivesUnder(ambition));
  const axisNode = (axis: Axis) =>
    node(axis, axis.title, {}, [...axis.ambitions.map(ambitionNode), ...objectivesUnder(axis)]);

  const children = [...plan.axes.map(axisNode), ...objectivesUnder(undefined)];
  const indicators = indicatorsNode(plan, locale, (indicator) =>
    node(indicator, indicator.label, { description: targetsText(indicator, language, locale) }),
  );
  if (indicators) children.push(indicators);

  const header = plan.header;
  const label = header?.title?.value.trim() || plan.id || header?.id?.value || '';
  const cycle = header?.cycle;
  // The plan counts every finding of its files, the header's and every node's below.
  const everything = plan.files.map((f) => counter.count(f, { start: 0, end: f.text.length }));
  return {
    kind: 'plan',
    id: plan.id,
    label,
    description: cycle ? spanText(cycle.start, cycle.end) : undefined,
    errors: sum(everything, 'errors'),
    warnings: sum(everything, 'warnings'),
    file: first,
    range: header ? revealRange(first, header.title?.range ?? header.keyRange) : { start: 0, end: 0 },
    children,
  };
}

/** The outline of every plan that has a root or a part (a stray file with neither has no tree). */
export function workspaceOutline(
  plans: readonly Plan[],
  findingsOf: (file: PlanFile) => readonly Finding[],
  locale: Locale,
  isCancelled: () => boolean = () => false,
): OutlineItem[] | undefined {
  const out: OutlineItem[] = [];
  for (const plan of plans) {
    if (isCancelled()) return undefined;
    const tree = planOutline(plan, findingsOf, locale);
    if (tree) out.push(tree);
  }
  return out;
}

/** The catalogue of every file of the plan under one node, at the root's `indicators:` key (else the first indicator). */
function indicatorsNode(
  plan: Plan,
  locale: Locale,
  indicatorNode: (i: Indicator) => OutlineItem,
): OutlineItem | undefined {
  if (plan.indicators.length === 0) return undefined;
  const children = plan.indicators.map(indicatorNode);
  const firstIndicator = plan.indicators[0];
  const file = firstIndicator.file;
  const found = file.source.locate(['indicators']);
  const range = found
    ? plainRange(file.source.range(found.base, found.key, firstIndicator.range))
    : revealRange(file, firstIndicator.anchor);
  return {
    kind: 'indicators',
    label: INDICATORS[locale],
    errors: sum(children, 'errors'),
    warnings: sum(children, 'warnings'),
    file,
    range,
    children,
  };
}

/** "2025 – 2026", "2026-S2" (a deadline), "2025 –", "– 2026". */
function actionDates(action: Action): string | undefined {
  if (action.start || action.end) return spanText(action.start, action.end);
  return dateText(action.due);
}

function spanText(
  start: Located<string | number> | undefined,
  end: Located<string | number> | undefined,
): string | undefined {
  const from = dateText(start);
  const to = dateText(end);
  if (from && to) return from === to ? from : `${from} – ${to}`;
  if (from) return `${from} –`;
  return to ? `– ${to}` : undefined;
}

function dateText(date: Located<string | number> | undefined): string | undefined {
  return date === undefined ? undefined : String(date.value);
}

/** "→ 1 000 patients (2030)", several targets separated by commas; undefined without targets. */
export function targetsText(indicator: Indicator, language: string, locale: Locale): string | undefined {
  const targets = indicator.targets.map((t) => targetText(t, language, locale)).filter((t) => t !== '');
  return targets.length > 0 ? `→ ${targets.join(', ')}` : undefined;
}

function targetText(target: Target, language: string, locale: Locale): string {
  const value = target.value ? valueText(target.value.value, target.indicator, language, locale) : target.change?.value;
  const when = target.by
    ? String(target.by.value)
    : target.over
      ? rangeText(target.over.from, target.over.to)
      : target.eachYear
        ? 'value' in target.eachYear
          ? EACH_YEAR[locale]
          : `${EACH_YEAR[locale]} ${rangeText(target.eachYear.from, target.eachYear.to)}`
        : undefined;
  if (value === undefined) return when ? `? (${when})` : '';
  return when ? `${value} (${when})` : value;
}

function rangeText(from: Located<string | number> | undefined, to: Located<string | number> | undefined): string {
  return `${from?.value ?? '?'}–${to?.value ?? '?'}`;
}

/** A figure in the plan's language with its unit ("1 000 patients", "80 M€"); as written when it is no figure. */
function valueText(raw: unknown, indicator: Indicator, language: string, locale: Locale): string {
  const quantity = parseQuantity(raw);
  if (quantity === 'tbd') return TBD[locale];
  if (!quantity) return typeof raw === 'number' ? numberText(raw, language) : String(raw);
  return figureText(quantity, indicator, language);
}

/** A list item reads from its dash to its last written character. */
function itemRange(item: Item): OffsetRange {
  const text = item.file.text;
  return { start: dashStart(text, item.range.start), end: trimEnd(text, item.range.start, item.range.end) };
}

function revealRange(file: PlanFile, range: OffsetRange): OffsetRange {
  return { start: range.start, end: trimEnd(file.text, range.start, range.end) };
}

function sum(items: readonly Counts[], key: 'errors' | 'warnings'): number {
  return items.reduce((total, item) => total + item[key], 0);
}

/** Counts a file's errors and warnings in a range; each file's findings are asked for once, and sorted to be counted by bisection. */
class FindingCounter {
  private readonly byFile = new Map<PlanFile, { errors: number[]; warnings: number[] }>();

  constructor(private readonly findingsOf: (file: PlanFile) => readonly Finding[]) {}

  count(file: PlanFile, range: OffsetRange): Counts {
    let starts = this.byFile.get(file);
    if (!starts) {
      const findings = this.findingsOf(file);
      const of = (severity: Finding['severity']) =>
        findings
          .filter((f) => f.severity === severity)
          .map((f) => f.range.start)
          .sort((a, b) => a - b);
      starts = { errors: of('error'), warnings: of('warning') };
      this.byFile.set(file, starts);
    }
    return { errors: countWithin(starts.errors, range), warnings: countWithin(starts.warnings, range) };
  }
}

/** How many of the sorted offsets lie in [start, end]. */
function countWithin(sorted: readonly number[], range: OffsetRange): number {
  return firstAbove(sorted, range.end) - firstAbove(sorted, range.start - 1);
}

/** The index of the first offset greater than `value`. */
function firstAbove(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
