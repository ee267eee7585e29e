import type { Position, Range } from 'vscode-languageserver-protocol/node';
import { at } from '../helpers';

/** The LSP position `delta` characters into the n-th `needle` of a text. */
export function positionOf(text: string, needle: string, delta = 0, occurrence = 0): Position {
  const p = at(text, needle, occurrence);
  return { line: p.line - 1, character: p.column - 1 + delta };
}

/** The LSP range of the n-th `needle` itself. */
export function rangeOfNeedle(text: string, needle: string, occurrence = 0): Range {
  const start = positionOf(text, needle, 0, occurrence);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}
