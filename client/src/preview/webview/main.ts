/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The preview's script, run in the webview (bundled to dist/webview.js, no library). It
 * applies new content posted by the extension, keeps the editor and the preview scrolled
 * together through the blocks' `data-line`/`data-uri`, and opens the source on a
 * double-click or on a finding's link.
 */
import { previewState, type FromWebview, type PreviewState } from '../messages';
import { SOURCE_META, VERSION_META } from '../previewHtml';
import { lineAtOffset, offsetOfLine, ScrollGuard, type Block, type SourceLine } from '../scrollSync';
import { clearError, showError } from './errorBanner';
import { handleMessage, type PreviewPage } from './handleMessage';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const metaContent = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
const saved = previewState(vscode.getState());
const source = metaContent(SOURCE_META) ?? saved?.uri ?? '';
const guard = new ScrollGuard();

/**
 * The rendered blocks in page order. A second view of an item (`data-secondary`: a timeline
 * row, a finding) and links are not blocks, so the lines met while scrolling go forward;
 * hidden elements have no place.
 */
function blocks(): Block[] {
  const out: Block[] = [];
  for (const element of document.querySelectorAll<HTMLElement>('[data-line]')) {
    if (element.closest('a, [data-secondary]')) continue;
    const line = Number(element.dataset.line);
    const rect = element.getBoundingClientRect();
    if (!Number.isFinite(line) || (rect.width === 0 && rect.height === 0)) continue;
    const uri = element.closest<HTMLElement>('[data-uri]')?.dataset.uri ?? source;
    out.push({ uri, line, top: rect.top + window.scrollY });
  }
  return out;
}

/** Where a source element points: its own or nearest enclosing `data-uri`, and its `data-line`. */
function sourceOf(element: Element): SourceLine | undefined {
  const line = Number((element as HTMLElement).dataset.line);
  if (!Number.isFinite(line)) return undefined;
  const uri = element.closest<HTMLElement>('[data-uri]')?.dataset.uri ?? source;
  return { uri, line };
}

/** The line at the top of the viewport. Blocks stand at fractional offsets, scroll positions at whole pixels: one pixel of slack. */
function topLine(): SourceLine | undefined {
  return lineAtOffset(blocks(), window.scrollY + 1);
}

function scrollTo(offset: number): void {
  guard.hold();
  window.scrollTo(0, Math.max(0, offset));
}

function saveState(at: SourceLine | undefined): void {
  vscode.setState({ uri: source, line: at ? Math.floor(at.line) : undefined, lineUri: at?.uri });
}

const page: PreviewPage = {
  version: Number(metaContent(VERSION_META) ?? 0),
  replaceBody(body) {
    const top = window.scrollY;
    const at = top > 0 ? topLine() : undefined;
    document.body.innerHTML = body;
    const offset = at ? offsetOfLine(blocks(), at.uri, at.line) : undefined;
    scrollTo(offset ?? top);
  },
  scrollToLine(uri, line) {
    const offset = offsetOfLine(blocks(), uri, line);
    if (offset === undefined) return;
    scrollTo(offset);
    saveState({ uri, line });
  },
  showError,
  clearError,
};

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  handleMessage(event.data, source, page);
});

// Preview → editor: the line at the top, once per frame, unless this scroll was made by code.
let framePending = false;
let lastPosted: SourceLine | undefined;
window.addEventListener(
  'scroll',
  () => {
    if (framePending) return;
    framePending = true;
    requestAnimationFrame(() => {
      framePending = false;
      const at = topLine();
      saveState(at);
      if (!at || guard.held) return;
      const line = Math.floor(at.line);
      if (lastPosted && lastPosted.uri === at.uri && lastPosted.line === line) return;
      lastPosted = { uri: at.uri, line };
      vscode.postMessage({ type: 'revealLine', source, uri: at.uri, line });
    });
  },
  { passive: true },
);

document.addEventListener('dblclick', (event) => {
  const block = event.target instanceof Element ? event.target.closest('[data-line]') : null;
  const at = block && !block.closest('a') ? sourceOf(block) : undefined;
  if (at) vscode.postMessage({ type: 'openSource', source, uri: at.uri, line: at.line });
});

// A finding of the diagnostics summary links to its line (`<a data-uri data-line>`): the editor
// goes there, and its scroll brings the preview to the item.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-line]') : null;
  const at = link ? sourceOf(link) : undefined;
  if (!at) return;
  event.preventDefault();
  vscode.postMessage({ type: 'openSource', source, uri: at.uri, line: at.line });
});

function start(): void {
  if (saved?.line !== undefined) page.scrollToLine(saved.lineUri ?? source, saved.line);
  vscode.postMessage({ type: 'ready', source, version: page.version });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
