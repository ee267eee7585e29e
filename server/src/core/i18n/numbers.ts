import type { Locale } from './locale';
import { parseChange, parseQuantity, type Quantity } from '../model/quantities';

/** French groups thousands with a narrow no-break space and sets one before a unit. */
export const NARROW_NBSP = '\u202f';
export const NBSP = '\u00a0';

const FORMATS = new Map<Locale, Intl.NumberFormat>();

function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = FORMATS.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 2 });
    FORMATS.set(locale, format);
  }
  return format;
}

/**
 * A number as the language writes it: "1 000,5" (narrow no-break spaces) in French,
 * "1,000.5" in English. The group separator is set here rather than left to the ICU data,
 * whose French separator changed across versions.
 */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale)
    .formatToParts(value)
    .map((part) => (part.type === 'group' && locale === 'fr' ? NARROW_NBSP : part.value))
    .join('');
}

/** "80 M€", "1 000 patients", "80 %" (English writes "80%"); the figure and unit never split across lines. */
export function formatFigure(value: number, unit: string | undefined, locale: Locale): string {
  const figure = formatNumber(value, locale);
  if (!unit) return figure;
  if (unit === '%' && locale === 'en') return `${figure}%`;
  return `${figure}${NBSP}${unit}`;
}

/** A parsed quantity in its own unit, else the indicator's. */
export function formatQuantity(quantity: Quantity, indicatorUnit: string | undefined, locale: Locale): string {
  return formatFigure(quantity.value, quantity.unit ?? indicatorUnit, locale);
}

/** A value as written in the plan (a number, a quantity string, `tbd`), shown in the document's language. */
export function formatValue(raw: unknown, indicatorUnit: string | undefined, locale: Locale, tbd: string): string {
  const quantity = parseQuantity(raw);
  if (quantity === 'tbd') return tbd;
  if (!quantity) return String(raw);
  return formatQuantity(quantity, indicatorUnit, locale);
}

/** `x2` → "×2", `+15 pts` → "+15 pts", `-10 %` → "−10 %": the change as a reader writes it. */
export function formatChange(raw: string, locale: Locale): string {
  const change = parseChange(raw);
  if (!change) return raw;
  const signed = (n: number) => `${n < 0 ? '−' : '+'}${formatNumber(Math.abs(n), locale)}`;
  switch (change.kind) {
    case 'factor':
      return `×${formatNumber(change.factor, locale)}`;
    case 'points':
      return `${signed(change.points)}${NBSP}pts`;
    case 'percent':
      return locale === 'fr' ? `${signed(change.percent)}${NBSP}%` : `${signed(change.percent)}%`;
  }
}

/** A share (0-1) as a percentage: "58 %" / "58%". */
export function formatPercent(share: number, locale: Locale): string {
  return formatFigure(Math.round(share * 100), '%', locale);
}

const EXACT_FORMATS = new Map<Locale, Intl.NumberFormat>();

/**
 * A figure as a message states it: every digit the plan wrote (no float noise), in the
 * language's way: "18900.5" in English (as the plan writes it), "18 900,5" in French.
 */
export function formatExact(value: number, locale: Locale): string {
  const plain = Number(value.toPrecision(12));
  if (locale === 'en') return String(plain);
  let format = EXACT_FORMATS.get(locale);
  if (!format) {
    format = new Intl.NumberFormat('fr-FR', { maximumSignificantDigits: 12 });
    EXACT_FORMATS.set(locale, format);
  }
  return format
    .formatToParts(plain)
    .map((part) => (part.type === 'group' ? NARROW_NBSP : part.type === 'minusSign' ? '-' : part.value))
    .join('');
}
