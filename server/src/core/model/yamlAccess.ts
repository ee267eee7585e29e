import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { OffsetRange } from '../text/lineIndex';
import type { Located } from './types';

/** The value part of a node's range (without trailing comments or blank lines). */
export function nodeRange(node: Node | null | undefined, fallback: OffsetRange): OffsetRange {
  const range = node?.range;
  return range ? { start: range[0], end: range[1] } : fallback;
}

/** A mapping's entries by key, first occurrence winning (a repeated key is a syntax finding). */
export class MapView {
  private readonly entries = new Map<string, Pair<Node, Node | null>>();

  constructor(readonly map: YAMLMap<unknown, unknown>) {
    for (const pair of map.items as Pair<Node, Node | null>[]) {
      if (isScalar(pair.key) && !this.entries.has(String(pair.key.value))) this.entries.set(String(pair.key.value), pair);
    }
  }

  get range(): OffsetRange {
    return nodeRange(this.map, { start: 0, end: 0 });
  }

  /** The first key of the mapping: where to report on an item as a whole. */
  get firstKeyRange(): OffsetRange {
    const first = this.map.items[0] as Pair<Node, Node | null> | undefined;
    return first ? nodeRange(first.key, this.range) : this.range;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  keyRange(key: string): OffsetRange | undefined {
    const pair = this.entries.get(key);
    return pair ? nodeRange(pair.key, this.range) : undefined;
  }

  node(key: string): Node | null | undefined {
    return this.entries.get(key)?.value;
  }

  /** A scalar value passing `accept`, with its ranges; undefined for other shapes (the schema reports them). */
  scalar<T>(key: string, accept: (value: unknown) => value is T): Located<T> | undefined {
    const pair = this.entries.get(key);
    if (!pair || !isScalar(pair.value) || !accept(pair.value.value)) return undefined;
    const keyRange = nodeRange(pair.key, this.range);
    return { value: pair.value.value, range: nodeRange(pair.value, keyRange), keyRange };
  }

  string(key: string): Located<string> | undefined {
    return this.scalar(key, isString);
  }

  number(key: string): Located<number> | undefined {
    return this.scalar(key, isNumber);
  }

  /** A partial date as written: a string or an integer year. */
  date(key: string): Located<string | number> | undefined {
    return this.scalar(key, isDateLike);
  }

  /** Any scalar (a quantity may be a number or a string). */
  any(key: string): Located<unknown> | undefined {
    return this.scalar(key, (v: unknown): v is unknown => v !== null);
  }

  /** The mapping under a key, if it is one. */
  child(key: string): MapView | undefined {
    const node = this.node(key);
    return isMap(node) ? new MapView(node) : undefined;
  }

  /** The sequence items under a key that are mappings, with their index. */
  mapItems(key: string): { view: MapView; index: number }[] {
    const node = this.node(key);
    if (!isSeq(node)) return [];
    return node.items.flatMap((item, index) => (isMap(item) ? [{ view: new MapView(item), index }] : []));
  }

  /** The string items of a sequence (ids in `indicators`, `depends_on`...). */
  stringItems(key: string): Located<string>[] {
    const node = this.node(key);
    if (!isSeq(node)) return [];
    const keyRange = this.keyRange(key) ?? this.range;
    return node.items.flatMap((item) =>
      isScalar(item) && typeof item.value === 'string' ? [{ value: item.value, range: nodeRange(item, keyRange), keyRange }] : [],
    );
  }
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isDateLike = (v: unknown): v is string | number => typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v));
