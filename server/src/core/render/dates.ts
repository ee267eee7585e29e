import type { Locale } from '../i18n/locale';
import { parsePartialDate, type PartialDate } from '../model/dates';
import { NBSP } from './numbers';
import { MONTH_NAMES as MONTHS } from '../i18n/months';

function monthOf(date: PartialDate): number {
  return new Date(date.first * 86_400_000).getUTCMonth();
}

/**
 * A partial date as a printed plan writes it: "2030", "T2 2027" / "Q2 2027",
 * "2e semestre 2027" / "H2 2027", "juin 2028" / "June 2028", "1er juin 2028" / "15 June 2028".
 * What is not a date stays as written.
 */
export function formatDate(raw: string | number, locale: Locale): string {
  const date = parsePartialDate(raw);
  if (!date) return String(raw);
  const year = date.year;
  const month = monthOf(date);
  switch (date.precision) {
    case 'year':
      return String(year);
    case 'quarter': {
      const quarter = Math.floor(month / 3) + 1;
      return `${locale === 'fr' ? 'T' : 'Q'}${quarter}${NBSP}${year}`;
    }
    case 'half': {
      const first = month < 6;
      if (locale === 'fr') return `${first ? '1ᵉʳ' : '2ᵉ'} semestre ${year}`;
      return `H${first ? 1 : 2}${NBSP}${year}`;
    }
    case 'month':
      return `${MONTHS[locale][month]} ${year}`;
    case 'day': {
      const day = new Date(date.first * 86_400_000).getUTCDate();
      const shown = locale === 'fr' && day === 1 ? '1ᵉʳ' : String(day);
      return `${shown} ${MONTHS[locale][month]} ${year}`;
    }
  }
}

/** "2026–2028" for two years, "2e semestre 2026 – 2028" otherwise. */
export function formatSpan(start: string | number, end: string | number, locale: Locale): string {
  const from = formatDate(start, locale);
  const to = formatDate(end, locale);
  if (/^\d{4}$/.test(from) && /^\d{4}$/.test(to)) return `${from}–${to}`;
  return `${from} – ${to}`;
}

/**
 * "by 2030" / "d’ici 2030"; French says "d’ici le 2e semestre 2027" before a half, quarter or day,
 * and "d’ici juin 2028" before a month.
 */
export function formatBy(raw: string | number, locale: Locale): string {
  const text = formatDate(raw, locale);
  if (locale === 'en') return `by ${text}`;
  const precision = parsePartialDate(raw)?.precision;
  const article = precision === 'half' || precision === 'quarter' || precision === 'day' ? 'le ' : '';
  return `d’ici ${article}${text}`;
}
