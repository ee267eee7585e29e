import { capitalized, itemName, subject } from '../../model/describe';
import type { Rule } from '../context';
import { actionSpan, dated } from './spans';

/** date/milestone-outside-action: a milestone due before its action starts or after it ends. */
export const milestoneOutsideAction: Rule = ({ plan, report }) => {
  for (const action of plan.actions) {
    const { start, end } = actionSpan(action);
    for (const milestone of action.milestones) {
      const due = dated(milestone.due);
      if (!due || !((start && due.date.last < start.date.first) || (end && due.date.last > end.date.last))) continue;
      const who = capitalized(subject(itemName(milestone)));
      const of = itemName(action);
      if (start && due.date.last < start.date.first) {
        report('date/milestone-outside-action', milestone.file, due.at.range, {
          en: `${who.en} is due ${due.date.text}, before ${of.en} starts (${start.date.text}).`,
          fr: `${who.fr} est prévu en ${due.date.text}, avant le début ${of.frOf} (${start.date.text}).`,
        });
      } else if (end && due.date.last > end.date.last) {
        report('date/milestone-outside-action', milestone.file, due.at.range, {
          en: `${who.en} is due ${due.date.text}, after ${of.en} ends (${end.date.text}).`,
          fr: `${who.fr} est prévu en ${due.date.text}, après la fin ${of.frOf} (${end.date.text}).`,
        });
      }
    }
  }
};
