import type { Rule } from '../context';

/** ref/unknown-plan for a report: its `report_of` names no root plan file among the files checked. */
export const unknownReportPlan: Rule = ({ plan, report }) => {
  if (plan.root) return;
  for (const progress of plan.reports) {
    if (!progress.reportOf) continue;
    const id = progress.reportOf.value;
    report('ref/unknown-plan', progress.file, progress.reportOf.range, {
      en: `\`report_of\` names the plan '${id}', but no root plan file declares it (a file with \`plan: { id: ${id} }\`); check the id, or check the report together with its plan.`,
      fr: `\`report_of\` cite le plan '${id}', mais aucun fichier racine ne le déclare (un fichier avec \`plan: { id: ${id} }\`) ; vérifiez l’identifiant, ou vérifiez le bilan avec son plan.`,
    });
  }
};
