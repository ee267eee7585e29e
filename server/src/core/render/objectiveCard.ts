import type { Objective } from '../model/types';
import { actionItem } from './actionItem';
import { anchorOf, itemAttrs, textLineAttrs, type RenderContext } from './context';
import { findingMarkers } from './findingMarkers';
import { attr, html, type Html } from './html';
import { withColon } from './labels';
import { ownerName } from './owners';
import { inline, plainText, richText } from './richText';

function indicatorLinks(objective: Objective, context: RenderContext): Html {
  return html`${objective.indicators.map((ref) => {
    const indicator = context.plan.byId.get(ref.value)?.find((x) => x.kind === 'indicator');
    const anchor = indicator && anchorOf(context, indicator);
    const label =
      indicator?.kind === 'indicator' && indicator.label
        ? plainText(indicator.label.value, context.typeset)
        : ref.value;
    return anchor ? html`<a class="chip" href="#${anchor}">${label}</a>` : html`<span class="chip">${label}</span>`;
  })}`;
}

/**
 * An objective as the printed plan sets it: "Objectif" and its number, the title, who carries
 * it and what measures it, its "Intention", then "Projets, actions et jalons clés".
 */
export function objectiveCard(objective: Objective, number: string | undefined, context: RenderContext): Html {
  const { labels, locale } = context;
  const meta: Html[] = [];
  if (objective.owner)
    meta.push(
      html`<span class="fact"><span class="fact-label">${withColon(labels.owner, locale)}</span>${ownerName(objective.owner, context)}</span>`,
    );
  if (objective.indicators.length > 0)
    meta.push(
      html`<span class="fact"><span class="fact-label">${withColon(labels.measuredBy, locale)}</span>${indicatorLinks(objective, context)}</span>`,
    );
  const idTag =
    context.options.mode === 'webview' && context.audience === 'review' && objective.id
      ? html` <code class="item-id">${objective.id.value}</code>`
      : '';
  return html`<article class="objective-card"${attr('id', anchorOf(context, objective))}${itemAttrs(context, objective)}>
<header class="objective-head"><h4 class="objective-title"><span class="kicker">${labels.objective}${number ? ` ${number}` : ''}${idTag}</span> ${inline(objective.title?.value ?? objective.id?.value ?? labels.untitled, context.typeset)}</h4>${meta.length > 0 ? html`<p class="facts">${meta}</p>` : ''}</header>
${findingMarkers(objective, context)}
${objective.intention ? html`<section class="intention"><p class="section-label">${labels.intention}</p>${richText(objective.intention.value, textLineAttrs(context, objective.file, objective.intention), context.typeset)}</section>` : ''}
${objective.actions.length > 0 ? html`<section class="objective-actions"><p class="section-label">${labels.actions}</p><ol class="actions">${objective.actions.map((a, i) => actionItem(a, number ? `${number}.${i + 1}` : undefined, context))}</ol></section>` : ''}
</article>`;
}
