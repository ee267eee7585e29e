import { capitalized, subject, targetName } from '../../model/describe';
import type { Rule } from '../context';
import { targetDeadline } from '../targets/values';
import { cycleText } from './spans';

/** date/target-beyond-horizon: a target after the cycle's end and after `plan.horizon` (or with none). */
export const targetBeyondHorizon: Rule = ({ plan, report }) => {
  const cycle = plan.cycle;
  if (!cycle) return;
  for (const indicator of plan.indicators) {
    for (const target of indicator.targets) {
      const deadline = targetDeadline(target, plan);
      if (!deadline || deadline.date.last <= cycle.end.last) continue;
      if (plan.horizon && deadline.date.last <= plan.horizon.last) continue;
      const who = capitalized(subject(targetName(target)));
      const span = cycleText(cycle);
      report(
        'date/target-beyond-horizon',
        indicator.file,
        deadline.at.range,
        plan.horizon
          ? {
              en: `${who.en} is due ${deadline.date.text}, after the cycle (${span}) and the plan's horizon (${plan.horizon.text}).`,
              fr: `${who.fr} est fixée à ${deadline.date.text}, après le cycle (${span}) et l’horizon du plan (${plan.horizon.text}).`,
            }
          : {
              en: `${who.en} is due ${deadline.date.text}, after the cycle (${span}); set \`plan.horizon\` if the plan looks that far.`,
              fr: `${who.fr} est fixée à ${deadline.date.text}, après le cycle (${span}) ; renseignez \`plan.horizon\` si le plan porte jusque-là.`,
            },
      );
    }
  }
};
