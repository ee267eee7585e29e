import {
  Document,
  isScalar,
  Pair,
  Scalar,
  YAMLMap,
  YAMLSeq,
  type DocumentOptions,
  type ParseOptions,
  type Schema,
} from 'yaml';

/**
 * A fast reader for the plain YAML that plans are mostly written in, giving the very Document
 * that `yaml`'s `parseDocument` gives for the same text, in a fraction of its time (the library
 * lexes, builds a CST, then composes; most of a 1 MB plan's load went there).
 *
 * It reads block mappings and sequences, one-line plain and quoted scalars (no escapes), `|`
 * block scalars and one-line flow collections of scalars. Anything else (a comment, an anchor,
 * a tag, a tab, a trailing space, a multi-line plain scalar, an escape, an empty value, an
 * error…) makes it give up (`undefined`), and the caller parses with the library: so a text it
 * returns a Document for is one the library reads without a single error or warning, and
 * `fastYaml.test.ts` holds the two Documents equal, node by node, on the seeds, the examples,
 * the fixtures and generated plans.
 */
export function fastParseDocument(text: string, options: ParseOptions & DocumentOptions): Document.Parsed | undefined {
  // Checked once on the whole text: what this reader never handles.
  if (unsupported(text)) return undefined;
  const document = new Document(undefined, { _directives: directivesSource(options), ...options });
  try {
    const reader = new Reader(text, document.schema, document.options);
    const contents = reader.document();
    document.contents = contents;
    document.range = [0, contents.range![2], reader.endsEmpty ? contents.range![2] : text.length];
    return document as Document.Parsed;
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

// Tabs, carriage returns, trailing spaces, comments (` #` or a line starting `#`), document
// markers and directives, escapes. (An anchor, alias or tag starts a scalar: \`plain\` refuses it.)
function unsupported(text: string): boolean {
  if (text.includes('\t') || text.includes('\r') || text.includes('\\') || text.includes(' \n') || text.endsWith(' '))
    return true;
  for (let at = text.indexOf('#'); at !== -1; at = text.indexOf('#', at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (at === 0 || before === SPACE || before === NEWLINE) return true;
  }
  return /^(?:---|\.\.\.|%)/m.test(text);
}

const GIVE_UP: unique symbol = Symbol('give up');
function giveUp(): never {
  throw GIVE_UP;
}

// The composer gives each document `_directives.atDocument()` of a fresh Directives: one made
// by a Document serves (the class is not exported), as atDocument() copies it.
let directives: DocumentOptions['_directives'];
function directivesSource(options: ParseOptions & DocumentOptions): DocumentOptions['_directives'] {
  directives ??= new Document(undefined, { version: options.version ?? '1.2' }).directives;
  return directives;
}

const SCALAR_TAG = Symbol.for('yaml.scalar');
interface ScalarTag {
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  resolve(value: string, onError: (message: string) => void, options: unknown): unknown;
}

const SPACE = 32;
const NEWLINE = 10;

class Reader {
  private readonly tags: ScalarTag[];
  private readonly stringTag: ScalarTag;
  private readonly core: boolean;
  /** The text ends with a key without a value: the document's range then ends where that null does. */
  endsEmpty = false;

  constructor(
    private readonly text: string,
    private readonly schema: Schema,
    private readonly options: unknown,
  ) {
    this.tags = schema.tags as unknown as ScalarTag[];
    this.stringTag = (schema as unknown as Record<symbol, ScalarTag>)[SCALAR_TAG];
    this.core = schema.name === 'core';
  }

  document(): YAMLMap | YAMLSeq {
    const text = this.text;
    let indent = 0;
    while (text.charCodeAt(indent) === SPACE) indent++;
    if (indent >= text.length || text.charCodeAt(indent) === NEWLINE) giveUp();
    const { node, next } = this.block(indent, indent);
    // Nothing but blank lines may follow.
    for (let i = next; i < text.length; i++) if (text.charCodeAt(i) !== NEWLINE) giveUp();
    return node;
  }

  /** The block collection whose first item starts at `start`, in column `column`. */
  private block(start: number, column: number): { node: YAMLMap | YAMLSeq; next: number } {
    const text = this.text;
    if (text.charCodeAt(start) === 45 /* - */ && this.isSeqIndicator(start)) return this.sequence(start, column);
    if (this.keyEnd(start) === -1) giveUp();
    return this.mapping(start, column);
  }

  private isSeqIndicator(at: number): boolean {
    const next = this.text.charCodeAt(at + 1);
    return next === SPACE || next === NEWLINE || at + 1 >= this.text.length;
  }

  private sequence(start: number, column: number): { node: YAMLSeq; next: number } {
    const text = this.text;
    const seq = new YAMLSeq(this.schema);
    let at = start;
    let spaceBefore = false;
    let end: number;
    for (;;) {
      // `at` is a `-` in `column`.
      let content = at + 1;
      while (text.charCodeAt(content) === SPACE) content++;
      if (content === at + 1 || content >= text.length || text.charCodeAt(content) === NEWLINE) giveUp();
      const contentColumn = column + (content - at);
      let node: YAMLMap | Scalar | YAMLSeq;
      let next: number;
      const first = text.charCodeAt(content);
      if (first === 45 /* - */ && this.isSeqIndicator(content)) giveUp();
      if (
        first !== 123 /* { */ &&
        first !== 91 /* [ */ &&
        first !== 34 /* " */ &&
        first !== 39 /* ' */ &&
        this.keyEnd(content) !== -1
      ) {
        ({ node, next } = this.mapping(content, contentColumn));
      } else {
        ({ node, next } = this.inlineValue(content, false));
      }
      if (spaceBefore) node.spaceBefore = true;
      seq.items.push(node);
      end = node.range![2];
      const line = this.nextLine(next);
      if (line === undefined) break;
      if (line.indent > column) giveUp();
      if (line.indent < column || text.charCodeAt(line.start) !== 45 || !this.isSeqIndicator(line.start)) break;
      at = line.start;
      spaceBefore = line.blank;
    }
    seq.range = [start, end, end];
    return { node: seq, next: end };
  }

  private mapping(start: number, column: number): { node: YAMLMap; next: number } {
    const text = this.text;
    const map = new YAMLMap(this.schema);
    let at = start;
    let spaceBefore = false;
    let end: number;
    for (;;) {
      const keyEnd = this.keyEnd(at);
      if (keyEnd === -1 || keyEnd - at > 1000 || text.charCodeAt(keyEnd - 1) === SPACE) giveUp();
      const key = this.plain(text.slice(at, keyEnd), at, keyEnd, keyEnd, true, false);
      if (spaceBefore) key.spaceBefore = true;
      let value: Scalar | YAMLMap | YAMLSeq;
      let next: number;
      const afterColon = keyEnd + 1;
      if (afterColon >= text.length || text.charCodeAt(afterColon) === NEWLINE) {
        const line = this.nextLine(afterColon + 1);
        const isSeq = line !== undefined && text.charCodeAt(line.start) === 45 && this.isSeqIndicator(line.start);
        if (line !== undefined && (line.indent > column || (line.indent === column && isSeq))) {
          // The value is a block collection on the following lines.
          if (line.blank) giveUp();
          ({ node: value, next } = this.block(line.start, line.indent));
        } else {
          // No value: null, placed right after the colon, as the composer places it.
          value = this.plain('', afterColon, afterColon, afterColon, false, false);
          next = Math.min(afterColon + 1, text.length);
          // Blank lines after it are its own (the key that follows would not take them).
          if (line?.blank && (line.indent < column || isSeq)) giveUp();
          if (line === undefined) {
            this.endsEmpty = true;
            if (next < text.length) value.spaceBefore = true;
          }
        }
      } else {
        let valueStart = afterColon + 1;
        while (text.charCodeAt(valueStart) === SPACE) valueStart++;
        if (text.charCodeAt(valueStart) === 124 /* | */) ({ node: value, next } = this.literal(valueStart, column));
        else ({ node: value, next } = this.inlineValue(valueStart, false));
      }
      addPair(map, key, value);
      end = value.range![2];
      const line = this.nextLine(next);
      if (line === undefined) break;
      if (line.indent > column) giveUp();
      if (line.indent < column) break;
      if (text.charCodeAt(line.start) === 45 && this.isSeqIndicator(line.start)) break;
      at = line.start;
      spaceBefore = line.blank;
    }
    map.range = [start, end, end];
    return { node: map, next: end };
  }

  /** The next non-blank line from `from` (a line start): its first character, its indent, whether blank lines came first. */
  private nextLine(from: number): { start: number; indent: number; blank: boolean } | undefined {
    const text = this.text;
    let at = from;
    let blank = false;
    for (;;) {
      if (at >= text.length) return undefined;
      let first = at;
      while (text.charCodeAt(first) === SPACE) first++;
      if (first >= text.length) return undefined;
      if (text.charCodeAt(first) !== NEWLINE) return { start: first, indent: first - at, blank };
      blank = true;
      at = first + 1;
    }
  }

  /** Where the implicit key starting at `at` ends (before its `:`), or -1 when the line holds no `key:`. */
  private keyEnd(at: number): number {
    const text = this.text;
    const first = text.charCodeAt(at);
    if (first === 34 || first === 39 || first === 123 || first === 91 || first === 63 /* ? */) return -1;
    for (let i = at; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === NEWLINE) return -1;
      if (c === 58 /* : */) {
        const next = text.charCodeAt(i + 1);
        if (next === SPACE || next === NEWLINE || i + 1 >= text.length) return i === at ? giveUp() : i;
      }
    }
    return -1;
  }

  /** A one-line scalar or flow collection at `start`, running to the end of its line (or to `,` `}` `]` in flow). */
  private inlineValue(start: number, flow: boolean): { node: Scalar | YAMLMap | YAMLSeq; next: number } {
    const text = this.text;
    const first = text.charCodeAt(start);
    if (!flow && (first === 123 || first === 91)) {
      const collection = this.flowCollection(start);
      return { node: collection, next: collection.range![2] };
    }
    let valueEnd: number;
    let scalar: Scalar;
    if (first === 34 || first === 39) {
      const close = text.indexOf(first === 34 ? '"' : "'", start + 1);
      const newline = text.indexOf('\n', start);
      if (close === -1 || (newline !== -1 && close > newline)) giveUp();
      if (first === 39 && text.charCodeAt(close + 1) === 39) giveUp();
      valueEnd = close + 1;
      scalar = new Scalar(text.slice(start + 1, close));
      scalar.type = first === 34 ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
      scalar.source = scalar.value as string;
      if (!flow) {
        if (valueEnd < text.length && text.charCodeAt(valueEnd) !== NEWLINE) giveUp();
        const end = valueEnd < text.length ? valueEnd + 1 : valueEnd;
        scalar.range = [start, valueEnd, end];
        return { node: scalar, next: end };
      }
      scalar.range = [start, valueEnd, valueEnd];
      return { node: scalar, next: valueEnd };
    }
    if (!flow) {
      const newline = text.indexOf('\n', start);
      valueEnd = newline === -1 ? text.length : newline;
      const source = text.slice(start, valueEnd);
      // `a: b: c` is an error; `: ` or a trailing `:` would have made a key.
      if (source.includes(': ') || source.endsWith(':')) giveUp();
      const end = newline === -1 ? valueEnd : valueEnd + 1;
      return { node: this.plain(source, start, valueEnd, end, false, false), next: end };
    }
    valueEnd = start;
    while (valueEnd < text.length) {
      const c = text.charCodeAt(valueEnd);
      if (c === 44 || c === 125 || c === 93 || c === NEWLINE) break;
      valueEnd++;
    }
    while (text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
    if (valueEnd <= start) giveUp();
    const source = text.slice(start, valueEnd);
    return { node: this.plain(source, start, valueEnd, valueEnd, false, true), next: valueEnd };
  }

  /** A plain scalar, resolved by the schema's tags as the composer resolves it. */
  private plain(source: string, start: number, valueEnd: number, end: number, atKey: boolean, flow: boolean): Scalar {
    const first = source.charCodeAt(0);
    if (atKey && (source === '' || source === '<<')) giveUp();
    // Indicators that cannot start a plain scalar, and `-` `?` `:` followed by a space.
    if (
      FIRST[first] === INDICATOR ||
      ((first === 45 || first === 63 || first === 58) && (source.length === 1 || source.charCodeAt(1) === SPACE))
    )
      giveUp();
    if (flow) for (let i = 0; i < source.length; i++) if (FLOW_INDICATOR[source.charCodeAt(i)] === 1) giveUp();
    let tag = this.stringTag;
    // Most scalars are words: in the core schema only `~`, `n` `t` `f` (any case), digits, signs
    // and `.` start a value some tag may match.
    if (!this.core || source === '' || FIRST[first] === MAY_BE_TAGGED)
      for (const candidate of this.tags) {
        if ((candidate.default === true || (atKey && candidate.default === 'key')) && candidate.test?.test(source)) {
          tag = candidate;
          break;
        }
      }
    const resolved = tag.resolve(source, giveUp, this.options);
    const scalar = isScalar(resolved) ? resolved : new Scalar(resolved);
    scalar.range = [start, valueEnd, end];
    scalar.source = source;
    scalar.type = Scalar.PLAIN;
    if (tag.format) scalar.format = tag.format;
    return scalar;
  }

  /** `{ a: b, c: d }` or `[a, b]` of scalars, on one line, in a block context. */
  private flowCollection(start: number): YAMLMap | YAMLSeq {
    const text = this.text;
    const isMap = text.charCodeAt(start) === 123;
    const closer = isMap ? 125 : 93;
    const collection = isMap ? new YAMLMap(this.schema) : new YAMLSeq(this.schema);
    collection.flow = true;
    let at = start + 1;
    for (;;) {
      while (text.charCodeAt(at) === SPACE) at++;
      if (text.charCodeAt(at) === closer && collection.items.length === 0) return this.closeFlow(collection, start, at);
      const first = text.charCodeAt(at);
      if (first === 123 || first === 91 || first === 44 || first === NEWLINE || at >= text.length) giveUp();
      let item: Scalar;
      if (isMap) {
        let colon = at;
        while (colon < text.length) {
          const c = text.charCodeAt(colon);
          if (c === 58 || c === 44 || c === 125 || c === 93 || c === NEWLINE || c === 34 || c === 39) break;
          colon++;
        }
        if (text.charCodeAt(colon) !== 58 || text.charCodeAt(colon + 1) !== SPACE || colon === at) giveUp();
        if (text.charCodeAt(colon - 1) === SPACE) giveUp();
        const key = this.plain(text.slice(at, colon), at, colon, colon, true, true);
        let valueStart = colon + 1;
        while (text.charCodeAt(valueStart) === SPACE) valueStart++;
        const vfirst = text.charCodeAt(valueStart);
        if (vfirst === 123 || vfirst === 91 || vfirst === 44 || vfirst === 125 || vfirst === NEWLINE) giveUp();
        item = this.inlineValue(valueStart, true).node as Scalar;
        addPair(collection as YAMLMap, key, item);
      } else {
        item = this.inlineValue(at, true).node as Scalar;
        (collection as YAMLSeq).items.push(item);
      }
      at = item.range![1];
      let after = at;
      while (text.charCodeAt(after) === SPACE) after++;
      const c = text.charCodeAt(after);
      if (c === 44) {
        if (after !== at) giveUp();
        at = after + 1;
        continue;
      }
      if (c !== closer) giveUp();
      item.range![2] = after;
      return this.closeFlow(collection, start, after);
    }
  }

  /** The collection ends with the closing bracket at `at`, which ends its line. */
  private closeFlow<T extends YAMLMap | YAMLSeq>(collection: T, start: number, at: number): T {
    const text = this.text;
    const close = at + 1;
    if (close < text.length && text.charCodeAt(close) !== NEWLINE) giveUp();
    collection.range = [start, close, close < text.length ? close + 1 : close];
    return collection;
  }

  /** A `|` block scalar (clip): its lines indented deeper than `column`. */
  private literal(start: number, column: number): { node: Scalar; next: number } {
    const text = this.text;
    if (text.charCodeAt(start + 1) !== NEWLINE) giveUp();
    let lineStart = start + 2;
    let indent = -1;
    let contentEnd = -1;
    const lines: string[] = [];
    let pendingBlank = 0;
    while (lineStart < text.length) {
      let first = lineStart;
      while (text.charCodeAt(first) === SPACE) first++;
      const newline = text.indexOf('\n', first);
      if (newline === -1) giveUp();
      if (first === newline) {
        pendingBlank++;
        lineStart = newline + 1;
        continue;
      }
      const lineIndent = first - lineStart;
      if (indent === -1) {
        if (lineIndent <= column || pendingBlank > 0) giveUp();
        indent = lineIndent;
      }
      if (lineIndent < indent) break;
      for (; pendingBlank > 0; pendingBlank--) lines.push('');
      lines.push(text.slice(lineStart + indent, newline));
      contentEnd = newline + 1;
      lineStart = newline + 1;
    }
    if (indent === -1) giveUp();
    const value = `${lines.join('\n')}\n`;
    const scalar = new Scalar(value);
    scalar.range = [start, contentEnd, contentEnd];
    scalar.source = value;
    scalar.type = Scalar.BLOCK_LITERAL;
    return { node: scalar, next: contentEnd };
  }
}

/**
 * Adds a pair, giving up on a repeated key: the document is then the library's, and
 * `reportDuplicateKeys` reports it; so a document of this reader needs no such check.
 */
function addPair(map: YAMLMap, key: Scalar, value: Scalar | YAMLMap | YAMLSeq): void {
  const items = map.items as Pair<Scalar, unknown>[];
  // Same notion of equal as reportDuplicateKeys (SameValueZero: NaN too is given up).
  if (items.length < 16) {
    for (const pair of items) if (Object.is(pair.key.value, key.value) || pair.key.value === key.value) giveUp();
  } else {
    let keys = KEYS.get(map);
    if (!keys) KEYS.set(map, (keys = new Set(items.map((p) => p.key.value))));
    if (keys.has(key.value)) giveUp();
    keys.add(key.value);
  }
  items.push(new Pair(key, value));
}
const KEYS = new WeakMap<YAMLMap, Set<unknown>>();

/** What a plain scalar's first character may be: an indicator (refused), the start of a tagged value, or a word. */
const INDICATOR = 1;
const MAY_BE_TAGGED = 2;
const FIRST = new Uint8Array(128);
for (const c of ',[]{}#&*!|>\'"%@`') FIRST[c.charCodeAt(0)] = INDICATOR;
for (const c of '~nNtTfF0123456789+-.') FIRST[c.charCodeAt(0)] = MAY_BE_TAGGED;
/** What a plain scalar in a flow collection may not hold (this reader's choice for `:`). */
const FLOW_INDICATOR = new Uint8Array(128);
for (const c of ':{}[]') FLOW_INDICATOR[c.charCodeAt(0)] = 1;
