import type { Position, Range } from 'vscode-languageserver';
import type { PlanFile, OffsetRange } from '../core';

/** Offsets (core) to LSP ranges: both count UTF-16 code units, so only lines need working out. */
export function toRange(file: PlanFile, range: OffsetRange): Range {
  return file.lineIndex.rangeAt(range);
}

export function toPosition(file: PlanFile, offset: number): Position {
  return file.lineIndex.positionAt(offset);
}

export function toOffset(file: PlanFile, position: Position): number {
  return file.lineIndex.offsetAt(position);
}
