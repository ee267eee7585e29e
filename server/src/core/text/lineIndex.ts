/** Offsets in a text are UTF-16 code units (JavaScript string indices), as in LSP. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** A 0-based line and a 0-based UTF-16 column, as LSP positions are. */
export interface Position {
  line: number;
  character: number;
}

export interface LineRange {
  start: Position;
  end: Position;
}

/**
 * Maps offsets to line/column as LSP counts lines: `\n`, `\r\n` and a lone `\r` each end a
 * line (a lone `\r` is rare, but an editor counts it, so diagnostics below it must too). A
 * position never points into a line end nor past the end of the line or of the text: the
 * offset between the `\r` and the `\n` of a CRLF reads as the end of its line.
 */
export class LineIndex {
  /** The offset where each line starts. */
  private readonly starts: number[] = [0];
  /** The offset where each line's text ends (its line end excluded). */
  private readonly ends: number[] = [];

  constructor(readonly text: string) {
    const breaks = /\r\n?|\n/g;
    for (let m = breaks.exec(text); m !== null; m = breaks.exec(text)) {
      this.ends.push(m.index);
      this.starts.push(m.index + m[0].length);
    }
    this.ends.push(text.length);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  private clampLine(line: number): number {
    return Math.max(0, Math.min(line, this.starts.length - 1));
  }

  lineStart(line: number): number {
    return this.starts[this.clampLine(line)];
  }

  /** Where the line's text ends, before its line end. */
  lineEnd(line: number): number {
    return this.ends[this.clampLine(line)];
  }

  /** The line's text without its line end. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: Math.min(clamped, this.ends[low]) - this.starts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.starts.length) return this.text.length;
    const line = this.clampLine(position.line);
    return Math.min(this.starts[line] + Math.max(0, position.character), this.ends[line]);
  }

  rangeAt(range: OffsetRange): LineRange {
    return { start: this.positionAt(range.start), end: this.positionAt(range.end) };
  }
}
