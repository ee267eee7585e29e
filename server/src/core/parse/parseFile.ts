import { isNode, isScalar, parseDocument, visit, type Document, type Node, type YAMLError } from 'yaml';
import { LineIndex } from '../text/lineIndex';
import type { Finding } from '../rules/finding';
import { yamlErrorMessage } from './yamlErrors';

export interface ParsedText {
  uri: string;
  text: string;
  lineIndex: LineIndex;
  document: Document.Parsed;
  /** yaml/syntax and yaml/duplicate-key findings; the document is still usable where it parsed. */
  syntaxFindings: Finding[];
}

/**
 * Parses one plan file as YAML 1.2 (so `2026-01-29` stays a string and `yes` is not a boolean).
 * The text is taken as the editor holds it: callers strip a byte-order mark first.
 */
export function parsePlanText(uri: string, text: string): ParsedText {
  const document = parseDocument(text, { version: '1.2', prettyErrors: false, uniqueKeys: true, strict: true });
  // A stray closing bracket at the top level ends the document: the parser then reports every
  // later token as "... in YAML stream" (one per word, to the end of the file). The first one is
  // the problem; it says that the rest is not read, and the others are dropped.
  const isStray = (error: YAMLError) => error.code === 'UNEXPECTED_TOKEN' && /in YAML stream/.test(error.message);
  const firstStray = Math.min(...document.errors.filter(isStray).map((e) => e.pos[0]));
  const errors = document.errors.filter((e) => !isStray(e) || e.pos[0] === firstStray);
  const syntaxFindings: Finding[] = errors.map((error) => {
    const [start, end] = error.pos;
    if (error.code === 'DUPLICATE_KEY') {
      // The library points at the repeated key's first character only: report the whole key, by name.
      const keyNode = keyStartingAt(document, start);
      const range = keyNode?.range ? { start: keyNode.range[0], end: keyNode.range[1] } : { start, end: Math.max(end, start) };
      const key = (isScalar(keyNode) ? String(keyNode.value) : text.slice(range.start, range.end).trim()) || '?';
      return {
        ruleId: 'yaml/duplicate-key', severity: 'error', uri, range,
        message: {
          en: `Key '${key}' is repeated in the same mapping; YAML keeps only one of them. Remove or rename one.`,
          fr: `La clé '${key}' est répétée dans le même bloc ; YAML n’en garde qu’une. Supprimez ou renommez l’une d’elles.`,
        },
      };
    }
    const message = yamlErrorMessage(error.code, error.message);
    if (isStray(error)) {
      message.en += '; the rest of the file is not read.';
      message.fr += ' ; la suite du fichier n’est pas lue.';
    }
    return { ruleId: 'yaml/syntax', severity: 'error', uri, range: { start, end: Math.max(end, start) }, message };
  });
  return { uri, text, lineIndex: new LineIndex(text), document, syntaxFindings };
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
