import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { SegmentedDocument, type ParsedSegment } from '../parse/segmentedDocument';
import { BasedRange, type SegmentBase } from '../text/basedRange';
import type { OffsetRange } from '../text/lineIndex';
import type { Located } from './types';

/** A node's value range (without trailing comments or blank lines), as an offset in the file. */
export function nodeRange(base: SegmentBase, node: Node | null | undefined, fallback: OffsetRange): OffsetRange {
  const range = node?.range;
  return range ? new BasedRange(base, range[0], range[1]) : fallback;
}

export const isString = (v: unknown): v is string => typeof v === 'string';
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isDateLike = (v: unknown): v is string | number =>
  typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v));

interface Entry {
  pair: Pair<Node, Node | null>;
  base: SegmentBase;
}

/** Reading typed fields of a mapping; entries may come from one node or (the file's top level) several segments. */
abstract class FieldReader {
  protected readonly entries = new Map<string, Entry>();

  protected add(pair: Pair<Node, Node | null>, base: SegmentBase): void {
    if (isScalar(pair.key) && !this.entries.has(String(pair.key.value)))
      this.entries.set(String(pair.key.value), { pair, base });
  }

  abstract get range(): OffsetRange;
  abstract get firstKeyRange(): OffsetRange;

  has(key: string): boolean {
    return this.entries.has(key);
  }

  keyRange(key: string): OffsetRange | undefined {
    const entry = this.entries.get(key);
    return entry ? nodeRange(entry.base, entry.pair.key, this.range) : undefined;
  }

  /** A scalar value passing `accept`, with its ranges; undefined for other shapes (the schema reports them). */
  scalar<T>(key: string, accept: (value: unknown) => value is T): Located<T> | undefined {
    const entry = this.entries.get(key);
    if (!entry || !isScalar(entry.pair.value) || !accept(entry.pair.value.value)) return undefined;
    const keyRange = nodeRange(entry.base, entry.pair.key, this.range);
    return { value: entry.pair.value.value, range: nodeRange(entry.base, entry.pair.value, keyRange), keyRange };
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

  /** Any scalar (a quantity may be a number or a string) but `.inf`, `.nan` and numbers beyond range: the schema reports those. */
  any(key: string): Located<unknown> | undefined {
    return this.scalar(key, (v: unknown): v is unknown => v !== null && (typeof v !== 'number' || Number.isFinite(v)));
  }

  /** The mapping under a key, if it is one. */
  child(key: string): MapView | undefined {
    const entry = this.entries.get(key);
    return entry && isMap(entry.pair.value) ? new MapView(entry.pair.value, entry.base) : undefined;
  }

  /** The sequence items under a key that are mappings, with their index. */
  mapItems(key: string): { view: MapView; index: number }[] {
    const entry = this.entries.get(key);
    if (!entry || !isSeq(entry.pair.value)) return [];
    return entry.pair.value.items.flatMap((item, index) =>
      isMap(item) ? [{ view: new MapView(item, entry.base), index }] : [],
    );
  }

  /** The entries of the mapping under a key, keyed by a scalar (a report's `actions: { id: {…} }`), with their mapping when they have one. */
  keyedEntries(key: string): { key: Located<string>; view?: MapView }[] {
    const entry = this.entries.get(key);
    if (!entry || !isMap(entry.pair.value)) return [];
    const base = entry.base;
    return (entry.pair.value.items as Pair<Node, Node | null>[]).flatMap((pair) => {
      if (!isScalar(pair.key) || (typeof pair.key.value !== 'string' && typeof pair.key.value !== 'number')) return [];
      const range = nodeRange(base, pair.key, this.range);
      return [
        {
          key: { value: String(pair.key.value), range, keyRange: range },
          view: isMap(pair.value) ? new MapView(pair.value, base) : undefined,
        },
      ];
    });
  }

  /** The string items of a sequence (ids in `indicators`, `depends_on`...). */
  stringItems(key: string): Located<string>[] {
    const entry = this.entries.get(key);
    if (!entry || !isSeq(entry.pair.value)) return [];
    const keyRange = this.keyRange(key) ?? this.range;
    return entry.pair.value.items.flatMap((item) =>
      isScalar(item) && typeof item.value === 'string'
        ? [{ value: item.value, range: nodeRange(entry.base, item, keyRange), keyRange }]
        : [],
    );
  }
}

/** A mapping's entries by key, first occurrence winning (a repeated key is a syntax finding). */
export class MapView extends FieldReader {
  constructor(
    readonly map: YAMLMap<unknown, unknown>,
    readonly base: SegmentBase,
  ) {
    super();
    for (const pair of map.items as Pair<Node, Node | null>[]) this.add(pair, base);
  }

  get range(): OffsetRange {
    return nodeRange(this.base, this.map, { start: 0, end: 0 });
  }

  /** The first key of the mapping: where to report on an item as a whole. */
  get firstKeyRange(): OffsetRange {
    const first = this.map.items[0] as Pair<Node, Node | null> | undefined;
    return first ? nodeRange(this.base, first.key, this.range) : this.range;
  }
}

/** A top-level list item held by a segment of its own: built once, reused while its text is unchanged. */
export interface SegmentItem {
  view: MapView;
  index: number;
  segment: ParsedSegment;
}

/** The file's top-level mapping, gathered from its segments. */
export class RootView extends FieldReader {
  constructor(readonly source: SegmentedDocument) {
    super();
    for (const { pair, segment } of source.topPairs()) this.add(pair, segment.base);
  }

  get range(): OffsetRange {
    return { start: 0, end: 0 };
  }

  get firstKeyRange(): OffsetRange {
    const first = this.entries.values().next().value as Entry | undefined;
    return first ? nodeRange(first.base, first.pair.key, this.range) : this.range;
  }

  /** The items of a top-level list, from their own segments when the list is split. */
  segmentItems(key: string): { view: MapView; index: number; segment?: ParsedSegment }[] {
    const segments = this.source.itemSegments(key);
    if (segments.length === 0) return this.mapItems(key);
    return segments.flatMap((segment, index) => {
      const node = SegmentedDocument.itemNode(segment);
      return isMap(node) ? [{ view: new MapView(node, segment.base), index, segment }] : [];
    });
  }
}
