import type { Rule } from '../context';

/** ref/unknown-plan: a part whose `part_of` names no root among the plan files. */
export const unknownPlan: Rule = ({ plan, report }) => {
  if (plan.root) return;
  for (const part of plan.parts) {
    if (part.kind !== 'part' || !part.partOf) continue;
    report('ref/unknown-plan', part, part.partOf.range, {
      en: `\`part_of\` names the plan '${part.partOf.value}', but no root plan file declares it (a file with \`plan: { id: ${part.partOf.value} }\`); its references cannot be checked.`,
      fr: `\`part_of\` cite le plan '${part.partOf.value}', mais aucun fichier racine ne le déclare (un fichier avec \`plan: { id: ${part.partOf.value} }\`) ; ses références ne peuvent pas être vérifiées.`,
    });
  }
};
