/**
 * Quantities and units (plan-format.md, "Indicators"). Amounts in euros convert across
 * scales (`80 M€` = `80000 k€`), durations across theirs (`3 h` = `180 minutes`); `%` and
 * `points` never convert; a counted noun converts only to itself.
 */
export interface Quantity {
  value: number;
  /** The unit written after the figure, if any ("M€", "%", "patients"). */
  unit?: string;
}

export type UnitFamily =
  | { kind: 'percent' }
  | { kind: 'points' }
  | { kind: 'money'; scale: number }
  | { kind: 'duration'; minutes: number }
  | { kind: 'noun'; noun: string };

/** The words a plan writes for a percentage: all read as `%`. */
const PERCENT_WORDS = new Set([
  '%',
  'pct',
  'percent',
  'percents',
  'percentage',
  'pourcent',
  'pourcentage',
  'pourcentages',
  'pour cent',
]);
const POINT_WORDS = new Set(['points', 'point', 'pts', 'pt']);

/** Durations, in minutes (a month is 30 days, a year 365: quotes round). */
const DURATION_MINUTES: Record<string, number> = {
  min: 1,
  mn: 1,
  minute: 1,
  minutes: 1,
  h: 60,
  heure: 60,
  heures: 60,
  hour: 60,
  hours: 60,
  j: 1440,
  jour: 1440,
  jours: 1440,
  day: 1440,
  days: 1440,
  semaine: 10080,
  semaines: 10080,
  week: 10080,
  weeks: 10080,
  mois: 43200,
  month: 43200,
  months: 43200,
  an: 525600,
  ans: 525600,
  année: 525600,
  années: 525600,
  year: 525600,
  years: 525600,
};

const MONEY_SCALES: Record<string, number> = {
  '€': 1,
  eur: 1,
  euros: 1,
  euro: 1,
  'k€': 1e3,
  keur: 1e3,
  'm€': 1e6,
  meur: 1e6,
  'millions d’euros': 1e6,
  "millions d'euros": 1e6,
  'md€': 1e9,
  'g€': 1e9,
  mdeur: 1e9,
  'milliards d’euros': 1e9,
  "milliards d'euros": 1e9,
};

export function unitFamily(unit: string): UnitFamily {
  const key = unit.trim().toLowerCase().replace(/\s+/g, ' ');
  if (PERCENT_WORDS.has(key)) return { kind: 'percent' };
  if (POINT_WORDS.has(key)) return { kind: 'points' };
  const minutes = DURATION_MINUTES[key];
  if (minutes !== undefined) return { kind: 'duration', minutes };
  const compact = key.replace(/ /g, '');
  const scale = MONEY_SCALES[key] ?? MONEY_SCALES[compact];
  if (scale !== undefined) return { kind: 'money', scale };
  return { kind: 'noun', noun: key };
}

/**
 * Converts `value` from one unit to another; undefined when the units do not convert.
 * A missing unit on either side means "in the indicator's unit".
 */
export function convert(value: number, from: string | undefined, to: string | undefined): number | undefined {
  if (from === undefined || to === undefined) return value;
  const a = unitFamily(from);
  const b = unitFamily(to);
  if (a.kind === 'money' && b.kind === 'money') return (value * a.scale) / b.scale;
  if (a.kind === 'percent' && b.kind === 'percent') return value;
  if (a.kind === 'points' && b.kind === 'points') return value;
  if (a.kind === 'duration' && b.kind === 'duration') return (value * a.minutes) / b.minutes;
  if (a.kind === 'noun' && b.kind === 'noun' && sameNoun(a.noun, b.noun)) return value;
  return undefined;
}

/** "patient" and "patients" are the same noun. */
function sameNoun(a: string, b: string): boolean {
  const singular = (s: string) => s.replace(/(s|x)$/, '');
  return a === b || singular(a) === singular(b);
}

/**
 * A figure with digit groups separated by spaces (also no-break spaces), commas or dots
 * followed by exactly three digits, and a decimal part after `.` or `,`: "1 000", "1,000",
 * "2,5", "80.5". A comma followed by exactly three digits is read as a thousands separator.
 */
const NUMBER = String.raw`-?\d+(?:[ \u00a0\u202f,.]\d{3})*(?:[.,]\d+)?`;
const QUANTITY = new RegExp(`^(${NUMBER})(?: ?([^ 0-9].*))?$`);

