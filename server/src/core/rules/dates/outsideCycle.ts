import { capitalized, itemName, lazySubject, subject } from '../../model/describe';
import type { Rule } from '../context';
import { actionSpan, cycleText, dated } from './spans';

/** date/outside-cycle: an action or milestone that starts before the cycle or ends after it. */
export const outsideCycle: Rule = ({ plan, report }) => {
  const cycle = plan.cycle;
  // An inverted cycle is date/end-before-start's finding; measured against it every action would be outside.
  if (!cycle || cycle.end.last < cycle.start.first) return;
  const span = cycleText(cycle);
  for (const action of plan.actions) {
    const { start, end } = actionSpan(action);
    const who = lazySubject(action);
    if (start && start.date.first < cycle.start.first) {
      report('date/outside-cycle', action.file, start.at.range, {
        en: `${who.en} starts in ${start.date.text}, before the plan's cycle (${span}).`,
        fr: `${who.fr} commence en ${start.date.text}, avant le cycle du plan (${span}).`,
      });
    } else if (!start && end && end.date.last < cycle.start.first) {
      // No start (an action with only `due` or `end`): ending before the cycle, it started before it too.
      report('date/outside-cycle', action.file, end.at.range, {
        en: `${who.en} ends in ${end.date.text}, before the plan's cycle (${span}).`,
        fr: `${who.fr} se termine en ${end.date.text}, avant le cycle du plan (${span}).`,
      });
    }
    if (end && end.date.last > cycle.end.last) {
      report('date/outside-cycle', action.file, end.at.range, {
        en: `${who.en} ends in ${end.date.text}, after the plan's cycle (${span}).`,
        fr: `${who.fr} se termine en ${end.date.text}, après le cycle du plan (${span}).`,
      });
    } else if (!end && start && start.date.first > cycle.end.last) {
      // No end: starting after the cycle, it ends after it too.
      report('date/outside-cycle', action.file, start.at.range, {
        en: `${who.en} starts in ${start.date.text}, after the plan's cycle (${span}).`,
        fr: `${who.fr} commence en ${start.date.text}, après le cycle du plan (${span}).`,
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
