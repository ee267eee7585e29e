import { capitalized, subject, targetName } from '../../model/describe';
import { convert, nearlyEqual } from '../../model/quantities';
import type { Plan } from '../../plan/assemble';
import type { Rule } from '../context';
import { dated } from '../dates/spans';
import { readQuote } from './quoteFigures';
import { fmt, targetValue } from './values';

/**
 * target/quote-mismatch: the quote states figures and none is the target's value, or states
 * years and none is the target's year (any year of an `over` span).
 */
export const quoteMismatch: Rule = ({ plan, report }) => {
  for (const indicator of plan.indicators) {
    const unit = indicator.unit?.value;
    for (const target of indicator.targets) {
      const quote = target.quote;
      if (!quote) continue;
      const { figures, years } = readQuote(quote.value, unit);
      const who = capitalized(subject(targetName(target)));
      const value = targetValue(target);
      if (value !== undefined && figures.length > 0) {
        const matches = figures.some((f) => {
          // A figure with a unit counts in the indicator's unit only: "80 %" is not 80 M€.
          const inUnit = f.unit && unit ? convert(f.value, f.unit, unit) : f.value;
          return inUnit !== undefined && nearlyEqual(inUnit, value, 1e-6);
        });
        if (!matches) {
          const stated = figures.map((f) => fmt(f.value) + (f.unit ? ` ${f.unit}` : '')).join(', ');
          report('target/quote-mismatch', indicator.file, quote.range, {
            en: `The quote of ${targetName(target).en} states ${stated}, but the target's value is ${fmt(value)}${unit ? ` ${unit}` : ''}.`,
            fr: `La citation ${targetName(target).frOf} donne ${stated}, mais la cible vaut ${fmt(value, 'fr')}${unit ? ` ${unit}` : ''}.`,
          });
          continue;
        }
      }
      if (years.length === 0) continue;
      const years_ = targetYears(target, plan);
      if (years_.length === 0 || years.some((y) => years_.includes(y))) continue;
      report('target/quote-mismatch', indicator.file, quote.range, {
        en: `${who.en} is due ${years_.length > 1 ? `${years_[0]}–${years_[years_.length - 1]}` : years_[0]}, but its quote states ${years.join(', ')}.`,
        fr: `${who.fr} est fixée à ${years_.length > 1 ? `${years_[0]}–${years_[years_.length - 1]}` : years_[0]}, mais sa citation indique ${years.join(', ')}.`,
      });
    }
  }
};

/** The years a target is due: its `by` year, or every year of its span (`each_year: true`: the cycle's). */
function targetYears(target: Parameters<typeof targetValue>[0], plan: Plan): number[] {
  const by = dated(target.by);
  if (by) return [by.date.year];
  const span = target.over ?? (target.eachYear && 'from' in target.eachYear ? target.eachYear : undefined);
  const from = span ? dated(span.from)?.date : target.eachYear ? plan.cycle?.start : undefined;
  const to = span ? dated(span.to)?.date : target.eachYear ? plan.cycle?.end : undefined;
  if (!from || !to) return [];
  return Array.from({ length: Math.max(0, to.year - from.year + 1) }, (_, i) => from.year + i);
}
