import type { Localized } from '../i18n/locale';
import { byKind } from './kinds';
import type { Item, Target } from './types';

/** How to name an item in a message, in English and in French (with its article). */
export interface ItemName {
  en: string;
  fr: string;
  /** French "of the item": `de l'action 'x'`, `du jalon 'x'`. */
  frOf: string;
}

type NounKind =
  Item['kind'] | 'target' | 'baseline' | 'actual' | 'plan' | 'cycle' | 'file' | 'adopted' | 'report' | 'reportFile';

const NOUNS: Record<NounKind, { en: string; fr: string; frOf: string }> = {
  ...byKind((info) => info.noun),
  target: { en: 'target', fr: 'la cible', frOf: 'de la cible' },
  baseline: { en: 'the baseline', fr: 'la valeur de référence', frOf: 'de la valeur de référence' },
  actual: { en: 'actual', fr: 'le réalisé', frOf: 'du réalisé' },
  plan: { en: 'the plan', fr: 'le plan', frOf: 'du plan' },
  cycle: { en: 'the cycle', fr: 'le cycle', frOf: 'du cycle' },
  file: { en: 'the plan file', fr: 'le fichier de plan', frOf: 'du fichier de plan' },
  adopted: { en: 'the adoption', fr: 'l’adoption', frOf: 'de l’adoption' },
  report: { en: 'the report', fr: 'le bilan', frOf: 'du bilan' },
  reportFile: { en: 'the report file', fr: 'le fichier de bilan', frOf: 'du fichier de bilan' },
};

/** `action 'x'` / `l'action 'x'`; `action 3` when it has no id; `the plan` for singletons. */
export function nameOf(kind: NounKind, label?: string | number): ItemName {
  const noun = NOUNS[kind];
  if (label === undefined) return { en: noun.en, fr: noun.fr, frOf: noun.frOf };
  const shown = typeof label === 'number' ? String(label) : `'${label}'`;
  return { en: `${noun.en} ${shown}`, fr: `${noun.fr} ${shown}`, frOf: `${noun.frOf} ${shown}` };
}

/** "X of Y": `target 2 of indicator 'x'` / `la cible 2 de l'indicateur 'x'`. */
export function nameWithin(inner: ItemName, outer: ItemName): ItemName {
  return { en: `${inner.en} of ${outer.en}`, fr: `${inner.fr} ${outer.frOf}`, frOf: `${inner.frOf} ${outer.frOf}` };
}

export function itemName(item: Item): ItemName {
  const own = nameOf(item.kind, item.id?.value ?? item.index + 1);
  if (item.kind === 'milestone' && !item.id)
    return nameWithin(nameOf('milestone', item.title?.value ?? item.index + 1), itemName(item.action));
  return own;
}

export function targetName(target: Target): ItemName {
  return nameWithin(nameOf('target', target.index + 1), itemName(target.indicator));
}

/** "`field` of item" as a localized phrase. */
export function fieldOf(field: string, owner: ItemName): Localized {
  return { en: `\`${field}\` of ${owner.en}`, fr: `\`${field}\` ${owner.frOf}` };
}

export function subject(name: ItemName): Localized {
  return { en: name.en, fr: name.fr };
}

/** Capitalises the first letter of each language's text (a name at the start of a sentence). */
export function capitalized(text: Localized): Localized {
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return { en: cap(text.en), fr: cap(text.fr) };
}

/**
 * The capitalised name of an item, computed only if a message reads it: rules walk every
 * item of large plans and most of them have nothing to report.
 */
export function lazySubject(item: Item): Localized {
  let value: Localized | undefined;
  const get = () => (value ??= capitalized(subject(itemName(item))));
  return {
    get en() {
      return get().en;
    },
    get fr() {
      return get().fr;
    },
  };
}

/** An item name computed on first read: collecting every reference or date of a plan names nothing until a message needs it. */
export function lazyName(compute: () => ItemName): ItemName {
  let value: ItemName | undefined;
  const get = () => (value ??= compute());
  return {
    get en() {
      return get().en;
    },
    get fr() {
      return get().fr;
    },
    get frOf() {
      return get().frOf;
    },
  };
}
