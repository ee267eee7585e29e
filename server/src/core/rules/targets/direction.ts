import { capitalized, subject, targetName } from '../../model/describe';
import { nearlyEqual } from '../../model/quantities';
import type { Rule } from '../context';
import { baselineValue, fmt, targetValue, valueRange } from './values';

/** target/direction and target/no-ambition: each target against the baseline and the direction. */
export const direction: Rule = ({ plan, report }) => {
  for (const indicator of plan.indicators) {
    const dir = indicator.direction?.value;
    const baseline = baselineValue(indicator);
    if (!dir || baseline === undefined) continue;
    for (const target of indicator.targets) {
      const value = targetValue(target);
      if (value === undefined) continue;
      const who = capitalized(subject(targetName(target)));
      const same = nearlyEqual(value, baseline, 1e-9);
      const range = valueRange(target);
      const head = { en: `${who.en} is ${fmt(value)}`, fr: `${who.fr} vaut ${fmt(value)}` };
      if (dir === 'increase' && value < baseline && !same) {
        report('target/direction', indicator.file, range, {
          en: `${head.en}, below the baseline (${fmt(baseline)}), but the indicator should increase.`,
          fr: `${head.fr}, sous la valeur de référence (${fmt(baseline, 'fr')}), alors que l’indicateur doit augmenter.`,
        });
      } else if (dir === 'decrease' && value > baseline && !same) {
        report('target/direction', indicator.file, range, {
          en: `${head.en}, above the baseline (${fmt(baseline)}), but the indicator should decrease.`,
          fr: `${head.fr}, au-dessus de la valeur de référence (${fmt(baseline, 'fr')}), alors que l’indicateur doit baisser.`,
        });
      } else if (dir === 'maintain' && !same) {
        report('target/direction', indicator.file, range, {
          en: `${head.en}, not the baseline (${fmt(baseline)}), but the indicator should be maintained.`,
          fr: `${head.fr}, et non la valeur de référence (${fmt(baseline, 'fr')}), alors que l’indicateur doit être maintenu.`,
        });
      } else if ((dir === 'increase' || dir === 'decrease') && same) {
        report('target/no-ambition', indicator.file, range, {
          en: `${head.en}, the same as the baseline, though the indicator should ${dir}: the target asks for no change.`,
          fr: `${head.fr}, comme la valeur de référence, alors que l’indicateur doit ${dir === 'increase' ? 'augmenter' : 'baisser'} : la cible ne demande aucun progrès.`,
        });
      }
    }
  }
};
