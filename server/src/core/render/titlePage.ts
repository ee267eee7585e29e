import type { RenderContext } from './context';
import { anchorOf, itemAttrs, sourceAttrs, textLineAttrs } from './context';
import { formatDate, formatSpan } from './dates';
import { attr, html, type Html } from './html';
import { PLAN_STATUS, withColon } from './labels';
import { formatNumber } from './numbers';
import { inline, plainText, richText } from './richText';

/** The plan's title as the page and the panel name it. */
export function planTitle(context: RenderContext): string {
  const header = context.plan.header;
  if (header?.title) return plainText(header.title.value);
  const id = context.plan.id;
  return id ? `${context.labels.partOfPlan} ${id}` : context.labels.untitled;
}

function cycleText(context: RenderContext): string | undefined {
  const cycle = context.plan.header?.cycle;
  if (cycle?.start === undefined || cycle.end === undefined) return undefined;
  return formatSpan(cycle.start.value, cycle.end.value, context.locale);
}

/** Status, version, adoption, horizon and `as_of`, each a short fact under the title. */
function facts(context: RenderContext): Html[] {
  const { labels, locale } = context;
  const header = context.plan.header;
  if (!header) return [];
  const out: Html[] = [];
  const status = header.status?.value;
  if (status) out.push(html`<span class="plan-status plan-status-${PLAN_STATUS[status] ? status : 'unknown'}">${PLAN_STATUS[status]?.[locale] ?? status}</span>`);
  if (header.version) out.push(html`<span>${withColon(labels.version, locale)}${header.version.value}</span>`);
  const adopted = header.adopted;
  if (adopted?.by || adopted?.on) {
    const on = adopted.on ? ` ${labels.adoptedOn} ${formatDate(adopted.on.value, locale)}` : '';
    out.push(html`<span>${labels.adoptedBy} ${adopted.by?.value ?? ''}${on}</span>`);
  }
  if (header.horizon) out.push(html`<span>${withColon(labels.horizon, locale)}${formatDate(header.horizon.value, locale)}</span>`);
  if (header.asOf) out.push(html`<span>${withColon(labels.asOf, locale)}${formatDate(header.asOf.value, locale)}</span>`);
  if (header.previous) out.push(html`<span>${withColon(labels.previous, locale)}${header.previous.value}</span>`);
  return out;
}

function keyFigures(context: RenderContext): Html {
  const { plan, labels, locale } = context;
  const figures: [number, string][] = [
    [plan.axes.length, labels.axes], [plan.ambitions.length, labels.ambitions], [plan.objectives.length, labels.objectives],
    [plan.actions.length, labels.actionsCount], [plan.indicators.length, labels.indicatorsCount],
  ];
  const shown = figures.filter(([count], i) => count > 0 || i === 2);
  return html`<ul class="key-figures"${attr('aria-label', labels.keyFigures)}>${shown.map(([count, word]) => html`<li><span class="figure">${formatNumber(count, locale)}</span> <span class="figure-label">${word}</span></li>`)}</ul>`;
}

/** The cover: institution, title, cycle and status, the plan at a glance, then the vision. */
export function titlePage(context: RenderContext): Html {
  const { plan, labels } = context;
  const header = plan.header;
  const cycle = cycleText(context);
  // From the `plan:` key, so that the top of the file scrolls to the title page.
  const headerAttrs = sourceAttrs(context, plan.root, header && { start: header.keyRange.start, end: header.range.end });
  return html`<header class="title-page" id="title-page"${headerAttrs}>
<div class="cover">
${header?.institution ? html`<p class="institution">${header.institution.value}</p>` : ''}
<h1 class="plan-title">${header?.title ? inline(header.title.value) : planTitle(context)}</h1>
${cycle ? html`<p class="plan-cycle">${cycle}</p>` : ''}
<p class="plan-facts">${facts(context)}</p>
</div>
${keyFigures(context)}
</header>
${header?.vision ? html`<section class="vision" id="vision"${sourceAttrs(context, plan.root, header.vision.range)}><h2 class="section-title">${labels.vision}</h2>${richText(header.vision.value, textLineAttrs(context, plan.root, header.vision))}</section>` : ''}
${plan.references.length > 0 ? html`<section class="references"><h2 class="section-title">${labels.references}</h2><ul>${plan.references.map((r) => html`<li${sourceAttrs(context, r.file, r.range)}>${inline(r.title?.value ?? r.id?.value ?? '')}</li>`)}</ul></section>` : ''}`;
}

/** The table of contents: the sections before the axes (indicators), each axis, then the timeline and diagnostics. */
export function contents(context: RenderContext, before: ContentsEntry[], after: ContentsEntry[]): Html {
  const { plan, labels } = context;
  const entry = (e: ContentsEntry) => html`<li><a href="#${e.anchor}">${e.title}</a></li>`;
  const axes = plan.axes.map((axis) => {
    const number = axis.number?.value ?? plan.axes.indexOf(axis) + 1;
    return html`<li${itemAttrs(context, axis, true)}><a href="#${anchorOf(context, axis) ?? ''}"><span class="toc-number">${labels.axis} ${number}</span> ${inline(axis.title?.value ?? axis.id?.value ?? '')}</a></li>`;
  });
  return html`<nav class="contents" aria-labelledby="contents-title"><h2 class="section-title" id="contents-title">${labels.contents}</h2><ol>${before.map(entry)}${axes}${after.map(entry)}</ol></nav>`;
}

export interface ContentsEntry {
  anchor: string;
  title: string;
}

/** The plan's closing words, after the axes, as the document prints them. */
export function conclusion(context: RenderContext): Html | string {
  const { plan, labels } = context;
  const text = plan.header?.conclusion;
  if (!text || !plan.root) return '';
  return html`<section class="vision conclusion" id="conclusion"${sourceAttrs(context, plan.root, text.range)}><h2 class="section-title">${labels.conclusion}</h2>${richText(text.value, textLineAttrs(context, plan.root, text))}</section>`;
}
