import { convert, parseNumber, unitFamily } from '../../model/quantities';

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

/** Whether the words after a figure are the indicator's counted noun ("2000 patients"). */
function countsNoun(after: string, noun: string | undefined): boolean {
  if (noun === undefined || unitFamily(noun).kind !== 'noun') return false;
  const words = noun.trim().split(/\s+/).length;
  const following = after.trimStart().split(/\s+/).slice(0, words).join(' ').replace(/[.,;:!?)»"]+$/, '');
  return following !== '' && convert(1, following, noun) !== undefined;
}

/**
 * `noun` is the indicator's unit: a four-digit number followed by it is a count, not a year
 * ("2000 patients in 2030" states the figure 2000 and the year 2030).
 */
export function readQuote(quote: string, noun?: string): QuoteReading {
  const figures: QuoteFigure[] = [];
  const years: number[] = [];
  for (const match of quote.matchAll(FIGURE)) {
    const [text, whole, decimals, unit] = match;
    const value = parseNumber(decimals !== undefined ? `${whole},${decimals}` : whole);
    if (!Number.isFinite(value)) continue;
    const bareYear = unit === undefined && decimals === undefined && /^\d{4}$/.test(whole) && value >= 1900 && value < 2200;
    if (bareYear && !countsNoun(quote.slice(match.index + text.length), noun)) years.push(value);
    else figures.push(unit ? { value, unit: unit.replace(/^millions? d['’]euros$/, 'M€').replace(/^milliards? d['’]euros$/, 'Md€') } : { value });
  }
  return { figures, years };
}
