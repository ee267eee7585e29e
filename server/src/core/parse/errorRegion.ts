import {
  Composer,
  isMap,
  isSeq,
  Lexer,
  Parser,
  YAMLParseError,
  type CST,
  type Document,
  type DocumentOptions,
  type ParseOptions,
  type SchemaOptions,
} from 'yaml';
import type { SegmentSpan } from './segments';

/** What the search needs of a segment: where it stands and how it parsed on its own. */
export interface RegionSegment {
  kind: SegmentSpan['kind'];
  key?: string;
  start: number;
  end: number;
  document: Document.Parsed;
  tail: Tail;
}

/**
 * What a parse left open at the end of its text: its root collection, and the least indent of
 * the collections open inside it. A line after the text that is indented no more than one of
 * those would be read into it (`language: en` written after a tab opens a mapping at column 0).
 */
export interface Tail {
  root?: { type: string; indent: number };
  innerIndent: number;
}

/** `parseDocument` (the library's own steps), reading the tail of the text's syntax tree on the way. */
export function parseWithTail(
  text: string,
  options: ParseOptions & DocumentOptions & SchemaOptions,
): { document: Document.Parsed; tail: Tail } {
  const tail: Tail = { innerIndent: Infinity };
  function* tokens(): Generator<CST.Token> {
    for (const token of new Parser().parse(text)) {
      if (token.type === 'document' && !tail.root) readTail(token, tail);
      yield token;
    }
  }
  let document: Document.Parsed | undefined;
  for (const next of new Composer(options).compose(tokens(), true, text.length)) {
    if (!document) document = next as Document.Parsed;
    else {
      document.errors.push(
        new YAMLParseError(
          [next.range[0], next.range[1]],
          'MULTIPLE_DOCS',
          'Source contains multiple documents; please use YAML.parseAllDocuments()',
        ),
      );
      break;
    }
  }
  return { document: document!, tail };
}

function readTail(document: CST.Document, tail: Tail): void {
  const root = document.value;
  if (!root) return;
  tail.root = { type: root.type, indent: 'indent' in root ? root.indent : 0 };
  let node: CST.Token | undefined = root;
  while (node && (node.type === 'block-map' || node.type === 'block-seq')) {
    if (node !== root) tail.innerIndent = Math.min(tail.innerIndent, node.indent);
    const last: CST.BlockMap['items'][number] | CST.BlockSequence['items'][number] | undefined =
      node.items[node.items.length - 1];
    node = last?.value ?? (last && 'key' in last ? (last.key ?? undefined) : undefined);
  }
}

/** Segments `first` to `last` (indices), to be parsed as one piece. */
export interface Run {
  first: number;
  last: number;
}

/**
 * The runs of segments a syntax error can reach, so that parsing each run in one piece (and the
 * other segments alone) reads the file exactly as parsing it whole does. A run starts at a
 * segment that parsed with an error, or into an unexpected shape, and takes the segments after
 * it until a boundary is proven clean: there the whole-file lexer emits, for the next segment's
 * first line, the very tokens a fresh lexer does (no quote, bracket, block or plain scalar runs
 * across it), the document has not ended before it, and the next segment parsed cleanly.
 * `parseRun` parses the text of a run (the caller keeps the result). Undefined when that cannot
 * be proven: the file is then parsed whole.
 */
export function errorRuns(
  text: string,
  segments: readonly RegionSegment[],
  parseRun: (run: Run) => { document: Document.Parsed; tail: Tail },
): Run[] | undefined {
  const suspect = segments.map(isSuspect);
  const runs: Run[] = [];
  for (let i = 0; i < segments.length; i++) {
    if (!suspect[i]) continue;
    const run = reach(text, segments, suspect, i, parseRun);
    if (!run) return undefined;
    // A run that moved back to its list's key swallows the runs found before it in that list.
    while (runs.length > 0 && runs[runs.length - 1].last >= run.first) runs.pop();
    runs.push(run);
    i = run.last;
  }
  return runs;
}

const MAX_PARSES = 3;

/** The run that starts at suspect segment `from`, or undefined when no boundary can be proven. */
function reach(
  text: string,
  segments: readonly RegionSegment[],
  suspect: readonly boolean[],
  from: number,
  parseRun: (run: Run) => { document: Document.Parsed; tail: Tail },
): Run | undefined {
  let first = from;
  let last = from;
  let parses = 0;
  let scanner = new BoundaryScanner(text, segments[first].start);
  for (;;) {
    while (last + 1 < segments.length && suspect[last + 1]) last++;
    // The run's first line must read alone as it reads in the file (`\t - id` does not).
    if (first > 0 && !startsClean(text, segments[first])) {
      first--;
      scanner = new BoundaryScanner(text, segments[first].start);
      continue;
    }
    const start = segments[first];
    // An item parsed alone is read as the whole file reads it only while it stays one item whose
    // lines are all inside it; otherwise the run starts at its list's key, as a key segment.
    if (start.kind === 'item' && (last > first || !oneItem(start.document) || !standsAlone(text, start))) {
      while (first > 0 && segments[first].kind === 'item') first--;
      if (segments[first].kind !== 'key') return undefined;
      scanner = new BoundaryScanner(text, segments[first].start);
      continue;
    }
    const next = segments[last + 1];
    if (!next) return { first, last };
    const clean =
      !(start.kind === 'key' && next.kind === 'item') && startsClean(text, next) && scanner.cleanAt(next.start);
    if (clean === undefined) return undefined;
    // Each parse reads the run from its start: past a few, parsing the file whole costs less.
    if (clean && first !== last && ++parses > MAX_PARSES) return undefined;
    const parsed = clean ? (first === last ? start : parseRun({ first, last })) : undefined;
    // A stray `]` or `}` ends the document: the whole file reads the rest as a stream of errors.
    if (parsed?.document.errors.some((e) => e.code === 'MULTIPLE_DOCS' || /in YAML stream/.test(e.message))) {
      last = segments.length - 1;
      continue;
    }
    if (parsed && closedBefore(text, start, next, parsed)) return { first, last };
    last++;
  }
}

