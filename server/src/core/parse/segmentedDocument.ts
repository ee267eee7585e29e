import { isMap, isScalar, isSeq, Scalar, visit, type Document, type Node, type Pair } from 'yaml';
import { BasedRange, type SegmentBase } from '../text/basedRange';
import type { OffsetRange } from '../text/lineIndex';
import { settleDocument, type AliasProblem } from './mistakes/aliases';
import { duplicatedKey, reportDuplicateKeys } from './duplicateKeys';
import { fastParseDocument } from './fastYaml';
import { PLACEHOLDER } from './mistakes/textMistakes';
import { pairByKey } from './mapKeys';
import { errorRuns, parseWithTail, type Run, type Tail } from './errorRegion';
import { segmentText, type SegmentSpan } from './segments';

/** One segment of a plan file, parsed on its own. */
export interface ParsedSegment {
  kind: SegmentSpan['kind'];
  key?: string;
  text: string;
  base: SegmentBase;
  /** Parsed from `text` alone: its ranges are local to the segment. */
  document: Document.Parsed;
  /** Memo for the model builder: the item this segment holds, built once. */
  fragment?: unknown;
  /** Memo for the schema check: this item's validation, done once. */
  validation?: unknown;
  /** Aliases the data could not use, read as text instead (see mistakes/aliases.ts). */
  aliasProblems: AliasProblem[];
  /** Read by the fast reader (fastYaml.ts): plain YAML, no comment, no error. */
  fast: boolean;
  /** What the parse left open at its end (see errorRegion.ts): a fast-read segment gets it when first asked. */
  tail?: Tail;
}

// logLevel 'error': the library would otherwise print warnings (collection keys) on the server's stderr.
const PARSE_OPTIONS = {
  version: '1.2',
  prettyErrors: false,
  // Repeated keys are found by reportDuplicateKeys, in linear time.
  uniqueKeys: false,
  strict: true,
  logLevel: 'error',
} as const;

/** A top-level key and value, with the segment that holds it. */
export interface TopPair {
  pair: Pair<Node, Node | null>;
  segment: ParsedSegment;
}

/** A node found for a path, with the segment base its ranges are relative to. */
export interface LocatedNode {
  node?: Node | null;
  key?: Node;
  base: SegmentBase;
}

/**
 * A plan file's YAML as independently parsed segments (see segments.ts), read as one document:
 * the combined data, paths to nodes, and every range as an offset in the whole file.
 */
export class SegmentedDocument {
  private combined: { value: unknown } | undefined;
  private pairs: TopPair[] | undefined;
  private pairsByKey: Map<string, TopPair> | undefined;
  private items: Map<string, ParsedSegment[]> | undefined;
  private errorList: SegmentError[] | undefined;

  /** Where the data is the parser's guess: the schema reports nothing there (set by parsePlanText). */
  broken: OffsetRange[] = [];

  private constructor(readonly segments: readonly ParsedSegment[]) {}

  /**
   * Parses `text`, reusing the segments of `previous` whose text is unchanged (their base moves
   * to where they now stand). The result is the same as parsing from scratch.
   */
  static parse(text: string, previous?: SegmentedDocument): SegmentedDocument {
    const segmented = SegmentedDocument.parseSegments(text, previous);
    if (segmented.segments.length === 1) return segmented;
    // A syntax error can reach past its segment (an unclosed quote runs on until a later quote):
    // the segments it can reach are parsed as one piece, and the file whole when that region
    // cannot be found (see errorRegion.ts), so that it reads exactly as YAML reads it.
    const segments = joinErrorRuns(text, segmented.segments);
    if (!segments) return new SegmentedDocument([{ kind: 'whole', text, base: { offset: 0 }, ...parseSettled(text) }]);
    return segments === segmented.segments ? segmented : new SegmentedDocument(segments);
  }

