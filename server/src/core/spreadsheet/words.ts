import type { Locale } from '../i18n/locale';

/** Column headers of the exported sheets, in the plan's language. */
export const HEADERS = {
  actionsSheet: { en: 'Actions', fr: 'Actions' },
  indicatorsSheet: { en: 'Indicators', fr: 'Indicateurs' },
  number: { en: 'Number', fr: 'N°' },
  id: { en: 'Id', fr: 'Identifiant' },
  axis: { en: 'Axis', fr: 'Axe' },
  objective: { en: 'Objective', fr: 'Objectif' },
  title: { en: 'Title', fr: 'Intitulé' },
  owner: { en: 'Owner', fr: 'Responsable' },
  start: { en: 'Start', fr: 'Début' },
  end: { en: 'End', fr: 'Fin' },
  status: { en: 'Status', fr: 'Statut' },
  progress: { en: 'Progress', fr: 'Avancement' },
  note: { en: 'Note', fr: 'Note' },
  endForecast: { en: 'End forecast', fr: 'Fin prévue' },
  label: { en: 'Label', fr: 'Libellé' },
  unit: { en: 'Unit', fr: 'Unité' },
  direction: { en: 'Direction', fr: 'Sens' },
  baseline: { en: 'Baseline', fr: 'Référence' },
  baselineDate: { en: 'Baseline date', fr: 'Date de référence' },
  target: { en: 'Target', fr: 'Cible' },
  actual: { en: 'Actual', fr: 'Réalisé' },
  milestonesSheet: { en: 'Milestones', fr: 'Jalons' },
  objectivesSheet: { en: 'Objectives', fr: 'Objectifs' },
  action: { en: 'Action', fr: 'Action' },
  due: { en: 'Due', fr: 'Échéance' },
  doneOn: { en: 'Done on', fr: 'Réalisé le' },
  state: { en: 'State', fr: 'État' },
} as const satisfies Record<string, Record<Locale, string>>;

export type HeaderName = keyof typeof HEADERS;

/** Lower case, without accents or surrounding spaces: how headers and status words are compared. */
export function normalized(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The status words accepted in a spreadsheet, English or French, to the format's status. */
const STATUS_WORDS: Record<string, string> = {
  planned: 'planned',
  'in-progress': 'in-progress',
  'in progress': 'in-progress',
  done: 'done',
  delayed: 'delayed',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  prevu: 'planned',
  prevue: 'planned',
  planifie: 'planned',
  planifiee: 'planned',
  'a venir': 'planned',
  'en cours': 'in-progress',
  termine: 'done',
  terminee: 'done',
  fait: 'done',
  faite: 'done',
  realise: 'done',
  realisee: 'done',
  'en retard': 'delayed',
  retarde: 'delayed',
  retardee: 'delayed',
  annule: 'cancelled',
  annulee: 'cancelled',
  abandonne: 'cancelled',
  abandonnee: 'cancelled',
};

export function statusOfWord(word: string): string | undefined {
  return STATUS_WORDS[normalized(word)];
}

/** The status as the plan's language writes it in an exported sheet. */
export const STATUS_LABELS: Record<string, Record<Locale, string>> = {
  planned: { en: 'planned', fr: 'prévu' },
  'in-progress': { en: 'in-progress', fr: 'en cours' },
  done: { en: 'done', fr: 'terminé' },
  delayed: { en: 'delayed', fr: 'en retard' },
  cancelled: { en: 'cancelled', fr: 'annulé' },
};

/** An objective's state as a report sets it (`rag`), in the plan's language in a sheet. */
export const RAG_LABELS: Record<string, Record<Locale, string>> = {
  green: { en: 'green', fr: 'vert' },
  amber: { en: 'amber', fr: 'orange' },
  red: { en: 'red', fr: 'rouge' },
};

/** The state words accepted in a spreadsheet, English or French, to the format's `rag`. */
export function ragOfWord(word: string): string | undefined {
  const key = normalized(word);
  return Object.entries(RAG_LABELS).find(([, l]) => normalized(l.en) === key || normalized(l.fr) === key)?.[0];
}
