import { parsePartialDate } from '../../model/dates';
import { fieldOf, nameOf, type ItemName } from '../../model/describe';
import type { Localized } from '../../i18n/locale';
import { collectDates } from '../../plan/dateFields';
import { invalidDateMessage, pastMonthEndMessage } from '../../i18n/messages';
import { dayPastMonthEnd } from '../../model/dateSlips';
import { definition } from '../../schema/planSchema';
import type { Rule } from '../context';

/**
 * The form the schema accepts (months 01-12, days 01-31). It must be the schema's very pattern:
 * a wider one (any two digits) made `2026-13` reported twice, by the schema and by this rule.
 */
const FORM = new RegExp(definition('date').pattern as string);

/**
 * The field as the schema check names it, so that `2026-02-30` and `2026-Q5` in one field read
 * alike: `cycle.start` of the plan is "`start` of the cycle", `over.from` of a target is
 * "`from` of `over` of target 1 of …".
 */
function fieldName(field: string, holder: ItemName): Localized {
  const [outer, inner] = field.split('.');
  if (inner === undefined) return fieldOf(field, holder);
  if (outer === 'cycle' || outer === 'adopted') return fieldOf(inner, nameOf(outer));
  return fieldOf(inner, {
    en: `\`${outer}\` of ${holder.en}`,
    fr: `\`${outer}\` ${holder.frOf}`,
    frOf: `de \`${outer}\` ${holder.frOf}`,
  });
}

/**
 * date/invalid for dates of a valid form that do not exist (2026-02-30). Values of a wrong
 * form are reported by the schema check under the same rule id.
 */
export const invalidDate: Rule = ({ plan, report }) => {
  for (const { file, field, holder, date } of collectDates(plan)) {
    if (!FORM.test(String(date.value)) || parsePartialDate(date.value)) continue;
    const name = fieldName(field, holder);
    const past = dayPastMonthEnd(date.value);
    if (past)
      report(
        'date/invalid',
        file,
        date.range,
        pastMonthEndMessage(name, date.value, past.month, past.days, past.lastDay),
        { suggestions: [past.lastDay] },
      );
    else report('date/invalid', file, date.range, invalidDateMessage(name, date.value));
  }
};
