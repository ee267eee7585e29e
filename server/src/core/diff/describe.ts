import type { Localized } from '../i18n/locale';
import { frenchBy } from './dateShift';
import type { DiffType } from './types';

type Gender = 'm' | 'f' | 'mp' | 'fp';

const NOUNS: Record<DiffType, { en: string; fr: string; frOf: string; g: Gender }> = {
  plan: { en: 'plan', fr: 'le plan', frOf: 'du plan', g: 'm' },
  axis: { en: 'axis', fr: 'l’axe', frOf: 'de l’axe', g: 'm' },
  ambition: { en: 'ambition', fr: 'l’ambition', frOf: 'de l’ambition', g: 'f' },
  objective: { en: 'objective', fr: 'l’objectif', frOf: 'de l’objectif', g: 'm' },
  action: { en: 'action', fr: 'l’action', frOf: 'de l’action', g: 'f' },
  milestone: { en: 'milestone', fr: 'le jalon', frOf: 'du jalon', g: 'm' },
  indicator: { en: 'indicator', fr: 'l’indicateur', frOf: 'de l’indicateur', g: 'm' },
  target: { en: 'target', fr: 'la cible', frOf: 'de la cible', g: 'f' },
  owner: { en: 'owner', fr: 'le responsable', frOf: 'du responsable', g: 'm' },
};

/** The fields a change names, in both languages (French with its gender, for agreement). */
const FIELDS: Record<string, { en: string; fr: string; g: Gender }> = {
  title: { en: 'title', fr: 'titre', g: 'm' },
  intention: { en: 'intention', fr: 'intention', g: 'f' },
  stakes: { en: 'stakes', fr: 'enjeux', g: 'mp' },
  summary: { en: 'summary', fr: 'résumé', g: 'm' },
  details: { en: 'details', fr: 'détails', g: 'mp' },
  label: { en: 'label', fr: 'libellé', g: 'm' },
  name: { en: 'name', fr: 'nom', g: 'm' },
  vision: { en: 'vision', fr: 'vision', g: 'f' },
  institution: { en: 'institution', fr: 'établissement', g: 'm' },
  quote: { en: 'quote', fr: 'citation', g: 'f' },
  start: { en: 'start', fr: 'début', g: 'm' },
  end: { en: 'end', fr: 'fin', g: 'f' },
  due: { en: 'deadline', fr: 'échéance', g: 'f' },
  by: { en: 'deadline', fr: 'échéance', g: 'f' },
  status: { en: 'status', fr: 'statut', g: 'm' },
  progress: { en: 'progress', fr: 'avancement', g: 'm' },
  owner: { en: 'owner', fr: 'responsable', g: 'm' },
  number: { en: 'number', fr: 'numéro', g: 'm' },
  unit: { en: 'unit', fr: 'unité', g: 'f' },
  direction: { en: 'direction', fr: 'sens', g: 'm' },
  measure: { en: 'measure', fr: 'mesure', g: 'f' },
  source: { en: 'source', fr: 'source', g: 'f' },
  frequency: { en: 'frequency', fr: 'fréquence', g: 'f' },
  part_of: { en: 'parent indicator', fr: 'indicateur parent', g: 'm' },
  depends_on: { en: 'dependencies', fr: 'dépendances', g: 'fp' },
  contributes_to: { en: 'indicators contributed to', fr: 'indicateurs alimentés', g: 'mp' },
  indicators: { en: 'indicators', fr: 'indicateurs', g: 'mp' },
  baseline: { en: 'baseline', fr: 'valeur de référence', g: 'f' },
  comparator: { en: 'comparator', fr: 'comparateur', g: 'm' },
  cycle: { en: 'cycle', fr: 'cycle', g: 'm' },
  horizon: { en: 'horizon', fr: 'horizon', g: 'm' },
  as_of: { en: 'as-of date', fr: 'date de situation', g: 'f' },
  version: { en: 'version', fr: 'version', g: 'f' },
  previous: { en: 'previous plan', fr: 'plan précédent', g: 'm' },
  language: { en: 'language', fr: 'langue', g: 'f' },
};

const ENDINGS: Record<Gender, string> = { m: '', f: 'e', mp: 's', fp: 'es' };

/** A French past participle agreed with its noun: `agree('repoussé', 'f')` is « repoussée ». */
function agree(participle: string, g: Gender): string {
  return participle + ENDINGS[g];
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function name(type: DiffType, id: string): Localized {
  return { en: `${NOUNS[type].en} '${id}'`, fr: `${NOUNS[type].fr} '${id}'` };
}

/** "de l’objectif 'x'" in French. */
function nameOf(type: DiffType, id: string): string {
  return `${NOUNS[type].frOf} '${id}'`;
}

function subject(type: DiffType, id: string): Localized {
  const n = name(type, id);
  return { en: cap(n.en), fr: cap(n.fr) };
}

function field(fieldName: string): { en: string; fr: string; g: Gender } {
  return FIELDS[fieldName] ?? { en: fieldName, fr: fieldName, g: 'm' };
}

/** A value as a message shows it: texts quoted, nothing as a dash. */
export function shown(value: unknown, locale: 'en' | 'fr' = 'en'): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return locale === 'fr' ? `« ${value} »` : `“${value}”`;
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  return String(value);
}

export interface Where {
  type: DiffType;
  id: string;
}

