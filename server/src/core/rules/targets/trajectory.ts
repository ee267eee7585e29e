import { capitalized, subject, targetName } from '../../model/describe';
import type { Rule } from '../context';
import { fmt, targetDeadline, targetValue, valueRange } from './values';

/**
 * target/trajectory: successive dated targets (`by`) that move against the direction. A
 * cumulative indicator never goes down: that is an error whatever the direction.
 */
export const trajectory: Rule = ({ plan, report }) => {
  for (const indicator of plan.indicators) {
    const dir = indicator.direction?.value;
    const cumulative = indicator.measure?.value === 'cumulative';
    const points = indicator.targets
      .filter((t) => t.by)
      .flatMap((t) => {
        const deadline = targetDeadline(t, plan);
        const value = targetValue(t);
        return deadline && value !== undefined ? [{ t, day: deadline.date.last, text: deadline.date.text, value }] : [];
      })
      .sort((a, b) => a.day - b.day);
    for (let i = 1; i < points.length; i++) {
      const previous = points[i - 1];
      const current = points[i];
      if (current.day === previous.day) continue;
      const down = current.value < previous.value;
      const up = current.value > previous.value;
      const who = capitalized(subject(targetName(current.t)));
      const prev = {
        en: `${fmt(previous.value)} by ${previous.text}`,
        fr: `${fmt(previous.value, 'fr')} en ${previous.text}`,
      };
      if (cumulative && down) {
        report(
          'target/trajectory',
          indicator.file,
          valueRange(current.t),
          {
            en: `${who.en} (${fmt(current.value)} by ${current.text}) is below the earlier target (${prev.en}), but a cumulative total never decreases.`,
            fr: `${who.fr} (${fmt(current.value, 'fr')} en ${current.text}) est inférieure à la cible précédente (${prev.fr}), or un cumul ne baisse jamais.`,
          },
          { severity: 'error' },
        );
      } else if ((dir === 'increase' && down) || (dir === 'decrease' && up)) {
        report('target/trajectory', indicator.file, valueRange(current.t), {
          en: `${who.en} (${fmt(current.value)} by ${current.text}) moves back from the earlier target (${prev.en}), against the indicator's direction (${dir}).`,
          fr: `${who.fr} (${fmt(current.value, 'fr')} en ${current.text}) recule par rapport à la cible précédente (${prev.fr}), à l’encontre du sens de l’indicateur (${dir}).`,
        });
      }
    }
  }
};
