import { capitalized, itemName, nameOf, nameWithin, subject } from '../../model/describe';
import type { Rule } from '../context';
import { actionSpan, dated } from './spans';

/** date/status-vs-as-of: statuses and actuals that contradict the reporting date `plan.as_of`. */
export const statusVsAsOf: Rule = ({ plan, report }) => {
  const asOf = plan.asOf;
  if (!asOf) return;
  for (const action of plan.actions) {
    const status = action.status?.value;
    const { start, end } = actionSpan(action);
    const who = capitalized(subject(itemName(action)));
    if (status === 'done' && start && start.date.first > asOf.last) {
      report('date/status-vs-as-of', action.file, action.status!.range, {
        en: `${who.en} is 'done' but starts in ${start.date.text}, after the reporting date (as_of ${asOf.text}).`,
        fr: `${who.fr} est 'done' mais commence en ${start.date.text}, après la date de situation (as_of ${asOf.text}).`,
      });
    }
    if ((status === 'planned' || status === 'in-progress') && end && end.date.last < asOf.first) {
      report('date/status-vs-as-of', action.file, action.status!.range, {
        en: `${who.en} is '${status}' but should have ended in ${end.date.text}, before the reporting date (as_of ${asOf.text}): it is overdue; mark it done or delayed, or move its end.`,
        fr: `${who.fr} est '${status}' mais devait finir en ${end.date.text}, avant la date de situation (as_of ${asOf.text}) : elle est en retard ; passez-la à done ou delayed, ou décalez sa fin.`,
      });
    }
  }
  for (const indicator of plan.indicators) {
    indicator.actuals.forEach((actual, i) => {
      const date = dated(actual.date);
      if (!date || date.date.first <= asOf.last) return;
      const who = capitalized(subject(nameWithin(nameOf('actual', i + 1), itemName(indicator))));
      report('date/status-vs-as-of', indicator.file, date.at.range, {
        en: `${who.en} is dated ${date.date.text}, after the reporting date (as_of ${asOf.text}).`,
        fr: `${who.fr} est daté de ${date.date.text}, après la date de situation (as_of ${asOf.text}).`,
      });
    });
  }
};
