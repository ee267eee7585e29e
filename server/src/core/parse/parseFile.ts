import { isNode, isScalar, visit, type Document, type Node } from 'yaml';
import { LineIndex } from '../text/lineIndex';
import type { Finding } from '../rules/finding';
import { plainRange } from '../text/basedRange';
import type { OffsetRange } from '../text/lineIndex';
import { SegmentedDocument } from './segmentedDocument';
import { yamlErrorMessage } from './yamlErrors';

export interface ParsedText {
  uri: string;
  text: string;
  lineIndex: LineIndex;
  document: SegmentedDocument;
  /** yaml/syntax and yaml/duplicate-key findings; the document is still usable where it parsed. */
  syntaxFindings: Finding[];
}

/**
 * Parses one plan file as YAML 1.2 (so `2026-01-29` stays a string and `yes` is not a boolean).
 * The text is taken as the editor holds it: callers strip a byte-order mark first.
 */
export function parsePlanText(uri: string, text: string, previous?: SegmentedDocument): ParsedText {
  const document = SegmentedDocument.parse(text, previous);
  const all = document.errors();
  // A stray closing bracket at the top level ends the document: the parser then reports every
  // later token as "... in YAML stream" (one per word, to the end of the file). The first one is
  // the problem; it says that the rest is not read, and the others are dropped.
  const isStray = (error: { code: string; message: string }) => error.code === 'UNEXPECTED_TOKEN' && /in YAML stream/.test(error.message);
  const firstStray = all.find(isStray);
  const errors = all.filter((e) => !isStray(e) || e === firstStray);
  const syntaxFindings: Finding[] = errors.map((error) => {
    const range = plainRange(error.range);
    if (error.code === 'DUPLICATE_KEY') {
      // The library points at the repeated key's first character only: report the whole key, by name.
      const local = range.start - error.segment.base.offset;
      const keyNode = keyStartingAt(error.segment.document, local);
      return duplicateKey(uri, text, keyNode?.range ? { start: keyNode.range[0] + error.segment.base.offset, end: keyNode.range[1] + error.segment.base.offset } : range, keyNode);
    }
    const message = yamlErrorMessage(error.code, error.message);
    if (isStray(error)) {
      message.en += '; the rest of the file is not read.';
      message.fr += ' ; la suite du fichier n’est pas lue.';
    }
    return { ruleId: 'yaml/syntax', severity: 'error', uri, range, message };
  });
  return { uri, text, lineIndex: new LineIndex(text), document, syntaxFindings: [...syntaxFindings, ...repeatedTopKeys(uri, text, document)] };
}

function duplicateKey(uri: string, text: string, range: OffsetRange, keyNode?: Node): Finding {
  const key = (isScalar(keyNode) ? String(keyNode.value) : text.slice(range.start, range.end).trim()) || '?';
  return {
    ruleId: 'yaml/duplicate-key', severity: 'error', uri, range,
    message: {
      en: `Key '${key}' is repeated in the same mapping; YAML keeps only one of them. Remove or rename one.`,
      fr: `La clé '${key}' est répétée dans le même bloc ; YAML n’en garde qu’une. Supprimez ou renommez l’une d’elles.`,
    },
  };
}

/** Top-level keys stand in separate segments: the parser cannot see them repeated, so this does. */
function repeatedTopKeys(uri: string, text: string, document: SegmentedDocument): Finding[] {
  if (document.segments.length === 1) return [];
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const { pair, segment } of document.topPairs()) {
    if (!isScalar(pair.key)) continue;
    const key = String(pair.key.value);
    if (!seen.has(key)) {
      seen.add(key);
      continue;
    }
    findings.push(duplicateKey(uri, text, plainRange(document.range(segment.base, pair.key, { start: 0, end: 0 })), pair.key));
  }
  return findings;
}

/** The mapping key that starts at `offset`, or the first one after it (a key may follow an anchor or a tag). */
function keyStartingAt(document: Document.Parsed, offset: number): Node | undefined {
  let best: Node | undefined;
  visit(document, {
    Pair(_, pair) {
      const key = pair.key;
      if (!isNode(key) || !key.range || key.range[0] < offset) return;
      if (!best?.range || key.range[0] < best.range[0]) best = key;
    },
  });
  return best;
}

/** Editors drop a UTF-8 byte-order mark; so do we, so that columns agree with them. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
