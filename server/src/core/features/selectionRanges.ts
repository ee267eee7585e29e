import { isMap, isScalar, isSeq, Scalar, type Node, type Pair } from 'yaml';
import type { PlanFile } from '../model/types';
import type { ParsedSegment } from '../parse/segmentedDocument';
import type { OffsetRange } from '../text/lineIndex';
import { dashStart, nodeSpan, splitLists, trimEnd } from './yamlRanges';

/**
 * The ranges "expand selection" steps through from `offset`, innermost first: the word, the line
 * of a text, the value (inside its quotes, then with them), the `key: value` pair, the mapping,
 * the list item with its dash, the list, the `key:` holding the list, the parent item... up to
 * the whole file. Each range contains the one before it.
 */
export function selectionChain(file: PlanFile, offset: number): OffsetRange[] {
  const outerFirst: OffsetRange[] = [{ start: 0, end: file.text.length }];
  const body = topMapping(file);
  if (body) outerFirst.push(body);
  const segment = segmentAt(file, offset);
  if (!segment) return outerFirst.reverse();
  // A split list (see parse/segments.ts): its key and each item stand in segments of their own.
  const list = splitLists(file.text, file.source).find((l) =>
    segment.kind === 'item'
      ? l.items.some((i) => i.segment === segment)
      : l.key.start >= segment.base.offset && l.key.start < segment.base.offset + segment.text.length,
  );
  if (list) {
    const end = list.items[list.items.length - 1].range.end;
    outerFirst.push({ start: list.key.start, end });
    if (segment.kind === 'item') outerFirst.push({ start: list.items[0].range.start, end });
  }
  // A segment's own top node (one key, or a one-item list) is no level of the file: only a whole file's mapping is.
  walk(file.text, segment, segment.document.contents, offset, outerFirst, segment.kind === 'whole');
  return nested(outerFirst.reverse().filter((r) => within(r, offset)));
}

/**
 * The top-level mapping, from its first key to its last value: the same range whether the file
 * is parsed whole (one mapping node) or in segments (one per key or list item).
 */
function topMapping(file: PlanFile): OffsetRange | undefined {
  const pairs = file.source.topPairs();
  const first = pairs[0] && nodeSpan(file.text, pairs[0].segment, pairs[0].pair.key);
  if (!first) return undefined;
  const ends = pairs.map(({ pair, segment }) => nodeSpan(file.text, segment, pair.value ?? pair.key)?.end ?? first.end);
  for (const list of splitLists(file.text, file.source)) ends.push(list.items[list.items.length - 1].range.end);
  return { start: first.start, end: Math.max(...ends) };
}

/** The segment holding `offset` (at a boundary, the one that starts there). */
function segmentAt(file: PlanFile, offset: number): ParsedSegment | undefined {
  const segments = file.source.segments;
  return [...segments].reverse().find((s) => s.base.offset <= offset) ?? segments[0];
}

const within = (range: OffsetRange | undefined, offset: number): range is OffsetRange =>
  range !== undefined && range.start <= offset && offset <= range.end;

function walk(
  text: string,
  segment: ParsedSegment,
  node: Node | null | undefined,
  offset: number,
  out: OffsetRange[],
  own = true,
): void {
  const span = nodeSpan(text, segment, node);
  if (!within(span, offset)) return;
  if (own) out.push(span);
  if (isMap(node)) {
    for (const pair of node.items as Pair<Node, Node | null>[]) {
      const key = nodeSpan(text, segment, pair.key);
      // `key:` alone has an empty value node: the pair is its key.
      const value = nodeSpan(text, segment, pair.value);
      if (value && value.end === value.start) value.end = key?.end ?? value.end;
      const whole = key && { start: key.start, end: value?.end ?? key.end };
      if (!within(whole, offset)) continue;
      out.push(whole);
      if (within(key, offset)) walk(text, segment, pair.key, offset, out);
      else walk(text, segment, pair.value, offset, out);
      return;
    }
  } else if (isSeq(node)) {
    for (const item of node.items as (Node | null)[]) {
      const itemSpan = nodeSpan(text, segment, item);
      const withDash = itemSpan && { start: dashStart(text, itemSpan.start), end: itemSpan.end };
      if (!within(withDash, offset)) continue;
      out.push(withDash);
      walk(text, segment, item, offset, out);
      return;
    }
  } else if (isScalar(node)) {
    out.push(...scalarParts(text, node, span, offset));
  }
}

/** Inside a scalar: its text without quotes or block header, the line, the word. */
function scalarParts(text: string, node: Scalar, span: OffsetRange, offset: number): OffsetRange[] {
  const out: OffsetRange[] = [];
  let content = span;
  if (node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE) {
    if (span.end - span.start >= 2) content = { start: span.start + 1, end: span.end - 1 };
  } else if (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED) {
    const newline = text.indexOf('\n', span.start);
    if (newline !== -1 && newline < span.end) {
      let start = newline + 1;
      while (start < span.end && /\s/.test(text[start])) start++;
      content = { start, end: span.end };
    }
  }
  if (!within(content, offset)) return out;
  out.push(content);
  // A line ends at \n, \r\n or a lone \r, as the editor counts lines.
  let lineStart = offset;
  while (lineStart > content.start && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  let lineEnd = offset;
  while (lineEnd < content.end && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  let start = lineStart;
  while (start < lineEnd && /\s/.test(text[start])) start++;
  const line = { start, end: trimEnd(text, start, lineEnd) };
  if (within(line, offset)) out.push(line);
  const word = wordAt(text, line, offset);
  if (word) out.push(word);
  return out;
}

/** Letters and digits, joined by `-`, `.`, `_` or an apostrophe: `juste-soin`, `2027-Q2`, `l'équipe`. */
const WORD = /[\p{L}\p{N}_]+(?:[-.'’][\p{L}\p{N}_]+)*/gu;

function wordAt(text: string, line: OffsetRange, offset: number): OffsetRange | undefined {
  const slice = text.slice(line.start, line.end);
  for (const match of slice.matchAll(WORD)) {
    const start = line.start + match.index!;
    const range = { start, end: start + match[0].length };
    if (within(range, offset)) return range;
  }
  return undefined;
}

/** Innermost first, without repeats, each range containing the one before it. */
function nested(innerFirst: OffsetRange[]): OffsetRange[] {
  const out: OffsetRange[] = [];
  for (const range of innerFirst) {
    const previous = out[out.length - 1];
    if (previous && (range.start > previous.start || range.end < previous.end)) continue;
    if (previous && range.start === previous.start && range.end === previous.end) continue;
    out.push(range);
  }
  return out;
}
