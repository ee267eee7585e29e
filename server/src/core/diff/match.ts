import { keyOf, type Entry } from './snapshot';

export interface Pair {
  base: Entry;
  head: Entry;
  /** The id changed while the content stayed nearly the same. */
  renamed: boolean;
}

export interface Matching {
  pairs: Pair[];
  removed: Entry[];
  added: Entry[];
  /** Base `type:id` → head `type:id` of every matched item (renames included). */
  headKeyOf: Map<string, string>;
}

/** How alike two items' contents must be (Dice coefficient on their words) to be one item renamed. */
export const RENAME_SIMILARITY = 0.8;
/** Beyond this many candidate pairs of one type, only items under the same parent are compared. */
const MAX_CANDIDATE_PAIRS = 250_000;

/**
 * Matches items by kind and id; then, among the items left on each side, an item whose id
 * changed but whose content is nearly the same is a rename, and id-less milestones of the same
 * action pair up in order.
 */
export function matchItems(base: Map<string, Entry>, head: Map<string, Entry>): Matching {
  const pairs: Pair[] = [];
  const headKeyOf = new Map<string, string>();
  const leftBase: Entry[] = [];
  for (const [key, entry] of base) {
    const other = head.get(key);
    if (other) {
      pairs.push({ base: entry, head: other, renamed: false });
      headKeyOf.set(key, key);
    } else leftBase.push(entry);
  }
  const leftHead = [...head.entries()].filter(([key]) => !base.has(key)).map(([, e]) => e);
  const taken = new Set<Entry>();
  for (const [b, h] of similarPairs(leftBase, leftHead, headKeyOf)) {
    taken.add(b);
    taken.add(h);
    const renamed = b.hasId || h.hasId;
    pairs.push({ base: b, head: h, renamed });
    headKeyOf.set(keyOf(b.type, b.id), keyOf(h.type, h.id));
  }
  return {
    pairs,
    removed: leftBase.filter((e) => !taken.has(e)),
    added: leftHead.filter((e) => !taken.has(e)),
    headKeyOf,
  };
}

/** Best-first pairs of nearly identical items of the same type; id-less milestones of one action pair in order. */
function similarPairs(base: Entry[], head: Entry[], headKeyOf: Map<string, string>): [Entry, Entry][] {
  const result: [Entry, Entry][] = [];
  const used = new Set<Entry>();
  const types = new Set(base.map((e) => e.type));
  for (const type of types) {
    const bs = base.filter((e) => e.type === type);
    const hs = head.filter((e) => e.type === type);
    if (hs.length === 0) continue;
    const tooMany = bs.length * hs.length > MAX_CANDIDATE_PAIRS;
    const words = new Map<Entry, Map<string, number>>();
    const wordsOf = (e: Entry) => {
      let w = words.get(e);
      if (!w) words.set(e, (w = contentWords(e)));
      return w;
    };
    const scored: { b: Entry; h: Entry; score: number }[] = [];
    for (const b of bs) {
      const parent = b.parent && (headKeyOf.get(b.parent) ?? b.parent);
      for (const h of hs) {
        const sameParent = parent === h.parent;
        if (tooMany && !sameParent) continue;
        // Id-less milestones have no identity but their place: same action means same milestone.
        if (!b.hasId && !h.hasId) {
          if (sameParent) scored.push({ b, h, score: 2 - Math.abs(b.item.index - h.item.index) / 1000 });
          continue;
        }
        const score = dice(wordsOf(b), wordsOf(h)) + (sameParent ? 0.001 : 0);
        if (score >= RENAME_SIMILARITY) scored.push({ b, h, score });
      }
    }
    scored.sort((x, y) => y.score - x.score);
    for (const { b, h } of scored) {
      if (used.has(b) || used.has(h)) continue;
      used.add(b);
      used.add(h);
      result.push([b, h]);
    }
  }
  return result;
}

interface LocatedLike {
  value: unknown;
  keyRange: unknown;
}

function isLocated(value: unknown): value is LocatedLike {
  return typeof value === 'object' && value !== null && 'value' in value && 'keyRange' in value && !('kind' in value);
}

/** The words of an item's own fields (not its id, not its children), counted. */
export function contentWords(entry: Entry): Map<string, number> {
  const counts = new Map<string, number>();
  const addText = (text: unknown) => {
    if (typeof text !== 'string' && typeof text !== 'number') return;
    for (const word of String(text)
      .toLowerCase()
      .split(/[\s,.;:!?'’"()«»]+/)) {
      if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  };
  for (const [name, value] of Object.entries(entry.item)) {
    if (name === 'id') continue;
    if (isLocated(value)) addText(value.value);
    else if (Array.isArray(value)) for (const v of value) if (isLocated(v)) addText(v.value);
  }
  return counts;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let total = 0;
  let shared = 0;
  for (const n of a.values()) total += n;
  for (const [word, n] of b) {
    total += n;
    shared += Math.min(n, a.get(word) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}
