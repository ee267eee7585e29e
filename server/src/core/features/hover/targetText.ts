import type { Locale } from '../../i18n/locale';
import type { Actual, Baseline, Indicator, Span, Target } from '../../model/types';
import { escapeMarkdown, plain } from './markdown';
import { figureText, impliedValue, quantityText } from './numberText';
import { word, WORDS } from './words';

function spanText(span: Span): string {
  return `${plain(span.from?.value ?? '?')}–${plain(span.to?.value ?? '?')}`;
}

/** "each year from 2027 to 2030" / "chaque année de 2027 à 2030". */
function eachYearOf(span: Span, locale: Locale): string {
  const from = plain(span.from?.value ?? '?');
  const to = plain(span.to?.value ?? '?');
  return locale === 'fr' ? `chaque année de ${from} à ${to}` : `each year from ${from} to ${to}`;
}

/** "80 M€ by 2030 (x2)", "at least 2 each year", "x2 (= 80 M€) by 2030", "30 M€ over 2026–2030", as Markdown. */
export function targetText(target: Target, language: string, locale: Locale): string {
  const indicator = target.indicator;
  const parts: string[] = [];
  const comparator = target.comparator?.value;
  if (comparator && comparator in WORDS) parts.push(word(comparator as 'at-least' | 'at-most' | 'exactly', locale));
  const change = target.change === undefined ? undefined : escapeMarkdown(target.change.value);
  if (target.value) parts.push(quantityText(target.value.value, indicator, language, locale));
  else if (change) {
    const implied = impliedValue(indicator, target.change!.value);
    parts.push(implied ? `${change} (= ${escapeMarkdown(figureText(implied, indicator, language))})` : change);
  }
  if (target.by) parts.push(`${word('by', locale)} ${plain(target.by.value)}`);
  else if (target.over) parts.push(`${word('over', locale)} ${spanText(target.over)}`);
  else if (target.eachYear)
    parts.push('value' in target.eachYear ? word('eachYear', locale) : eachYearOf(target.eachYear, locale));
  if (target.value && change) parts.push(`(${change})`);
  return parts.join(' ');
}

/** "40 M€ (2024)": a baseline and when it was measured. */
export function baselineText(baseline: Baseline, indicator: Indicator, language: string, locale: Locale): string {
  const value = baseline.value ? quantityText(baseline.value.value, indicator, language, locale) : '?';
  const when = baseline.year?.value ?? baseline.date?.value;
  return when === undefined ? value : `${value} (${plain(when)})`;
}

export function actualText(actual: Actual, indicator: Indicator, language: string, locale: Locale): string {
  const value = actual.value ? quantityText(actual.value.value, indicator, language, locale) : '?';
  return actual.date ? `${value} (${plain(actual.date.value)})` : value;
}
