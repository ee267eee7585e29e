import { SECTION_KIND } from '../model/reportTypes';
import type { Plan } from '../plan/assemble';
import { allEntries } from '../plan/reports';
import type { Occurrence } from './occurrences';

/** `act-b#2`: the action's id is the key's text before `#`. */
const MILESTONE_OF_ACTION = /^([^#"']+)#[1-9][0-9]*$/;

/**
 * The ids a plan's progress reports write: each entry's key (a reference to the item of its
 * section's kind), the action id of an `action-id#n` key, and `report_of` (the plan's id). So
 * definition, references and rename reach into reports.
 */
export function reportOccurrences(plan: Plan): Occurrence[] {
  const out: Occurrence[] = [];
  for (const report of plan.reports) {
    const file = report.file;
    if (plan.root && report.reportOf)
      out.push({ file, range: report.reportOf.range, id: report.reportOf.value, kind: 'plan', role: 'reference' });
    for (const entry of allEntries(report)) {
      const key = entry.key;
      const ofAction = entry.section === 'milestones' ? MILESTONE_OF_ACTION.exec(key.value) : null;
      if (ofAction) {
        // Only a bare key: inside quotes, the action id's characters are not the key's own.
        if (file.text.startsWith(ofAction[1], key.range.start)) {
          out.push({
            file,
            range: { start: key.range.start, end: key.range.start + ofAction[1].length },
            id: ofAction[1],
            kind: 'action',
            role: 'reference',
          });
        }
        continue;
      }
      out.push({ file, range: key.range, id: key.value, kind: SECTION_KIND[entry.section], role: 'reference' });
    }
  }
  return out;
}
