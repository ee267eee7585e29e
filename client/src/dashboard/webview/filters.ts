/**
 * The dashboard's filters, without the DOM: which blocks a choice of axis, owner and status
 * shows, and what the view keeps across reloads. A block says what it concerns in
 * `data-axis`, `data-owner` and `data-status` (space-separated values, written by the
 * renderer, core/dashboard/dashboardFilters.ts); a filter hides a block that has its attribute
 * without the value chosen, and leaves alone a block without it.
 */

export const FILTER_NAMES = ['axis', 'owner', 'status'] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
/** The value chosen for each filter; absent or empty: all. */
export type Filters = Partial<Record<FilterName, string>>;

/** What the dashboard's webview keeps (`setState`): its document, for the serializer, and its filters. */
export interface DashboardState {
  uri: string;
  filters: Filters;
}

/** What a block says it concerns: its attributes, read through this (an element, or a test's stand-in). */
export interface FilterTarget {
  getAttribute(name: string): string | null;
}

export function isShown(target: FilterTarget, filters: Filters): boolean {
  for (const name of FILTER_NAMES) {
    const chosen = filters[name];
    if (!chosen) continue;
    const values = target.getAttribute(`data-${name}`);
    if (values !== null && !values.split(' ').includes(chosen)) return false;
  }
  return true;
}

/** The filters in use, without the empty ones. */
export function activeFilters(filters: Filters): Filters {
  const out: Filters = {};
  for (const name of FILTER_NAMES) if (filters[name]) out[name] = filters[name];
  return out;
}

/** The state the webview persisted, when it is well formed (filters of the wrong shape are dropped). */
export function dashboardState(value: unknown): DashboardState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { uri, filters } = value as Record<string, unknown>;
  if (typeof uri !== 'string') return undefined;
  const kept: Filters = {};
  if (typeof filters === 'object' && filters !== null) {
    for (const name of FILTER_NAMES) {
      const v = (filters as Record<string, unknown>)[name];
      if (typeof v === 'string' && v) kept[name] = v;
    }
  }
  return { uri, filters: kept };
}
