import type { Rule } from '../context';
import { cycleText } from './spans';

/** date/cycle-length: a cycle longer than five years (most plans run three to five). */
export const cycleLength: Rule = ({ plan, report }) => {
  const cycle = plan.cycle;
  const end = plan.header?.cycle?.end;
  if (!cycle || !end || !plan.root) return;
  const years = cycle.end.year - cycle.start.year + 1;
  if (years <= 5) return;
  report('date/cycle-length', plan.root, end.range, {
    en: `The cycle (${cycleText(cycle)}) spans ${years} years; plans usually run three to five. Long-range targets can use \`plan.horizon\` instead.`,
    fr: `Le cycle (${cycleText(cycle)}) couvre ${years} ans ; un plan dure d’ordinaire trois à cinq ans. Les cibles lointaines peuvent utiliser \`plan.horizon\`.`,
  });
};
