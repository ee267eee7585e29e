import { dayNumber, isoDay } from '../../model/dates';
import type { Rule } from '../context';
import { cycleText } from './spans';

/** Year, month and day of a day number. */
function ymd(day: number): [number, number, number] {
  const [y, m, d] = isoDay(day).split('-').map(Number);
  return [y, m, d];
}

/**
 * date/cycle-length: a cycle longer than five years (most plans run three to five). Measured
 * from the cycle's first day to its last, not by counting calendar years: 2026-S2 to 2031-S1
 * is five years, though it touches six.
 */
export const cycleLength: Rule = ({ plan, report }) => {
  const cycle = plan.cycle;
  const end = plan.header?.cycle?.end;
  if (!cycle || !end || !plan.root) return;
  const [sy, sm, sd] = ymd(cycle.start.first);
  const [ey, em] = ymd(cycle.end.last);
  if (cycle.end.last < dayNumber(sy + 5, sm, sd)) return;
  const months = (ey - sy) * 12 + (em - sm) + 1;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const length =
    rest === 0
      ? { en: `${years} years`, fr: `${years} ans` }
      : { en: `${years} years and ${rest} month${rest > 1 ? 's' : ''}`, fr: `${years} ans et ${rest} mois` };
  report('date/cycle-length', plan.root, end.range, {
    en: `The cycle (${cycleText(cycle)}) spans ${length.en}; plans usually run three to five. Long-range targets can use \`plan.horizon\` instead.`,
    fr: `Le cycle (${cycleText(cycle)}) couvre ${length.fr} ; un plan dure d’ordinaire trois à cinq ans. Les cibles lointaines peuvent utiliser \`plan.horizon\`.`,
  });
};
