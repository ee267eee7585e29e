/**
 * Scroll sync between the editor and the preview, on plain data: the page's blocks (each
 * with the source line it was rendered from, `data-line`, 0-based) and their offsets from the
 * top of the page. A line between two blocks lies between them on the page, in proportion.
 */

/** A rendered block: the file and line it comes from, and where it stands on the page. */
export interface Block {
  uri: string;
  line: number;
  /** Offset of its top from the top of the page, in pixels. */
  top: number;
}

/** A source line, possibly fractional (part of the way to the next block). */
export interface SourceLine {
  uri: string;
  line: number;
}

/**
 * The source line at `offset` (the top of the viewport) of blocks in page order: the last
 * block that starts at or above it, plus the fraction of the way to the next block of the
 * same file that comes later in the source.
 */
export function lineAtOffset(blocks: readonly Block[], offset: number): SourceLine | undefined {
  if (blocks.length === 0) return undefined;
  let at = -1;
  for (let i = 0; i < blocks.length; i++) if (blocks[i].top <= offset) at = i;
  if (at === -1) return { uri: blocks[0].uri, line: blocks[0].line };
  const block = blocks[at];
  const next = blocks.slice(at + 1).find((b) => b.uri === block.uri && b.top > block.top && b.line > block.line);
  if (!next) return { uri: block.uri, line: block.line };
  const fraction = Math.min(1, (offset - block.top) / (next.top - block.top));
  return { uri: block.uri, line: block.line + fraction * (next.line - block.line) };
}

/**
 * The page offset at which `line` of `uri` stands: between the block of that file that starts
 * at or before the line and the next one after it, in proportion; undefined when the page
 * shows nothing of the file. A line that repeats (the timeline shows an action again) is
 * found at its first block.
 */
export function offsetOfLine(blocks: readonly Block[], uri: string, line: number): number | undefined {
  let before: Block | undefined;
  let after: Block | undefined;
  for (const block of blocks) {
    if (block.uri !== uri) continue;
    if (block.line <= line && (!before || block.line > before.line)) before = block;
    if (block.line > line && (!after || block.line < after.line)) after = block;
  }
  if (!before) return after?.top;
  if (!after || after.top <= before.top || after.line === before.line) return before.top;
  return before.top + ((line - before.line) / (after.line - before.line)) * (after.top - before.top);
}

/**
 * Scrolling one side moves the other, whose scroll event must not move the first back:
 * after a programmatic scroll, events are ignored for a short while (200 ms, as VS Code's
 * Markdown preview does).
 */
export class ScrollGuard {
  private until = 0;

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly holdMs = 200,
  ) {}

  /** A scroll is about to be made by code: ignore what it causes. */
  hold(): void {
    this.until = this.now() + this.holdMs;
  }

  get held(): boolean {
    return this.now() < this.until;
  }
}
