import type { LineIndex } from '../../text/lineIndex';

/** One line of a plan file, as the mistake detectors read it. */
export interface Line {
  index: number;
  start: number;
  text: string;
  indent: number;
}

export function lineAt(lines: LineIndex, index: number): Line {
  const text = lines.lineText(index);
  return { index, start: lines.lineStart(index), text, indent: text.length - text.trimStart().length };
}

/** The lines holding YAML structure: blank lines, comment lines and block scalars' bodies (`|`, `>`) left out. */
export function structuralLines(lines: LineIndex): Line[] {
  const out: Line[] = [];
  let blockIndent = -1;
  for (let i = 0; i < lines.lineCount; i++) {
    const line = lineAt(lines, i);
    const trimmed = line.text.trim();
    if (trimmed === '') continue;
    if (blockIndent !== -1) {
      if (line.indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (trimmed.startsWith('#')) continue;
    out.push(line);
    if (/(?:^|[:-])\s*[|>][+-]?\d*\s*(?:#.*)?$/.test(trimmed)) blockIndent = line.indent;
  }
  return out;
}

/** `key: rest` on a line (after an optional `- `): where the value starts and the key. */
export interface KeyLine {
  key: string;
  /** The key's own indentation (a `- ` counts). */
  keyIndent: number;
  valueStart: number;
  /** From the value to the end of the line (comment included). */
  rest: string;
}

const KEY_LINE = /^( *(?:- +)?)([A-Za-z_][\w-]*)( *: +)(\S.*)$/;

export function keyLine(line: Line): KeyLine | undefined {
  const match = KEY_LINE.exec(line.text);
  if (!match) return undefined;
  const [, lead, key, colon, rest] = match;
  return {
    key,
    keyIndent: lead.length,
    valueStart: line.start + lead.length + key.length + colon.length,
    rest: rest.replace(/\s+$/, ''),
  };
}

/** A plain (unquoted) value and the comment after it, when the value is plain. */
export function plainValue(rest: string): { value: string; comment?: { at: number; text: string } } | undefined {
  if (/^["'[{|>&*!]/.test(rest)) return undefined;
  const hash = rest.search(/\s#/);
  if (hash === -1) return { value: rest };
  const at = rest.indexOf('#', hash);
  return { value: rest.slice(0, hash).trimEnd(), comment: { at, text: rest.slice(at) } };
}
