import { parseNumber } from '../../model/quantities';

export interface QuoteFigure {
  value: number;
  unit?: string;
}

export interface QuoteReading {
  figures: QuoteFigure[];
  years: number[];
}

/**
 * Figures and years stated in a quote: "1 000", "1,000", "80M€", "80 %", "2,5 M€". A bare
 * four-digit number from 1900 to 2199 is a year, not a figure. Numbers in words are not read.
 */
const FIGURE = /(?<![\p{L}\d])(\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?![\d])|\d+)(?:[.,](\d+))?(?:\s?(Md€|M€|k€|€|%|MEUR|kEUR|EUR|millions? d['’]euros|milliards? d['’]euros))?/gu;

export function readQuote(quote: string): QuoteReading {
  const figures: QuoteFigure[] = [];
  const years: number[] = [];
  for (const match of quote.matchAll(FIGURE)) {
    const [, whole, decimals, unit] = match;
    const value = parseNumber(decimals !== undefined ? `${whole},${decimals}` : whole);
    if (!Number.isFinite(value)) continue;
    if (unit === undefined && decimals === undefined && /^\d{4}$/.test(whole) && value >= 1900 && value < 2200) years.push(value);
    else figures.push(unit ? { value, unit: unit.replace(/^millions? d['’]euros$/, 'M€').replace(/^milliards? d['’]euros$/, 'Md€') } : { value });
  }
  return { figures, years };
}
