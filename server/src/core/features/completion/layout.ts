import type { LineIndex } from '../../text/lineIndex';

/** How the file indents, so that inserted blocks look like the rest of it. */
export interface Layout {
  /** Spaces a nested mapping is indented by. */
  indent: number;
  /** Spaces a list's `- ` is indented by under its key (0 for `key:` then `- item` at the same column). */
  sequenceIndent: number;
}

const EMPTY_KEY = /^( *)(?:- +)*[A-Za-z_][\w.-]*[ \t]*:[ \t]*(?:#.*)?$/;

/** Reads the first nested mapping and the first nested list of the file; 2 and 2 when there are none. */
export function layoutOf(lineIndex: LineIndex): Layout {
  let indent: number | undefined;
  let sequenceIndent: number | undefined;
  const lines = Math.min(lineIndex.lineCount, 2000);
  for (let line = 0; line + 1 < lines && (indent === undefined || sequenceIndent === undefined); line++) {
    const text = lineIndex.lineText(line);
    const holder = EMPTY_KEY.exec(text);
    if (!holder) continue;
    const keyColumn = text.search(/[A-Za-z_]/);
    let next = line + 1;
    while (next < lines && lineIndex.lineText(next).trim() === '') next++;
    const below = lineIndex.lineText(next);
    const column = below.length - below.trimStart().length;
    if (/^\s*-(\s|$)/.test(below)) {
      if (sequenceIndent === undefined && column >= keyColumn) sequenceIndent = column - keyColumn;
    } else if (indent === undefined && column > keyColumn) indent = column - keyColumn;
  }
  const unit = indent ?? 2;
  return { indent: unit, sequenceIndent: sequenceIndent ?? unit };
}

/** True when `column` of the line lies inside a flow collection (`{ ...` or `[ ...` not closed before it). */
export function insideFlow(line: string, column: number): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < column; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if ((c === '"' || c === "'") && (i === 0 || /[\s:,[{]/.test(line[i - 1]))) quote = c;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && depth > 0) depth--;
  }
  return depth > 0;
}

export function spaces(count: number): string {
  return ' '.repeat(Math.max(0, count));
}
