import { capitalized, subject, targetName } from '../../model/describe';
import type { Rule } from '../context';
import { baselineDate, targetDeadline } from '../targets/values';

/** date/target-before-baseline: a target due no later than its baseline was measured. */
export const targetBeforeBaseline: Rule = ({ plan, report }) => {
  for (const indicator of plan.indicators) {
    const baseline = baselineDate(indicator);
    if (!baseline) continue;
    for (const target of indicator.targets) {
      const deadline = targetDeadline(target, plan);
      if (!deadline || deadline.date.last > baseline.last) continue;
      const who = capitalized(subject(targetName(target)));
      // `each_year: true` is due at the cycle's end, which is written in the root file, maybe not
      // the indicator's: point at the target's own `each_year` instead.
      const at = target.eachYear && !('from' in target.eachYear) ? target.eachYear.range : deadline.at.range;
      report('date/target-before-baseline', indicator.file, at, {
        en: `${who.en} is due ${deadline.date.text}, not after its baseline (${baseline.text}); a target comes after the value it is measured from.`,
        fr: `${who.fr} est fixée à ${deadline.date.text}, pas après sa valeur de référence (${baseline.text}) ; une cible vient après la valeur dont elle part.`,
      });
    }
  }
};
