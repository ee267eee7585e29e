import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { PlanFile } from '../model/types';
import type { ParsedSegment } from '../parse/segmentedDocument';
import type { OffsetRange } from '../text/lineIndex';
import { dashStart, nodeSpan, splitLists } from './yamlRanges';

/** A foldable block, in lines (folding is by whole lines): its first line stays visible. */
export interface FoldingBlock {
  startLine: number;
  endLine: number;
  kind?: 'comment';
}

/**
 * Every block of a plan file that spans several lines: each `key:` with its value (an axis's
 * `ambitions:`, a text, a list), each list item (an axis, an objective, an action, an indicator,
 * a bullet of `details`), each top-level list, and runs of comment lines.
 * Sorted by first line; of blocks starting on the same line, the outer one is kept.
 */
export function foldingBlocks(file: PlanFile): FoldingBlock[] {
  const spans: OffsetRange[] = [];
  const texts: OffsetRange[] = [];
  for (const segment of file.source.segments) collect(file.text, segment, segment.document.contents, spans, texts);
  for (const list of splitLists(file.text, file.source))
    spans.push({ start: list.key.start, end: list.items[list.items.length - 1].range.end });
  const blocks: FoldingBlock[] = spans.map((span) => ({
    startLine: file.lineIndex.positionAt(span.start).line,
    endLine: file.lineIndex.positionAt(span.end).line,
  }));
  blocks.push(...commentRuns(file, texts));
  return outermostPerLine(blocks.filter((b) => b.endLine > b.startLine));
}

function collect(
  text: string,
  segment: ParsedSegment,
  node: Node | null | undefined,
  out: OffsetRange[],
  texts: OffsetRange[],
): void {
  if (isMap(node)) {
    for (const pair of node.items as Pair<Node, Node | null>[]) {
      const key = nodeSpan(text, segment, pair.key);
      const value = nodeSpan(text, segment, pair.value);
      if (key && value) out.push({ start: key.start, end: value.end });
      collect(text, segment, pair.value, out, texts);
    }
  } else if (isSeq(node)) {
    for (const item of node.items as (Node | null)[]) {
      const span = nodeSpan(text, segment, item);
      if (span) out.push({ start: dashStart(text, span.start), end: span.end });
      collect(text, segment, item, out, texts);
    }
  } else if (isScalar(node)) {
    const span = nodeSpan(text, segment, node);
    if (span && /[\r\n]/.test(text.slice(span.start, span.end))) texts.push(span);
  }
}

/** Two or more consecutive lines holding only a comment (a `#` line inside a text is text). */
function commentRuns(file: PlanFile, texts: readonly OffsetRange[]): FoldingBlock[] {
  const out: FoldingBlock[] = [];
  const inText = (line: number) => {
    const start = file.lineIndex.lineStart(line);
    return texts.some((t) => t.start < start && start < t.end);
  };
  let first = -1;
  for (let line = 0; line <= file.lineIndex.lineCount; line++) {
    const isComment =
      line < file.lineIndex.lineCount && file.lineIndex.lineText(line).trimStart().startsWith('#') && !inText(line);
    if (isComment && first === -1) first = line;
    if (!isComment && first !== -1) {
      if (line - 1 > first) out.push({ startLine: first, endLine: line - 1, kind: 'comment' });
      first = -1;
    }
  }
  return out;
}

/** Editors fold one block per line: the outer one (`- id: x` before the item's first `key:`). */
function outermostPerLine(blocks: FoldingBlock[]): FoldingBlock[] {
  const sorted = [...blocks].sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
  return sorted.filter((block, i) => i === 0 || sorted[i - 1].startLine !== block.startLine);
}