  private static parseSegments(text: string, previous?: SegmentedDocument): SegmentedDocument {
    // Candidates by kind, key and length; the text itself is compared only against those
    // (building keys from whole texts would copy the file at every keystroke).
    const reusable = new Map<string, ParsedSegment[]>();
    const slot = (kind: string, key: string | undefined, length: number) => `${kind}|${key ?? ''}|${length}`;
    for (const segment of previous?.segments ?? []) {
      const id = slot(segment.kind, segment.key, segment.text.length);
      const list = reusable.get(id);
      if (list) list.push(segment);
      else reusable.set(id, [segment]);
    }
    const segments = segmentText(text).map((span): ParsedSegment => {
      const sliceText = text.slice(span.start, span.end);
      const candidates = reusable.get(slot(span.kind, span.key, sliceText.length));
      const index = candidates ? candidates.findIndex((c) => c.text === sliceText) : -1;
      if (index !== -1) {
        const [old] = candidates!.splice(index, 1);
        old.base.offset = span.start;
        return old;
      }
      const own = detached(sliceText);
      return {
        kind: span.kind,
        key: span.key,
        text: own,
        base: { offset: span.start },
        ...parseSettled(own),
      };
    });
    return new SegmentedDocument(segments);
  }

  range(base: SegmentBase, node: Node | null | undefined, fallback: OffsetRange): OffsetRange {
    return node?.range ? new BasedRange(base, node.range[0], node.range[1]) : fallback;
  }

  /** The top-level pairs, in order, each with its segment (computed once: callers read, never change them). */
  topPairs(): readonly TopPair[] {
    if (this.pairs) return this.pairs;
    const out: TopPair[] = [];
    for (const segment of this.segments) {
      if (segment.kind === 'item') continue;
      const contents = segment.document.contents;
      if (isMap(contents)) for (const pair of contents.items as Pair<Node, Node | null>[]) out.push({ pair, segment });
    }
    this.pairs = out;
    return out;
  }

  /** The first top-level pair whose key reads `key`, by a map built once. */
  topPair(key: string): TopPair | undefined {
    if (!this.pairsByKey) {
      this.pairsByKey = new Map();
      for (const top of this.topPairs()) {
        if (!isScalar(top.pair.key)) continue;
        const name = String(top.pair.key.value);
        if (!this.pairsByKey.has(name)) this.pairsByKey.set(name, top);
      }
    }
    return this.pairsByKey.get(key);
  }

  /** The segments holding the items of a top-level list, in order (none when the list is not split); grouped once. */
  itemSegments(key: string): readonly ParsedSegment[] {
    if (!this.items) {
      this.items = new Map();
      for (const segment of this.segments) {
        if (segment.kind !== 'item' || segment.key === undefined) continue;
        const list = this.items.get(segment.key);
        if (list) list.push(segment);
        else this.items.set(segment.key, [segment]);
      }
    }
    return this.items.get(key) ?? [];
  }

  /** The item node of an item segment (its document is a one-item sequence). */
  static itemNode(segment: ParsedSegment): Node | null | undefined {
    const contents = segment.document.contents;
    return isSeq(contents) ? (contents.items[0] as Node | null | undefined) : undefined;
  }

  /** True when the fast reader read every segment: plain YAML without a comment or an error. */
  allFast(): boolean {
    return this.segments.every((s) => s.fast);
  }

  /** True when the file is one mapping of keys (segmented or not). */
  isMapping(): boolean {
    if (this.segments.length === 1 && this.segments[0].kind === 'whole')
      return isMap(this.segments[0].document.contents);
    return this.segments.some((s) => s.kind === 'key');
  }

  /** The data of the top-level keys, leaving out the items of split lists (each validated on its own). */
  headerJS(): Record<string, unknown> {
    return this.combine(false);
  }

  /** The data of the whole file, as parsing it in one piece gives (the last of repeated keys wins, as in `toJS`). */
  toJS(): unknown {
    if (!this.combined) this.combined = { value: this.computeJS() };
    return this.combined.value;
  }

  /**
   * True when the items of the split list `key` are not the data of the file: a later top-level
   * key of the same name replaces them (a nested key that a tab brought to column 0).
   */
  replacedList(key: string): boolean {
    const items = this.itemSegments(key);
    const last = items[items.length - 1];
    if (!last) return false;
    const after = this.segments.slice(this.segments.indexOf(last) + 1);
    return after.some((s) => s.kind === 'key' && isMap(s.document.contents) && pairByKey(s.document.contents, key));
  }

  private computeJS(): unknown {
    if (this.segments.length === 1 && this.segments[0].kind === 'whole') {
      const value = segmentJS(this.segments[0]);
      return value === null ? undefined : value;
    }
    return this.combine(true);
  }

