/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The dashboard's script, run in its webview (bundled to dist/dashboard.js, no library, no
 * network). It applies new content posted by the extension, runs the filters of the filter
 * bar on the page's blocks (kept across updates and reloads), and opens an item's source when
 * its link is clicked.
 */
import type { FromWebview } from '../../preview/messages';
import { SOURCE_META, VERSION_META } from '../../preview/previewHtml';
import { clearError, showError } from '../../preview/webview/errorBanner';
import { handleMessage, type PreviewPage } from '../../preview/webview/handleMessage';
import { activeFilters, dashboardState, FILTER_NAMES, isShown, type DashboardState, type Filters } from './filters';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: DashboardState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const metaContent = (name: string) => document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content;
const saved = dashboardState(vscode.getState());
const source = metaContent(SOURCE_META) ?? saved?.uri ?? '';
let filters: Filters = saved?.filters ?? {};

const FILTERED = FILTER_NAMES.map((name) => `[data-${name}]`).join(', ');

/** Hides what the filters leave out, shows the rest, and says how many actions remain. */
function applyFilters(): void {
  for (const element of document.querySelectorAll<HTMLElement>(FILTERED)) element.hidden = !isShown(element, filters);
  const rows = [...document.querySelectorAll<HTMLElement>('.dashboard-actions tbody tr')];
  const output = document.querySelector<HTMLOutputElement>('.dashboard-shown');
  if (output) {
    const shown = rows.filter((r) => !r.hidden).length;
    output.textContent =
      Object.keys(activeFilters(filters)).length === 0
        ? ''
        : (output.dataset.template ?? '{0} / {1}').replace('{0}', String(shown)).replace('{1}', String(rows.length));
  }
}

/** The filter bar shows the filters in use (a value the new content lacks falls back to all). */
function showFilters(): void {
  for (const name of FILTER_NAMES) {
    const select = document.querySelector<HTMLSelectElement>(`.dashboard-filters select[name="${name}"]`);
    if (!select) continue;
    select.value = filters[name] ?? '';
    if (select.value !== (filters[name] ?? '')) {
      select.value = '';
      delete filters[name];
    }
  }
  applyFilters();
}

function saveState(): void {
  vscode.setState({ uri: source, filters: activeFilters(filters) });
}

const page: PreviewPage = {
  version: Number(metaContent(VERSION_META) ?? 0),
  replaceBody(body) {
    const top = window.scrollY;
    document.body.innerHTML = body;
    showFilters();
    window.scrollTo(0, top);
  },
  scrollToLine() {
    // The dashboard does not follow the editor's scroll.
  },
  showError,
  clearError,
};

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  handleMessage(event.data, source, page);
});

document.addEventListener('change', (event) => {
  const select = event.target instanceof HTMLSelectElement ? event.target : null;
  const name = FILTER_NAMES.find((n) => n === select?.name);
  if (!select || !name || !select.closest('.dashboard-filters')) return;
  filters = { ...filters, [name]: select.value };
  applyFilters();
  saveState();
});

// The filter bar is a form: Enter in it submits nothing.
document.addEventListener('submit', (event) => event.preventDefault());

// An item's name links to where it is written (`<a data-uri data-line>`).
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLElement>('a[data-line]') : null;
  if (!link) return;
  event.preventDefault();
  const line = Number(link.dataset.line);
  const uri = link.closest<HTMLElement>('[data-uri]')?.dataset.uri ?? source;
  if (Number.isFinite(line)) vscode.postMessage({ type: 'openSource', source, uri, line });
});

function start(): void {
  showFilters();
  saveState();
  vscode.postMessage({ type: 'ready', source, version: page.version });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
