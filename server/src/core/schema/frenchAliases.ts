import { folded } from '../text/didYouMean';
import { planSchema } from './planSchema';

/** The French words for the format's field names and enum values (scripts/make-schema.mjs). */
interface FrenchAliases {
  fields: Record<string, string[]>;
  values: Record<string, string>;
}

/** `En cours`, `en-cours` and `en_cours` are one word: no case, no accents, one separator. */
function key(word: string): string {
  return folded(word.trim()).replace(/[\s_'’-]+/g, '_');
}

const table = planSchema.frenchAliases as FrenchAliases;
const FIELDS = new Map(Object.entries(table.fields).map(([word, fields]) => [key(word), fields]));
const VALUES = new Map(Object.entries(table.values).map(([word, value]) => [key(word), value]));

/** The word, and its plural or singular ("cible" for `cibles`). */
function forms(word: string): string[] {
  const k = key(word);
  return k.endsWith('s') ? [k, k.slice(0, -1)] : [k, `${k}s`];
}

/** The field a French author meant by `word` (`libellé` → `label`), if the mapping allows it. */
export function frenchField(word: string, allowed: readonly string[]): string | undefined {
  for (const form of forms(word)) {
    const match = FIELDS.get(form)?.find((f) => allowed.includes(f));
    if (match) return match;
  }
  return undefined;
}

/** The value a French author meant by `word` (`en cours` → `in-progress`), if it is allowed there. */
export function frenchValue(word: string, allowed: readonly string[]): string | undefined {
  const value = VALUES.get(key(word));
  return value !== undefined && allowed.includes(value) ? value : undefined;
}
