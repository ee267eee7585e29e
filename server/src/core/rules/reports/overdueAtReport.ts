import { capitalized, itemName, subject } from '../../model/describe';
import type { Action, Milestone } from '../../model/types';
import { Progress } from '../../plan/progress';
import { itemOfEntry, reportDate } from '../../plan/reports';
import { actionSpan, dated } from '../dates/spans';
import type { Rule } from '../context';

const OPEN = new Set(['planned', 'in-progress', 'delayed']);

/**
 * report/overdue: at the report's date, an action or milestone it updates should have ended
 * (its `end`, `due`) but is still planned, in progress or delayed (the report's status, else
 * the latest one before it).
 */
export const overdueAtReport: Rule = ({ plan, report }) => {
  if (plan.reports.length === 0) return;
  const progress = new Progress(plan);
  for (const current of plan.reports) {
    const asOf = reportDate(current);
    if (!asOf) continue;
    for (const entry of [...current.actions, ...current.milestones]) {
      const item = itemOfEntry(plan, entry) as Action | Milestone | undefined;
      if (!item || entry.doneOn) continue;
      const status = progress.status(item, current);
      const end = item.kind === 'action' ? actionSpan(item).end : dated(item.due);
      if (!status || !OPEN.has(status.value.value) || !end || end.date.last >= asOf.first) continue;
      const who = capitalized(subject(itemName(item)));
      // L’action (elle), le jalon (il).
      const [it, done, late] =
        item.kind === 'action' ? ['la', 'terminée', 'elle est en retard'] : ['le', 'atteint', 'il est en retard'];
      const forecast = entry.endForecast
        ? { en: ` (forecast ${entry.endForecast.value})`, fr: ` (prévision ${entry.endForecast.value})` }
        : { en: '', fr: '' };
      report('report/overdue', current.file, entry.status?.range ?? entry.key.range, {
        en: `${who.en} is '${status.value.value}' at the report's date (as_of ${asOf.text}), but should have ended in ${end.date.text}${forecast.en}: it is overdue; report it done, or say in \`note\` what holds it up.`,
        fr: `${who.fr} est '${status.value.value}' à la date du bilan (as_of ${asOf.text}), mais devait finir en ${end.date.text}${forecast.fr} : ${late} ; déclarez-${it} ${done}, ou dites dans \`note\` ce qui ${it} retient.`,
      });
    }
  }
};
