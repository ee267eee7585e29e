import type { Locale, Localized } from '../../i18n/locale';
import { byKind } from '../../model/kinds';
import type { IdKind } from '../occurrences';

/** The words hovers are made of, in every language the product speaks. */
export const WORDS = {
  unit: { en: 'Unit', fr: 'Unité' },
  measure: { en: 'measure', fr: 'mesure' },
  direction: { en: 'direction', fr: 'sens' },
  noBaseline: { en: 'no baseline', fr: 'pas de valeur de référence' },
  noTarget: { en: 'no target', fr: 'pas de cible' },
  actuals: { en: 'Actuals', fr: 'Réalisé' },
  partOf: { en: 'Part of', fr: 'Composante de' },
  components: { en: 'Components', fr: 'Composantes' },
  objectives: { en: 'Objectives', fr: 'Objectifs' },
  actions: { en: 'Actions', fr: 'Actions' },
  unused: { en: 'Not used by any objective or action.', fr: 'N’est utilisé par aucun objectif ni aucune action.' },
  by: { en: 'by', fr: 'd’ici' },
  eachYear: { en: 'each year', fr: 'chaque année' },
  over: { en: 'over', fr: 'sur' },
  'at-least': { en: 'at least', fr: 'au moins' },
  'at-most': { en: 'at most', fr: 'au plus' },
  exactly: { en: 'exactly', fr: 'exactement' },
  span: { en: 'Span', fr: 'Période' },
  due: { en: 'Due', fr: 'Échéance' },
  starts: { en: 'Starts', fr: 'Début' },
  ends: { en: 'Ends', fr: 'Fin' },
  noDates: { en: 'No dates', fr: 'Sans date' },
  status: { en: 'Status', fr: 'Statut' },
  notSet: { en: 'not set', fr: 'non renseigné' },
  owner: { en: 'Owner', fr: 'Responsable' },
  dependsOn: { en: 'Depends on', fr: 'Dépend de' },
  neededBy: { en: 'Needed by', fr: 'Requise par' },
  milestones: { en: 'Milestones', fr: 'Jalons' },
  objective: { en: 'Objective', fr: 'Objectif' },
  notInPlan: { en: 'not in the plan', fr: 'absent du plan' },
  file: { en: 'File', fr: 'Fichier' },
  line: { en: 'line', fr: 'ligne' },
  institution: { en: 'Institution', fr: 'Établissement' },
  cycle: { en: 'Cycle', fr: 'Cycle' },
} satisfies Record<string, Localized>;

export type Word = keyof typeof WORDS;

export function word(name: Word, locale: Locale): string {
  return WORDS[name][locale];
}

/** "Unit: " / "Unité : " (French puts a space before a colon). */
export function label(name: Word, locale: Locale): string {
  return `${word(name, locale)}${colon(locale)}`;
}

export function colon(locale: Locale): string {
  return locale === 'fr' ? ' : ' : ': ';
}

/** "… and 3 more" / "… et 3 autres". */
export function more(count: number, locale: Locale): string {
  return locale === 'fr' ? `… et ${count} autres` : `… and ${count} more`;
}

/** What a kind of id is called in a heading ("indicator", "indicateur"). */
export const KIND_WORDS: Record<IdKind, Localized> = {
  ...byKind((info) => info.word),
  plan: { en: 'plan', fr: 'plan' },
};

/** What a date field reads of its interval, for the fields that read one end. */
export function readsEnd(field: string, end: 'first' | 'last', day: string, locale: Locale): string {
  if (locale === 'fr') return `\`${field}\` en retient le ${end === 'first' ? 'premier' : 'dernier'} jour : ${day}.`;
  return `\`${field}\` reads its ${end} day: ${day}.`;
}