const NUMBER_PARTS = /^(-?\d+)((?:[ \u00a0\u202f,.]\d{3})*)(?:([.,])(\d+))?$/;

/**
 * The value of a figure of that form; NaN for anything else. Groups are read before the
 * decimal part, so that "1,000.5" and "1 000,5" keep their thousands ("1,000.5" once became
 * "1.000.5", not a number, and the figure was silently dropped). A lone `.` before three
 * digits ("1.000") stays a decimal point.
 */
export function parseNumber(text: string): number {
  const parts = NUMBER_PARTS.exec(text);
  if (!parts) return NaN;
  const [, integer, groups, separator, decimals] = parts;
  if (separator === undefined && /^\.\d{3}$/.test(groups)) return Number(`${integer}${groups}`);
  return Number(`${integer}${groups.replace(/\D/g, '')}${decimals === undefined ? '' : `.${decimals}`}`);
}

/** Reads a YAML value as a quantity: a number, a quantity string, or `tbd` (returns 'tbd'). */
export function parseQuantity(raw: unknown): Quantity | 'tbd' | undefined {
  if (typeof raw === 'number' && Number.isFinite(raw)) return { value: raw };
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  if (text === 'tbd') return 'tbd';
  const match = QUANTITY.exec(text);
  if (!match) return undefined;
  const value = parseNumber(match[1]);
  if (!Number.isFinite(value)) return undefined;
  return match[2] ? { value, unit: match[2].trim() } : { value };
}

export type Change =
  { kind: 'factor'; factor: number } | { kind: 'points'; points: number } | { kind: 'percent'; percent: number };

/** A change's form and its number as written (Infinity for a number no double holds). */
function readChange(raw: unknown): Change | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim();
  const factor = /^x(\d+(?:[.,]\d+)?)$/.exec(text);
  if (factor) return { kind: 'factor', factor: Number(factor[1].replace(',', '.')) };
  const relative = /^([+-]\d+(?:[.,]\d+)?) ?(%|pts?)$/.exec(text);
  if (!relative) return undefined;
  const amount = Number(relative[1].replace(',', '.'));
  return relative[2] === '%' ? { kind: 'percent', percent: amount } : { kind: 'points', points: amount };
}

function changeAmount(change: Change): number {
  return change.kind === 'factor' ? change.factor : change.kind === 'percent' ? change.percent : change.points;
}

/** `x2`, `+15 pts`, `+20 %`, `-10 %`; undefined for anything else, and for a number too large to compute with. */
export function parseChange(raw: unknown): Change | undefined {
  const change = readChange(raw);
  return change && Number.isFinite(changeAmount(change)) ? change : undefined;
}

/**
 * A figure of a valid form (a quantity, a change, a YAML number) whose number no double
 * holds: "1" and 400 zeros, `.inf`, `.nan`. The model reads it as no figure; this says why,
 * for the rules to report it.
 */
export function isBeyondRange(raw: unknown): boolean {
  if (typeof raw === 'number') return !Number.isFinite(raw);
  if (typeof raw !== 'string') return false;
  const match = QUANTITY.exec(raw.trim());
  if (match) return !Number.isFinite(parseNumber(match[1]));
  const change = readChange(raw);
  return change !== undefined && !Number.isFinite(changeAmount(change));
}

/** The value a change implies from a baseline; undefined when it is too large to compute with. */
export function applyChange(baseline: number, change: Change): number | undefined {
  const value =
    change.kind === 'factor'
      ? baseline * change.factor
      : change.kind === 'points'
        ? baseline + change.points
        : baseline * (1 + change.percent / 100);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * `a` within a relative tolerance (1 % by default, as rules.md asks for `change`) of the
 * reference `b`. The tolerance is a share of the reference, not of the larger of the two
 * (which let "x2 from 40" accept up to 80.808 instead of 80.8). The last term only absorbs
 * float noise, so that a value exactly at the boundary (60.6 for 60) is within it.
 */
export function nearlyEqual(a: number, b: number, tolerance = 0.01): boolean {
  return Math.abs(a - b) <= tolerance * Math.abs(b) + 1e-12 * Math.max(Math.abs(a), Math.abs(b), 1);
}
