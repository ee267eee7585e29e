import { capitalized, itemName, subject } from '../../model/describe';
import type { Indicator } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import { itemOfEntry, reportDate } from '../../plan/reports';
import type { Rule } from '../context';
import { baselineDate, baselineValue, fmt, numberOf, targetDeadline, targetValue } from '../targets/values';

interface Point {
  day: number;
  text: string;
  value: number;
}

/** The baseline and the dated targets (`by`) of an indicator, by date: the trajectory's corners. */
export function trajectoryPoints(indicator: Indicator, plan: Plan): Point[] | undefined {
  const base = baselineValue(indicator);
  const baseDate = baselineDate(indicator);
  if (base === undefined || !baseDate) return undefined;
  const targets = indicator.targets.flatMap((t) => {
    const d = targetDeadline(t, plan);
    const v = targetValue(t);
    return d && v !== undefined && t.by && d.date.last > baseDate.last
      ? [{ day: d.date.last, text: d.date.text, value: v }]
      : [];
  });
  return [{ day: baseDate.last, text: baseDate.text, value: base }, ...targets.sort((a, b) => a.day - b.day)];
}

/** The value the straight line between two corners of the trajectory passes at a day, with the two corners. */
export function expectedAt(
  points: readonly Point[],
  day: number,
): { from: Point; to: Point; value: number } | undefined {
  const next = points.findIndex((p) => p.day > day);
  if (next <= 0) return undefined;
  const from = points[next - 1];
  const to = points[next];
  return { from, to, value: from.value + ((to.value - from.value) * (day - from.day)) / (to.day - from.day) };
}

/** The line's value and corners when `value` at `day` is behind it by more than 10 % of that stretch's planned change. */
export function behindTrajectory(points: readonly Point[], day: number, value: number): ReturnType<typeof expectedAt> {
  const expected = expectedAt(points, day);
  if (!expected) return undefined;
  const planned = expected.to.value - expected.from.value;
  const behind = planned >= 0 ? expected.value - value : value - expected.value;
  return planned !== 0 && behind > 0.1 * Math.abs(planned) ? expected : undefined;
}

/**
 * report/off-trajectory: an indicator's value in a report behind the straight line from the
 * baseline to each target in turn, by more than 10 % of that stretch's planned change.
 */
export const offTrajectory: Rule = ({ plan, report }) => {
  for (const progress of plan.reports) {
    const asOf = reportDate(progress);
    if (!asOf) continue;
    for (const entry of progress.indicators) {
      const indicator = itemOfEntry(plan, entry) as Indicator | undefined;
      if (!indicator || !entry.value) continue;
      const value = numberOf(indicator, entry.value);
      const points = trajectoryPoints(indicator, plan);
      const expected = points && value !== undefined ? behindTrajectory(points, asOf.last, value) : undefined;
      if (value === undefined || !expected) continue;
      const who = capitalized(subject(itemName(indicator)));
      const line = fmt(Math.round(expected.value * 100) / 100);
      const { from, to } = expected;
      report('report/off-trajectory', progress.file, entry.value.range, {
        en: `${who.en} is off its trajectory: ${fmt(value)} at ${asOf.text}, where the straight line from ${fmt(from.value)} (${from.text}) to ${fmt(to.value)} (${to.text}) passes ${line}; say in \`note\` what is being done.`,
        fr: `${who.fr} s’écarte de sa trajectoire : ${fmt(value)} en ${asOf.text}, alors que la droite de ${fmt(from.value)} (${from.text}) à ${fmt(to.value)} (${to.text}) passe par ${line} ; dites dans \`note\` ce qui est entrepris.`,
      });
    }
  }
};
