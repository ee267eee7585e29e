import { capitalized, subject, targetName } from '../../model/describe';
import { applyChange, nearlyEqual, parseChange } from '../../model/quantities';
import type { Rule } from '../context';
import { baselineValue, fmt, numberOf } from './values';

/** target/change-mismatch: `change` and `value` must agree given the baseline (1 % tolerance). */
export const changeMismatch: Rule = ({ plan, report }) => {
  for (const indicator of plan.indicators) {
    const baseline = baselineValue(indicator);
    if (baseline === undefined) continue;
    for (const target of indicator.targets) {
      const change = parseChange(target.change?.value);
      const value = numberOf(indicator, target.value);
      if (!change || value === undefined) continue;
      const expected = applyChange(baseline, change);
      if (expected === undefined || nearlyEqual(value, expected)) continue;
      const who = capitalized(subject(targetName(target)));
      report('target/change-mismatch', indicator.file, target.value!.range, {
        en: `${who.en} is ${fmt(value)}, but \`change: ${target.change!.value}\` from the baseline ${fmt(baseline)} gives ${fmt(expected)}; correct the value or the change.`,
        fr: `${who.fr} vaut ${fmt(value, 'fr')}, mais \`change: ${target.change!.value}\` appliqué à la valeur de référence ${fmt(baseline, 'fr')} donne ${fmt(expected, 'fr')} ; corrigez la valeur ou l’évolution.`,
      });
    }
  }
};
