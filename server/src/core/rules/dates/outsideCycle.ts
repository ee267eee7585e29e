import { capitalized, itemName, subject } from '../../model/describe';
import type { Rule } from '../context';
import { actionSpan, cycleText, dated } from './spans';

/** date/outside-cycle: an action or milestone that starts before the cycle or ends after it. */
export const outsideCycle: Rule = ({ plan, report }) => {
  const cycle = plan.cycle;
  if (!cycle) return;
  const span = cycleText(cycle);
  for (const action of plan.actions) {
    const { start, end } = actionSpan(action);
    const who = capitalized(subject(itemName(action)));
    if (start && start.date.first < cycle.start.first) {
      report('date/outside-cycle', action.file, start.at.range, {
        en: `${who.en} starts in ${start.date.text}, before the plan's cycle (${span}).`,
        fr: `${who.fr} commence en ${start.date.text}, avant le cycle du plan (${span}).`,
      });
    }
    if (end && end.date.last > cycle.end.last) {
      report('date/outside-cycle', action.file, end.at.range, {
        en: `${who.en} ends in ${end.date.text}, after the plan's cycle (${span}).`,
        fr: `${who.fr} se termine en ${end.date.text}, après le cycle du plan (${span}).`,
      });
    }
    for (const milestone of action.milestones) {
      const due = dated(milestone.due);
      if (!due || (due.date.last >= cycle.start.first && due.date.last <= cycle.end.last)) continue;
      const m = capitalized(subject(itemName(milestone)));
      report('date/outside-cycle', milestone.file, due.at.range, {
        en: `${m.en} is due ${due.date.text}, outside the plan's cycle (${span}).`,
        fr: `${m.fr} est prévu en ${due.date.text}, hors du cycle du plan (${span}).`,
      });
    }
  }
};
