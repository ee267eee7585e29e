import type { Locale, Localized } from '../i18n/locale';
import { itemName } from '../model/describe';
import type { PartialDate } from '../model/dates';
import type { Action, Milestone } from '../model/types';
import type { Plan } from '../plan/assemble';
import { html, trusted, type Html } from '../render/html';
import { formatNumber } from '../render/numbers';
import {
  dashboardData,
  STATUSES,
  type Completion,
  type Dashboard,
  type DashboardStatus,
  type Rag,
} from './dashboardData';
import { indicatorChart } from './indicatorChart';

const WORDS = {
  title: { en: 'Dashboard', fr: 'Tableau de bord' },
  at: { en: 'At', fr: 'Au' },
  noReport: {
    en: 'No progress report: the plan’s own statuses.',
    fr: 'Aucun bilan d’étape : les statuts du plan lui-même.',
  },
  byAxis: { en: 'Completion by axis', fr: 'Avancement par axe' },
  byOwner: { en: 'Completion by owner', fr: 'Avancement par responsable' },
  progress: { en: 'Weighted progress', fr: 'Avancement pondéré' },
  progressRule: {
    en: 'Weighted progress: the mean of the actions’ progress, a done action counting 100 %, cancelled actions left out.',
    fr: 'Avancement pondéré : moyenne de l’avancement des actions, une action terminée comptant pour 100 %, les actions annulées exclues.',
  },
  rag: { en: 'Status of objectives and axes', fr: 'État des objectifs et des axes' },
  ragRule: {
    en: 'An objective is late when one of its actions or milestones is overdue at the date, at risk when one of its actions is delayed or one of its indicators is behind its trajectory (by more than 10 % of the planned change), on track otherwise, unless the report sets it (rag, with a note). An axis takes the state of its worst objective.',
    fr: 'Un objectif est en retard quand l’une de ses actions ou l’un de ses jalons est échu à la date, à risque quand l’une de ses actions est retardée ou que l’un de ses indicateurs est en retard sur sa trajectoire (de plus de 10 % de l’évolution prévue), dans les temps sinon, sauf si le bilan le fixe (rag, avec une note). Un axe prend l’état de son pire objectif.',
  },
  overridden: { en: 'set by the report', fr: 'fixé par le bilan' },
  overdue: { en: 'Overdue', fr: 'En retard sur l’échéance' },
  slips: { en: 'Slipped since the previous report', fr: 'Glissements depuis le bilan précédent' },
  none: { en: 'None.', fr: 'Aucun.' },
  indicators: { en: 'Indicators', fr: 'Indicateurs' },
  chartLegend: {
    en: 'Line: the trajectory from the baseline to each target; squares: baseline and targets; dots: actuals; dashed line: the report’s date.',
    fr: 'Ligne : la trajectoire de la référence à chaque cible ; carrés : référence et cibles ; points : réalisés ; trait pointillé : date du bilan.',
  },
  notes: { en: 'Notes of the period', fr: 'Notes de la période' },
} satisfies Record<string, Localized>;

const STATUS_WORDS: Record<DashboardStatus, Localized> = {
  planned: { en: 'Planned', fr: 'Prévu' },
  'in-progress': { en: 'In progress', fr: 'En cours' },
  delayed: { en: 'Delayed', fr: 'Retardé' },
  done: { en: 'Done', fr: 'Terminé' },
  cancelled: { en: 'Cancelled', fr: 'Annulé' },
  unset: { en: 'Not set', fr: 'Non renseigné' },
};
const RAG_WORDS: Record<Rag, Localized> = {
  'on-track': { en: 'On track', fr: 'Dans les temps' },
  'at-risk': { en: 'At risk', fr: 'À risque' },
  late: { en: 'Late', fr: 'En retard' },
};

const STYLE = `:root{color-scheme:light dark}body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:CanvasText;background:Canvas;--accent:#2563eb;--muted:#8a8a8a}
h1{margin:0 0 .25rem}table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid var(--muted);padding:.25rem .5rem;text-align:left}
td.n{text-align:right}.rag{font-weight:600}.rag.late{color:#c0262d}.rag.at-risk{color:#b45309}.rag.on-track{color:#15803d}
.legend{color:var(--muted);font-size:.9em}.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(420px,1fr));gap:1rem}
.chart{width:100%;height:auto;color:CanvasText}.chart .axis{stroke:currentColor;stroke-width:1}.chart .tick{fill:currentColor;font-size:12px}
.chart .trajectory{fill:none;stroke:var(--muted);stroke-width:2}.chart .baseline,.chart .target{fill:var(--muted)}
.chart .actuals{fill:none;stroke:var(--accent);stroke-width:2}.chart .actual{fill:var(--accent)}.chart .report-date{stroke:currentColor;stroke-dasharray:4 3}
@media print{body{margin:1cm}.charts{display:block}.chart{max-width:14cm;page-break-inside:avoid}}`;

