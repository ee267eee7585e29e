import type { LineIndex } from '../../text/lineIndex';
import type { EditSite } from './site';

/**
 * What is already written around the cursor, read from the text (the file may not parse):
 * the ids of the list being completed, and the id of the item the cursor is in.
 */

function unquote(text: string): string {
  return text.trim().replace(/^(["'])(.*)\1$/, '$2');
}

/** The other values of the list the cursor is an item of: `[a, b, |]`, or `- a` lines around a `- |` line. */
export function listedValues(site: EditSite): Set<string> {
  return site.flow ? flowListValues(site.line, site.column) : blockListValues(site);
}

function flowListValues(line: string, column: number): Set<string> {
  const open = line.lastIndexOf('[', column - 1);
  if (open === -1) return new Set();
  const close = line.indexOf(']', column);
  const inside = line.slice(open + 1, close === -1 ? line.length : close);
  const values = new Set<string>();
  let start = open + 1;
  for (const entry of inside.split(',')) {
    const end = start + entry.length;
    if (!(start <= column && column <= end)) {
      const value = unquote(entry);
      if (value !== '') values.add(value);
    }
    start = end + 1;
  }
  return values;
}

const DASH_ITEM = /^(\s*)-\s+([^#]*?)\s*(?:#.*)?$/;

function blockListValues(site: EditSite): Set<string> {
  const lines = site.file.lineIndex;
  const here = lines.positionAt(site.range.start).line;
  const dashColumn = site.line.length - site.line.trimStart().length;
  const values = new Set<string>();
  const read = (line: number): boolean => {
    const text = lines.lineText(line);
    if (text.trim() === '') return true;
    const indent = text.length - text.trimStart().length;
    if (indent > dashColumn) return true;
    const item = DASH_ITEM.exec(text);
    if (indent < dashColumn || !item) return false;
    const value = unquote(item[2]);
    if (value !== '') values.add(value);
    return true;
  };
  for (let line = here - 1; line >= 0 && read(line); line--);
  for (let line = here + 1; line < lines.lineCount && read(line); line++);
  return values;
}

const INLINE_ID = /(?:^|[{,])\s*id\s*:\s*([^\s,}#]+)/;
const BLOCK_ID = /^\s*id\s*:\s*([^\s#]+)/;

/** The `id` of the list item whose dash is at `itemStart` (`- id: x`, `- { id: x }`, or an `id:` line below). */
export function itemIdAt(lines: LineIndex, itemStart: number): string | undefined {
  const position = lines.positionAt(itemStart);
  const text = lines.lineText(position.line);
  const rest = text.slice(position.character + 1);
  const inline =
    BLOCK_ID.exec(rest) ?? (rest.trimStart().startsWith('{') ? INLINE_ID.exec(rest.trimStart().slice(1)) : null);
  if (inline) return unquote(inline[1]);
  const column = position.character + 1 + (rest.length - rest.trimStart().length);
  for (let line = position.line + 1; line < lines.lineCount; line++) {
    const below = lines.lineText(line);
    if (below.trim() === '' || below.trimStart().startsWith('#')) continue;
    const indent = below.length - below.trimStart().length;
    if (indent < column) return undefined;
    const id = indent === column ? BLOCK_ID.exec(below) : null;
    if (id) return unquote(id[1]);
  }
  return undefined;
}
