import { itemName, capitalized, subject } from '../../model/describe';
import type { ReportEntry } from '../../model/reportTypes';
import { allEntries, entriesByItem, itemOfEntry, reportDate } from '../../plan/reports';
import { whereIs, type Rule } from '../context';

/** How far along a status is; `cancelled` is left out (it may follow any status). */
const RANK: Record<string, number | undefined> = { planned: 0, 'in-progress': 1, delayed: 1, done: 2 };

/** report/status-backward: an item's status goes back between two consecutive reports that state it (done → in-progress). */
export const statusBackward: Rule = ({ plan, report }) => {
  for (const [item, entries] of entriesByItem(plan)) {
    let previous: ReportEntry | undefined;
    for (const entry of entries) {
      if (!entry.status) continue;
      const before = previous?.status?.value;
      const was = before === undefined ? undefined : RANK[before];
      const now = RANK[entry.status.value];
      if (previous && was !== undefined && now !== undefined && now < was) {
        const who = capitalized(subject(itemName(item)));
        const where = whereIs(entry.report.file, previous.report.file, previous.status!.range.start);
        const then = reportDate(previous.report)?.text ?? '?';
        report('report/status-backward', entry.report.file, entry.status.range, {
          en: `${who.en} goes back from '${before}' (report of ${then}, ${where.en}) to '${entry.status.value}'; if it was reopened, say why in \`note\`, otherwise correct the status.`,
          fr: `${who.fr} revient de '${before}' (bilan de ${then}, ${where.fr}) à '${entry.status.value}' ; si l’élément a été rouvert, dites pourquoi dans \`note\`, sinon corrigez le statut.`,
        });
      }
      previous = entry;
    }
  }
};

/** report/stale: an item the previous report updated, that the next one leaves out. */
export const staleEntry: Rule = ({ plan, report }) => {
  for (let i = 1; i < plan.reports.length; i++) {
    const previous = plan.reports[i - 1];
    const current = plan.reports[i];
    if (!current.asOf) continue;
    const now = new Set(allEntries(current).map((e) => itemOfEntry(plan, e)));
    const then = reportDate(previous)?.text ?? '?';
    const name = previous.file.uri.replace(/^.*[\\/]/, '');
    for (const entry of allEntries(previous)) {
      const item = itemOfEntry(plan, entry);
      if (!item || now.has(item)) continue;
      const who = capitalized(subject(itemName(item)));
      report('report/stale', current.file, current.asOf.range, {
        en: `${who.en} was updated in the previous report (${name}, as_of ${then}) but not in this one; add it under \`${entry.section}\`, even to say it has not moved.`,
        fr: `${who.fr} figurait dans le bilan précédent (${name}, as_of ${then}) mais pas dans celui-ci ; ajoutez-le sous \`${entry.section}\`, même pour dire qu’il n’a pas bougé.`,
      });
    }
  }
};
