import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import type { Random } from './random';
import { lineLengths } from './ranges';

/** A feature request as an editor sends it, at a random place of a document. */
export interface FeatureRequest {
  method: string;
  params: unknown;
}

/** A position on a line of the text (at most at its end). */
function randomPosition(random: Random, text: string): { line: number; character: number } {
  const lengths = lineLengths(text);
  const line = random.int(lengths.length);
  return { line, character: random.int(lengths[line] + 1) };
}

type Maker = (random: Random, uri: string, text: string, diagnostics: readonly Diagnostic[]) => unknown;

const at: Maker = (random, uri, text) => ({ textDocument: { uri }, position: randomPosition(random, text) });
const whole: Maker = (_random, uri) => ({ textDocument: { uri } });

function orderedRange(random: Random, text: string) {
  const a = randomPosition(random, text);
  const b = randomPosition(random, text);
  const [start, end] = a.line < b.line || (a.line === b.line && a.character <= b.character) ? [a, b] : [b, a];
  return { start, end };
}

const MAKERS: [method: string, weight: number, make: Maker][] = [
  ['textDocument/hover', 6, at],
  [
    'textDocument/completion',
    6,
    (random, uri, text) => ({ ...(at(random, uri, text, []) as object), context: { triggerKind: 1 } }),
  ],
  ['textDocument/definition', 3, at],
  [
    'textDocument/references',
    2,
    (random, uri, text) => ({
      ...(at(random, uri, text, []) as object),
      context: { includeDeclaration: random.chance(0.5) },
    }),
  ],
  ['textDocument/documentHighlight', 2, at],
  ['textDocument/prepareRename', 1, at],
  [
    'textDocument/rename',
    1,
    (random, uri, text) => ({
      ...(at(random, uri, text, []) as object),
      newName: random.pick(['renamed', 'a b', '', 'x:y', 'é']),
    }),
  ],
  ['textDocument/documentSymbol', 2, whole],
  ['workspace/symbol', 1, (random) => ({ query: random.pick(['', 'a', 'soins', 'zz']) })],
  [
    'textDocument/codeAction',
    3,
    (random, uri, text, diagnostics) => {
      const chosen = diagnostics.filter(() => random.chance(0.3)).slice(0, 5);
      return {
        textDocument: { uri },
        range: chosen[0]?.range ?? orderedRange(random, text),
        context: { diagnostics: chosen },
      };
    },
  ],
  ['textDocument/codeLens', 1, whole],
  ['textDocument/semanticTokens/full', 2, whole],
  ['textDocument/inlayHint', 2, (random, uri, text) => ({ textDocument: { uri }, range: orderedRange(random, text) })],
  ['textDocument/foldingRange', 2, whole],
  [
    'textDocument/selectionRange',
    2,
    (random, uri, text) => ({
      textDocument: { uri },
      positions: [randomPosition(random, text), randomPosition(random, text)],
    }),
  ],
  ['jalon/outline', 1, (_random, uri) => ({ uri })],
  [
    'jalon/renderHtml',
    1,
    (_random, uri) => ({
      uri,
      cspSource: 'vscode-webview:',
      nonce: 'n',
      scriptUri: 'webview.js',
      styleUri: 'preview.css',
    }),
  ],
];
const TOTAL = MAKERS.reduce((sum, [, weight]) => sum + weight, 0);

export function randomRequest(
  random: Random,
  uri: string,
  text: string,
  diagnostics: readonly Diagnostic[],
): FeatureRequest {
  let roll = random.int(TOTAL);
  for (const [method, weight, make] of MAKERS) {
    if (roll < weight) return { method, params: make(random, uri, text, diagnostics) };
    roll -= weight;
  }
  throw new Error('unreachable');
}
