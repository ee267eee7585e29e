/**
 * The messages between the preview panel (extension side) and its webview, in both
 * directions. Each carries `source`, the URI of the document the preview was opened on:
 * a message about another preview is ignored. Imported by the extension and by the
 * webview script, so it imports nothing.
 */

/** Extension → webview. */
export type ToWebview =
  /** New content: the inner HTML of the rendered page's body, and the render it comes from. */
  | { type: 'update'; source: string; version: number; body: string }
  /** The editor scrolled: show `line` (0-based) of `uri` (the source or a part of its plan) at the top. */
  | { type: 'scrollTo'; source: string; uri: string; line: number }
  /** Rendering failed: the content shown is stale, and this says why. */
  | { type: 'error'; source: string; message: string };

/** Webview → extension. */
export type FromWebview =
  /** The page has (re)loaded and listens: it shows the render `version` of its HTML. */
  | { type: 'ready'; source: string; version: number }
  /** The preview scrolled: `line` of `uri` is now at its top. */
  | { type: 'revealLine'; source: string; uri: string; line: number }
  /** A double-click on a block, or a click on a finding's link: open `uri` at `line`. */
  | { type: 'openSource'; source: string; uri: string; line: number };

/** What the webview keeps across reloads (`setState`), and the serializer gets back. */
export interface PreviewState {
  /** The document the preview was opened on. */
  uri: string;
  /** The source line at the top of the preview (0-based), in `lineUri` when that is another file of the plan. */
  line?: number;
  lineUri?: string;
}

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isLine = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
const isText = (value: unknown): value is string => typeof value === 'string';

/** A message from the webview, if it is one of ours and about `source`; undefined otherwise. */
export function fromWebview(value: unknown, source: string): FromWebview | undefined {
  if (!isObject(value) || value.source !== source) return undefined;
  switch (value.type) {
    case 'ready':
      return typeof value.version === 'number' ? { type: 'ready', source, version: value.version } : undefined;
    case 'revealLine':
    case 'openSource':
      return isText(value.uri) && isLine(value.line)
        ? { type: value.type, source, uri: value.uri, line: Math.floor(value.line) }
        : undefined;
    default:
      return undefined;
  }
}

/** A message from the extension, if it is one of ours and about `source`; undefined otherwise. */
export function toWebview(value: unknown, source: string): ToWebview | undefined {
  if (!isObject(value) || value.source !== source) return undefined;
  switch (value.type) {
    case 'update':
      return typeof value.version === 'number' && isText(value.body)
        ? { type: 'update', source, version: value.version, body: value.body }
        : undefined;
    case 'scrollTo':
      return isText(value.uri) && isLine(value.line)
        ? { type: 'scrollTo', source, uri: value.uri, line: value.line }
        : undefined;
    case 'error':
      return isText(value.message) ? { type: 'error', source, message: value.message } : undefined;
    default:
      return undefined;
  }
}

/** The state the webview persisted, when it is well formed. */
export function previewState(value: unknown): PreviewState | undefined {
  if (!isObject(value) || !isText(value.uri)) return undefined;
  return {
    uri: value.uri,
    line: isLine(value.line) ? value.line : undefined,
    lineUri: isText(value.lineUri) ? value.lineUri : undefined,
  };
}
