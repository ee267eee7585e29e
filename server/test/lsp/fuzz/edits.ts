import type { Random } from './random';

/**
 * What random edits type, by family. A family can be left out of a run (`--without cr,alias`)
 * while a fix for it is pending elsewhere; the default run types them all.
 */
export const ALPHABET = {
  yaml: [
    '"',
    "'",
    ':',
    ': ',
    '[',
    ']',
    '{',
    '}',
    ',',
    '- ',
    '-',
    '#',
    '# ',
    '|',
    '>',
    '?',
    '!',
    '%',
    '@',
    '`',
    '"quoted"',
    "'it''s'",
    '[a, b]',
    '{ x: 1 }',
    ': :',
    '---\n',
    '...\n',
  ],
  alias: ['*', '&', '*a', '&a ', '<<: *a', '<<', '*Important* ', '&anchor ', '*anchor'],
  whitespace: ['\t', ' ', '  ', '\n', '\n  ', '\n    - ', '\n      '],
  crlf: ['\r\n', '\r\n  '],
  cr: ['\r'],
  nul: ['\0'],
  unicode: ['😀', '🏥', 'é', '’', '« » ', '\u00a0', '\u200b'],
  words: [
    'id',
    'title: ',
    'status: done',
    'due: 2027',
    '2027-Q2',
    '2026-13',
    'owner: ',
    'depends_on: [',
    'indicators: [',
    '42',
    '-1',
    '1e400',
    '100 %',
    'M€',
    'null',
    '~',
    'true',
  ],
} as const satisfies Record<string, readonly string[]>;

export type Family = keyof typeof ALPHABET;
export const FAMILIES = Object.keys(ALPHABET) as Family[];

/** Replace `text.slice(start, end)` with `insert` (offsets in UTF-16 code units, as LSP counts by default). */
export interface PlannedEdit {
  kind: 'insert' | 'delete' | 'paste' | 'replace' | 'undo';
  start: number;
  end: number;
  insert: string;
}

/** An offset moved off the middle of a surrogate pair: an emoji is never split (the CLI would read the half as U+FFFD). */
function snap(text: string, offset: number): number {
  const code = text.charCodeAt(offset);
  return offset > 0 && code >= 0xdc00 && code <= 0xdfff ? offset - 1 : offset;
}

function fragment(random: Random, text: string, families: readonly Family[]): string {
  if (random.chance(0.15)) {
    // A word of the document itself: an id, a key, a value.
    const at = random.int(Math.max(1, text.length));
    const word = /[\p{L}\p{N}_-]+/u.exec(text.slice(at, at + 40));
    if (word) return word[0];
  }
  const parts = 1 + random.int(3);
  let out = '';
  for (let i = 0; i < parts; i++) out += random.pick(ALPHABET[random.pick(families)]);
  return out;
}

function lineStart(text: string, offset: number): number {
  const before = text.lastIndexOf('\n', offset - 1);
  return before + 1;
}

/** The next edit on `text`: mostly small insertions and deletions, some pastes of whole lines, replacements, undos. */
export function planEdit(random: Random, text: string, families: readonly Family[], undo: PlannedEdit[]): PlannedEdit {
  const at = snap(text, random.int(text.length + 1));
  const roll = random.next();
  if (roll < 0.15 && undo.length > 0) return { ...undo.pop()!, kind: 'undo' };
  if (roll < 0.55) return { kind: 'insert', start: at, end: at, insert: fragment(random, text, families) };
  if (roll < 0.75) {
    const length = random.chance(0.75) ? 1 + random.int(10) : 1 + random.int(200);
    return { kind: 'delete', start: at, end: snap(text, Math.min(text.length, at + length)), insert: '' };
  }
  if (roll < 0.88) {
    // Copy one to five lines from elsewhere and paste them at the start of a line.
    const from = lineStart(text, random.int(text.length + 1));
    let to = from;
    for (let n = 1 + random.int(5); n > 0 && to < text.length; n--) {
      const next = text.indexOf('\n', to);
      to = next < 0 ? text.length : next + 1;
    }
    const target = lineStart(text, at);
    return { kind: 'paste', start: target, end: target, insert: text.slice(from, to) };
  }
  const end = snap(text, Math.min(text.length, at + 1 + random.int(8)));
  return { kind: 'replace', start: at, end, insert: fragment(random, text, families) };
}
