import type { Axis, Indicator } from '../model/types';
import { anchorOf, itemAttrs, sourceAttrs, type RenderContext } from './context';
import { findingMarkers } from './findingMarkers';
import { axisObjectives, axisNumberOf } from './axisSection';
import { attr, html, type Html } from './html';
import { MEASURES, withColon } from './labels';
import { formatPercent } from './numbers';
import { progressBar } from './progressBar';
import { inline, plainText } from './richText';
import { baselineText, indicatorProgress, targetText } from './targets';
import { quoted } from './typography';

const DIRECTION_MARKS: Record<string, string> = { increase: '↗', decrease: '↘', maintain: '→' };

function actualCell(indicator: Indicator, context: RenderContext): Html {
  const { labels, locale } = context;
  const progress = indicatorProgress(indicator, context);
  if (!progress)
    return html`<td class="actual"><span class="muted">${context.audience === 'review' ? labels.noActual : '—'}</span></td>`;
  return html`<td class="actual"><span class="actual-value">${progress.actual}</span>${progress.when ? html` <span class="when">(${progress.when})</span>` : ''}${progress.share !== undefined ? progressBar(progress.share, formatPercent(progress.share, locale)) : ''}</td>`;
}

/** One indicator: a row of figures (label, baseline → targets, actual), then its targets' quotes across the table. */
function indicatorRows(indicator: Indicator, context: RenderContext): Html {
  const { labels, locale, plan } = context;
  const traits = [
    indicator.unit?.value,
    indicator.measure ? (MEASURES[indicator.measure.value]?.[locale] ?? indicator.measure.value) : undefined,
  ].filter((t): t is string => t !== undefined);
  const direction = indicator.direction ? DIRECTION_MARKS[indicator.direction.value] : undefined;
  const whole = indicator.partOf ? plan.indicators.find((i) => i.id?.value === indicator.partOf!.value) : undefined;
  const wholeAnchor = whole && anchorOf(context, whole);
  const targets = indicator.targets.map(
    (t) => html`<li${sourceAttrs(context, indicator.file, t.range)}>${targetText(t, context)}</li>`,
  );
  const quotes = indicator.targets
    .filter((t) => t.quote)
    .map(
      (t) =>
        html`<p class="quote"${sourceAttrs(context, indicator.file, t.quote!.range)}>${inline(quoted(t.quote!.value, context), context.typeset)}</p>`,
    );
  const columns = context.reports ? 5 : 4;
  return html`<tbody class="indicator"${attr('id', anchorOf(context, indicator))}${itemAttrs(context, indicator)}><tr>
<th scope="row"><span class="indicator-label">${inline(indicator.label?.value ?? indicator.id?.value ?? '', context.typeset)}</span>${traits.length > 0 || direction ? html`<span class="indicator-traits">${direction ? html`<span class="direction" aria-hidden="true">${direction}</span> ` : ''}${traits.join(' · ')}</span>` : ''}${whole ? html`<span class="indicator-traits">${withColon(labels.componentOf, locale)}<a href="#${wholeAnchor ?? ''}">${plainText(whole.label?.value ?? whole.id?.value ?? '', context.typeset)}</a></span>` : ''}${indicator.source ? html`<span class="indicator-source">${withColon(labels.source, locale)}${context.typeset(indicator.source.value)}</span>` : ''}${findingMarkers(indicator, context)}</th>
<td class="baseline">${baselineText(indicator, context)}</td>
<td class="arrow" aria-hidden="true">→</td>
<td class="targets">${targets.length > 0 ? html`<ul>${targets}</ul>` : '—'}</td>
${context.reports ? actualCell(indicator, context) : ''}
</tr>${quotes.length > 0 ? html`<tr class="indicator-quotes"><td${attr('colspan', columns)}>${quotes}</td></tr>` : ''}</tbody>`;
}

function table(indicators: readonly Indicator[], context: RenderContext): Html {
  const { labels } = context;
  return html`<table class="indicator-table"><thead><tr><th scope="col">${labels.indicator}</th><th scope="col">${labels.baseline}</th><th aria-hidden="true"></th><th scope="col">${labels.targets}</th>${context.reports ? html`<th scope="col">${labels.actual}</th>` : ''}</tr></thead>
${indicators.map((i) => indicatorRows(i, context))}</table>`;
}

/** The ids of the indicators an axis's objectives and actions name. */
function idsUsedBy(axis: Axis, context: RenderContext): Set<string> {
  const ids = new Set<string>();
  for (const objective of axisObjectives(axis, context)) {
    for (const ref of objective.indicators) ids.add(ref.value);
    for (const action of objective.actions) for (const ref of action.contributesTo) ids.add(ref.value);
  }
  return ids;
}

export interface IndicatorGroup {
  /** The axis whose objectives alone use these indicators; none for the common table. */
  axis?: Axis;
  anchor: string;
  title: string;
  indicators: Indicator[];
}

/** The indicators by axis: each under the one axis that uses it; those several axes (or none) use go to a common table, last. */
export function indicatorGroups(context: RenderContext): IndicatorGroup[] {
  const { plan, labels } = context;
  const used = plan.axes.map((axis) => ({ axis, ids: idsUsedBy(axis, context) }));
  const groups: IndicatorGroup[] = used.map(({ axis }) => ({
    axis,
    anchor: `indicators-${anchorOf(context, axis) ?? axis.index}`,
    title: `${labels.axis} ${axisNumberOf(axis, context)} · ${plainText(axis.title?.value ?? axis.id?.value ?? '', context.typeset)}`,
    indicators: [],
  }));
  const common: IndicatorGroup = { anchor: 'indicators-common', title: labels.commonIndicators, indicators: [] };
  for (const indicator of plan.indicators) {
    const id = indicator.id?.value;
    const axes = used.flatMap((u, i) => (id !== undefined && u.ids.has(id) ? [i] : []));
    (axes.length === 1 ? groups[axes[0]] : common).indicators.push(indicator);
  }
  return [...groups, common].filter((g) => g.indicators.length > 0);
}

/** The indicator catalogue, by axis: each indicator's baseline → targets (quotes below), and its latest actual when the plan reports any. */
export function indicatorTable(context: RenderContext): Html {
  const { plan, labels } = context;
  if (plan.indicators.length === 0) return html``;
  const groups = indicatorGroups(context);
  const single = groups.length === 1 && groups[0].axis === undefined;
  return html`<section class="indicators" id="indicators"><h2 class="section-title">${labels.indicators}</h2>
${single ? table(groups[0].indicators, context) : groups.map((g) => html`<section class="indicator-group"${attr('id', g.anchor)}><h3 class="group-title">${g.title}</h3>${table(g.indicators, context)}</section>`)}</section>`;
}
