import { convert, parseNumber, unitFamily, type Change } from '../../model/quantities';

export interface QuoteFigure {
  value: number;
  unit?: string;
}

/** A duration the quote states ("3 h 30", "six mois"), in the indicator's time unit. */
export interface QuoteDuration {
  text: string;
  value: number;
}

/** A change the quote states ("gagner 4 points", "réduire de 40 %", "doubler"). */
export interface QuoteChange {
  change: Change;
  /** "+20 %" on a percentage indicator may mean points or a relative change: either reading counts. */
  orPoints?: boolean;
}

export interface QuoteReading {
  figures: QuoteFigure[];
  durations: QuoteDuration[];
  changes: QuoteChange[];
  years: number[];
}

/**
 * Figures and years stated in a quote: "1 000", "1,000", "80M€", "80 %", "2,5 M€". A bare
 * four-digit number from 1900 to 2199 is a year, not a figure.
 */
const FIGURE =
  /(?<![\p{L}\d])(\d{1,3}(?:[ \u00a0\u202f,.]\d{3})+(?![\d])|\d+)(?:[.,](\d+))?(?:\s?(Md€|M€|k€|€|%|MEUR|kEUR|EUR|millions? d['’]euros|milliards? d['’]euros|points?|pts?)(?![\p{L}]))?/gu;

/**
 * Numbers in words, French and English. "un"/"one" are articles far more often than figures,
 * "neuf" is "new" and "cent" reads in "pour cent": left out.
 */
const NUMBER_WORDS: Record<string, number> = {
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  vingt: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
};
const NUMBER_WORD = new RegExp(`(?<![\\p{L}\\d-])(${Object.keys(NUMBER_WORDS).join('|')})(?![\\p{L}\\d-])`, 'giu');

/** Digits that are not figures: ordinals (1er, 21e, 2nd), names (COVID-19), dates (30/06/2027, 2027-06, 2027-T2). */
const NOT_FIGURES = [
  /(?<![\p{L}\d])\d+(?:er|re|ère|e|è|ème|eme|ᵉ|ᵉʳ|nd|st|rd|th)(?![\p{L}])/gu,
  /\p{L}[\p{L}.]*-\d+/gu,
  /(?<!\d)\d{1,2}\/\d{1,2}(?:\/\d{2,4})?(?!\d)/gu,
  /(?<!\d)\d{4}-(?:\d{2}(?:-\d{2})?|[QTSH][1-4])(?![\p{L}\d])/gu,
];

const UP =
  'augmenter|augmente|augmentation|accro[iî]tre|accroissement|hausse|progresser|progression|am[ée]liorer|relever|increase|raise|grow|growth|rise|improve';
const DOWN =
  'r[ée]duire|r[ée]duction|diminuer|diminution|baisser|baisse|abaisser|reculer|reduce|reducing|reduction|cut|decrease|lower|drop|fall';
const AMOUNT = String.raw`(\d+(?:[.,]\d+)?)\s?(%|points?|pts?)(?![\p{L}])`;

/** A verb of change, up to six words, then "de"/"by" and an amount: "réduire notre consommation de 40 %". */
const VERB_CHANGE = new RegExp(
  String.raw`(?<![\p{L}])(?:(${UP})|(${DOWN}))\p{L}*(?:\s+[^\s\d+−-]+){0,6}?\s+(?:de|d['’]|by|of)\s*${AMOUNT}`,
  'giu',
);
/** "gagner 4 points", "perdre 2 points", "gain 3 points": no preposition. */
const GAIN_CHANGE = new RegExp(String.raw`(?<![\p{L}])(?:(gagner|gain)|(perdre|lose|losing))\p{L}*\s+${AMOUNT}`, 'giu');
/** "+20 %", "-10 %", "+4 pts": a signed figure is a change. */
const SIGNED_CHANGE = new RegExp(String.raw`(?<![\p{L}\d])([+−-])\s?${AMOUNT}`, 'gu');
/** "d'un tiers", "by a third", "d'un quart", "by a quarter", after a verb of change. */
const FRACTION_CHANGE = new RegExp(
  String.raw`(?<![\p{L}])(?:(${UP})|(${DOWN}))\p{L}*(?:\s+[^\s\d]+){0,6}?\s+(?:d['’]\s?un|by\s+(?:a|one))\s+(tiers|third|quart|quarter)(?![\p{L}])`,
  'giu',
);
/** Multiplications: a factor, or NaN to read "diviser par N" as 1/N. */
const FACTORS: [RegExp, number][] = [
  [
    /(?<![\p{L}])(?:(?:r[ée]duire|diviser|baisser|diminuer|r[ée]duction|diminution|baisse)\p{L}*(?:\s+[^\s\d]+){0,6}?\s+(?:de\s+moiti[ée]|par\s+2)|halv\p{L}*|by\s+half)(?![\p{L}\d])/giu,
    0.5,
  ],
  [/(?<![\p{L}])diviser\p{L}*(?:\s+[^\s\d]+){0,6}?\s+par\s+(\d+)(?![\p{L}\d])/giu, NaN],
  [/(?<![\p{L}])(?:doubl\p{L}*|twice)(?![\p{L}])/giu, 2],
  [/(?<![\p{L}])tripl\p{L}*(?![\p{L}])/giu, 3],
  [/(?<![\p{L}])quadrupl\p{L}*(?![\p{L}])/giu, 4],
];

/** "3 h 30", "1h30", "4 h", "90 min", "2 jours", "6 mois": a figure and a time unit. */
const DURATION =
  /(?<![\p{L}\d])(\d+)\s?(?:h|heures?|hours?)\s?(\d{1,2})(?!\d)(?:\s?min\p{L}*)?|(?<![\p{L}\d])(\d+(?:[.,]\d+)?)\s?(min(?:utes?)?|mn|h|heures?|hours?|jours?|days?|j|semaines?|weeks?|mois|months?|ans?|ann[ée]es?|years?)(?![\p{L}])/giu;

