import { capitalized, nameOf, nameWithin, subject } from '../../model/describe';
import type { Rule } from '../context';

/** report/progress-not-done: an action reported 100 % complete with a status other than `done`. */
export const progressNotDone: Rule = ({ plan, report }) => {
  for (const progress of plan.reports) {
    for (const entry of progress.actions) {
      if (entry.progress?.value !== 100 || !entry.status || entry.status.value === 'done') continue;
      const who = capitalized(subject(nameWithin(nameOf('action', entry.key.value), nameOf('report'))));
      report('report/progress-not-done', progress.file, entry.progress.range, {
        en: `${who.en} is at 100 % but its status is '${entry.status.value}'; set \`status: done\`, or lower \`progress\`.`,
        fr: `${who.fr} est à 100 % mais son statut est '${entry.status.value}' ; passez-la à \`status: done\`, ou baissez \`progress\`.`,
      });
    }
  }
};
