import { capitalized, itemName, subject, targetName } from '../../model/describe';
import { convert } from '../../model/quantities';
import type { Indicator } from '../../model/types';
import type { Rule } from '../context';
import { fmt, targetDeadline, targetValue, valueRange } from './values';

/** target/part-exceeds-whole: a component's target above its whole's at the same date. */
export const partExceedsWhole: Rule = ({ plan, report }) => {
  for (const part of plan.indicators) {
    const wholeId = part.partOf?.value;
    const whole = plan.byId.get(wholeId ?? '')?.find((i): i is Indicator => i.kind === 'indicator');
    if (!whole || whole === part) continue;
    for (const target of part.targets) {
      const deadline = targetDeadline(target, plan);
      const value = targetValue(target);
      if (!deadline || value === undefined) continue;
      const match = whole.targets.find((w) => targetDeadline(w, plan)?.date.last === deadline.date.last);
      const wholeValue = match && targetValue(match);
      if (match === undefined || wholeValue === undefined) continue;
      const inWholeUnit = convert(value, part.unit?.value, whole.unit?.value);
      if (inWholeUnit === undefined || inWholeUnit <= wholeValue) continue;
      const who = capitalized(subject(targetName(target)));
      report('target/part-exceeds-whole', part.file, valueRange(target), {
        en: `${who.en} is ${fmt(value)} by ${deadline.date.text}, more than its whole ${itemName(whole).en} aims for at that date (${fmt(wholeValue)}).`,
        fr: `${who.fr} vaut ${fmt(value, 'fr')} en ${deadline.date.text}, plus que ce que vise à cette date son ensemble, ${itemName(whole).fr} (${fmt(wholeValue, 'fr')}).`,
      });
    }
  }
};
