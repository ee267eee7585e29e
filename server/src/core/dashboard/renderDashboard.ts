import type { Locale, Localized } from '../i18n/locale';
import { itemName } from '../model/describe';
import type { PartialDate } from '../model/dates';
import type { ReportEntry } from '../model/reportTypes';
import type { Action, Item, Milestone } from '../model/types';
import type { Plan } from '../plan/assemble';
import { itemOfEntry } from '../plan/reports';
import { attr, html, trusted, type Html } from '../render/html';
import { formatNumber } from '../render/numbers';
import { webviewPolicy } from '../render/renderPlan';
import { dashboardData, ownerOf, STATUSES, type Completion, type Dashboard, type Rag } from './dashboardData';
import { DashboardFilters, filterAttrs, sourceLineAttrs, type FilterValues } from './dashboardFilters';
import { RAG_WORDS, STATUS_WORDS, DASHBOARD_WORDS as WORDS } from './dashboardWords';
import { DASHBOARD_STYLE } from './dashboardStyle';
import { indicatorChart } from './indicatorChart';

/** VS Code's webview: its CSP source and a nonce for the page's policy, the view's script and stylesheet. */
export interface DashboardWebview {
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
}

/** What one rendering knows: the figures, the language, and in the webview what its filters and clicks read. */
interface Page {
  plan: Plan;
  data: Dashboard;
  locale: Locale;
  filters?: DashboardFilters;
}

/**
 * The plan's dashboard as one HTML document: at a report's date, completion by axis and by
 * owner, the state of objectives and axes, the actions, overdue items and what slipped, one
 * chart per indicator and the period's notes. Every rule is written in its legend; every text
 * of the plan is escaped. Without `webview`, a self-contained file (no script, nothing
 * remote). With it, the editor's view: the webview's policy with its nonce, the view's script,
 * a filter bar, `data-axis`/`data-owner`/`data-status` on each block and each item named by a
 * link to where it is written (`data-uri`, `data-line`).
 */
export function renderDashboard(plan: Plan, locale: Locale, asOf?: PartialDate, webview?: DashboardWebview): string {
  const data = dashboardData(plan, asOf);
  const page: Page = { plan, data, locale, filters: webview ? new DashboardFilters(plan, data) : undefined };
  const w = (l: Localized) => l[locale];
  const title = dashboardTitle(plan, locale);
  const body = html`${page.filters?.bar(locale) ?? ''}<h1>${title}</h1>
<p>${data.date ? html`${w(WORDS.at)} ${data.date.text}${data.report?.title ? html` · ${data.report.title.value}` : ''}` : ''}${data.report ? '' : html` ${w(WORDS.noReport)}`}</p>
${data.report?.summary ? html`<p>${data.report.summary.value}</p>` : ''}
<h2>${w(WORDS.byAxis)}</h2>${completionTable(data.byAxis, 'axis', page)}
<h2>${w(WORDS.byOwner)}</h2>${completionTable(data.byOwner, 'owner', page)}
<p class="legend">${w(WORDS.progressRule)}</p>
<h2>${w(WORDS.rag)}</h2>
<ul>${data.axisRag.map(({ axis, rag }) => html`<li${filtered(page, page.filters?.axis(axis))}>${name(page, axis)} ${ragBadge(rag, locale)}<ul>${data.rag.filter((r) => r.objective.axis === axis).map((r) => html`<li${filtered(page, page.filters?.objective(r.objective))}>${name(page, r.objective)} ${ragBadge(r.rag, locale)}${r.overridden ? html` <span class="legend">(${WORDS.overridden[locale]})</span>` : ''}</li>`)}</ul></li>`)}</ul>
<p class="legend">${w(WORDS.ragRule)}</p>
${actionsTable(page)}
<h2>${w(WORDS.overdue)}</h2>${itemList(data.overdue, page)}
<h2>${w(WORDS.slips)}</h2>${data.slips.length === 0 ? html`<p>${w(WORDS.none)}</p>` : html`<ul>${data.slips.map((s) => html`<li${filtered(page, page.filters?.action(s.action))}>${page.filters ? sourceLink(s.action, itemName(s.action)[locale]) : itemName(s.action)[locale]}${locale === 'fr' ? '\u00a0:' : ':'} ${statusWord(s.from, locale)} → ${statusWord(s.to, locale)}</li>`)}</ul>`}
<h2>${w(WORDS.indicators)}</h2>
<div class="charts">${data.indicators.map((s) => html`<figure${filtered(page, page.filters?.indicator(s.indicator))}><figcaption>${name(page, s.indicator)}${s.indicator.unit ? html` (${s.indicator.unit.value})` : ''}</figcaption>${indicatorChart(s, data.date?.last, locale)}</figure>`)}</div>
<p class="legend">${w(WORDS.chartLegend)}</p>
${notes(page)}
${sources(page)}`;
  const lang = plan.header?.language?.value ?? locale;
  if (!webview)
    return `<!DOCTYPE html>\n${html`<html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${title}</title><style>${trusted(DASHBOARD_STYLE)}</style></head><body>${body}</body></html>`.text}\n`;
  const policy = webviewPolicy(webview);
  const rootUri = plan.root?.uri ?? plan.files[0]?.uri;
  return `<!DOCTYPE html>\n${html`<html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy"${attr('content', policy)}><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style${attr('nonce', webview.nonce)}>${trusted(DASHBOARD_STYLE)}</style><link rel="stylesheet"${attr('href', webview.styleUri)}></head><body class="jalon-dashboard" data-mode="webview"${attr('data-uri', rootUri)}>${body}<script${attr('nonce', webview.nonce)}${attr('src', webview.scriptUri)}></script></body></html>`.text}\n`;
}

