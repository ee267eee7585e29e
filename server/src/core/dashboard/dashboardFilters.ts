import type { Locale, Localized } from '../i18n/locale';
import type { Action, Axis, Indicator, Item, Milestone, Objective, PlanFile } from '../model/types';
import type { Plan } from '../plan/assemble';
import { attr, html, type Html } from '../render/html';
import type { OffsetRange } from '../text/lineIndex';
import { axisKey, ownerOf, STATUSES, type Dashboard, type DashboardStatus } from './dashboardData';
import { STATUS_WORDS } from './dashboardWords';

/**
 * What the view's filters read on each block of the dashboard: `data-axis`, `data-owner` and
 * `data-status`, each a space-separated list of the values the block concerns (an axis's key,
 * an owner's id, an action's status). A filter hides a block that has its attribute without
 * the value chosen; a block without the attribute is not concerned by that filter. The
 * webview's script (client/src/dashboard/webview/) does the hiding; the HTML says what matches.
 */
export interface FilterValues {
  axis: Set<string>;
  owner: Set<string>;
  status: Set<string>;
}

export const FILTER_NAMES = ['axis', 'owner', 'status'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

const FILTER_WORDS = {
  legend: { en: 'Show', fr: 'Afficher' },
  axis: { en: 'Axis', fr: 'Axe' },
  owner: { en: 'Owner', fr: 'Responsable' },
  status: { en: 'Status', fr: 'Statut' },
  all: { en: 'All', fr: 'Tous' },
  shown: { en: '{0} of {1} actions shown', fr: '{0} actions affichées sur {1}' },
  rule: {
    en: 'The filters hide the rows, items and charts that concern other axes, owners or statuses; the figures of the tables are those of the whole plan.',
    fr: 'Les filtres masquent les lignes, éléments et graphiques qui concernent d’autres axes, responsables ou statuts ; les chiffres des tableaux restent ceux du plan entier.',
  },
} satisfies Record<string, Localized>;

/** The attributes of a block for the filters, from the values it concerns. */
export function filterAttrs(values: Partial<FilterValues>): Html {
  const list = (set: Set<string> | undefined) => (set && set.size > 0 ? [...set].join(' ') : undefined);
  return html`${attr('data-axis', list(values.axis))}${attr('data-owner', list(values.owner))}${attr('data-status', list(values.status))}`;
}

/** What the filters match for each item the dashboard shows, computed once per dashboard. */
export class DashboardFilters {
  private readonly statusOf: Map<Action, DashboardStatus>;

  constructor(
    private readonly plan: Plan,
    private readonly data: Dashboard,
  ) {
    this.statusOf = new Map(data.actions.map((a) => [a.action, a.status]));
  }

  action(action: Action, status = this.statusOf.get(action)): Partial<FilterValues> {
    const axis = action.objective.axis;
    return {
      axis: new Set(axis ? [axisKey(axis)] : []),
      owner: new Set([ownerOf(action)]),
      status: new Set(status ? [status] : []),
    };
  }

  milestone(milestone: Milestone, status: DashboardStatus): Partial<FilterValues> {
    return { ...this.action(milestone.action), status: new Set([status]) };
  }

  objective(objective: Objective): Partial<FilterValues> {
    return this.union([
      {
        axis: new Set(objective.axis ? [axisKey(objective.axis)] : []),
        owner: new Set(objective.owner ? [objective.owner.value] : []),
      },
      ...objective.actions.map((a) => this.action(a)),
    ]);
  }

  /** A row of completion (an axis, an owner) concerns the axes, owners and statuses of its actions, and its own key. */
  group(by: 'axis' | 'owner', key: string): Partial<FilterValues> {
    const actions = this.data.actions.filter((a) =>
      by === 'axis' ? a.action.objective.axis && axisKey(a.action.objective.axis) === key : ownerOf(a.action) === key,
    );
    return this.union([{ [by]: new Set([key]) }, ...actions.map((a) => this.action(a.action, a.status))]);
  }

  /** An axis concerns the owners and statuses of its objectives. */
  axis(axis: Axis): Partial<FilterValues> {
    return this.union([
      { axis: new Set([axisKey(axis)]) },
      ...this.plan.objectives.filter((o) => o.axis === axis).map((o) => this.objective(o)),
    ]);
  }

  /** An indicator concerns the axes and owners of the objectives that follow it and the actions that contribute to it. */
  indicator(indicator: Indicator): Partial<FilterValues> {
    const id = indicator.id?.value;
    if (id === undefined) return {};
    const objectives = this.plan.objectives.filter((o) => o.indicators.some((r) => r.value === id));
    const actions = this.plan.actions.filter((a) => a.contributesTo.some((r) => r.value === id));
    const values = this.union([...objectives.map((o) => this.objective(o)), ...actions.map((a) => this.action(a))]);
    return { axis: values.axis, owner: values.owner };
  }

  item(item: Item): Partial<FilterValues> {
    switch (item.kind) {
      case 'action':
        return this.action(item);
      case 'milestone':
        return this.action(item.action);
      case 'objective':
        return this.objective(item);
      case 'indicator':
        return this.indicator(item);
      default:
        return {};
    }
  }

  private union(list: readonly Partial<FilterValues>[]): Partial<FilterValues> {
    const out: FilterValues = { axis: new Set(), owner: new Set(), status: new Set() };
    for (const values of list) for (const name of FILTER_NAMES) for (const v of values[name] ?? []) out[name].add(v);
    return out;
  }

  /** The filter bar of the view: one list per filter, its values named as the plan names them. */
  bar(locale: Locale): Html {
    const owners = new Set(this.data.actions.map((a) => ownerOf(a.action)));
    const choices: Record<FilterName, { value: string; label: string }[]> = {
      axis: this.plan.axes.map((a) => ({ value: axisKey(a), label: a.title?.value ?? a.id?.value ?? axisKey(a) })),
      owner: [...owners]
        .sort()
        .map((id) => ({ value: id, label: this.plan.owners.find((o) => o.id?.value === id)?.name?.value ?? id })),
      status: STATUSES.filter((s) => this.data.actions.some((a) => a.status === s)).map((s) => ({
        value: s,
        label: STATUS_WORDS[s][locale],
      })),
    };
    return html`<form class="dashboard-filters" role="search"><fieldset><legend>${FILTER_WORDS.legend[locale]}</legend>${FILTER_NAMES.map(
      (name) =>
        html`<label>${FILTER_WORDS[name][locale]} <select${attr('name', name)}><option value="">${FILTER_WORDS.all[locale]}</option>${choices[name].map((c) => html`<option${attr('value', c.value)}>${c.label}</option>`)}</select></label> `,
    )}<output class="dashboard-shown" aria-live="polite"${attr('data-template', FILTER_WORDS.shown[locale])}></output></fieldset><p class="legend">${FILTER_WORDS.rule[locale]}</p></form>`;
  }
}

/** ` data-uri="…" data-line="n"`: where a block is written, for the view's clicks (0-based line). */
export function sourceLineAttrs(file: PlanFile, range: OffsetRange): Html {
  return html`${attr('data-uri', file.uri)}${attr('data-line', file.lineIndex.positionAt(range.start).line)}`;
}
