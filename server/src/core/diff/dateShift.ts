import type { Localized } from '../i18n/locale';
import type { PartialDate } from '../model/dates';

/** Which end of a partial date's interval a field reads: a start its first day, an end, `due` or `by` its last. */
export type DateEnd = 'first' | 'last';

export interface DateShift {
  /** Positive: later. */
  days: number;
  /** The shift as a duration, when the two ends fall on month boundaries ("6 months", "a quarter"). */
  months?: number;
}

function monthOf(day: number): { year: number; month: number; date: number; lastOfMonth: boolean } {
  const d = new Date(day * 86_400_000);
  const next = new Date((day + 1) * 86_400_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth(),
    date: d.getUTCDate(),
    lastOfMonth: next.getUTCDate() === 1,
  };
}

/** How far a date moved, reading the end of each interval that the field reads. */
export function dateShift(before: PartialDate, after: PartialDate, end: DateEnd): DateShift {
  const a = before[end];
  const b = after[end];
  const ma = monthOf(a);
  const mb = monthOf(b);
  const aligned = end === 'first' ? ma.date === 1 && mb.date === 1 : ma.lastOfMonth && mb.lastOfMonth;
  const months = (mb.year - ma.year) * 12 + (mb.month - ma.month);
  return { days: b - a, months: aligned ? months : undefined };
}

/** "6 months", "a quarter", "2 years", "10 days" (without a sign). */
export function durationText(shift: DateShift): Localized {
  const m = shift.months === undefined ? undefined : Math.abs(shift.months);
  if (m === undefined) {
    const d = Math.abs(shift.days);
    return d === 1 ? { en: 'a day', fr: 'un jour' } : { en: `${d} days`, fr: `${d} jours` };
  }
  if (m % 12 === 0) return m === 12 ? { en: 'a year', fr: 'un an' } : { en: `${m / 12} years`, fr: `${m / 12} ans` };
  if (m === 3) return { en: 'a quarter', fr: 'un trimestre' };
  if (m === 1) return { en: 'a month', fr: 'un mois' };
  return { en: `${m} months`, fr: `${m} mois` };
}

/** French "de 6 mois" / "d’un trimestre". */
export function frenchBy(duration: string): string {
  return /^un\b/.test(duration) ? `d’${duration}` : `de ${duration}`;
}
