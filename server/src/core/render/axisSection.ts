import type { Ambition, Axis, Objective } from '../model/types';
import { anchorOf, itemAttrs, textLineAttrs, type RenderContext } from './context';
import { findingMarkers } from './findingMarkers';
import { attr, html, type Html } from './html';
import { objectiveCard } from './objectiveCard';
import { inline, richText } from './richText';

/** The objectives under an ambition, or directly under an axis: the root's first, then the parts' (in the plan's file order). */
export function objectivesUnder(context: RenderContext, axis: Axis, ambition: Ambition | undefined): Objective[] {
  const own = ambition ? ambition.objectives : axis.objectives;
  const fromParts = context.plan.parts
    .flatMap((p) => p.objectives)
    .filter((o) => o.axis === axis && o.ambition === ambition);
  return [...own, ...fromParts];
}

/** The axis's number as printed: its `number`, else its position. */
export function axisNumberOf(axis: Axis, context: RenderContext): number {
  return axis.number?.value ?? context.plan.axes.indexOf(axis) + 1;
}

/** Every objective of an axis, under its ambitions then directly under it. */
export function axisObjectives(axis: Axis, context: RenderContext): Objective[] {
  return [
    ...axis.ambitions.flatMap((m) => objectivesUnder(context, axis, m)),
    ...objectivesUnder(context, axis, undefined),
  ];
}

/** "1.3" for the third objective of axis 1 (counted across its ambitions); the axis's position when it has no number. */
function numbering(axis: Axis, context: RenderContext): () => string {
  const axisNumber = axis.number?.value ?? context.plan.axes.indexOf(axis) + 1;
  let n = 0;
  return () => `${axisNumber}.${++n}`;
}

function ambitionSection(ambition: Ambition, axis: Axis, next: () => string, context: RenderContext): Html {
  const { labels } = context;
  const objectives = objectivesUnder(context, axis, ambition);
  return html`<section class="ambition"${attr('id', anchorOf(context, ambition))}${itemAttrs(context, ambition)}>
<header class="ambition-head"><p class="kicker">${labels.ambition}</p><h3 class="ambition-title">${inline(ambition.title?.value ?? ambition.id?.value ?? labels.untitled, context.typeset)}</h3></header>
${findingMarkers(ambition, context)}
${ambition.stakes ? html`<div class="stakes"><p class="section-label">${labels.stakes}</p>${richText(ambition.stakes.value, textLineAttrs(context, ambition.file, ambition.stakes), context.typeset)}</div>` : ''}
<div class="objectives">${objectives.map((o) => objectiveCard(o, next(), context))}</div>
</section>`;
}

/** A strategic axis: its number and title, its introduction, its ambitions and their objectives. */
export function axisSection(axis: Axis, context: RenderContext): Html {
  const { labels } = context;
  const next = numbering(axis, context);
  const number = axis.number?.value ?? context.plan.axes.indexOf(axis) + 1;
  const direct = objectivesUnder(context, axis, undefined);
  return html`<section class="axis"${attr('id', anchorOf(context, axis))}${itemAttrs(context, axis)}>
<header class="axis-head"><span class="axis-number" aria-hidden="true">${number}</span><div><h2 class="axis-title"><span class="kicker">${labels.axis} ${number}</span> ${inline(axis.title?.value ?? axis.id?.value ?? labels.untitled, context.typeset)}</h2></div></header>
${findingMarkers(axis, context)}
${axis.summary ? html`<div class="axis-summary">${richText(axis.summary.value, textLineAttrs(context, axis.file, axis.summary), context.typeset)}</div>` : ''}
${axis.ambitions.map((m) => ambitionSection(m, axis, next, context))}
${direct.length > 0 ? html`<div class="objectives">${direct.map((o) => objectiveCard(o, next(), context))}</div>` : ''}
</section>`;
}

/** Objectives of parts whose axis is not in the plan (its root missing or the axis misnamed): shown rather than lost. */
export function orphanObjectives(context: RenderContext): Html {
  const orphans = context.plan.parts
    .flatMap((p) => p.objectives)
    .filter((o) => !o.axis || !context.plan.axes.includes(o.axis));
  if (orphans.length === 0) return html``;
  return html`<section class="axis axis-other" id="other-objectives">
<header class="axis-head"><div><h2 class="axis-title">${context.labels.otherObjectives}</h2></div></header>
<div class="objectives">${orphans.map((o) => objectiveCard(o, undefined, context))}</div>
</section>`;
}
