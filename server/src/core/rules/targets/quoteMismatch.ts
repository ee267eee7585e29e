import { capitalized, subject, targetName } from '../../model/describe';
import { convert, nearlyEqual, unitFamily } from '../../model/quantities';
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
      const { figures, years } = readQuote(quote.value);
      const who = capitalized(subject(targetName(target)));
      const value = targetValue(target);
      if (value !== undefined && figures.length > 0) {
        const matches = figures.some((f) => {
          const inUnit = f.unit && unit && unitFamily(f.unit).kind === 'money' ? convert(f.value, f.unit, unit) : f.value;
          return inUnit !== undefined && nearlyEqual(inUnit, value, 1e-6);
        });
        if (!matches) {
          const stated = figures.map((f) => fmt(f.value) + (f.unit ? ` ${f.unit}` : '')).join(', ');
          report('target/quote-mismatch', indicator.file, quote.range, {
            en: `The quote of ${targetName(target).en} states ${stated}, but the target's value is ${fmt(value)}${unit ? ` ${unit}` : ''}.`,
            fr: `La citation ${targetName(target).frOf} donne ${stated}, mais la cible vaut ${fmt(value)}${unit ? ` ${unit}` : ''}.`,
          });
          continue;
        }
      }
      if (years.length === 0) continue;
      const years_ = targetYears(target);
      if (years_.length === 0 || years.some((y) => years_.includes(y))) continue;
      report('target/quote-mismatch', indicator.file, quote.range, {
        en: `${who.en} is due ${years_.length > 1 ? `${years_[0]}–${years_[years_.length - 1]}` : years_[0]}, but its quote states ${years.join(', ')}.`,
        fr: `${who.fr} est fixée à ${years_.length > 1 ? `${years_[0]}–${years_[years_.length - 1]}` : years_[0]}, mais sa citation indique ${years.join(', ')}.`,
      });
    }
  }
};

function targetYears(target: Parameters<typeof targetValue>[0]): number[] {
  const by = dated(target.by);
  if (by) return [by.date.year];
  const span = target.over ?? (target.eachYear && 'from' in target.eachYear ? target.eachYear : undefined);
  const from = dated(span?.from);
  const to = dated(span?.to);
  if (!from || !to) return [];
  return Array.from({ length: Math.max(0, to.date.year - from.date.year + 1) }, (_, i) => from.date.year + i);
}
