import type { Localized } from '../i18n/locale';
import type { DashboardStatus, Rag } from './dashboardData';

/** The dashboard's words, in English and French: its HTML (renderDashboard.ts) and its Word file (host/docx/) say the same. */
export const DASHBOARD_WORDS = {
  title: { en: 'Dashboard', fr: 'Tableau de bord' },
  at: { en: 'At', fr: 'Au' },
  noReport: {
    en: 'No progress report: the plan’s own statuses.',
    fr: 'Aucun bilan d’étape : les statuts du plan lui-même.',
  },
  byAxis: { en: 'Completion by axis', fr: 'Avancement par axe' },
  byOwner: { en: 'Completion by owner', fr: 'Avancement par responsable' },
  progress: { en: 'Weighted progress', fr: 'Avancement pondéré' },
  progressRule: {
    en: 'Weighted progress: the mean of the actions’ progress, a done action counting 100 %, cancelled actions left out.',
    fr: 'Avancement pondéré : moyenne de l’avancement des actions, une action terminée comptant pour 100 %, les actions annulées exclues.',
  },
  rag: { en: 'Status of objectives and axes', fr: 'État des objectifs et des axes' },
  ragRule: {
    en: 'An objective is late when one of its actions or milestones is overdue at the date, at risk when one of its actions is delayed or one of its indicators is behind its trajectory (by more than 10 % of the planned change), on track otherwise, unless the report sets it (rag, with a note). An axis takes the state of its worst objective.',
    fr: 'Un objectif est en retard quand l’une de ses actions ou l’un de ses jalons est échu à la date, à risque quand l’une de ses actions est retardée ou que l’un de ses indicateurs est en retard sur sa trajectoire (de plus de 10 % de l’évolution prévue), dans les temps sinon, sauf si le bilan le fixe (rag, avec une note). Un axe prend l’état de son pire objectif.',
  },
  overridden: { en: 'set by the report', fr: 'fixé par le bilan' },
  actions: { en: 'Actions', fr: 'Actions' },
  action: { en: 'Action', fr: 'Action' },
  owner: { en: 'Owner', fr: 'Responsable' },
  status: { en: 'Status', fr: 'Statut' },
  actionProgress: { en: 'Progress', fr: 'Avancement' },
  overdue: { en: 'Overdue', fr: 'En retard sur l’échéance' },
  slips: { en: 'Slipped since the previous report', fr: 'Glissements depuis le bilan précédent' },
  none: { en: 'None.', fr: 'Aucun.' },
  indicators: { en: 'Indicators', fr: 'Indicateurs' },
  chartLegend: {
    en: 'Line: the trajectory from the baseline to each target; squares: baseline and targets; dots: actuals; dashed line: the report’s date.',
    fr: 'Ligne : la trajectoire de la référence à chaque cible ; carrés : référence et cibles ; points : réalisés ; trait pointillé : date du bilan.',
  },
  notes: { en: 'Notes of the period', fr: 'Notes de la période' },
  sources: { en: 'Read from', fr: 'Lu dans' },
} satisfies Record<string, Localized>;

export const RAG_WORDS: Record<Rag, Localized> = {
  'on-track': { en: 'On track', fr: 'Dans les temps' },
  'at-risk': { en: 'At risk', fr: 'À risque' },
  late: { en: 'Late', fr: 'En retard' },
};

export const STATUS_WORDS: Record<DashboardStatus, Localized> = {
  planned: { en: 'Planned', fr: 'Prévu' },
  'in-progress': { en: 'In progress', fr: 'En cours' },
  delayed: { en: 'Delayed', fr: 'Retardé' },
  done: { en: 'Done', fr: 'Terminé' },
  cancelled: { en: 'Cancelled', fr: 'Annulé' },
  unset: { en: 'Not set', fr: 'Non renseigné' },
};
