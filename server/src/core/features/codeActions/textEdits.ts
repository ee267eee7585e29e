import { stringify } from 'yaml';
import type { PlanFile } from '../../model/types';
import type { OffsetRange } from '../../text/lineIndex';
import type { FileEdit } from './quickFix';

/** The file's line end, so that inserted lines match the lines around them. */
export function lineEnd(file: PlanFile): string {
  return file.text.includes('\r\n') ? '\r\n' : '\n';
}

/** The spaces a line starts with. */
export function indentationOf(file: PlanFile, line: number): string {
  return /^[ \t]*/.exec(file.lineIndex.lineText(line))![0];
}

/** The line a range ends on (a block node's range runs to the start of the next line). */
export function lastLineOf(file: PlanFile, range: OffsetRange): number {
  return file.lineIndex.positionAt(Math.max(range.start, range.end - 1)).line;
}

export function replace(file: PlanFile, range: OffsetRange, newText: string): FileEdit {
  return { uri: file.uri, range: { start: range.start, end: range.end }, newText };
}

/** Whole lines inserted before `line` (`line` may be one past the last line). */
export function insertLinesBefore(file: PlanFile, line: number, lines: readonly string[]): FileEdit {
  const eol = lineEnd(file);
  if (line >= file.lineIndex.lineCount) {
    // The file's last line has no line end: the new lines start with one.
    const at = file.text.length;
    return { uri: file.uri, range: { start: at, end: at }, newText: lines.map((l) => `${eol}${l}`).join('') };
  }
  const at = file.lineIndex.lineStart(line);
  return { uri: file.uri, range: { start: at, end: at }, newText: lines.map((l) => `${l}${eol}`).join('') };
}

/** Whole lines inserted after the line a range ends on. */
export function insertLinesAfter(file: PlanFile, range: OffsetRange, lines: readonly string[]): FileEdit {
  return insertLinesBefore(file, lastLineOf(file, range) + 1, lines);
}

/** A text as a YAML scalar: plain when YAML reads it back as that text, quoted otherwise (`"2030"`, `"True"`). */
export function yamlScalar(text: string): string {
  return stringify(text, { lineWidth: 0 }).trimEnd();
}

/** The text written at a range, without the quotes of a quoted scalar. */
export function unquoted(file: PlanFile, range: OffsetRange): string {
  const written = file.text.slice(range.start, range.end);
  return /^(["']).*\1$/s.test(written) ? written.slice(1, -1) : written;
}

/**
 * Replaces a scalar with another word, keeping its quotes when it has some (the words a fix
 * writes, ids and enum words, never need escaping inside them).
 */
export function replaceScalar(file: PlanFile, range: OffsetRange, word: string): FileEdit {
  const written = file.text.slice(range.start, range.end);
  if (/^(["']).*\1$/s.test(written)) return replace(file, { start: range.start + 1, end: range.end - 1 }, word);
  return replace(file, range, yamlScalar(word));
}