export const describe = {
  added(type: DiffType, id: string, under: Where | undefined): Localized {
    const s = subject(type, id);
    const g = NOUNS[type].g;
    return {
      en: `${s.en} added${under ? ` under ${name(under.type, under.id).en}` : ''}.`,
      fr: `${s.fr} est ${agree('ajouté', g)}${under ? ` sous ${name(under.type, under.id).fr}` : ''}.`,
    };
  },
  removed(type: DiffType, id: string, within: number): Localized {
    const s = subject(type, id);
    const g = NOUNS[type].g;
    const more =
      within === 0
        ? { en: '', fr: '' }
        : within === 1
          ? { en: ' with the item under it', fr: ' avec l’élément qu’il contenait' }
          : { en: ` with the ${within} items under it`, fr: ` avec les ${within} éléments qu’il contenait` };
    return { en: `${s.en} removed${more.en}.`, fr: `${s.fr} est ${agree('supprimé', g)}${more.fr}.` };
  },
  movedParent(type: DiffType, id: string, from: Where | undefined, to: Where | undefined): Localized {
    const s = subject(type, id);
    const g = NOUNS[type].g;
    const en = (w: Where | undefined) => (w ? name(w.type, w.id).en : 'the top level');
    return {
      en: `${s.en} moved from ${en(from)} to ${en(to)}.`,
      fr: `${s.fr} est ${agree('déplacé', g)} ${from ? nameOf(from.type, from.id) : 'du premier niveau'} vers ${to ? name(to.type, to.id).fr : 'le premier niveau'}.`,
    };
  },
  movedFile(type: DiffType, id: string, from: string, to: string): Localized {
    const s = subject(type, id);
    return {
      en: `${s.en} moved from ${from} to ${to}.`,
      fr: `${s.fr} est ${agree('déplacé', NOUNS[type].g)} de ${from} vers ${to}.`,
    };
  },
  renamed(type: DiffType, before: string, after: string): Localized {
    const s = subject(type, before);
    return { en: `${s.en} renamed to '${after}'.`, fr: `${s.fr} est ${agree('renommé', NOUNS[type].g)} '${after}'.` };
  },
  /** A field's values, before → after; texts in quotes, other values as written. */
  value(type: DiffType, id: string, fieldName: string, before: unknown, after: unknown, quoted = false): Localized {
    const s = subject(type, id);
    const f = field(fieldName);
    const text = (v: unknown, locale: 'en' | 'fr') => (quoted || typeof v !== 'string' ? shown(v, locale) : v);
    return {
      en: `${s.en}: ${f.en} ${text(before, 'en')} → ${text(after, 'en')}.`,
      fr: `${s.fr} : ${f.fr} ${text(before, 'fr')} → ${text(after, 'fr')}.`,
    };
  },
  textAdded(type: DiffType, id: string, fieldName: string, added: boolean): Localized {
    const s = subject(type, id);
    const f = field(fieldName);
    return added
      ? { en: `${s.en}: ${f.en} added.`, fr: `${s.fr} : ${f.fr} ${agree('ajouté', f.g)}.` }
      : { en: `${s.en}: ${f.en} removed.`, fr: `${s.fr} : ${f.fr} ${agree('supprimé', f.g)}.` };
  },
  textRewritten(type: DiffType, id: string, fieldName: string, words: number): Localized {
    const s = subject(type, id);
    const f = field(fieldName);
    return {
      en: `${s.en}: ${f.en} changed (${words} ${words === 1 ? 'word' : 'words'}).`,
      fr: `${s.fr} : ${f.fr} ${agree('modifié', f.g)} (${words} ${words > 1 ? 'mots' : 'mot'}).`,
    };
  },
  shifted(
    type: DiffType,
    id: string,
    fieldName: string,
    later: boolean,
    duration: Localized,
    before: unknown,
    after: unknown,
  ): Localized {
    const s = subject(type, id);
    const f = field(fieldName);
    return {
      en: `${s.en}: ${f.en} ${later ? 'postponed' : 'brought forward'} by ${duration.en} (${before} → ${after}).`,
      fr: `${s.fr} : ${f.fr} ${agree(later ? 'repoussé' : 'avancé', f.g)} ${frenchBy(duration.fr)} (${before} → ${after}).`,
    };
  },
  cancelled(type: DiffType, id: string, before: unknown): Localized {
    const s = subject(type, id);
    const was =
      before === undefined ? { en: '', fr: '' } : { en: ` (was ${before})`, fr: ` (statut précédent : ${before})` };
    return { en: `${s.en} cancelled${was.en}.`, fr: `${s.fr} est ${agree('annulé', NOUNS[type].g)}${was.fr}.` };
  },
  dependency(type: DiffType, id: string, on: string, added: boolean): Localized {
    const s = subject(type, id);
    return added
      ? { en: `${s.en} now depends on '${on}'.`, fr: `${s.fr} dépend désormais de '${on}'.` }
      : { en: `${s.en} no longer depends on '${on}'.`, fr: `${s.fr} ne dépend plus de '${on}'.` };
  },
  /** `how` is "ambition lowered: 1000 → 800 patients by 2030" and its French. */
  indicator(id: string, how: Localized): Localized {
    const s = subject('indicator', id);
    return { en: `${s.en}: ${how.en}.`, fr: `${s.fr} : ${how.fr}.` };
  },
  plan(id: string, how: Localized): Localized {
    const s = subject('plan', id);
    return { en: `${s.en}: ${how.en}.`, fr: `${s.fr} : ${how.fr}.` };
  },
};
