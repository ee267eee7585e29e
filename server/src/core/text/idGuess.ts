import { didYouMean, folded } from './didYouMean';

/** An id that a reference may mean, and the name it stands for (an owner's "Direction des soins"). */
export interface IdCandidate {
  id: string;
  name?: string;
}

const SMALL_WORDS = new Set([
  'de',
  'des',
  'du',
  'la',
  'le',
  'les',
  'l',
  'd',
  'et',
  'en',
  'a',
  'au',
  'aux',
  'of',
  'the',
  'and',
  'for',
]);

function words(text: string): string[] {
  return folded(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

/** "direction-rh" → "drh": long words by their initial, short ones (acronyms) whole. */
function abbreviation(text: string): string {
  return words(text)
    .filter((w) => !SMALL_WORDS.has(w))
    .map((w) => (w.length <= 3 ? w : w[0]))
    .join('');
}

/** "Direction des ressources humaines" → "drh". */
function initials(name: string): string {
  return words(name)
    .filter((w) => !SMALL_WORDS.has(w))
    .map((w) => w[0])
    .join('');
}

/** Whether every word of `short`, in order, is a word of `long` or the start of one: `marche-dpi` in `marche-public-dpi`. */
function isShortenedForm(short: string[], long: string[]): boolean {
  if (short.length < 2 || short.length >= long.length) return false;
  let i = 0;
  for (const word of long)
    if (i < short.length && (word === short[i] || (short[i].length >= 3 && word.startsWith(short[i])))) i++;
  return i === short.length;
}

function onlyOne(matches: IdCandidate[]): string | undefined {
  const ids = [...new Set(matches.map((c) => c.id))];
  return ids.length === 1 ? ids[0] : undefined;
}

/**
 * The id a reference most likely meant: one within a few edits (accents and case aside), else
 * the only id it is a shortened form of (`marche-dpi` → `marche-public-dpi`), else the only
 * candidate whose name or initials it writes (`direction-rh` → `drh`, "Direction des
 * ressources humaines").
 */
export function guessId(written: string, candidates: readonly IdCandidate[]): string | undefined {
  const typo = didYouMean(
    written,
    candidates.map((c) => c.id),
  );
  if (typo !== undefined) return typo;
  const short = words(written);
  const shortened = onlyOne(candidates.filter((c) => isShortenedForm(short, words(c.id))));
  if (shortened !== undefined) return shortened;
  const abbreviated = abbreviation(written);
  const plain = short.join('');
  return onlyOne(
    candidates.filter((c) => {
      const named = c.name === undefined ? undefined : initials(c.name);
      return (
        abbreviated === folded(c.id) ||
        (named !== undefined && named.length >= 2 && (abbreviated === named || plain === named)) ||
        (c.name !== undefined && words(c.name).join('') === plain)
      );
    }),
  );
}
