/**
 * The shape of each message's parameters, checked before a handler runs: a request whose
 * parameters have the wrong types is answered InvalidParams (-32602) instead of reaching the
 * core, which trusts them. Cheap: only what the handlers read is looked at.
 */

/** Undefined when the value fits; otherwise what is wrong, naming the field (`params.position.line ...`). */
type Shape = (value: unknown, path: string) => string | undefined;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const string: Shape = (v, path) => (typeof v === 'string' ? undefined : `${path} must be a string`);
const boolean: Shape = (v, path) => (typeof v === 'boolean' ? undefined : `${path} must be a boolean`);
const natural: Shape = (v, path) =>
  Number.isInteger(v) && (v as number) >= 0 ? undefined : `${path} must be a non-negative integer`;
const integer: Shape = (v, path) => (Number.isInteger(v) ? undefined : `${path} must be an integer`);
const anything: Shape = () => undefined;

const optional =
  (shape: Shape): Shape =>
  (v, path) =>
    v === undefined || v === null ? undefined : shape(v, path);

function object(fields: Record<string, Shape>): Shape {
  return (v, path) => {
    if (!isObject(v)) return `${path} must be an object`;
    for (const [name, shape] of Object.entries(fields)) {
      const problem = shape(v[name], `${path}.${name}`);
      if (problem) return problem;
    }
    return undefined;
  };
}

function array(item: Shape): Shape {
  return (v, path) => {
    if (!Array.isArray(v)) return `${path} must be an array`;
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i], `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  };
}

const position = object({ line: natural, character: natural });
const range = object({ start: position, end: position });
const textDocument = object({ uri: string });
const onDocument = (fields: Record<string, Shape> = {}) => object({ textDocument, ...fields });
const atPosition = (fields: Record<string, Shape> = {}) => onDocument({ position, ...fields });

const SHAPES: Record<string, Shape> = {
  'textDocument/hover': atPosition(),
  'textDocument/definition': atPosition(),
  'textDocument/documentHighlight': atPosition(),
  'textDocument/prepareRename': atPosition(),
  'textDocument/completion': atPosition({
    context: optional(object({ triggerKind: integer, triggerCharacter: optional(string) })),
  }),
  'textDocument/references': atPosition({ context: object({ includeDeclaration: boolean }) }),
  'textDocument/rename': atPosition({ newName: string }),
  'textDocument/documentSymbol': onDocument(),
  'textDocument/codeLens': onDocument(),
  'textDocument/foldingRange': onDocument(),
  'textDocument/semanticTokens/full': onDocument(),
  'textDocument/selectionRange': onDocument({ positions: array(position) }),
  'textDocument/inlayHint': onDocument({ range }),
  'textDocument/codeAction': onDocument({
    range,
    context: object({ diagnostics: array(object({ range, message: string })), only: optional(array(string)) }),
  }),
  'workspace/symbol': object({ query: string }),
  'jalon/renderHtml': object({ uri: string, cspSource: string, nonce: string, scriptUri: string, styleUri: string }),
  'jalon/renderDashboard': object({
    uri: string,
    cspSource: string,
    nonce: string,
    scriptUri: string,
    styleUri: string,
  }),
  'jalon/outline': optional(object({ uri: optional(string) })),
  'jalon/exportPlan': object({ uri: string, format: string, audience: string }),
  'jalon/diff': object({
    uri: string,
    base: object({ label: string, files: array(object({ uri: string, text: string })) }),
    cspSource: string,
    nonce: string,
    scriptUri: string,
    styleUri: string,
  }),
  'textDocument/didOpen': object({
    textDocument: object({ uri: string, languageId: string, version: integer, text: string }),
  }),
  'textDocument/didChange': object({
    textDocument: object({ uri: string, version: integer }),
    contentChanges: array(object({ text: string, range: optional(range) })),
  }),
  'textDocument/didClose': onDocument(),
  'workspace/didChangeWatchedFiles': object({ changes: array(object({ uri: string, type: integer })) }),
  'workspace/didChangeConfiguration': anything,
};

/** What is wrong with a message's parameters, or undefined when they fit (or the method has no shape listed). */
export function paramsProblem(method: string, params: unknown): string | undefined {
  return SHAPES[method]?.(params, 'params');
}

/** The document a message is about (`textDocument.uri`, or `uri` for Jalon's own requests), to name it in logs. */
export function documentOf(params: unknown): string | undefined {
  if (!isObject(params)) return undefined;
  const document = params.textDocument;
  if (isObject(document) && typeof document.uri === 'string') return document.uri;
  return typeof params.uri === 'string' ? params.uri : undefined;
}
