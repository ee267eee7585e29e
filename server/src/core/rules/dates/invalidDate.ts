import { parsePartialDate } from '../../model/dates';
import { collectDates } from '../../plan/dateFields';
import { invalidDateMessage } from '../../i18n/messages';
import type { Rule } from '../context';

const FORM = /^\d{4}(-(Q[1-4]|[SH][12]|\d{2}(-\d{2})?))?$/;

/**
 * date/invalid for dates of a valid form that do not exist (2026-02-30). Values of a wrong
 * form are reported by the schema check under the same rule id.
 */
export const invalidDate: Rule = ({ plan, report }) => {
  for (const { file, field, holder, date } of collectDates(plan)) {
    if (!FORM.test(String(date.value)) || parsePartialDate(date.value)) continue;
    report('date/invalid', file, date.range, invalidDateMessage({ en: `\`${field}\` of ${holder.en}`, fr: `\`${field}\` ${holder.frOf}` }, date.value));
  }
};
