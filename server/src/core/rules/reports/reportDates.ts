import { allEntries, reportDate } from '../../plan/reports';
import { cycleText, dated } from '../dates/spans';
import { whereIs, type Rule } from '../context';
import { capitalized, nameOf, nameWithin, subject } from '../../model/describe';

/** report/outside-cycle: a report dated before the plan's cycle starts or after it ends. */
export const reportOutsideCycle: Rule = ({ plan, report }) => {
  const cycle = plan.cycle;
  if (!cycle || cycle.end.last < cycle.start.first) return;
  for (const progress of plan.reports) {
    const date = reportDate(progress);
    if (!date || !progress.asOf) continue;
    const before = date.last < cycle.start.first;
    if (!before && date.first <= cycle.end.last) continue;
    report(
      'report/outside-cycle',
      progress.file,
      progress.asOf.range,
      before
        ? {
            en: `The report is dated ${date.text}, before the plan's cycle (${cycleText(cycle)}); correct \`as_of\`.`,
            fr: `Le bilan est daté de ${date.text}, avant le cycle du plan (${cycleText(cycle)}) ; corrigez \`as_of\`.`,
          }
        : {
            en: `The report is dated ${date.text}, after the plan's cycle (${cycleText(cycle)}); correct \`as_of\`, or report on the next plan.`,
            fr: `Le bilan est daté de ${date.text}, après le cycle du plan (${cycleText(cycle)}) ; corrigez \`as_of\`, ou rendez compte du plan suivant.`,
          },
    );
  }
};

/** report/duplicate-as-of: two reports of one plan at the same date; the later one by name is reported. */
export const duplicateAsOf: Rule = ({ plan, report }) => {
  const seen = new Map<string, (typeof plan.reports)[number]>();
  for (const progress of plan.reports) {
    const date = reportDate(progress);
    if (!date || !progress.asOf) continue;
    const key = `${date.first}|${date.last}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, progress);
      continue;
    }
    const where = whereIs(progress.file, first.file, first.asOf!.range.start);
    report('report/duplicate-as-of', progress.file, progress.asOf.range, {
      en: `Another report of the plan '${plan.id}' is dated ${date.text} too (${where.en}); merge the two reports, or correct one \`as_of\`.`,
      fr: `Un autre bilan du plan '${plan.id}' est lui aussi daté de ${date.text} (${where.fr}) ; fusionnez les deux bilans, ou corrigez l’un des \`as_of\`.`,
    });
  }
};

/** report/after-as-of: a milestone reached (`done_on`) after the date of the report that says so. */
export const afterAsOf: Rule = ({ report, plan }) => {
  for (const progress of plan.reports) {
    const asOf = reportDate(progress);
    if (!asOf) continue;
    for (const entry of allEntries(progress)) {
      const done = dated(entry.doneOn);
      if (!done || done.date.first <= asOf.last) continue;
      const who = capitalized(subject(nameWithin(nameOf('milestone', entry.key.value), nameOf('report'))));
      report('report/after-as-of', progress.file, done.at.range, {
        en: `${who.en} is reached in ${done.date.text}, after the report's date (as_of ${asOf.text}); a report states only what is known at its date: correct \`done_on\` or \`as_of\`.`,
        fr: `${who.fr} est atteint en ${done.date.text}, après la date du bilan (as_of ${asOf.text}) ; un bilan ne dit que ce qui est connu à sa date : corrigez \`done_on\` ou \`as_of\`.`,
      });
    }
  }
};