/** "Tableau de bord — <the plan's title>": the page's heading and the panel's title. */
export function dashboardTitle(plan: Plan, locale: Locale): string {
  return `${WORDS.title[locale]} — ${plan.header?.title?.value ?? plan.id ?? ''}`;
}

function filtered(page: Page, values: Partial<FilterValues> | undefined): Html {
  return page.filters && values ? filterAttrs(values) : html``;
}

function statusWord(status: string, locale: Locale): string {
  return STATUS_WORDS[status as keyof typeof STATUS_WORDS]?.[locale] ?? status;
}

/** An item's title; in the webview, a link to where it is written. */
function name(page: Page, item: Item): Html {
  const text = ('title' in item ? item.title?.value : undefined) ?? ('label' in item ? item.label?.value : undefined);
  const shown = text ?? item.id?.value ?? '';
  return page.filters ? sourceLink(item, shown) : html`${shown}`;
}

function sourceLink(item: Item, text: string): Html {
  return html`<a class="source-link" href="#"${sourceLineAttrs(item.file, item.range)}>${text}</a>`;
}

function completionTable(rows: readonly Completion[], by: 'axis' | 'owner', page: Page): Html {
  const { locale } = page;
  const shown = STATUSES.filter((s) => rows.some((r) => r.counts[s] > 0));
  return html`<table><thead><tr><th></th>${shown.map((s) => html`<th>${STATUS_WORDS[s][locale]}</th>`)}<th>${WORDS.progress[locale]}</th></tr></thead><tbody>${rows.map((r) => html`<tr${filtered(page, page.filters?.group(by, r.key))}><th>${r.name}</th>${shown.map((s) => html`<td class="n">${r.counts[s]}</td>`)}<td class="n">${progressText(r.progress, locale)}</td></tr>`)}</tbody></table>`;
}

/** A weighted progress as the dashboard writes it: `72,5 %`, `—` when nothing counts. */
export function progressText(value: number | undefined, locale: Locale): string {
  return value === undefined ? '—' : `${formatNumber(Math.round(value * 10) / 10, locale)} %`;
}

/** Each action with its owner, status and progress at the date: what the status filter reads first. */
function actionsTable(page: Page): Html {
  const { plan, data, locale } = page;
  if (data.actions.length === 0) return html``;
  const ownerName = (id: string) => plan.owners.find((o) => o.id?.value === id)?.name?.value ?? id;
  return html`<h2>${WORDS.actions[locale]}</h2><table class="dashboard-actions"><thead><tr><th>${WORDS.action[locale]}</th><th>${WORDS.owner[locale]}</th><th>${WORDS.status[locale]}</th><th>${WORDS.actionProgress[locale]}</th></tr></thead><tbody>${data.actions.map((a) => html`<tr${filtered(page, page.filters?.action(a.action, a.status))}><td>${name(page, a.action)}</td><td>${ownerName(ownerOf(a.action))}</td><td>${STATUS_WORDS[a.status][locale]}</td><td class="n">${progressText(a.progress, locale)}</td></tr>`)}</tbody></table>`;
}

function ragBadge(rag: Rag, locale: Locale): Html {
  return html`<span class="rag ${rag}">${RAG_WORDS[rag][locale]}</span>`;
}

function itemList(items: readonly (Action | Milestone)[], page: Page): Html {
  const { locale } = page;
  if (items.length === 0) return html`<p>${WORDS.none[locale]}</p>`;
  return html`<ul>${items.map((i) => {
    const values =
      i.kind === 'action'
        ? page.filters?.action(i)
        : page.filters?.milestone(i, page.data.milestoneStatus.get(i) ?? 'unset');
    const label = itemName(i)[locale];
    return html`<li${filtered(page, values)}>${page.filters ? sourceLink(i, label) : label}${i.title ? html` — ${i.title.value}` : ''}</li>`;
  })}</ul>`;
}

function notes(page: Page): Html {
  const report = page.data.report;
  if (!report) return html``;
  const entries = [...report.objectives, ...report.actions, ...report.milestones, ...report.indicators].filter(
    (e) => e.note,
  );
  if (entries.length === 0) return html``;
  return html`<h2>${WORDS.notes[page.locale]}</h2><dl>${entries.map((e) => noteOf(e, page))}</dl>`;
}

function noteOf(entry: ReportEntry, page: Page): Html {
  const item = page.filters ? itemOfEntry(page.plan, entry) : undefined;
  const values = item ? page.filters?.item(item) : undefined;
  const key = page.filters
    ? html`<a class="source-link" href="#"${sourceLineAttrs(entry.report.file, entry.key.range)}><code>${entry.key.value}</code></a>`
    : html`<code>${entry.key.value}</code>`;
  return html`<div class="note"${filtered(page, values)}><dt>${key}</dt><dd>${entry.note!.value}</dd></div>`;
}

/** The files the figures come from: the plan's and its reports up to the date. */
function sources(page: Page): Html {
  const { plan, data } = page;
  const upTo = data.report ? plan.reports.slice(0, plan.reports.indexOf(data.report) + 1) : [];
  const files = [...plan.files, ...upTo.map((r) => r.file)];
  const label = (uri: string) => decodeURIComponentSafe(uri.slice(uri.lastIndexOf('/') + 1));
  return html`<footer class="legend">${WORDS.sources[page.locale]}${page.locale === 'fr' ? '\u00a0:' : ':'} ${files.map(
    (f, i) =>
      html`${i > 0 ? ', ' : ''}${page.filters ? html`<a class="source-link" href="#"${attr('data-uri', f.uri)} data-line="0">${label(f.uri)}</a>` : label(f.uri)}`,
  )}.</footer>`;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
