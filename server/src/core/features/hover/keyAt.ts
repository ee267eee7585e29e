import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import type { PlanFile } from '../../model/types';
import type { OffsetRange } from '../../text/lineIndex';

/** A mapping key, or a scalar value, under the cursor, with the data path that leads to it (`*` for a list item). */
export interface KeyAt {
  /** Keys from the top of the file to the key, `*` for list items: `['axes', '*', 'title']`. */
  path: string[];
  /** The key itself, or for a value the key it is the value of. */
  key: string;
  range: OffsetRange;
  /** `key` when the cursor is on the key, `value` on its scalar value. */
  on: 'key' | 'value';
  value?: unknown;
}

const contains = (range: readonly number[] | null | undefined, local: number) =>
  range != null && range[0] <= local && local <= range[1];

/** Read from the parsed YAML (flow mappings included: `{ value: 40, year: 2024 }`). */
export function keyAt(file: PlanFile, offset: number): KeyAt | undefined {
  for (const segment of file.source.segments) {
    const local = offset - segment.base.offset;
    if (local < 0 || local > segment.text.length) continue;
    const prefix = segment.kind === 'item' && segment.key !== undefined ? [segment.key] : [];
    const found = walk(segment.document.contents, local, prefix);
    if (found)
      return {
        ...found,
        range: { start: found.range.start + segment.base.offset, end: found.range.end + segment.base.offset },
      };
  }
  return undefined;
}

function walk(node: Node | null | undefined, local: number, path: string[]): KeyAt | undefined {
  if (isMap(node)) {
    for (const pair of node.items as Pair<Node, Node | null>[]) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (contains(pair.key.range, local))
        return { path: [...path, key], key, range: { start: pair.key.range![0], end: pair.key.range![1] }, on: 'key' };
      const value = pair.value;
      if (isScalar(value) && contains(value.range, local)) {
        return {
          path: [...path, key],
          key,
          range: { start: value.range![0], end: value.range![1] },
          on: 'value',
          value: value.value,
        };
      }
      if (value && contains(value.range, local)) return walk(value, local, [...path, key]);
    }
  } else if (isSeq(node)) {
    for (const item of node.items as (Node | null)[]) {
      if (item && contains(item.range, local)) return walk(item, local, [...path, '*']);
    }
  }
  return undefined;
}
