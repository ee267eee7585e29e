import { isMap, type Node, type Pair } from 'yaml';
import { pairByKey } from '../parse/mapKeys';
import type { SegmentedDocument } from '../parse/segmentedDocument';
import type { OffsetRange } from '../text/lineIndex';

const NOWHERE: OffsetRange = { start: 0, end: 0 };

/**
 * The key of a property inside the mapping at `segments` (the file's top level for `[]`).
 * Keys are looked up in maps built once per file and per mapping: a file with 100,000 unknown
 * keys has as many errors to place, each in constant time.
 */
export function locateKey(
  source: SegmentedDocument,
  segments: readonly string[],
  property: string,
): OffsetRange | undefined {
  if (segments.length === 0) {
    const top = source.topPair(property);
    return top && source.range(top.segment.base, top.pair.key, NOWHERE);
  }
  const found = source.locate(segments);
  if (!found || !isMap(found.node)) return undefined;
  const pair = pairByKey(found.node, property);
  return pair ? source.range(found.base, pair.key, NOWHERE) : undefined;
}

/** Where to report on a whole mapping: its key in the parent, else its own first key. */
export function objectAnchor(source: SegmentedDocument, segments: readonly string[]): OffsetRange {
  if (segments.length === 0) {
    const first = source.topPairs()[0];
    return first ? source.range(first.segment.base, first.pair.key, NOWHERE) : NOWHERE;
  }
  const found = source.locate(segments);
  if (!found) return NOWHERE;
  if (found.key) return source.range(found.base, found.key, NOWHERE);
  if (isMap(found.node) && found.node.items.length > 0) {
    return source.range(found.base, (found.node.items[0] as Pair<Node, Node | null>).key, NOWHERE);
  }
  return source.range(found.base, found.node, NOWHERE);
}

/** The value's own range (its key's when the value is empty). */
export function valueRange(source: SegmentedDocument, segments: readonly string[]): OffsetRange {
  const found = source.locate(segments);
  if (!found) return NOWHERE;
  const fallback = found.key ? source.range(found.base, found.key, NOWHERE) : NOWHERE;
  return found.node ? source.range(found.base, found.node, fallback) : fallback;
}