  /** The top-level keys in order, each later one replacing an earlier one of the same name; split lists with their items or empty. */
  private combine(withItems: boolean): Record<string, unknown> {
    const root: Record<string, unknown> = {};
    let list: unknown[] | undefined;
    for (const segment of this.segments) {
      if (segment.kind === 'key') {
        list = undefined;
        const value = segmentJS(segment);
        if (value && typeof value === 'object' && !Array.isArray(value)) Object.assign(root, value);
      } else if (segment.kind === 'item' && segment.key !== undefined) {
        if (!list) root[segment.key] = list = [];
        const value = withItems ? segmentJS(segment) : undefined;
        if (Array.isArray(value)) list.push(...value);
      }
    }
    return root;
  }

  /**
   * The node a data path names (`['axes', '2', 'title']`), with its key and segment base.
   * Undefined when the path does not exist in the file.
   */
  locate(path: readonly string[]): LocatedNode | undefined {
    const [first, second, ...rest] = path;
    if (this.segments.length === 1 && this.segments[0].kind === 'whole')
      return walk(this.segments[0], this.segments[0].document.contents, path);
    if (first === undefined) return undefined;
    const items = this.itemSegments(first);
    if (items.length > 0 && second !== undefined) {
      const segment = items[Number(second)];
      if (!segment) return undefined;
      return walk(segment, segment.document.contents, ['0', ...rest]);
    }
    const top = this.topPair(first);
    if (!top) return undefined;
    const found = walk(top.segment, top.pair.value, second === undefined ? [] : [second, ...rest]);
    return found && (second === undefined ? { ...found, key: top.pair.key } : found);
  }

  /** True when a plain scalar is written exactly at `start`-`end` (in `{ }` when `flow`). */
  plainScalarAt(start: number, end: number, flow: boolean): boolean {
    const segment = this.segments.find((s) => s.base.offset <= start && start < s.base.offset + s.text.length);
    if (!segment) return false;
    const [from, to] = [start - segment.base.offset, end - segment.base.offset];
    let found = false;
    visit(segment.document, {
      Scalar(_, node, path) {
        if (node.type !== Scalar.PLAIN || node.range?.[0] !== from || node.range[1] !== to) return undefined;
        const parent = path[path.length - 2];
        found = !flow || (isMap(parent) && parent.flow === true);
        return visit.BREAK;
      },
    });
    return found;
  }

  /**
   * Every parser error, at its offset in the whole file, with the top-level keys repeated across
   * segments among them, where parsing the file in one piece reports them (see duplicateKeys.ts).
   */
  errors(): SegmentError[] {
    if (this.errorList) return this.errorList;
    const own = this.segments.flatMap((segment) =>
      segment.document.errors.map((e): SegmentError => ({
        code: e.code,
        message: e.message,
        segment,
        range: new BasedRange(segment.base, e.pos[0], Math.max(e.pos[1], e.pos[0])),
        key: duplicatedKey(e),
      })),
    );
    const repeated = this.repeatedTopKeys();
    const all: SegmentError[] = [];
    let next = 0;
    for (const error of own) {
      while (next < repeated.length && repeated[next].range.start < error.range.start) all.push(repeated[next++]);
      all.push(error);
    }
    all.push(...repeated.slice(next));
    this.errorList = all;
    return all;
  }

  /** Top-level keys repeated in another segment than their first: the parser of one segment cannot see them. */
  private repeatedTopKeys(): SegmentError[] {
    if (this.segments.length === 1) return [];
    const first = new Map<unknown, ParsedSegment>();
    const out: SegmentError[] = [];
    for (const { pair, segment } of this.topPairs()) {
      if (!isScalar(pair.key)) continue;
      const earlier = first.get(pair.key.value);
      if (!earlier) first.set(pair.key.value, segment);
      // Keys repeated within one segment (a chunk of many keys) are its parser's to report.
      else if (earlier !== segment) {
        const start = pair.key.range?.[0] ?? 0;
        out.push({
          code: 'DUPLICATE_KEY',
          message: 'Map keys must be unique',
          segment,
          range: new BasedRange(segment.base, start, start + 1),
          key: pair.key,
        });
      }
    }
    return out;
  }
}