/**
 * The plan's dashboard as one self-contained HTML document (no script, nothing remote): at a
 * report's date, completion by axis and by owner, the state of objectives and axes, overdue
 * items and what slipped, one chart per indicator and the period's notes. Every rule is
 * written in its legend; every text of the plan is escaped.
 */
export function renderDashboard(plan: Plan, locale: Locale, asOf?: PartialDate): string {
  const data = dashboardData(plan, asOf);
  const w = (l: Localized) => l[locale];
  const title = plan.header?.title?.value ?? plan.id ?? '';
  const body = html`<h1>${w(WORDS.title)} — ${title}</h1>
<p>${data.date ? html`${w(WORDS.at)} ${data.date.text}${data.report?.title ? html` · ${data.report.title.value}` : ''}` : ''}${data.report ? '' : html` ${w(WORDS.noReport)}`}</p>
${data.report?.summary ? html`<p>${data.report.summary.value}</p>` : ''}
<h2>${w(WORDS.byAxis)}</h2>${completionTable(data.byAxis, locale)}
<h2>${w(WORDS.byOwner)}</h2>${completionTable(data.byOwner, locale)}
<p class="legend">${w(WORDS.progressRule)}</p>
<h2>${w(WORDS.rag)}</h2>
<ul>${data.axisRag.map(({ axis, rag }) => html`<li>${axis.title?.value ?? axis.id?.value} ${ragBadge(rag, locale)}<ul>${data.rag.filter((r) => r.objective.axis === axis).map((r) => html`<li>${r.objective.title?.value ?? r.objective.id?.value} ${ragBadge(r.rag, locale)}${r.overridden ? html` <span class="legend">(${WORDS.overridden[locale]})</span>` : ''}</li>`)}</ul></li>`)}</ul>
<p class="legend">${w(WORDS.ragRule)}</p>
<h2>${w(WORDS.overdue)}</h2>${itemList(data.overdue, locale)}
<h2>${w(WORDS.slips)}</h2>${data.slips.length === 0 ? html`<p>${w(WORDS.none)}</p>` : html`<ul>${data.slips.map((s) => html`<li>${itemName(s.action)[locale]}${locale === 'fr' ? '\u00a0:' : ':'} ${STATUS_WORDS[s.from as DashboardStatus]?.[locale] ?? s.from} → ${STATUS_WORDS[s.to as DashboardStatus]?.[locale] ?? s.to}</li>`)}</ul>`}
<h2>${w(WORDS.indicators)}</h2>
<div class="charts">${data.indicators.map((s) => html`<figure><figcaption>${s.indicator.label?.value ?? s.indicator.id?.value}${s.indicator.unit ? html` (${s.indicator.unit.value})` : ''}</figcaption>${indicatorChart(s, data.date?.last, locale)}</figure>`)}</div>
<p class="legend">${w(WORDS.chartLegend)}</p>
${notes(data, locale)}`;
  const lang = plan.header?.language?.value ?? locale;
  return `<!DOCTYPE html>\n${html`<html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${w(WORDS.title)} — ${title}</title><style>${trusted(STYLE)}</style></head><body>${body}</body></html>`.text}\n`;
}

function completionTable(rows: readonly Completion[], locale: Locale): Html {
  const shown = STATUSES.filter((s) => rows.some((r) => r.counts[s] > 0));
  return html`<table><thead><tr><th></th>${shown.map((s) => html`<th>${STATUS_WORDS[s][locale]}</th>`)}<th>${WORDS.progress[locale]}</th></tr></thead><tbody>${rows.map((r) => html`<tr><th>${r.name}</th>${shown.map((s) => html`<td class="n">${r.counts[s]}</td>`)}<td class="n">${r.progress === undefined ? '—' : `${formatNumber(Math.round(r.progress * 10) / 10, locale)} %`}</td></tr>`)}</tbody></table>`;
}

function ragBadge(rag: Rag, locale: Locale): Html {
  return html`<span class="rag ${rag}">${RAG_WORDS[rag][locale]}</span>`;
}

function itemList(items: readonly (Action | Milestone)[], locale: Locale): Html {
  if (items.length === 0) return html`<p>${WORDS.none[locale]}</p>`;
  return html`<ul>${items.map((i) => html`<li>${itemName(i)[locale]}${i.title ? html` — ${i.title.value}` : ''}</li>`)}</ul>`;
}

function notes(data: Dashboard, locale: Locale): Html {
  const report = data.report;
  if (!report) return html``;
  const entries = [...report.objectives, ...report.actions, ...report.milestones, ...report.indicators].filter(
    (e) => e.note,
  );
  if (entries.length === 0) return html``;
  return html`<h2>${WORDS.notes[locale]}</h2><dl>${entries.map((e) => html`<dt><code>${e.key.value}</code></dt><dd>${e.note!.value}</dd>`)}</dl>`;
}
