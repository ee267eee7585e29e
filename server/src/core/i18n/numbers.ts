import type { Locale } from './locale';
import { parseChange, parseQuantity, type Quantity } from '../model/quantities';

/** French groups thousands with a narrow no-break space and sets one before a unit. */
export const NARROW_NBSP = '\u202f';
export const NBSP = '\u00a0';

/**
 * The decimal digits of a finite number ≥ 0, as its shortest form writes them ("1.005" for
 * 1.005), rounded half up to `fractionDigits` (the way Intl.NumberFormat rounds): the integer
 * part and the fraction without its trailing zeros. Written out rather than asked of Intl,
 * whose first use loads the locale's data (15 ms at a command's start).
 */
function decimalDigits(value: number, fractionDigits = Infinity): [string, string] {
  const [mantissa, exponent = '0'] = String(value).split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  let digits = [...(whole + fraction)].map(Number);
  let point = whole.length + Number(exponent);
  if (point < 0) {
    digits = [...new Array<number>(-point).fill(0), ...digits];
    point = 0;
  }
  while (digits.length < point) digits.push(0);
  const keep = point + fractionDigits;
  if (digits.length > keep) {
    const up = digits[keep] >= 5;
    digits = digits.slice(0, keep);
    for (let i = keep - 1; up && i >= -1; i--) {
      if (i === -1) {
        digits.unshift(1);
        point++;
      } else if (digits[i] < 9) {
        digits[i]++;
        break;
      } else digits[i] = 0;
    }
  }
  const integer =
    digits
      .slice(0, point)
      .join('')
      .replace(/^0+(?=\d)/, '') || '0';
  return [integer, digits.slice(point).join('').replace(/0+$/, '')];
}

/** The digits with the language's separators: "1 000,5" (narrow no-break spaces) in French, "1,000.5" in English. */
function withSeparators(value: number, [integer, fraction]: [string, string], locale: Locale): string {
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, locale === 'fr' ? NARROW_NBSP : ',');
  return `${sign}${grouped}${fraction ? (locale === 'fr' ? ',' : '.') + fraction : ''}`;
}

/**
 * A number as the language writes it, at most two decimals: "1 000,5" (narrow no-break
 * spaces) in French, "1,000.5" in English; what Intl.NumberFormat writes for fr-FR and en-GB,
 * with the French group separator fixed (the ICU data's changed across versions).
 */
export function formatNumber(value: number, locale: Locale): string {
  if (!Number.isFinite(value)) return String(value);
  return withSeparators(value, decimalDigits(Math.abs(value), 2), locale);
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

/**
 * A figure as a message states it: every digit the plan wrote (no float noise), in the
 * language's way: "18900.5" in English (as the plan writes it), "18 900,5" in French.
 */
export function formatExact(value: number, locale: Locale): string {
  const plain = Number(value.toPrecision(12));
  if (locale === 'en' || !Number.isFinite(plain)) return String(plain);
  return withSeparators(plain, decimalDigits(Math.abs(plain)), locale);
}
