import type { OffsetRange } from './lineIndex';

/** Where a segment of a file starts. Moving the segment moves every range built on it. */
export interface SegmentBase {
  offset: number;
}

/**
 * A range inside a segment, read as an offset in the whole file. A segment reused after an
 * edit elsewhere in the file only changes its base; its model's ranges follow.
 */
export class BasedRange implements OffsetRange {
  constructor(
    private readonly base: SegmentBase,
    private readonly localStart: number,
    private readonly localEnd: number,
  ) {}

  get start(): number {
    return this.base.offset + this.localStart;
  }

  get end(): number {
    return this.base.offset + this.localEnd;
  }
}

/** A plain copy, for values that outlive the current text (findings, results sent to a client). */
export function plainRange(range: OffsetRange): OffsetRange {
  return { start: range.start, end: range.end };
}
