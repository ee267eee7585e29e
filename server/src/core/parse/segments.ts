/**
 * Splits a plan file's text into segments that parse independently: one per top-level key,
 * and one per item of the top-level block lists (`axes`, `indicators`, `owners`,
 * `objectives`). An edit then re-parses only the segments whose text changed: the rest is
 * reused as it was. Texts YAML could tie across segments (anchors, several documents,
 * directives) are kept whole, in a single segment.
 */
export interface SegmentSpan {
  start: number;
  end: number;
  /** `key`: a top-level key with its value; `item`: one item of a top-level list; `whole`: the file. */
  kind: 'key' | 'item' | 'whole';
  /** The top-level key (for an item, the list it belongs to). */
  key?: string;
}

export const SEGMENTED_LISTS = new Set(['axes', 'indicators', 'owners', 'objectives']);

const UNSAFE = /^(?:---|\.\.\.|%)|(?:^|[\s:,[{-])&[A-Za-z0-9_-]/m;
const LIST_KEY = /^([a-z_]+):[ \t]*(?:#.*)?$/;
const TOP_KEY = /^([^\s#-][^:]*?|"[^"]*"|'[^']*'):(?:\s|$)/;

export function segmentText(text: string): SegmentSpan[] {
  if (UNSAFE.test(text)) return [{ start: 0, end: text.length, kind: 'whole' }];
  const spans: SegmentSpan[] = [];
  let current: SegmentSpan | undefined;
  let list: string | undefined;
  let itemIndent = -1;
  const open = (start: number, kind: SegmentSpan['kind'], key: string | undefined) => {
    if (current) {
      current.end = start;
      spans.push(current);
    }
    current = { start: current ? start : 0, end: text.length, kind, key };
  };
  let offset = 0;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline === -1 ? text.length : newline + 1;
    const line = text.slice(offset, newline === -1 ? text.length : newline).replace(/\r$/, '');
    const trimmed = line.trimStart();
    const indent = line.length - trimmed.length;
    if (trimmed !== '' && !trimmed.startsWith('#')) {
      if (indent === 0 && !(trimmed === '-' || trimmed.startsWith('- '))) {
        const key = TOP_KEY.exec(line)?.[1];
        open(offset, 'key', key);
        const listKey = LIST_KEY.exec(line)?.[1];
        list = listKey && SEGMENTED_LISTS.has(listKey) ? listKey : undefined;
        itemIndent = -1;
      } else if (list !== undefined) {
        const isItem = trimmed === '-' || trimmed.startsWith('- ');
        if (itemIndent === -1) {
          if (isItem) itemIndent = indent;
          else list = undefined;
        }
        if (list !== undefined && isItem && indent === itemIndent) open(offset, 'item', list);
      } else if (!current) {
        open(0, 'whole', undefined);
      }
    }
    offset = lineEnd;
  }
  if (!current) return [{ start: 0, end: text.length, kind: 'whole' }];
  current.end = text.length;
  spans.push(current);
  // Only a file that is a mapping of top-level keys is segmented.
  if (spans[0].kind !== 'key') return [{ start: 0, end: text.length, kind: 'whole' }];
  return groupKeyRuns(spans);
}

/** Longer runs of consecutive top-level keys than a plan has are parsed in chunks of this many keys. */
const KEY_RUN = 16;
const KEY_CHUNK = 1000;

/**
 * A plan has a dozen top-level keys; a file of 100,000 (unknown) ones would otherwise cost a
 * parsed document each (seconds, and 2 kB apiece). Such runs are parsed in chunks of keys.
 */
function groupKeyRuns(spans: SegmentSpan[]): SegmentSpan[] {
  const out: SegmentSpan[] = [];
  for (let i = 0; i < spans.length;) {
    if (spans[i].kind !== 'key') {
      out.push(spans[i++]);
      continue;
    }
    let j = i;
    while (j < spans.length && spans[j].kind === 'key') j++;
    if (j - i <= KEY_RUN) {
      out.push(...spans.slice(i, j));
      i = j;
      continue;
    }
    for (let k = i; k < j; k += KEY_CHUNK) {
      const last = spans[Math.min(k + KEY_CHUNK, j) - 1];
      out.push({ start: spans[k].start, end: last.end, kind: 'key', key: spans[k].key });
    }
    i = j;
  }
  return out;
}
