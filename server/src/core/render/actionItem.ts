import type { Action, Milestone } from '../model/types';
import { anchorOf, itemAttrs, sourceAttrs, type RenderContext } from './context';
import { formatDate, formatSpan } from './dates';
import { findingMarkers } from './findingMarkers';
import { attr, html, type Html } from './html';
import { withColon } from './labels';
import { formatPercent } from './numbers';
import { ownerName } from './owners';
import { progressBar } from './progressBar';
import { inline, plainText } from './richText';
import { shownStatus, statusBadge } from './status';

/** "2026–2028", "Échéance : 2028", "À partir de 2026", "Jusqu’à 2026"; nothing for an undated action. */
export function actionWhen(action: Action, context: RenderContext): string | undefined {
  const { locale, labels } = context;
  const { start, end, due } = action;
  if (start && end) return formatSpan(start.value, end.value, locale);
  if (due) return `${withColon(labels.due, locale)}${formatDate(due.value, locale)}`;
  if (start) return `${labels.from} ${formatDate(start.value, locale)}`;
  if (end) return `${labels.until} ${formatDate(end.value, locale)}`;
  return undefined;
}

function milestoneItem(milestone: Milestone, context: RenderContext): Html {
  const due = milestone.due ? formatDate(milestone.due.value, context.locale) : undefined;
  return html`<li class="milestone"${attr('id', anchorOf(context, milestone))}${itemAttrs(context, milestone)}><span class="milestone-mark" aria-hidden="true">◆</span> <span class="milestone-title">${inline(milestone.title?.value ?? milestone.id?.value ?? '', context.typeset)}</span>${due ? html` <span class="when">${due}</span>` : ''} ${statusBadge(shownStatus(milestone, context), context)}${findingMarkers(milestone, context)}</li>`;
}

/** Links to the items a list of ids names, by their titles; an id the plan lacks shows as written. */
function references(ids: readonly { value: string }[], context: RenderContext, kind: 'action' | 'indicator'): Html {
  const links = ids.map((ref, i) => {
    const item = context.plan.byId.get(ref.value)?.find((x) => x.kind === kind);
    const written =
      item?.kind === 'action' ? item.title?.value : item?.kind === 'indicator' ? item.label?.value : undefined;
    const title = written === undefined ? undefined : plainText(written, context.typeset);
    const anchor = item && anchorOf(context, item);
    const separator = i > 0 ? ', ' : '';
    return anchor
      ? html`${separator}<a class="ref" href="#${anchor}">${title ?? ref.value}</a>`
      : html`${separator}<span class="ref">${ref.value}</span>`;
  });
  return html`${links}`;
}

/** One action of an objective: its number ("Action 1.3.2"), title, dates, status and progress, details, owner, links, milestones. */
export function actionItem(action: Action, number: string | undefined, context: RenderContext): Html {
  const { labels, locale } = context;
  const when = actionWhen(action, context);
  const progress = context.reports ? context.figures.progress(action)?.value.value : undefined;
  const facts: Html[] = [];
  if (action.owner)
    facts.push(
      html`<span class="fact"><span class="fact-label">${withColon(labels.owner, locale)}</span>${ownerName(action.owner, context)}</span>`,
    );
  if (action.dependsOn.length > 0)
    facts.push(
      html`<span class="fact"><span class="fact-label">${withColon(labels.dependsOn, locale)}</span>${references(action.dependsOn, context, 'action')}</span>`,
    );
  if (action.contributesTo.length > 0)
    facts.push(
      html`<span class="fact"><span class="fact-label">${withColon(labels.contributesTo, locale)}</span>${references(action.contributesTo, context, 'indicator')}</span>`,
    );
  const details = action.details.map(
    (d) => html`<li${sourceAttrs(context, action.file, d.range)}>${inline(d.value, context.typeset)}</li>`,
  );
  return html`<li class="action"${attr('id', anchorOf(context, action))}${itemAttrs(context, action)}>
<div class="action-head"><h5 class="action-title">${number ? html`<span class="action-number">${labels.actionNumber} ${number}</span> ` : ''}${inline(action.title?.value ?? action.id?.value ?? '', context.typeset)}</h5><span class="action-meta">${when ? html`<span class="when">${when}</span>` : ''}${statusBadge(shownStatus(action, context), context)}${progress !== undefined ? progressBar(progress / 100, formatPercent(progress / 100, locale)) : ''}</span></div>
${findingMarkers(action, context)}${details.length > 0 ? html`<ul class="action-details">${details}</ul>` : ''}${facts.length > 0 ? html`<p class="facts">${facts}</p>` : ''}${action.milestones.length > 0 ? html`<ul class="milestones"${attr('aria-label', labels.milestones)}>${action.milestones.map((m) => milestoneItem(m, context))}</ul>` : ''}</li>`;
}
