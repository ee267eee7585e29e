import { isScalar, type Node } from 'yaml';
import { SegmentedDocument, type ParsedSegment } from '../parse/segmentedDocument';
import type { OffsetRange } from '../text/lineIndex';

/**
 * Ranges of YAML nodes as a reader sees them, in file offsets. The parser ends a block
 * collection or scalar at the start of the next line (and past blank lines): folding and
 * selection stop at the last character written instead.
 */

/** `end` moved back over whitespace and line ends, not before `start`. */
export function trimEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(text[at - 1])) at--;
  return at;
}

/** A node's range in the file (its segment's base added), up to its last written character. */
export function nodeSpan(text: string, segment: ParsedSegment, node: Node | null | undefined): OffsetRange | undefined {
  if (!node?.range) return undefined;
  const start = segment.base.offset + node.range[0];
  return { start, end: trimEnd(text, start, segment.base.offset + node.range[1]) };
}

/** Where a block sequence item starts: at its `- ` dash, which the item's node does not include. */
export function dashStart(text: string, start: number): number {
  let at = start;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at > 0 && text[at - 1] === '-' ? at - 1 : start;
}

/** A top-level list split into one segment per item: its key and the items' ranges (dash included). */
export interface SplitList {
  key: OffsetRange;
  items: { segment: ParsedSegment; range: OffsetRange }[];
}

/** The top-level lists whose items stand in segments of their own (see parse/segments.ts). */
export function splitLists(text: string, source: SegmentedDocument): SplitList[] {
  const out: SplitList[] = [];
  for (const { pair, segment } of source.topPairs()) {
    if (!isScalar(pair.key)) continue;
    const key = nodeSpan(text, segment, pair.key);
    const items = source.itemSegments(String(pair.key.value)).flatMap((item) => {
      const span = nodeSpan(text, item, SegmentedDocument.itemNode(item));
      return span ? [{ segment: item, range: { start: dashStart(text, span.start), end: span.end } }] : [];
    });
    if (key && items.length > 0 && !out.some((l) => l.items[0].segment === items[0].segment)) out.push({ key, items });
  }
  return out;
}
