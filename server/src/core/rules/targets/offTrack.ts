import { capitalized, itemName, subject } from '../../model/describe';
import type { Rule } from '../context';
import { dated } from '../dates/spans';
import { baselineDate, baselineValue, fmt, numberOf, targetDeadline, targetValue } from './values';

/**
 * target/off-track: the latest actual is behind the straight line from the baseline to the
 * next target by more than 10 % of the planned change.
 */
export const offTrack: Rule = ({ plan, report }) => {
  for (const indicator of plan.indicators) {
    const base = baselineValue(indicator);
    const baseDate = baselineDate(indicator);
    if (base === undefined || !baseDate) continue;
    const actuals = indicator.actuals
      .flatMap((a) => {
        const d = dated(a.date);
        const v = numberOf(indicator, a.value);
        return d && v !== undefined && a.value
          ? [{ day: d.date.last, text: d.date.text, value: v, range: a.value.range }]
          : [];
      })
      .sort((a, b) => a.day - b.day);
    const latest = actuals[actuals.length - 1];
    if (!latest) continue;
    const next = indicator.targets
      .flatMap((t) => {
        const d = targetDeadline(t, plan);
        const v = targetValue(t);
        return d && v !== undefined && t.by && d.date.last > latest.day
          ? [{ day: d.date.last, text: d.date.text, value: v }]
          : [];
      })
      .sort((a, b) => a.day - b.day)[0];
    if (!next || next.day <= baseDate.last || latest.day < baseDate.last) continue;
    const planned = next.value - base;
    const expected = base + (planned * (latest.day - baseDate.last)) / (next.day - baseDate.last);
    const behind = planned >= 0 ? expected - latest.value : latest.value - expected;
    if (planned === 0 || behind <= 0.1 * Math.abs(planned)) continue;
    const who = capitalized(subject(itemName(indicator)));
    report('target/off-track', indicator.file, latest.range, {
      en: `${who.en} is off track: ${fmt(latest.value)} at ${latest.text}, where the straight line from ${fmt(base)} (${baseDate.text}) to ${fmt(next.value)} (${next.text}) passes ${fmt(Math.round(expected * 100) / 100)}.`,
      fr: `${who.fr} prend du retard : ${fmt(latest.value, 'fr')} en ${latest.text}, alors que la trajectoire de ${fmt(base, 'fr')} (${baseDate.text}) à ${fmt(next.value, 'fr')} (${next.text}) passe par ${fmt(Math.round(expected * 100) / 100, 'fr')}.`,
    });
  }
};
