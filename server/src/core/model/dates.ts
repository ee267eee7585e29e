/**
 * Partial dates (plan-format.md, "Dates"): a year, quarter, half-year, month or day, each
 * denoting an interval. Days are counted from 1970-01-01 (UTC) so that comparing is subtracting.
 */
export type DatePrecision = 'year' | 'half' | 'quarter' | 'month' | 'day';

export interface PartialDate {
  text: string;
  precision: DatePrecision;
  year: number;
  /** First day of the interval. */
  first: number;
  /** Last day of the interval. */
  last: number;
}

const DATE_FORM = /^(\d{4})(?:-(?:[QT]([1-4])|[SH]([12])|(\d{2})(?:-(\d{2}))?))?$/;

/** Milliseconds of a UTC day; `Date.UTC` alone would read the years 0-99 as 1900-1999 ("0050" as 1950). */
function utc(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(utc(year, month - 1, day) / 86_400_000);
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

/** Parses a partial date; undefined when it is not one of the forms or does not exist. */
export function parsePartialDate(raw: unknown): PartialDate | undefined {
  if (typeof raw === 'number' && !Number.isInteger(raw)) return undefined;
  if (typeof raw !== 'number' && typeof raw !== 'string') return undefined;
  // Plans repeat a few dates thousands of times, and every date rule reads them: parse each once.
  const key = typeof raw === 'number' ? raw : `s${raw}`;
  if (DATE_CACHE.has(key)) return DATE_CACHE.get(key);
  if (DATE_CACHE.size > 10_000) DATE_CACHE.clear();
  const parsed = parseUncached(String(raw));
  if (parsed) Object.freeze(parsed);
  DATE_CACHE.set(key, parsed);
  return parsed;
}

const DATE_CACHE = new Map<string | number, PartialDate | undefined>();

function parseUncached(text: string): PartialDate | undefined {
  const match = DATE_FORM.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const [, , quarter, half, monthText, dayText] = match;
  const span = (precision: DatePrecision, fromMonth: number, toMonth: number): PartialDate => ({
    text,
    precision,
    year,
    first: dayNumber(year, fromMonth, 1),
    last: dayNumber(year, toMonth, lastDayOfMonth(year, toMonth)),
  });
  if (quarter) return span('quarter', Number(quarter) * 3 - 2, Number(quarter) * 3);
  if (half) return span('half', half === '1' ? 1 : 7, half === '1' ? 6 : 12);
  if (monthText) {
    const month = Number(monthText);
    if (month < 1 || month > 12) return undefined;
    if (dayText === undefined) return span('month', month, month);
    const day = Number(dayText);
    if (day < 1 || day > lastDayOfMonth(year, month)) return undefined;
    const d = dayNumber(year, month, day);
    return { text, precision: 'day', year, first: d, last: d };
  }
  return span('year', 1, 12);
}

/** `YYYY-MM-DD` of a day number. */
export function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The year a day number falls in. */
export function yearOfDay(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}
