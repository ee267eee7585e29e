import { isScalar, isSeq, type Node } from 'yaml';
import type { PlanFile } from '../../model/types';
import { locateKey } from '../../schema/locate';
import type { OffsetRange } from '../../text/lineIndex';
import type { FileEdit } from './quickFix';
import { insertLinesAfter, insertLinesBefore, replace } from './textEdits';

export type CatalogueKey = 'indicators' | 'owners';

/** Fields of a new entry, in order, values already written as YAML scalars. */
export type Entry = readonly (readonly [string, string])[];

/** Top-level keys a new list goes before, so that a root reads plan, owners, indicators, axes. */
const LATER_KEYS: Record<CatalogueKey, readonly string[]> = {
  owners: ['indicators', 'axes', 'objectives'],
  indicators: ['axes', 'objectives'],
};

function flowMap(entry: Entry): string {
  return `{ ${entry.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
}

/** An entry as a block item: `prefix` is what precedes its first key (`  - `). */
function blockItem(prefix: string, entry: Entry, flow: boolean): string[] {
  if (flow) return [`${prefix}${flowMap(entry)}`];
  const [[firstKey, firstValue], ...rest] = entry;
  return [`${prefix}${firstKey}: ${firstValue}`, ...rest.map(([k, v]) => `${' '.repeat(prefix.length)}${k}: ${v}`)];
}

/** What precedes an item on its line when it is a block list item (`  - `), else undefined. */
function dashPrefix(file: PlanFile, itemStart: number): string | undefined {
  const at = file.lineIndex.positionAt(itemStart);
  const before = file.lineIndex.lineText(at.line).slice(0, at.character);
  return /^[ ]*-[ ]+$/.test(before) ? before : undefined;
}

/** How the file indents its top-level lists (`  - ` or `- `), from its first list item; two spaces by default. */
function listPrefix(file: PlanFile): string {
  const first = [file.owners[0], file.indicators[0], file.axes[0], file.objectives[0]].find((i) => i !== undefined);
  return (first && dashPrefix(file, first.range.start)) ?? '  - ';
}

/** After the list's last item: a block item like it (same dashes, same style), or `, {...}` in a flow list. */
function afterLastItem(file: PlanFile, last: OffsetRange, entry: Entry): FileEdit {
  const flowItem = file.text[last.start] === '{';
  const prefix = dashPrefix(file, last.start);
  if (prefix !== undefined) return insertLinesAfter(file, last, blockItem(prefix, entry, flowItem));
  if (!flowItem) {
    // A block mapping whose dash stands alone on the line above (`-` then the keys under it).
    const column = file.lineIndex.positionAt(last.start).character;
    return insertLinesAfter(file, last, blockItem(`${' '.repeat(Math.max(0, column - 2))}- `, entry, false));
  }
  return replace(file, { start: last.end, end: last.end }, `, ${flowMap(entry)}`);
}

/** A new top-level list, before the keys that follow it in a plan (with the comments just above them), else at the end. */
function newList(file: PlanFile, key: CatalogueKey, entry: Entry, flow: boolean): FileEdit {
  const lines = [`${key}:`, ...blockItem(listPrefix(file), entry, flow)];
  const later = LATER_KEYS[key]
    .flatMap((k) => locateKey(file.source, [], k) ?? [])
    .sort((a, b) => a.start - b.start)[0];
  if (!later)
    return insertLinesBefore(
      file,
      file.text.endsWith('\n') ? file.lineIndex.lineCount - 1 : file.lineIndex.lineCount,
      lines,
    );
  let line = file.lineIndex.positionAt(later.start).line;
  while (
    line > 0 &&
    file.lineIndex
      .lineText(line - 1)
      .trimStart()
      .startsWith('#')
  )
    line--;
  return insertLinesBefore(file, line, lines);
}

/**
 * The edit that adds an entry at the end of a top-level list (`indicators`, `owners`) of a
 * file, written like the entries already there; the list is created when the file has none.
 * Undefined when the key holds something other than a list (the schema reports it).
 */
export function appendToList(
  file: PlanFile,
  key: CatalogueKey,
  entry: Entry,
  flowByDefault: boolean,
): FileEdit | undefined {
  const items = key === 'indicators' ? file.indicators : file.owners;
  const last = items[items.length - 1];
  if (last) return afterLastItem(file, last.range, entry);
  const keyRange = locateKey(file.source, [], key);
  if (!keyRange) return newList(file, key, entry, flowByDefault);
  const found = file.source.locate([key]);
  const node = found?.node;
  const rangeOf = (n: Node) => file.source.range(found!.base, n, keyRange);
  if (isSeq(node) && node.flow) {
    const lastNode = node.items[node.items.length - 1] as Node | undefined;
    if (lastNode)
      return replace(file, { start: rangeOf(lastNode).end, end: rangeOf(lastNode).end }, `, ${flowMap(entry)}`);
    const open = rangeOf(node).start + 1;
    return replace(file, { start: open, end: open }, flowMap(entry));
  }
  const empty = !node || (isScalar(node) && !!node.range && node.range[0] === node.range[1]);
  if (!empty) return undefined;
  return insertLinesAfter(file, keyRange, blockItem(listPrefix(file), entry, flowByDefault));
}