/** A parser error of a segment, at its offset in the whole file. */
export interface SegmentError {
  code: string;
  message: string;
  range: OffsetRange;
  segment: ParsedSegment;
  key?: Node;
}

/**
 * The segments with each run a syntax error can reach parsed as one (key) segment; the same
 * array when nothing is to be joined, undefined when the file must be parsed whole.
 */
function joinErrorRuns(text: string, segments: readonly ParsedSegment[]): readonly ParsedSegment[] | undefined {
  const parsed = new Map<
    string,
    { text: string; document: Document.Parsed; aliasProblems: AliasProblem[]; fast: boolean; tail: Tail }
  >();
  const parseRun = ({ first, last }: Run) => {
    const id = `${first}-${last}`;
    let run = parsed.get(id);
    if (!run) {
      const own = detached(text.slice(segments[first].base.offset, end(segments[last])));
      // By the library: a run is read for what its parse leaves open at its end.
      const { tail, ...rest } = parseSettled(own, false);
      run = { text: own, ...rest, tail: tail! };
      parsed.set(id, run);
    }
    return run;
  };
  const runs = errorRuns(
    text,
    segments.map((s) => ({
      kind: s.kind,
      key: s.key,
      start: s.base.offset,
      end: end(s),
      document: s.document,
      // A segment the fast reader read has no syntax tree: its tail is read when first asked.
      get tail(): Tail {
        return (s.tail ??= parseWithTail(s.text, PARSE_OPTIONS).tail);
      },
    })),
    parseRun,
  );
  if (!runs) return undefined;
  if (runs.every((r) => r.first === r.last)) return segments;
  const out: ParsedSegment[] = [];
  let next = 0;
  for (const run of runs) {
    out.push(...segments.slice(next, run.first));
    const first = segments[run.first];
    out.push(
      run.first === run.last
        ? first
        : { kind: 'key', key: first.key, base: { offset: first.base.offset }, ...parseRun(run) },
    );
    next = run.last + 1;
  }
  out.push(...segments.slice(next));
  return out;
}

const end = (segment: ParsedSegment) => segment.base.offset + segment.text.length;

/** Parses a text and makes its data safe to read (aliases to nothing become text). */
function parseSettled(
  text: string,
  readFast = true,
): { document: Document.Parsed; aliasProblems: AliasProblem[]; fast: boolean; tail?: Tail } {
  // The plain YAML plans are mostly written in is read by the fast reader, which gives the same
  // Document, with no repeated key and no alias (it gives up on them): nothing to check or settle
  // there but the placeholders of text slips. Anything else is the library's to read.
  const fast = readFast ? fastParseDocument(text, PARSE_OPTIONS) : undefined;
  if (fast)
    return { document: fast, aliasProblems: text.includes(PLACEHOLDER) ? settleDocument(fast, text) : [], fast: true };
  const { document, tail } = parseWithTail(text, PARSE_OPTIONS);
  reportDuplicateKeys(document);
  return { document, aliasProblems: settleDocument(document, text), fast: false, tail };
}

/** A segment's data (a one-item list for an item segment). */
export function segmentJS(segment: ParsedSegment): unknown {
  return segment.document.toJS({ maxAliasCount: 100 }) ?? null;
}

/**
 * A copy of a slice that does not keep the whole text alive: V8 slices point into their parent
 * string, and a segment reused across many versions of a file would otherwise hold every version.
 */
function detached(slice: string): string {
  // Slicing a concatenation makes V8 flatten it into a new string first: the result points into
  // that copy, not into the file's text.
  return slice.length < 64 ? slice : ` ${slice}`.slice(1);
}

function walk(
  segment: ParsedSegment,
  start: Node | null | undefined,
  path: readonly string[],
): LocatedNode | undefined {
  let current = start;
  let key: Node | undefined;
  for (const step of path) {
    if (isMap(current)) {
      const pair = pairByKey(current, step);
      if (!pair) return undefined;
      key = pair.key;
      current = pair.value;
    } else if (isSeq(current)) {
      current = current.items[Number(step)] as Node | null | undefined;
      key = undefined;
      if (current === undefined) return undefined;
    } else return undefined;
  }
  return { node: current, key, base: segment.base };
}
