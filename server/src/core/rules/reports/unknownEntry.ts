import { kindInfo } from '../../model/kinds';
import { SECTION_KIND } from '../../model/reportTypes';
import type { Plan } from '../../plan/assemble';
import { allEntries, itemOfEntry, reportKeyOf } from '../../plan/reports';
import { didYouMean } from '../../text/didYouMean';
import type { Rule } from '../context';

/** report/unknown-id: a report's entry whose key names no item of that kind in its plan (with did-you-mean). */
export const unknownEntry: Rule = ({ plan, report }) => {
  if (!plan.root) return;
  for (const progress of plan.reports) {
    for (const entry of allEntries(progress)) {
      if (itemOfEntry(plan, entry)) continue;
      const kind = SECTION_KIND[entry.section];
      const guess = didYouMean(entry.key.value, keysOfKind(plan, kind));
      const noun = kindInfo(kind).aNoun;
      const milestone = kind === 'milestone';
      const hint = guess
        ? { en: `did you mean '${guess}'?`, fr: `vouliez-vous dire '${guess}' ?` }
        : {
            en: `write the id of ${noun.en} of the plan${milestone ? ' (or action-id#n for the n-th milestone of an action)' : ''}.`,
            fr: `écrivez l’identifiant d’${noun.fr} du plan${milestone ? ' (ou id-action#n pour le n-ième jalon d’une action)' : ''}.`,
          };
      report(
        'report/unknown-id',
        progress.file,
        entry.key.range,
        {
          en: `'${entry.key.value}' under \`${entry.section}\` is not ${noun.en} of the plan '${plan.id}'; ${hint.en}`,
          fr: `'${entry.key.value}' sous \`${entry.section}\` n’est pas ${noun.fr} du plan '${plan.id}' ; ${hint.fr}`,
        },
        { suggestions: guess ? [guess] : undefined },
      );
    }
  }
};

/** The keys a report may use for items of a kind: their ids, and `action-id#n` for milestones. */
function keysOfKind(plan: Plan, kind: (typeof SECTION_KIND)[keyof typeof SECTION_KIND]): string[] {
  const items =
    kind === 'action'
      ? plan.actions
      : kind === 'milestone'
        ? plan.milestones
        : kind === 'indicator'
          ? plan.indicators
          : plan.objectives;
  const keys = items.flatMap((item) => (item.id ? [item.id.value] : []));
  if (kind === 'milestone')
    for (const m of plan.milestones) if (m.action.id) keys.push(`${m.action.id.value}#${m.index + 1}`);
  return keys.length > 0 ? keys : items.flatMap((item) => reportKeyOf(item) ?? []);
}
