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
   * item of the list `key` (`indicators: [a, |]`, a `- ` line under it, or a blank line at the
   * column of its dashes); `text`: inside a block of text or a comment, where nothing is completed.
   */
  role: 'key' | 'value' | 'list-item' | 'text';
  key?: string;
  /** The word typed so far, before the cursor (what completion filters on and replaces). */
  prefix: string;
  /** The range the word under the cursor covers (replaced by a completion). */
  wordRange: OffsetRange;
  /** Column where keys of the cursor's mapping start (for inserting nested fields). */
  keyColumn: number;
  /** Keys already present in the cursor's mapping, above and below it (not to be offered again). */
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
  const value = rest
    .slice(match[0].length)
    .replace(/\s+#.*$/, '')
    .trim();
  return { blank: false, dashes, contentColumn: column, key, value };
}

const BLOCK_SCALAR = /^[|>][-+0-9]*$/;
const WORD_BEFORE = /[^\s,[\]{}:'"]*$/;
const WORD_AFTER = /^[^\s,[\]{}:'"]*/;

export function cursorContext(lineIndex: LineIndex, offset: number): CursorContext {
  const here = lineIndex.positionAt(offset);
  const lineText = lineIndex.lineText(here.line);
  const before = lineText.slice(0, here.character);
  const current = shape(lineText);
  const lineStart = offset - here.character;
  let wordStart = before.search(WORD_BEFORE);
  // A dash just typed at the line start is the list indicator, not the start of a word.
  for (const dash of current.dashes) if (dash >= wordStart && dash < here.character) wordStart = dash + 1;
  const wordEnd = here.character + (WORD_AFTER.exec(lineText.slice(here.character))?.[0].length ?? 0);
  const wordRange = { start: lineStart + wordStart, end: lineStart + Math.max(wordEnd, wordStart) };
  const prefix = before.slice(wordStart);

  // The cursor's own mapping: the column its keys start at, and whether the line opens an item.
  const keyColumn =
    current.blank || current.contentColumn > here.character
      ? Math.min(here.character, current.contentColumn)
      : current.contentColumn;
  let role: CursorContext['role'] = 'key';
  let key: string | undefined;
  const colon = current.key !== undefined ? lineText.indexOf(':', current.contentColumn) : -1;
  if (current.key !== undefined && here.character > colon) {
    key = current.key;
    role = 'value';
    if (current.value !== undefined && BLOCK_SCALAR.test(current.value) && here.character > colon + 1) role = 'text';
  }
  if (inComment(before)) role = 'text';

  const openedHere = current.dashes.filter((d) => d < keyColumn);
  const walk = walkUp(
    lineIndex,
    here.line,
    keyColumn,
    openedHere,
    role === 'key' && current.key === undefined && current.dashes.length === 0,
  );
  const path = walk.path;
  const itemStarts = walk.itemStarts;
  for (const dash of openedHere) {
    path.push('*');
    itemStarts.push(lineStart + dash);
  }
  if (walk.inText) role = 'text';
  if (role === 'text') return { path, itemStarts, role, key, prefix, wordRange, keyColumn, siblingKeys: [] };
  if (walk.newItemOf !== undefined) {
    return { path, itemStarts, role: 'list-item', key: walk.newItemOf, prefix, wordRange, keyColumn, siblingKeys: [] };
  }

  // Flow collections on the cursor's line: `cycle: { start: 2026, end: | }`, `indicators: [a, |]`.
  const flowFrom =
    role === 'value' ? colon + 1 : current.dashes.length > 0 && current.key === undefined ? current.contentColumn : -1;
  const flow = flowFrom >= 0 ? flowAt(lineText, flowFrom, here.character, key) : undefined;
  if (flow) {
    for (const segment of flow.path) path.push(segment);
    for (const column of flow.itemColumns) itemStarts.push(lineStart + column);
    return {
      path,
      itemStarts,
      role: flow.role,
      key: flow.key,
      prefix,
      wordRange,
      keyColumn,
      siblingKeys: flow.siblingKeys,
    };
  }

  // A `- ` line under a list (`depends_on:` then `  - |`) is an item of that list, not a mapping.
  if (role === 'key' && current.dashes.length > 0 && current.key === undefined && path[path.length - 1] === '*') {
    const listKey = path[path.length - 2];
    if (listKey !== undefined) {
      path.splice(path.length - 2, 2);
      itemStarts.pop();
      return {
        path,
        itemStarts,
        role: 'list-item',
        key: listKey,
        prefix,
        wordRange,
        keyColumn,
        siblingKeys: keysBelow(lineIndex, here.line, keyColumn),
      };
    }
  }
  const siblingKeys = [...walk.siblingKeys, ...keysBelow(lineIndex, here.line, keyColumn)];
  return { path, itemStarts, role, key, prefix, wordRange, keyColumn, siblingKeys: [...new Set(siblingKeys)] };
}

/** True when the text before the cursor ends inside a comment (a `#` outside quotes, at the start or after a space). */
function inComment(before: string): boolean {
  for (let i = 0; i < before.length; i++) {
    if (opensQuote(before, i)) i = quotedEnd(before, i) - 1;
    else if (before[i] === '#' && (i === 0 || /\s/.test(before[i - 1]))) return true;
  }
  return false;
}

/** A quote starts a quoted scalar only where a scalar starts: `d'action` is plain text. */
function opensQuote(line: string, i: number): boolean {
  const c = line[i];
  return (c === '"' || c === "'") && (i === 0 || /[\s:,[{]/.test(line[i - 1]));
}

/** Where the quoted scalar opening at `i` ends (after its closing quote; the line's length when unclosed). */
function quotedEnd(line: string, i: number): number {
  const quote = line[i];
  for (let j = i + 1; j < line.length; j++) {
    if (quote === '"' && line[j] === '\\') j++;
    else if (line[j] === quote) {
      if (quote === "'" && line[j + 1] === "'") j++;
      else return j + 1;
    }
  }
  return line.length;
}

interface Walk {
  path: string[];
  itemStarts: number[];
  /** Keys of the cursor's own mapping met above the cursor. */
  siblingKeys: string[];
  /** The cursor's line lies in a block of text (`vision: |`). */
  inText: boolean;
  /** The cursor stands where a new item of this list goes: a blank line at the column of its dashes. */
  newItemOf?: string;
}

/**
 * Walks up from the cursor's line to the top of the file, reading indentation: each less
 * indented line holds the mapping or list below it. `mapping` mode looks for the holder of the
 * mapping whose keys start at `target`; `item` mode for the list holding an item whose dash is at
 * `target` (earlier items of the list share that column; a compact list's key may too).
 */
function walkUp(
  lineIndex: LineIndex,
  cursorLine: number,
  keyColumn: number,
  openedHere: number[],
  bareLine: boolean,
): Walk {
  const walk: Walk = { path: [], itemStarts: [], siblingKeys: [], inText: false };
  let mode: 'mapping' | 'item' = openedHere.length > 0 ? 'item' : 'mapping';
  let target = openedHere.length > 0 ? openedHere[0] : keyColumn;
  let own = openedHere.length === 0;
  // On a bare line of the cursor's own mapping, a list item met at the cursor's column means the
  // cursor may stand where that list's next item goes (decided when its holder is found).
  let itemAtTarget = false;
  const enter = (line: number, dashes: number[]) => {
    for (let i = dashes.length - 1; i >= 0; i--) {
      walk.path.unshift('*');
      walk.itemStarts.unshift(lineIndex.lineStart(line) + dashes[i]);
    }
  };
  for (let line = cursorLine - 1; line >= 0 && !(mode === 'mapping' && target === 0 && !own); line--) {
    const s = shape(lineIndex.lineText(line));
    if (s.blank || (s.key === undefined && s.dashes.length === 0)) continue;
    const column = s.dashes.length > 0 ? s.dashes[0] : s.contentColumn;
    if (column > target) continue;
    if (column === target) {
      if (s.dashes.length > 0) {
        // An earlier item of the list (item mode), or of a list at the cursor's column.
        if (mode === 'mapping' && own && bareLine && walk.siblingKeys.length === 0) itemAtTarget = true;
        continue;
      }
      if (mode === 'mapping') {
        // A key of the same mapping (and any list met at this column was its compact list).
        if (own) walk.siblingKeys.push(s.key!);
        itemAtTarget = false;
        continue;
      }
      // `key:` then `- item` at the same column: a compact list and its holder.
      if (s.value === '') walk.path.unshift(s.key!);
      mode = 'mapping';
      own = false;
      continue;
    }
    if (mode === 'mapping' && s.contentColumn === target) {
      // `- key: value` with its key on the cursor's column: the cursor is in this item's mapping.
      if (own && s.key !== undefined) walk.siblingKeys.push(s.key);
      enter(line, s.dashes);
      mode = 'item';
      target = s.dashes[0];
      own = false;
      itemAtTarget = false;
      continue;
    }
    // A less indented line: its key holds the mapping or list below it (or the text).
    if (s.key !== undefined) {
      const text = s.value !== undefined && BLOCK_SCALAR.test(s.value);
      if (text && own && mode === 'mapping') walk.inText = true;
      if (itemAtTarget && s.value === '') walk.newItemOf = s.key;
      else if (s.value === '' || text) walk.path.unshift(s.key);
    }
    itemAtTarget = false;
    enter(line, s.dashes);
    if (s.dashes.length > 0) {
      mode = 'item';
      target = s.dashes[0];
    } else {
      mode = 'mapping';
      target = s.contentColumn;
    }
    own = false;
  }
  return walk;
}

/** Keys at `column` below the cursor's line, up to the end of its mapping. */
function keysBelow(lineIndex: LineIndex, cursorLine: number, column: number): string[] {
  const keys: string[] = [];
  for (let line = cursorLine + 1; line < lineIndex.lineCount; line++) {
    const s = shape(lineIndex.lineText(line));
    if (s.blank || (s.key === undefined && s.dashes.length === 0)) continue;
    const start = s.dashes.length > 0 ? s.dashes[0] : s.contentColumn;
    if (start < column) break;
    if (start === column && s.dashes.length === 0) keys.push(s.key!);
  }
  return keys;
}

/**
 * Where the cursor stands inside the flow collections of one line (`cycle: { start: 2026, end: | }`,
 * `contributes_to: [a, |]`, `- { title: Step, due: | }`): read from the characters, so that an
 * unclosed bracket being typed still reads.
 */
interface FlowPosition {
  /** Keys (and `*` for list items) from the line's block position down to the cursor's mapping. */
  path: string[];
  /** Columns where the flow list items in `path` start (one per `*`). */
  itemColumns: number[];
  role: 'key' | 'value' | 'list-item';
  key?: string;
  /** Keys already written in the cursor's flow mapping. */
  siblingKeys: string[];
}

interface Level {
  open: '{' | '[';
  /** The key this collection is the value of; none for an item of a list or a collection after a dash. */
  key?: string;
  column: number;
  /** Where the entry being read starts (after `{`, `[` or `,`). */
  entryStart: number;
}

const FLOW_KEY = /^\s*([^\s:,{}[\]'"#][^:,{}[\]]*?|"[^"]*"|'[^']*')\s*:(?=\s|$)/;

/** The key an entry of a flow mapping starts with, when its `:` is written. */
function entryKey(entry: string): string | undefined {
  const match = FLOW_KEY.exec(entry);
  return match ? match[1].trim().replace(/^["']|["']$/g, '') : undefined;
}

/**
 * Reads the line from column `from` (after a block key's colon, or after a dash) to `cursor`.
 * `blockKey` is the key whose value starts at `from`, if any. Undefined when the cursor is not
 * inside a flow collection.
 */
function flowAt(line: string, from: number, cursor: number, blockKey: string | undefined): FlowPosition | undefined {
  const levels: Level[] = [];
  for (let i = from; i < cursor; i++) {
    const c = line[i];
    const top = levels[levels.length - 1];
    if (opensQuote(line, i)) {
      const end = quotedEnd(line, i);
      // The cursor inside a quoted scalar: it is the value of the entry being read.
      if (end > cursor) break;
      i = end - 1;
    } else if (c === '{' || c === '[') {
      const key = top === undefined ? blockKey : top.open === '{' ? entryKey(line.slice(top.entryStart, i)) : undefined;
      levels.push({ open: c, key, column: i, entryStart: i + 1 });
    } else if ((c === '}' || c === ']') && top) levels.pop();
    else if (c === ',' && top) top.entryStart = i + 1;
    else if (c === '#' && /\s/.test(line[i - 1] ?? ' ')) return undefined;
  }
  if (levels.length === 0) return undefined;
  const path: string[] = [];
  const itemColumns: number[] = [];
  for (let i = 0; i < levels.length - 1; i++) {
    const level = levels[i];
    if (level.open === '[') {
      // An item of the list: its key names the list, `*` the item.
      if (level.key === undefined) return undefined;
      path.push(level.key, '*');
      itemColumns.push(levels[i + 1].column);
    } else if (level.key !== undefined) path.push(level.key);
  }
  const last = levels[levels.length - 1];
  if (last.open === '[')
    return last.key === undefined
      ? undefined
      : { path, itemColumns, role: 'list-item', key: last.key, siblingKeys: [] };
  if (last.key !== undefined) path.push(last.key);
  const key = entryKey(line.slice(last.entryStart, cursor));
  return {
    path,
    itemColumns,
    role: key === undefined ? 'key' : 'value',
    key,
    siblingKeys: mappingKeys(line, last, cursor),
  };
}

/** The keys of the flow mapping `level`, but the entry the cursor is in. */
function mappingKeys(line: string, level: Level, cursor: number): string[] {
  const keys: string[] = [];
  let depth = 0;
  let entryStart = level.column + 1;
  const close = (end: number) => {
    if (!(entryStart <= cursor && cursor <= end)) {
      const key = entryKey(line.slice(entryStart, end));
      if (key !== undefined) keys.push(key);
    }
  };
  for (let i = level.column + 1; i < line.length; i++) {
    const c = line[i];
    if (opensQuote(line, i)) i = quotedEnd(line, i) - 1;
    else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && depth > 0) depth--;
    else if (c === '}' || c === ']') {
      close(i);
      return keys;
    } else if (c === ',' && depth === 0) {
      close(i);
      entryStart = i + 1;
    }
  }
  close(line.length);
  return keys;
}
