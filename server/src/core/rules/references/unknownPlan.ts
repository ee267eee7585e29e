import { didYouMean } from '../../text/didYouMean';
import type { Rule } from '../context';

/**
 * ref/unknown-plan: a part whose `part_of` names no root among the plan files. An error: the
 * part's whole content leaves the plan. A root whose id is a few edits away is suggested.
 */
export const unknownPlan: Rule = ({ plan, report }) => {
  if (plan.root) return;
  for (const part of plan.parts) {
    if (part.kind !== 'part' || !part.partOf) continue;
    const id = part.partOf.value;
    const guess = didYouMean(id, plan.knownPlanIds);
    const message = guess
      ? {
          en: `\`part_of\` names the plan '${id}', but no root plan file declares it, so this part is left out of the plan — did you mean '${guess}'?`,
          fr: `\`part_of\` cite le plan '${id}', mais aucun fichier racine ne le déclare : cette partie reste hors du plan — vouliez-vous dire '${guess}' ?`,
        }
      : {
          en: `\`part_of\` names the plan '${id}', but no root plan file declares it (a file with \`plan: { id: ${id} }\`), so this part is left out of the plan and its references cannot be checked.`,
          fr: `\`part_of\` cite le plan '${id}', mais aucun fichier racine ne le déclare (un fichier avec \`plan: { id: ${id} }\`) : cette partie reste hors du plan et ses références ne peuvent pas être vérifiées.`,
        };
    report('ref/unknown-plan', part, part.partOf.range, message, { suggestions: guess ? [guess] : undefined });
  }
};
