import type { Locale } from '../i18n/locale';
import { html, type Html } from '../render/html';
import { formatFigure } from '../render/numbers';
import type { ChartPoint, IndicatorSeries } from './dashboardData';

/** The chart's drawing area, in SVG user units. */
export const CHART = { width: 480, height: 200, left: 96, right: 16, top: 16, bottom: 28 } as const;

/** Where the chart puts a day and a value: linear scales over the data's extent (values padded by a tenth). */
export function chartScales(points: readonly ChartPoint[], extraDays: readonly number[]) {
  const days = [...points.map((p) => p.day), ...extraDays];
  const values = points.map((p) => p.value);
  const d0 = Math.min(...days);
  const d1 = Math.max(...days);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) / 10 || Math.abs(hi) / 10 || 1;
  const v0 = lo - pad;
  const v1 = hi + pad;
  const round = (n: number) => Math.round(n * 10) / 10;
  const x = (day: number) =>
    round(CHART.left + ((day - d0) / (d1 - d0 || 1)) * (CHART.width - CHART.left - CHART.right));
  const y = (value: number) =>
    round(CHART.top + ((v1 - value) / (v1 - v0)) * (CHART.height - CHART.top - CHART.bottom));
  return { x, y, v0, v1, d0, d1 };
}

const yearOf = (day: number) => new Date(day * 86_400_000).getUTCFullYear();

/**
 * One indicator as an inline SVG (no script): the trajectory from the baseline to each target
 * (a line, the baseline and targets as squares), every actual (dots joined), the report's date
 * (a dashed vertical line). Colours come from `currentColor` and two CSS variables, so the
 * chart reads in print and in dark themes.
 */
export function indicatorChart(series: IndicatorSeries, reportDay: number | undefined, locale: Locale): Html {
  const points = [...series.trajectory, ...series.actuals];
  if (points.length === 0) return html``;
  const unit = series.indicator.unit?.value;
  const s = chartScales(points, reportDay === undefined ? [] : [reportDay]);
  const path = (list: readonly ChartPoint[]) =>
    list.map((p, i) => `${i === 0 ? 'M' : 'L'}${s.x(p.day)},${s.y(p.value)}`).join(' ');
  const figure = (v: number) => formatFigure(Math.round(v * 100) / 100, unit, locale);
  const label = series.indicator.label?.value ?? series.indicator.id?.value ?? '';
  // A tick on each 1 January within the chart.
  const years: number[] = [];
  for (let year = yearOf(s.d0); year <= yearOf(s.d1); year++)
    if (Date.UTC(year, 0, 1) / 86_400_000 >= s.d0) years.push(year);
  const yearStep = Math.max(1, Math.ceil(years.length / 8));
  return html`<svg class="chart" viewBox="0 0 ${CHART.width} ${CHART.height}" role="img" aria-label="${label}" data-indicator="${series.indicator.id?.value}">
<line class="axis" x1="${CHART.left}" y1="${CHART.height - CHART.bottom}" x2="${CHART.width - CHART.right}" y2="${CHART.height - CHART.bottom}"/>
<text class="tick" x="${CHART.left - 4}" y="${s.y(s.v1) + 4}" text-anchor="end">${figure(s.v1)}</text>
<text class="tick" x="${CHART.left - 4}" y="${s.y(s.v0)}" text-anchor="end">${figure(s.v0)}</text>
${years.filter((_, i) => i % yearStep === 0).map((year) => html`<text class="tick" x="${s.x(Date.UTC(year, 0, 1) / 86_400_000)}" y="${CHART.height - 8}" text-anchor="middle">${year}</text>`)}
${series.trajectory.length > 1 ? html`<path class="trajectory" d="${path(series.trajectory)}"/>` : ''}
${series.trajectory.map((p, i) => html`<rect class="${i === 0 ? 'baseline' : 'target'}" x="${s.x(p.day) - 3}" y="${s.y(p.value) - 3}" width="6" height="6"><title>${p.text}: ${figure(p.value)}</title></rect>`)}
${reportDay === undefined ? '' : html`<line class="report-date" x1="${s.x(reportDay)}" y1="${CHART.top}" x2="${s.x(reportDay)}" y2="${CHART.height - CHART.bottom}"/>`}
${series.actuals.length > 1 ? html`<path class="actuals" d="${path(series.actuals)}"/>` : ''}
${series.actuals.map((p) => html`<circle class="actual" cx="${s.x(p.day)}" cy="${s.y(p.value)}" r="4"><title>${p.text}: ${figure(p.value)}</title></circle>`)}
</svg>`;
}
