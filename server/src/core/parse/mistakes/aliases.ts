import { isAlias, isScalar, Scalar, visit, type Alias, type Document, type Pair } from 'yaml';
import { PLACEHOLDER } from './textMistakes';

/** An alias (`*name`) the file cannot use: no anchor of that name, or aliases that expand without end. */
export interface AliasProblem {
  kind: 'unresolved' | 'merge' | 'excessive';
  name: string;
  /** Local to the parsed text: what the author wrote there (`*Important* plan`). */
  range: [number, number];
}

/** Aliases expanded into more nodes than this are an "alias bomb", not a plan. */
const MAX_ALIAS_COUNT = 100;

/**
 * Makes a parsed document safe to read as data, and reports what it changed: an alias with no
 * anchor becomes the text written there (`title: *Important* plan` was meant as text), a merge
 * key to nothing (`<<: *a`) is dropped, and aliases that would expand without end are read as
 * their text. Reading the data then never throws. Also gives the written text back to scalars
 * that hold a parsing placeholder.
 */
export function settleDocument(document: Document.Parsed, text: string): AliasProblem[] {
  if (text.includes(PLACEHOLDER)) restorePlaceholders(document);
  if (!text.includes('*')) return [];
  const problems: AliasProblem[] = [];
  const asText = (node: Alias) => {
    const range = writtenText(text, node);
    const scalar = new Scalar(text.slice(range[0], range[1]));
    scalar.range = [range[0], range[1], range[1]];
    return { scalar, range };
  };
  let aliases = 0;
  visit(document, {
    Pair(_, pair: Pair) {
      if (isScalar(pair.key) && pair.key.value === '<<' && isAlias(pair.value) && !pair.value.resolve(document)) {
        const range = pair.value.range ?? [0, 0, 0];
        problems.push({ kind: 'merge', name: pair.value.source, range: [(pair.key.range ?? range)[0], range[1]] });
        return visit.REMOVE;
      }
      return undefined;
    },
    Alias(_, node) {
      aliases++;
      if (node.resolve(document)) return undefined;
      const { scalar, range } = asText(node);
      problems.push({ kind: 'unresolved', name: node.source, range });
      return scalar;
    },
  });
  if (aliases > 0 && expandsTooFar(document)) {
    // One finding for the file: each alias is fine alone, together they expand without end.
    let first: AliasProblem | undefined;
    visit(document, {
      Alias(_, node) {
        const { scalar, range } = asText(node);
        first ??= { kind: 'excessive', name: node.source, range };
        return scalar;
      },
    });
    if (first) problems.push(first);
  }
  return problems;
}

function expandsTooFar(document: Document.Parsed): boolean {
  try {
    document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return false;
  } catch {
    return true;
  }
}

/**
 * What the author wrote from the alias on: to the end of the line in a block (`*Important* plan`),
 * to the next `,`, `]` or `}` in brackets; a comment is left out.
 */
function writtenText(text: string, node: Alias): [number, number] {
  const start = node.range?.[0] ?? 0;
  const lineEnd = text.indexOf('\n', start);
  let end = lineEnd === -1 ? text.length : lineEnd;
  const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  const inFlow =
    /[[{,]\s*$/.test(before) || (before.match(/[[{]/g) ?? []).length > (before.match(/[\]}]/g) ?? []).length;
  const line = text.slice(start, end);
  const stop = line.search(inFlow ? /\s+#|[,\]}]/ : /\s+#/);
  if (stop !== -1) end = start + stop;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, Math.max(end, node.range?.[1] ?? start)];
}

function restorePlaceholders(document: Document.Parsed): void {
  visit(document, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && node.value.includes(PLACEHOLDER) && node.range) {
        node.value = node.value.split(PLACEHOLDER).join(':');
      }
    },
  });
}
