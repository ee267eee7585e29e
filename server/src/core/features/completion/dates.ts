import type { Localized } from '../../i18n/locale';
import { parsePartialDate, type PartialDate } from '../../model/dates';
import { intervalText } from '../hover/dateText';
import type { Plan } from '../../plan/assemble';
import type { EditSite } from './site';
import { literal } from './snippetText';
import { rank, type PlanCompletion } from './types';

/** The interval a partial date denotes, in both languages: "1 April – 30 June 2027" (hover's wording). */
function interval(date: PartialDate): Localized {
  return { en: intervalText(date, 'en'), fr: intervalText(date, 'fr') };
}

function years(from: number, to: number): string[] {
  const out: string[] = [];
  for (let y = from; y <= to; y++) out.push(String(y));
  return out;
}

/** Each year of the span with its quarters and half-years: 2026, 2026-Q1 … 2026-Q4, 2026-S1, 2026-S2, 2027… */
function periods(from: number, to: number): string[] {
  return years(from, to).flatMap((y) => [y, `${y}-Q1`, `${y}-Q2`, `${y}-Q3`, `${y}-Q4`, `${y}-S1`, `${y}-S2`]);
}

/**
 * The dates worth offering for a field: the cycle's years and their quarters and half-years;
 * years after the cycle for `horizon`; years up to the cycle's start for a baseline; years
 * around `year` (the current one) for the cycle itself or while the plan has no cycle.
 */
export function dateOffers(plan: Plan, path: readonly string[], key: string, year: number): string[] {
  const parent = path[path.length - 1];
  const first = plan.cycle?.start.year;
  const last = plan.cycle?.end.year;
  if (parent === 'cycle') return years(year - 1, year + 10);
  if (first === undefined || last === undefined)
    return key === 'horizon' ? years(year + 5, year + 15) : periods(year, year + 4);
  if (key === 'horizon') return years(last + 1, last + 10);
  if (parent === 'baseline') return years(first - 4, first);
  const offers = periods(first, last);
  const horizon = plan.horizon?.year;
  if (key === 'by' && horizon !== undefined && horizon > last) offers.push(String(horizon));
  return offers;
}

export function dateCompletions(
  site: EditSite,
  plan: Plan,
  path: readonly string[],
  key: string,
  year: number,
): PlanCompletion[] {
  return dateOffers(plan, path, key, year).map((text, i): PlanCompletion => {
    const meaning = interval(parsePartialDate(text)!);
    return {
      label: text,
      kind: 'date',
      description: meaning,
      detail: meaning,
      insert: literal(`${site.lead}${text}`),
      range: site.range,
      sortText: rank(0, i),
      multiline: false,
    };
  });
}
