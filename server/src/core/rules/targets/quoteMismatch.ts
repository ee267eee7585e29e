import type { Locale, Localized } from '../../i18n/locale';
import { capitalized, subject, targetName } from '../../model/describe';
import { applyChange, convert, nearlyEqual, parseChange, unitFamily, type Change } from '../../model/quantities';
import type { Target } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import type { Rule } from '../context';
import { dated } from '../dates/spans';
import { readQuote, type QuoteChange, type QuoteReading } from './quoteFigures';
import { baselineValue, fmt, targetValue } from './values';

/** Quotes round: a stated change agrees within 1 % of the value it implies. */
const CHANGE_TOLERANCE = 0.01;

/** The readings a stated change may have: "+20 %" of a percentage is a relative change or 20 points. */
function readings(stated: QuoteChange): Change[] {
  if (!stated.orPoints || stated.change.kind !== 'percent') return [stated.change];
  return [stated.change, { kind: 'points', points: stated.change.percent }];
}

/** A factor as a relative change, to compare `x2` with "+100 %" and "réduire de moitié" with `-50 %`. */
function asFactor(change: Change): number | undefined {
  if (change.kind === 'factor') return change.factor;
  if (change.kind === 'percent') return 1 + change.percent / 100;
  return undefined;
}

function sameChange(a: Change, b: Change): boolean {
  if (a.kind === 'points' && b.kind === 'points') return nearlyEqual(a.points, b.points, CHANGE_TOLERANCE);
  const [fa, fb] = [asFactor(a), asFactor(b)];
  return fa !== undefined && fb !== undefined && nearlyEqual(fa, fb, CHANGE_TOLERANCE);
}

/**
 * Whether a stated change agrees with the target: with the value it implies from the
 * baseline, else with the target's written `change`. Undefined when neither is known.
 */
function changeAgrees(stated: QuoteChange, target: Target): boolean | undefined {
  const baseline = baselineValue(target.indicator);
  const value = targetValue(target);
  const written = parseChange(target.change?.value);
  if (baseline !== undefined && value !== undefined) {
    return readings(stated).some((c) => {
      const implied = applyChange(baseline, c);
      return implied !== undefined && nearlyEqual(implied, value, CHANGE_TOLERANCE);
    });
  }
  if (written) return readings(stated).some((c) => sameChange(c, written));
  return undefined;
}

/** "+4 points", "-40 %", "×2": a change in the words of a message. */
function changeText(change: Change, unit: string | undefined, locale: Locale): string {
  const signed = (n: number) => `${n < 0 ? '-' : '+'}${fmt(Math.abs(n), locale)}`;
  switch (change.kind) {
    case 'factor':
      return `×${fmt(change.factor, locale)}`;
    case 'percent':
      return `${signed(change.percent)} %`;
    case 'points': {
      const family = unit === undefined ? undefined : unitFamily(unit).kind;
      const word = family === 'percent' || family === 'points' || unit === undefined ? 'points' : unit;
      return `${signed(change.points)} ${word}`;
    }
  }
}

/** The target's change, in the kind the quote used: "+5 points", "-30 %", "×1.5". */
function targetChange(kind: Change['kind'], target: Target): Change | undefined {
  const baseline = baselineValue(target.indicator);
  const value = targetValue(target);
  if (baseline !== undefined && value !== undefined) {
    if (kind === 'points') return { kind, points: value - baseline };
    if (baseline === 0) return undefined;
    if (kind === 'factor') return { kind, factor: value / baseline };
    return { kind, percent: (value / baseline - 1) * 100 };
  }
  return parseChange(target.change?.value);
}

