import type { Locale, Localized } from '../i18n/locale';

/** The words of a rendered plan, as a French or English strategic plan prints them. */
export const LABELS = {
  contents: { en: 'Contents', fr: 'Sommaire' },
  vision: { en: 'Vision', fr: 'Vision' },
  conclusion: { en: 'Conclusion', fr: 'Conclusion' },
  references: { en: 'References', fr: 'Références' },
  axis: { en: 'Axis', fr: 'Axe' },
  ambition: { en: 'Ambition', fr: 'Ambition' },
  stakes: { en: 'Stakes and ambition', fr: 'Enjeux et ambition' },
  objective: { en: 'Objective', fr: 'Objectif' },
  actionNumber: { en: 'Action', fr: 'Action' },
  intention: { en: 'Intention', fr: 'Intention' },
  actions: { en: 'Projects, actions and key milestones', fr: 'Projets, actions et jalons clés' },
  otherObjectives: { en: 'Other objectives', fr: 'Autres objectifs' },
  milestones: { en: 'Milestones', fr: 'Jalons' },
  owner: { en: 'Owner', fr: 'Responsable' },
  measuredBy: { en: 'Measured by', fr: 'Mesuré par' },
  contributesTo: { en: 'Contributes to', fr: 'Contribue à' },
  dependsOn: { en: 'Depends on', fr: 'Dépend de' },
  progress: { en: 'Progress', fr: 'Avancement' },
  due: { en: 'Due', fr: 'Échéance' },
  from: { en: 'From', fr: 'À partir de' },
  until: { en: 'Until', fr: 'Jusqu’à' },
  cycle: { en: 'Cycle', fr: 'Cycle' },
  horizon: { en: 'Horizon', fr: 'Horizon' },
  asOf: { en: 'Status as of', fr: 'Situation au' },
  version: { en: 'Version', fr: 'Version' },
  adoptedBy: { en: 'Adopted by', fr: 'Adopté par' },
  adoptedOn: { en: 'on', fr: 'le' },
  previous: { en: 'Follows', fr: 'Fait suite à' },
  governance: { en: 'Opinions of the governing bodies', fr: 'Avis des instances' },
  forewords: { en: 'Forewords', fr: 'Avant-propos' },
  keyFigures: { en: 'The plan at a glance', fr: 'Le plan en chiffres' },
  axes: { en: 'axes', fr: 'axes' },
  ambitions: { en: 'ambitions', fr: 'ambitions' },
  objectives: { en: 'objectives', fr: 'objectifs' },
  actionsCount: { en: 'actions', fr: 'actions' },
  indicatorsCount: { en: 'indicators', fr: 'indicateurs' },
  indicators: { en: 'Indicators', fr: 'Indicateurs' },
  indicator: { en: 'Indicator', fr: 'Indicateur' },
  commonIndicators: { en: 'Cross-cutting indicators', fr: 'Indicateurs transversaux' },
  baseline: { en: 'Baseline', fr: 'Référence' },
  targets: { en: 'Targets', fr: 'Cibles' },
  actual: { en: 'Actual', fr: 'Réalisé' },
  noActual: { en: 'not reported yet', fr: 'non renseigné' },
  tbd: { en: 'to be defined', fr: 'à définir' },
  source: { en: 'Source', fr: 'Source' },
  componentOf: { en: 'Component of', fr: 'Composante de' },
  timeline: { en: 'Timeline', fr: 'Calendrier' },
  timelineNote: {
    en: 'Dated actions across the cycle; a diamond marks a deadline or a milestone.',
    fr: 'Les actions datées sur la durée du cycle ; un losange marque une échéance ou un jalon.',
  },
  undatedAction: { en: 'action without a date is not shown', fr: 'action sans date ne figure pas dans le calendrier' },
  undatedActions: {
    en: 'actions without a date are not shown',
    fr: 'actions sans date ne figurent pas dans le calendrier',
  },
  timelineOmitted: {
    en: 'The timeline is in the PDF and HTML versions of the plan (no browser was found to draw it here).',
    fr: 'Le calendrier figure dans les versions PDF et HTML du plan (aucun navigateur n’a été trouvé pour le dessiner ici).',
  },
  deadlineMark: { en: 'deadline, milestone', fr: 'échéance, jalon' },
  deadlineWindow: {
    en: 'period of a deadline (action with a due date only)',
    fr: 'période d’une échéance (action datée par sa seule échéance)',
  },
  actionSpan: { en: 'action, from start to end', fr: 'action, du début à la fin' },
  noStatus: { en: 'No status', fr: 'Sans statut' },
  noDatedAction: { en: 'No action of the plan has a date yet.', fr: 'Aucune action du plan n’est encore datée.' },
  diagnostics: { en: 'Plan diagnostics', fr: 'Diagnostics du plan' },
  noProblem: {
    en: 'No problem found: the plan passes every check.',
    fr: 'Aucun problème détecté : le plan satisfait toutes les vérifications.',
  },
  line: { en: 'line', fr: 'ligne' },
  untitled: { en: 'Untitled', fr: 'Sans titre' },
  notAPlan: {
    en: 'This file is not a plan the checker knows: open a *.plan.yaml file with a `plan:` or `part_of:` block.',
    fr: 'Ce fichier n’est pas un plan connu du vérificateur : ouvrez un fichier *.plan.yaml avec un bloc `plan:` ou `part_of:`.',
  },
  partOfPlan: { en: 'Part of plan', fr: 'Partie du plan' },
  generatedBy: { en: 'Rendered by Jalon from', fr: 'Document produit par Jalon à partir de' },
} satisfies Record<string, Localized>;

