import { capitalized, itemName, subject, targetName, type ItemName } from '../../model/describe';
import type { PlanFile, Span } from '../../model/types';
import type { Rule, RuleContext } from '../context';
import { actionSpan, dated, type DatedValue } from './spans';

/** `name` is a function: naming every action of a large plan costs more than checking it. */
function check(
  report: RuleContext['report'],
  file: PlanFile,
  name: () => ItemName,
  start?: DatedValue,
  end?: DatedValue,
  fields = ['start', 'end'],
) {
  if (!start || !end || end.date.last >= start.date.first) return;
  const who = capitalized(subject(name()));
  report('date/end-before-start', file, end.at.range, {
    en: `${who.en} ends (${fields[1]} ${end.date.text}) before it starts (${fields[0]} ${start.date.text}); swap them or correct one.`,
    fr: `${who.fr} finit (${fields[1]} ${end.date.text}) avant de commencer (${fields[0]} ${start.date.text}) ; inversez-les ou corrigez l’une des deux dates.`,
  });
}

function checkSpan(
  report: RuleContext['report'],
  file: PlanFile,
  owner: ItemName,
  field: string,
  span: Span | undefined,
) {
  if (!span) return;
  const name = {
    en: `\`${field}\` of ${owner.en}`,
    fr: `\`${field}\` ${owner.frOf}`,
    frOf: `de \`${field}\` ${owner.frOf}`,
  };
  check(report, file, () => name, dated(span.from), dated(span.to), ['from', 'to']);
}

/** date/end-before-start: the cycle, each action, and each target's `over`/`each_year` span. */
export const endBeforeStart: Rule = ({ plan, report }) => {
  const cycle = plan.header?.cycle;
  if (cycle && plan.root)
    check(
      report,
      plan.root,
      () => ({ en: 'the cycle', fr: 'le cycle', frOf: 'du cycle' }),
      dated(cycle.start),
      dated(cycle.end),
    );
  for (const action of plan.actions) {
    const { start, end } = actionSpan(action);
    check(report, action.file, () => itemName(action), start, end, ['start', action.end ? 'end' : 'due']);
  }
  for (const indicator of plan.indicators) {
    for (const target of indicator.targets) {
      checkSpan(report, indicator.file, targetName(target), 'over', target.over);
      if (target.eachYear && 'from' in target.eachYear)
        checkSpan(report, indicator.file, targetName(target), 'each_year', target.eachYear);
    }
  }
};