function joined(parts: string[], locale: Locale): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${locale === 'fr' ? 'et' : 'and'} ${parts[parts.length - 1]}`;
}

/**
 * What the quote states and what the target states, in the same terms: "states a change of
 * +4 points, but the target's change is +5 points"; "states 80 %, but the target's value is 80 M€".
 */
function mismatchMessage(target: Target, reading: QuoteReading, judged: QuoteChange[]): Localized {
  const unit = target.indicator.unit?.value;
  const value = targetValue(target);
  const name = targetName(target);
  const say = (locale: Locale) => {
    const figures = reading.figures.map((f) => fmt(f.value, locale) + (f.unit ? ` ${f.unit}` : ''));
    const durations = reading.durations.map((d) => `${d.text} (${fmt(d.value, locale)} ${unit})`);
    const changes = judged.map((c) =>
      locale === 'fr'
        ? `une évolution de ${changeText(c.change, unit, locale)}`
        : `a change of ${changeText(c.change, unit, locale)}`,
    );
    const stated = joined([...figures, ...durations, ...changes], locale);
    const valueText = value === undefined ? undefined : `${fmt(value, locale)}${unit ? ` ${unit}` : ''}`;
    const change = judged.length > 0 ? targetChange(judged[0].change.kind, target) : undefined;
    const changeWords = change && changeText(change, unit, locale);
    const onlyChanges = figures.length === 0 && durations.length === 0;
    if (locale === 'fr') {
      const side =
        onlyChanges && changeWords
          ? `l’évolution de la cible est de ${changeWords}`
          : `la cible vaut ${valueText}${changeWords ? ` (soit une évolution de ${changeWords})` : ''}`;
      return `La citation ${name.frOf} donne ${stated}, mais ${side}.`;
    }
    const side =
      onlyChanges && changeWords
        ? `the target's change is ${changeWords}`
        : `the target's value is ${valueText}${changeWords ? ` (a change of ${changeWords})` : ''}`;
    return `The quote of ${name.en} states ${stated}, but ${side}.`;
  };
  return { en: say('en'), fr: say('fr') };
}

/**
 * target/quote-mismatch: the quote states figures and none is the target's value, nor a change
 * that agrees with it; or states years and none is the target's year (any year of an `over`
 * span). A change that cannot be judged (no baseline, no `change`) is left alone.
 */
export const quoteMismatch: Rule = ({ plan, report }) => {
  for (const indicator of plan.indicators) {
    const unit = indicator.unit?.value;
    for (const target of indicator.targets) {
      const quote = target.quote;
      if (!quote) continue;
      const reading = readQuote(quote.value, unit);
      const who = capitalized(subject(targetName(target)));
      const value = targetValue(target);
      const judged = reading.changes.filter((c) => changeAgrees(c, target) !== undefined);
      const valueStated = value !== undefined && (reading.figures.length > 0 || reading.durations.length > 0);
      if (valueStated || judged.length > 0) {
        // Each kind the quote states must agree: a right "doubler" does not excuse a wrong "90 M€".
        const figuresAgree =
          !valueStated ||
          reading.figures.some((f) => {
            // A figure with a unit counts in the indicator's unit only: "80 %" is not 80 M€.
            const inUnit = f.unit && unit ? convert(f.value, f.unit, unit) : f.value;
            return inUnit !== undefined && nearlyEqual(inUnit, value!, 1e-6);
          }) ||
          reading.durations.some((d) => nearlyEqual(d.value, value!, 1e-6));
        const matches = figuresAgree && (judged.length === 0 || judged.some((c) => changeAgrees(c, target)));
        if (!matches) {
          const shown = value === undefined ? { ...reading, figures: [], durations: [] } : reading;
          report('target/quote-mismatch', indicator.file, quote.range, mismatchMessage(target, shown, judged));
          continue;
        }
      }
      if (reading.years.length === 0) continue;
      const years = reading.years;
      const due = targetYears(target, plan);
      if (due.length === 0 || years.some((y) => due.includes(y))) continue;
      const span = due.length > 1 ? `${due[0]}–${due[due.length - 1]}` : String(due[0]);
      report('target/quote-mismatch', indicator.file, quote.range, {
        en: `${who.en} is due ${span}, but its quote states ${years.join(', ')}.`,
        fr: `${who.fr} est fixée à ${span}, mais sa citation indique ${years.join(', ')}.`,
      });
    }
  }
};

/** The years a target is due: its `by` year, or every year of its span (`each_year: true`: the cycle's). */
function targetYears(target: Target, plan: Plan): number[] {
  const by = dated(target.by);
  if (by) return [by.date.year];
  const span = target.over ?? (target.eachYear && 'from' in target.eachYear ? target.eachYear : undefined);
  const from = span ? dated(span.from)?.date : target.eachYear ? plan.cycle?.start : undefined;
  const to = span ? dated(span.to)?.date : target.eachYear ? plan.cycle?.end : undefined;
  if (!from || !to) return [];
  return Array.from({ length: Math.max(0, to.year - from.year + 1) }, (_, i) => from.year + i);
}