export type Label = keyof typeof LABELS;

export const ACTION_STATUS: Record<string, Localized> = {
  planned: { en: 'Planned', fr: 'Prévu' },
  'in-progress': { en: 'In progress', fr: 'En cours' },
  done: { en: 'Done', fr: 'Réalisé' },
  delayed: { en: 'Delayed', fr: 'Retardé' },
  cancelled: { en: 'Cancelled', fr: 'Annulé' },
  overdue: { en: 'Overdue', fr: 'Échéance dépassée' },
};

export const PLAN_STATUS: Record<string, Localized> = {
  draft: { en: 'Draft', fr: 'Projet' },
  consultation: { en: 'In consultation', fr: 'En consultation' },
  adopted: { en: 'Adopted', fr: 'Adopté' },
  'in-force': { en: 'In force', fr: 'En vigueur' },
  superseded: { en: 'Superseded', fr: 'Remplacé' },
  archived: { en: 'Archived', fr: 'Archivé' },
};

export const MEASURES: Record<string, Localized> = {
  level: { en: 'level', fr: 'niveau' },
  annual: { en: 'annual flow', fr: 'flux annuel' },
  cumulative: { en: 'cumulative', fr: 'cumulé' },
  average: { en: 'yearly average', fr: 'moyenne annuelle' },
};

export const SEVERITIES: Record<'error' | 'warning' | 'info', { one: Localized; many: Localized }> = {
  error: { one: { en: 'error', fr: 'erreur' }, many: { en: 'errors', fr: 'erreurs' } },
  warning: { one: { en: 'warning', fr: 'avertissement' }, many: { en: 'warnings', fr: 'avertissements' } },
  info: { one: { en: 'info', fr: 'information' }, many: { en: 'infos', fr: 'informations' } },
};

/** The labels of one language. */
export function labelsFor(locale: Locale): Record<Label, string> {
  const out = {} as Record<Label, string>;
  for (const key of Object.keys(LABELS) as Label[]) out[key] = LABELS[key][locale];
  return out;
}

/** "Label: " / "Label : " (French sets a no-break space before a colon). */
export function withColon(text: string, locale: Locale): string {
  return locale === 'fr' ? `${text}\u00a0: ` : `${text}: `;
}

/** "1 error" / "2 erreurs" (French keeps 0 and 1 singular). */
export function countOf(count: number, one: Localized, many: Localized, locale: Locale): string {
  const plural = locale === 'fr' ? count > 1 : count !== 1;
  return `${count} ${(plural ? many : one)[locale]}`;
}
