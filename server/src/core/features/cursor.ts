import type { LineIndex, OffsetRange } from '../text/lineIndex';

/**
 * Where the cursor stands in a plan file, read from the lines and their indentation rather
 * than from the parsed tree: completion must work in a file being typed, broken YAML included.
 */
export interface CursorContext {
  /**
   * The mapping keys from the top of the file down to the cursor's mapping, with `*` for a
   * list item: `['axes', '*', 'ambitions', '*', 'objectives', '*', 'actions', '*']`.
   */
  path: string[];
  /** Offsets where the enclosing list items start (one per `*` in `path`), to find the model item. */
  itemStarts: number[];
  /**
   * `key`: typing a key of the mapping at `path`; `value`: the value of `key`; `list-item`: an
   * item of the list `key` (`indicators: [a, |]`, or a `- ` line under it); `text`: inside a
   * block of text, where nothing is completed.
   */
  role: 'key' | 'value' | 'list-item' | 'text';
  key?: string;
  /** The word typed so far, before the cursor (what completion filters on and replaces). */
  prefix: string;
  /** The range the word under the cursor covers (replaced by a completion). */
  wordRange: OffsetRange;
  /** Column where keys of the cursor's mapping start (for inserting nested fields). */
  keyColumn: number;
  /** Keys already present in the cursor's mapping (not to be offered again). */
  siblingKeys: string[];
}

interface LineShape {
  blank: boolean;
  /** Columns of the `- ` dashes at the line start (`- - x` has two). */
  dashes: number[];
  /** Where the line's content starts after indentation and dashes. */
  contentColumn: number;
  key?: string;
  /** The text after `key:` (trimmed), when the line has a key. */
  value?: string;
}

const KEY = /^([A-Za-z_][\w.-]*|"[^"]*"|'[^']*')[ \t]*:(?:[ \t]|$)/;

function shape(line: string): LineShape {
  let column = 0;
  while (column < line.length && line[column] === ' ') column++;
  const dashes: number[] = [];
  while (line[column] === '-' && (line[column + 1] === ' ' || column + 1 === line.length)) {
    dashes.push(column);
    column += 1;
    while (line[column] === ' ') column++;
  }
  const rest = line.slice(column);
  if (rest === '' || rest.startsWith('#')) return { blank: dashes.length === 0, dashes, contentColumn: column };
  const match = KEY.exec(rest);
  if (!match) return { blank: false, dashes, contentColumn: column };
  const key = match[1].replace(/^["']|["']$/g, '');
  const value = rest.slice(match[0].length).replace(/\s+#.*$/, '').trim();
  return { blank: false, dashes, contentColumn: column, key, value };
}

const BLOCK_SCALAR = /^[|>][-+0-9]*$/;

export function cursorContext(lineIndex: LineIndex, offset: number): CursorContext {
  const here = lineIndex.positionAt(offset);
  const lineText = lineIndex.lineText(here.line);
  const before = lineText.slice(0, here.character);
  const current = shape(lineText);
  const wordStart = before.search(/[^\s,[\]{}:'"]*$/);
  const wordEndMatch = /^[^\s,[\]{}:'"]*/.exec(lineText.slice(here.character));
  const lineStart = offset - here.character;
  const wordRange = { start: lineStart + wordStart, end: offset + (wordEndMatch?.[0].length ?? 0) };
  const prefix = before.slice(wordStart);

  // The cursor's own mapping: the column its keys start at, and whether the line opens an item.
  const keyColumn = current.blank || current.contentColumn > here.character ? Math.min(here.character, current.contentColumn) : current.contentColumn;
  let role: CursorContext['role'] = 'key';
  let key: string | undefined;
  const colon = current.key !== undefined ? lineText.indexOf(':', current.contentColumn) : -1;
  if (current.key !== undefined && here.character > colon) {
    key = current.key;
    role = /\[[^\]]*$/.test(before.slice(colon)) ? 'list-item' : 'value';
    if (role === 'value' && current.value !== undefined && BLOCK_SCALAR.test(current.value) && here.character > colon + 1) role = 'text';
  }

  const path: string[] = [];
  const itemStarts: number[] = [];
  const siblingKeys: string[] = [];
  if (current.key !== undefined && role === 'key') siblingKeys.push(current.key);
  // Dashes before the cursor on its own line open new items: the walk up starts from the first
  // dash, and lines with a dash in that column are earlier items of the same list.
  const openedHere = current.dashes.filter((d) => d < keyColumn);
  let target = openedHere.length > 0 ? openedHere[0] : keyColumn;
  let inOwnMapping = openedHere.length === 0;
  const enter = (line: number, dashes: number[]) => {
    for (let i = dashes.length - 1; i >= 0; i--) {
      path.unshift('*');
      itemStarts.unshift(lineIndex.lineStart(line) + dashes[i]);
    }
  };
  for (let line = here.line - 1; line >= 0 && target > 0; line--) {
    const s = shape(lineIndex.lineText(line));
    if (s.blank) continue;
    const column = s.dashes.length > 0 ? s.dashes[0] : s.contentColumn;
    if (s.contentColumn > target && column > target) continue;
    if (s.key === undefined && s.dashes.length === 0 && s.contentColumn >= target) continue;
    if (column === target && openedHere.length > 0 && !inOwnMapping && path.length === 0) continue;
    if (s.contentColumn === target && s.dashes.length === 0) {
      if (inOwnMapping && s.key !== undefined) siblingKeys.push(s.key);
      continue;
    }
    if (s.contentColumn === target) {
      // `- key: value` with its key on the cursor's column: the cursor is in this item's mapping.
      if (inOwnMapping && s.key !== undefined) siblingKeys.push(s.key);
      enter(line, s.dashes);
      target = s.dashes[0];
      inOwnMapping = false;
      continue;
    }
    // A line less indented than the cursor's mapping: its key holds the mapping (or the text).
    if (s.key !== undefined) {
      const text = s.value !== undefined && BLOCK_SCALAR.test(s.value);
      if (text && path.length === 0 && inOwnMapping && siblingKeys.length === 0 && role !== 'value') role = 'text';
      if (s.value === '' || text) path.unshift(s.key);
    }
    enter(line, s.dashes);
    target = column;
    inOwnMapping = false;
  }
  for (const dash of openedHere) {
    path.push('*');
    itemStarts.push(lineStart + dash);
  }
  // A `- ` line under a list of ids (`depends_on:` then `  - |`) is an item of that list, not a mapping.
  if (role === 'key' && current.dashes.length > 0 && current.key === undefined && path[path.length - 1] === '*') {
    const listKey = path[path.length - 2];
    if (listKey !== undefined) {
      path.splice(path.length - 2, 2);
      itemStarts.pop();
      return { path, itemStarts, role: 'list-item', key: listKey, prefix, wordRange, keyColumn, siblingKeys: [] };
    }
  }
  return { path, itemStarts, role, key, prefix, wordRange, keyColumn, siblingKeys };
}
