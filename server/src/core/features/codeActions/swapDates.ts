import type { Located, PlanFile, Span } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import type { OffsetRange } from '../../text/lineIndex';
import type { Fixer } from './quickFix';
import { replace } from './textEdits';

type DateValue = Located<string | number>;

interface DatePair {
  fields: [string, string];
  start: DateValue;
  end: DateValue;
}

/** Every start/end pair written in `file`: the cycle, each action's span, each target's `over` and `each_year` span. */
function datePairs(plan: Plan, file: PlanFile): DatePair[] {
  const pairs: DatePair[] = [];
  const add = (fields: [string, string], start?: DateValue, end?: DateValue) => {
    if (start && end) pairs.push({ fields, start, end });
  };
  const addSpan = (span?: Span) => add(['from', 'to'], span?.from, span?.to);
  if (plan.root === file) add(['start', 'end'], plan.header?.cycle?.start, plan.header?.cycle?.end);
  for (const action of plan.actions) {
    if (action.file !== file) continue;
    add(['start', 'end'], action.start, action.end);
    add(['start', 'due'], action.start, action.due);
  }
  for (const indicator of plan.indicators) {
    if (indicator.file !== file) continue;
    for (const target of indicator.targets) {
      addSpan(target.over);
      if (target.eachYear && 'from' in target.eachYear) addSpan(target.eachYear);
    }
  }
  return pairs;
}

const same = (a: OffsetRange, b: OffsetRange) => a.start === b.start && a.end === b.end;

/**
 * date/end-before-start: swaps the two dates as written (quotes and all). The finding is on
 * the end (or `due`, or `to`), which names the pair.
 */
export const swapDates: Fixer = ({ plan, file, finding }) => {
  const pair = datePairs(plan, file).find((p) => same(p.end.range, finding.range));
  if (!pair) return [];
  const text = (v: DateValue) => file.text.slice(v.range.start, v.range.end);
  const [a, b] = pair.fields;
  const values = `${text(pair.start)} ↔ ${text(pair.end)}`;
  return [
    {
      title: { en: `Swap ${a} and ${b} (${values})`, fr: `Intervertir ${a} et ${b} (${values})` },
      edits: [replace(file, pair.start.range, text(pair.end)), replace(file, pair.end.range, text(pair.start))],
      preferred: true,
    },
  ];
};
