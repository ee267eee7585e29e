import type { Locale } from '../../i18n/locale';
import type { PartialDate } from '../../model/dates';
import { MONTH_NAMES as MONTHS } from '../../i18n/months';

/** A day as a reader writes it: "1 April 2027", "1er avril 2027" (French writes the first of a month "1er"). */
export function dayText(day: number, locale: Locale, withYear = true): string {
  const date = new Date(day * 86_400_000);
  const dayOfMonth = date.getUTCDate();
  const shown = locale === 'fr' && dayOfMonth === 1 ? '1er' : String(dayOfMonth);
  return `${shown} ${MONTHS[locale][date.getUTCMonth()]}${withYear ? ` ${date.getUTCFullYear()}` : ''}`;
}

/** The interval a partial date denotes: "1 April – 30 June 2027"; a day is itself. A partial date never spans two years. */
export function intervalText(date: PartialDate, locale: Locale): string {
  if (date.first === date.last) return dayText(date.first, locale);
  return `${dayText(date.first, locale, false)} – ${dayText(date.last, locale)}`;
}

/** "2027-Q2: 1 April – 30 June 2027" / "2027-Q2 : 1er avril – 30 juin 2027". */
export function dateMeaning(date: PartialDate, locale: Locale): string {
  return `${date.text}${locale === 'fr' ? ' : ' : ': '}${intervalText(date, locale)}`;
}
