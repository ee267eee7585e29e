/**
 * The most edits a typo may take, whatever the word's length: a bound keeps the comparison
 * banded (a 1 MB id with a typo is compared in milliseconds, not hours) and a 40-letter id
 * that differs in 13 letters was never the same id.
 */
const MAX_EDITS = 8;

/**
 * Edit distance where swapping two neighbouring letters counts as one edit (optimal string
 * alignment): transposed letters (`lable`, `direciton`) are the commonest typo, and plain
 * Levenshtein would count them as two and miss the suggestion on short words.
 *
 * Only distances up to `bound` are computed exactly: the table is filled within `bound` of its
 * diagonal, and the walk stops as soon as no cell of two rows is within the bound. Beyond it,
 * the result is `bound + 1`.
 */
export function editDistance(a: string, b: string, bound = Math.max(a.length, b.length)): number {
  const over = bound + 1;
  if (Math.abs(a.length - b.length) > bound) return over;
  const m = b.length;
  let before = new Int32Array(m + 1).fill(over);
  let previous = new Int32Array(m + 1).fill(over);
  let current = new Int32Array(m + 1).fill(over);
  for (let j = 0; j <= Math.min(m, bound); j++) previous[j] = j;
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - bound);
    const hi = Math.min(m, i + bound);
    current[lo - 1] = lo === 1 ? i : over;
    let rowMin = current[lo - 1];
    for (let j = lo; j <= hi; j++) {
      let distance = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        distance = Math.min(distance, before[j - 2] + 1);
      current[j] = Math.min(distance, over);
      if (current[j] < rowMin) rowMin = current[j];
    }
    if (hi < m) current[hi + 1] = over;
    // A transposition reaches back two rows: stop only when both are out of bound.
    if (rowMin > bound && previousMin > bound) return over;
    previousMin = rowMin;
    [before, previous, current] = [previous, current, before];
  }
  return Math.min(previous[m], over);
}

/** A word compared without case or accents: `Filière` and `filiere` are the same word misspelt. */
export function folded(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The closest candidate if it is close enough to be a likely typo, else undefined. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const lower = folded(word);
  const allowed = Math.min(MAX_EDITS, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    // Banded by the best distance so far: a candidate no closer is abandoned early.
    const distance = editDistance(lower, folded(candidate), Math.min(allowed, bestDistance));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= allowed ? best : undefined;
}
