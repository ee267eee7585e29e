import type { Plan } from '../plan/assemble';
import type { Finding } from '../rules/finding';
import { orphanObjectives, axisSection } from './axisSection';
import {
  createContext,
  type RenderContext,
  type RenderOptions,
  type StandaloneOptions,
  type WebviewOptions,
} from './context';
import { diagnosticsSummary } from './diagnosticsSummary';
import { attr, html, trusted, type Html } from './html';
import { indicatorTable } from './indicatorTable';
import { LABELS } from './labels';
import { PLAN_STYLES } from './styles';
import { timeline } from './timeline';
import { conclusion, contents, coverLogo, planTitle, titlePage } from './titlePage';

export type { Audience, RenderAssets, RenderOptions, StandaloneOptions, WebviewOptions } from './context';
export { AUDIENCES } from './context';
export { PLAN_STYLES } from './styles';

/**
 * The webview's policy: nothing remote, styles from the extension or carrying the nonce,
 * the one script the nonce names. Inline `style` attributes are refused, so the document
 * uses none (bars are sized by SVG attributes).
 */
export function webviewPolicy(options: Pick<WebviewOptions, 'cspSource' | 'nonce'>): string {
  const { cspSource, nonce } = options;
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource} 'nonce-${nonce}'`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

/** A standalone file runs nothing and loads nothing, even if it were tampered with. */
const STANDALONE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function head(context: RenderContext, title: string): Html {
  const { options } = context;
  const policy = options.mode === 'standalone' ? STANDALONE_POLICY : webviewPolicy(options);
  const common = html`<meta charset="utf-8"><meta http-equiv="Content-Security-Policy"${attr('content', policy)}><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Jalon"><title>${title}</title>`;
  if (options.mode === 'standalone') return html`${common}<style>${trusted(PLAN_STYLES)}</style>`;
  return html`${common}<style${attr('nonce', options.nonce)}>${trusted(PLAN_STYLES)}</style><link rel="stylesheet"${attr('href', options.styleUri)}>`;
}

function body(context: RenderContext): Html {
  const { plan, labels } = context;
  const review = context.audience === 'review';
  const before = [
    ...(review ? [{ anchor: 'diagnostics', title: labels.diagnostics }] : []),
    ...(plan.indicators.length > 0 ? [{ anchor: 'indicators', title: labels.indicators }] : []),
  ];
  const calendar = plan.actions.length > 0 ? timeline(context) : html``;
  const after = [
    ...(plan.header?.conclusion ? [{ anchor: 'conclusion', title: labels.conclusion }] : []),
    ...(calendar.text ? [{ anchor: 'timeline', title: labels.timeline }] : []),
  ];
  const sources = plan.files.map((f) => context.fileLabel(f.uri)).join(', ');
  // Sections follow the root file's order (header, indicators, axes) so that the lines met
  // while scrolling the preview go forward; the diagnostics and the timeline are second views.
  // The public document has no diagnostics and no colophon naming files.
  return html`<main class="plan-document" id="plan-document"${attr('data-audience', context.audience)}>
${titlePage(context)}
${contents(context, before, after)}
${diagnosticsSummary(context)}
${indicatorTable(context)}
${plan.axes.map((axis) => axisSection(axis, context))}
${orphanObjectives(context)}
${conclusion(context)}
${calendar}
${review ? html`<footer class="colophon"><p>${labels.generatedBy} ${sources}.</p></footer>` : ''}
</main>`;
}

/**
 * The whole HTML document of a plan: title page, contents, indicators, axes with their
 * ambitions and objective cards, the timeline and the diagnostics summary. `standalone`
 * gives one self-contained file (inline styles with print rules, no script); `webview` gives
 * the editor's preview (CSP with nonce, the client's script and stylesheet, and `data-line` /
 * `data-uri` on every block).
 */
export function renderPlanDocument(plan: Plan, findings: readonly Finding[], options: RenderOptions): string {
  const context = createContext(plan, findings, options);
  const title = [planTitle(context), plan.header?.institution?.value].filter(Boolean).join(' — ');
  const rootUri = plan.root?.uri ?? plan.files[0]?.uri;
  const webview = options.mode === 'webview';
  return `<!DOCTYPE html>
${html`<html${attr('lang', context.locale)}><head>${head(context, title)}</head>
<body class="jalon-plan"${attr('data-mode', options.mode)}${webview ? attr('data-uri', rootUri) : ''}${webview && plan.id ? attr('data-plan', plan.id) : ''}>
${body(context)}
${options.mode === 'webview' ? html`<script${attr('nonce', options.nonce)}${attr('src', options.scriptUri)}></script>` : ''}
</body></html>`}
`;
}

/**
 * Only what the Word file takes as images, laid out as in the document: the logo on its cover
 * and the timeline. Chromium draws them from this page, which lays out in a fraction of the
 * whole document's time.
 */
export function renderPlanFigures(plan: Plan, findings: readonly Finding[], options: StandaloneOptions): string {
  const context = createContext(plan, findings, options);
  return `<!DOCTYPE html>
${html`<html${attr('lang', context.locale)}><head>${head(context, planTitle(context))}</head>
<body class="jalon-plan" data-mode="standalone">
<main class="plan-document"${attr('data-audience', context.audience)}>
<header class="title-page"><div class="cover">${coverLogo(context)}</div></header>
${plan.actions.length > 0 ? timeline(context) : ''}
</main>
</body></html>`}
`;
}

/** The plan's title as the document shows it (the preview panel's title). */
export function planDocumentTitle(plan: Plan, options: RenderOptions): string {
  return planTitle(createContext(plan, [], options));
}

/** A page for a document that is not part of a plan the server knows (the preview still opens). */
export function renderMessageDocument(message: string, options: RenderOptions & { locale: 'en' | 'fr' }): string {
  const webview = options.mode === 'webview';
  const policy = webview ? webviewPolicy(options) : STANDALONE_POLICY;
  return `<!DOCTYPE html>
${html`<html${attr('lang', options.locale)}><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"${attr('content', policy)}><title>Jalon</title><style${webview ? attr('nonce', options.nonce) : ''}>${trusted(PLAN_STYLES)}</style>${webview ? html`<link rel="stylesheet"${attr('href', options.styleUri)}>` : ''}</head>
<body class="jalon-plan"${attr('data-mode', options.mode)}><main class="plan-document" id="plan-document"><p class="muted">${message}</p></main>${webview ? html`<script${attr('nonce', options.nonce)}${attr('src', options.scriptUri)}></script>` : ''}</body></html>`}
`;
}

/** The message of `renderMessageDocument` for a file that is not a plan. */
export function notAPlanMessage(locale: 'en' | 'fr'): string {
  return LABELS.notAPlan[locale];
}