/**
 * True when the run's parse leaves nothing open that the next segment's first line would join:
 * its root is the collection it starts (a mapping at column 0, or its list), every collection
 * inside is indented past that line, and no error reaches the run's end (a quote ended by the
 * next line's lesser indent leaves the parser reading that indent as its own).
 */
function closedBefore(
  text: string,
  start: RegionSegment,
  next: RegionSegment,
  { document, tail }: { document: Document.Parsed; tail: Tail },
): boolean {
  const rootIndent = start.kind === 'item' ? indentOf(text, start.start) : 0;
  const rootType = start.kind === 'item' ? 'block-seq' : 'block-map';
  if (tail.root?.type !== rootType || tail.root.indent !== rootIndent) return false;
  if (tail.innerIndent <= indentOf(text, next.start)) return false;
  const end = contentEnd(text, next.start) - start.start;
  return !document.errors.some((e) => e.pos[1] >= end);
}

/** A segment that parsed with an error, or not as the segmenter meant (a key without `:`, `? key`…). */
function isSuspect(segment: RegionSegment): boolean {
  const { contents, errors } = segment.document;
  if (errors.length > 0) return true;
  if (segment.kind === 'item') return !oneItem(segment.document);
  if (segment.kind === 'key') return segment.key === undefined || !(isMap(contents) && !contents.flow);
  return false;
}

function oneItem({ contents }: Document.Parsed): boolean {
  return isSeq(contents) && !contents.flow && contents.items.length === 1;
}

/** How the next segment's first line must start for its boundary to be proven: a plain or quoted key, or `- `. */
const CLEAN_START = { key: /^[\w"']/, item: /^ *-(?:[ \r\n]|$)/ };

/**
 * True when the segment's first line reads alone as it reads in the file. A line without a
 * key's `:` does not: alone, YAML reads it as a text that runs on over the lines indented
 * below it; in the file, as a key of the top-level mapping.
 */
function startsClean(text: string, segment: RegionSegment): boolean {
  if (segment.kind === 'key' && segment.key === undefined) return false;
  const start = segment.start;
  return CLEAN_START[segment.kind === 'item' ? 'item' : 'key'].test(
    text.slice(start, start + 2 + indentOf(text, start)),
  );
}

/** Where the text before `at` ends, blank lines and spaces aside. */
function contentEnd(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  return i;
}

function indentOf(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === 32) i++;
  return i - at;
}

/** True when every line of an item after its first is indented past the item's dash (blank lines and comments aside). */
function standsAlone(text: string, item: RegionSegment): boolean {
  const dash = indentOf(text, item.start);
  const outside = new RegExp(`\\n {0,${dash}}[^ \\r\\n#]`, 'g');
  outside.lastIndex = item.start;
  const found = outside.exec(text);
  return !found || found.index + 1 >= item.end;
}

/** The lexer's control tokens, which stand for no text. */
const CONTROL = new Set(['\x02', '\x18', '\x1f']);

/**
 * The whole-file lexer, run from a clean start (a segment's first line) and read up to each
 * boundary asked in turn: a boundary is clean when the tokens of the line that starts there are
 * those a fresh lexer gives for that line alone.
 */
class BoundaryScanner {
  private readonly tokens: Iterator<string>;
  private offset: number;
  private pending: string | undefined;
  private checked: number;

  constructor(
    private readonly text: string,
    start: number,
  ) {
    this.offset = start;
    this.checked = start;
    this.tokens = new Lexer().lex(text.slice(start))[Symbol.iterator]();
  }

  /** Whether `at` (a line start, after the last boundary asked) is clean; undefined when the text holds control characters. */
  cleanAt(at: number): boolean | undefined {
    while (this.offset < at) {
      const token = this.take();
      if (token === undefined) return false;
      if (!CONTROL.has(token)) this.offset += token.length;
    }
    if (this.offset !== at) return false;
    const lineEnd = this.text.indexOf('\n', at);
    const end = lineEnd === -1 ? this.text.length : lineEnd + 1;
    // A control character in the text would read as one of the lexer's: offsets could not be trusted.
    const read = this.text.slice(this.checked, end);
    if ([...CONTROL].some((c) => read.includes(c))) return undefined;
    this.checked = end;
    const line = this.text.slice(at, end);
    const expected = [...new Lexer().lex(line)].filter((t) => t !== '\x02');
    for (const token of expected) {
      const seen = this.take();
      if (seen !== token) {
        if (seen !== undefined) this.pending = seen;
        return false;
      }
      if (!CONTROL.has(seen)) this.offset += seen.length;
    }
    return true;
  }

  /** The next token (skipping the document start), or the one a mismatch left unread. */
  private take(): string | undefined {
    if (this.pending !== undefined) {
      const token = this.pending;
      this.pending = undefined;
      return token;
    }
    for (;;) {
      const next = this.tokens.next();
      if (next.done) return undefined;
      if (next.value !== '\x02') return next.value;
    }
  }
}
