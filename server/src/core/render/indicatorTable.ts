import type { Indicator } from '../model/types';
import { anchorOf, itemAttrs, sourceAttrs, type RenderContext } from './context';
import { attr, html, type Html } from './html';
import { MEASURES, withColon } from './labels';
import { formatPercent } from './numbers';
import { progressBar } from './progressBar';
import { inline } from './richText';
import { baselineText, indicatorProgress, targetText } from './targets';

const DIRECTION_MARKS: Record<string, string> = { increase: '↗', decrease: '↘', maintain: '→' };

/** « … » in French, “…” in English. */
function quoted(text: string, context: RenderContext): string {
  return context.locale === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`;
}

function indicatorRow(indicator: Indicator, context: RenderContext): Html {
  const { labels, locale, plan } = context;
  const traits = [
    indicator.unit?.value,
    indicator.measure ? MEASURES[indicator.measure.value]?.[locale] ?? indicator.measure.value : undefined,
  ].filter((t): t is string => t !== undefined);
  const direction = indicator.direction ? DIRECTION_MARKS[indicator.direction.value] : undefined;
  const whole = indicator.partOf ? plan.indicators.find((i) => i.id?.value === indicator.partOf!.value) : undefined;
  const wholeAnchor = whole && anchorOf(context, whole);
  const targets = indicator.targets.map((t) => html`<li${sourceAttrs(context, indicator.file, t.range)}>${targetText(t, context)}${t.quote ? html`<span class="quote">${inline(quoted(t.quote.value, context))}</span>` : ''}</li>`);
  const progress = indicatorProgress(indicator, context);
  return html`<tr class="indicator"${attr('id', anchorOf(context, indicator))}${itemAttrs(context, indicator)}>
<th scope="row"><span class="indicator-label">${inline(indicator.label?.value ?? indicator.id?.value ?? '')}</span>${traits.length > 0 || direction ? html`<span class="indicator-traits">${direction ? html`<span class="direction" aria-hidden="true">${direction}</span> ` : ''}${traits.join(' · ')}</span>` : ''}${whole ? html`<span class="indicator-traits">${withColon(labels.componentOf, locale)}<a href="#${wholeAnchor ?? ''}">${whole.label?.value ?? whole.id?.value ?? ''}</a></span>` : ''}${indicator.source ? html`<span class="indicator-source">${withColon(labels.source, locale)}${indicator.source.value}</span>` : ''}</th>
<td class="baseline">${baselineText(indicator, context)}</td>
<td class="arrow" aria-hidden="true">→</td>
<td class="targets">${targets.length > 0 ? html`<ul>${targets}</ul>` : '—'}</td>
<td class="actual">${progress ? html`<span class="actual-value">${progress.actual}</span>${progress.when ? html` <span class="when">(${progress.when})</span>` : ''}${progress.share !== undefined ? progressBar(progress.share, formatPercent(progress.share, locale)) : ''}` : html`<span class="muted">${labels.noActual}</span>`}</td>
</tr>`;
}

/** The indicator catalogue: each indicator's baseline → targets, and its latest actual with a progress bar. */
export function indicatorTable(context: RenderContext): Html {
  const { plan, labels } = context;
  if (plan.indicators.length === 0) return html``;
  return html`<section class="indicators" id="indicators"><h2 class="section-title">${labels.indicators}</h2>
<table class="indicator-table"><thead><tr><th scope="col">${labels.indicator}</th><th scope="col">${labels.baseline}</th><th aria-hidden="true"></th><th scope="col">${labels.targets}</th><th scope="col">${labels.actual}</th></tr></thead>
<tbody>${plan.indicators.map((i) => indicatorRow(i, context))}</tbody></table></section>`;
}