/** Whether the words after a figure are the indicator's counted noun ("2000 patients"). */
function countsNoun(after: string, noun: string | undefined): boolean {
  if (noun === undefined || unitFamily(noun).kind !== 'noun') return false;
  const words = noun.trim().split(/\s+/).length;
  const following = after
    .trimStart()
    .split(/\s+/)
    .slice(0, words)
    .join(' ')
    .replace(/[.,;:!?)»"]+$/, '');
  return following !== '' && convert(1, following, noun) !== undefined;
}

/** Blanks what a reading consumed, so that no figure is read twice. */
function blank(text: string, index: number, length: number): string {
  return text.slice(0, index) + ' '.repeat(length) + text.slice(index + length);
}

function amount(text: string): number {
  return Number(text.replace(',', '.'));
}

function changeOf(value: number, unitWord: string, percentIndicator: boolean): QuoteChange {
  if (unitWord === '%')
    return percentIndicator
      ? { change: { kind: 'percent', percent: value }, orPoints: true }
      : { change: { kind: 'percent', percent: value } };
  return { change: { kind: 'points', points: value } };
}

/** Every match of `pattern` read by `make` (undefined: not a change), blanked from the text. */
function take(
  state: { text: string },
  pattern: RegExp,
  make: (match: RegExpMatchArray) => QuoteChange | undefined,
  out: QuoteChange[],
): void {
  for (const match of [...state.text.matchAll(pattern)]) {
    const change = make(match);
    if (!change) continue;
    out.push(change);
    state.text = blank(state.text, match.index!, match[0].length);
  }
}

/** Reads the changes a quote states, and blanks them. */
function readChanges(text: string, percentIndicator: boolean): { text: string; changes: QuoteChange[] } {
  const changes: QuoteChange[] = [];
  const state = { text };
  for (const [pattern, factor] of FACTORS) {
    take(
      state,
      pattern,
      (m) => {
        const f = Number.isNaN(factor) ? 1 / Number(m[1]) : factor;
        return Number.isFinite(f) && f > 0 ? { change: { kind: 'factor', factor: f } } : undefined;
      },
      changes,
    );
  }
  take(
    state,
    FRACTION_CHANGE,
    (m) => {
      const share = /^(tiers|third)$/i.test(m[3]) ? 100 / 3 : 25;
      return { change: { kind: 'percent', percent: m[2] ? -share : share } };
    },
    changes,
  );
  const verb = (m: RegExpMatchArray) => changeOf(amount(m[3]) * (m[2] ? -1 : 1), m[4], percentIndicator);
  take(state, VERB_CHANGE, verb, changes);
  take(state, GAIN_CHANGE, verb, changes);
  take(state, SIGNED_CHANGE, (m) => changeOf(amount(m[2]) * (m[1] === '+' ? 1 : -1), m[3], percentIndicator), changes);
  return { text: state.text, changes };
}

/** Reads the durations a quote states, in the indicator's time unit, and blanks them all. */
function readDurations(text: string, timeUnit: string | undefined): { text: string; durations: QuoteDuration[] } {
  const durations: QuoteDuration[] = [];
  for (const match of [...text.matchAll(DURATION)]) {
    const [whole, hours, minutes, value, unit] = match;
    const inMinutes =
      hours !== undefined ? Number(hours) * 60 + Number(minutes) : convert(amount(value), unit.toLowerCase(), 'min');
    const converted = inMinutes !== undefined && timeUnit ? convert(inMinutes, 'min', timeUnit) : undefined;
    if (converted !== undefined) durations.push({ text: whole.trim(), value: converted });
    text = blank(text, match.index!, whole.length);
  }
  return { text, durations };
}

/**
 * What a quote states: figures of the target's value, durations (when the indicator counts
 * time; otherwise a duration is context, not a figure), changes from the baseline, and years.
 * Numbers in words count ("deux", "ten"); ordinals, dates and names with digits (1er, 21e,
 * 30/06/2027, COVID-19) are not figures. `unit` is the indicator's: a four-digit number
 * followed by it is a count, not a year ("2000 patients in 2030" states 2000 and the year 2030).
 */
export function readQuote(quote: string, unit?: string): QuoteReading {
  const family = unit === undefined ? undefined : unitFamily(unit).kind;
  let text = quote.replace(NUMBER_WORD, (word) => String(NUMBER_WORDS[word.toLowerCase()]));
  for (const pattern of NOT_FIGURES) text = text.replace(pattern, (m) => ' '.repeat(m.length));
  const read = readChanges(text, family === 'percent');
  const timed = readDurations(read.text, family === 'duration' ? unit : undefined);
  text = timed.text;
  const figures: QuoteFigure[] = [];
  const years: number[] = [];
  for (const match of text.matchAll(FIGURE)) {
    const [whole, digits, decimals, figureUnit] = match;
    const value = parseNumber(decimals !== undefined ? `${digits},${decimals}` : digits);
    if (!Number.isFinite(value)) continue;
    const bareYear =
      figureUnit === undefined && decimals === undefined && /^\d{4}$/.test(digits) && value >= 1900 && value < 2200;
    if (bareYear && !countsNoun(text.slice(match.index + whole.length), unit)) years.push(value);
    else
      figures.push(
        figureUnit
          ? {
              value,
              unit: figureUnit.replace(/^millions? d['’]euros$/, 'M€').replace(/^milliards? d['’]euros$/, 'Md€'),
            }
          : { value },
      );
  }
  return { figures, durations: timed.durations, changes: read.changes, years };
}
