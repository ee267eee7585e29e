import type { RenderContext } from './context';
import { anchorOf, itemAttrs, sourceAttrs, textLineAttrs } from './context';
import { formatDate, formatSpan } from './dates';
import { attr, html, type Html } from './html';
import { PLAN_STATUS, withColon } from './labels';
import { formatNumber } from './numbers';
import { axisObjectives } from './axisSection';
import { findingMarkers } from './findingMarkers';
import { logoDataUri } from './logo';
import { inline, plainText, richText } from './richText';

/** The plan's title as the page and the panel name it. */
export function planTitle(context: RenderContext): string {
  const header = context.plan.header;
  if (header?.title) return plainText(header.title.value, context.typeset);
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
  if (status)
    out.push(
      html`<span class="plan-status plan-status-${PLAN_STATUS[status] ? status : 'unknown'}">${PLAN_STATUS[status]?.[locale] ?? status}</span>`,
    );
  if (header.version) out.push(html`<span>${withColon(labels.version, locale)}${header.version.value}</span>`);
  const adopted = header.adopted;
  if (adopted?.by || adopted?.on) {
    const on = adopted.on ? ` ${labels.adoptedOn} ${formatDate(adopted.on.value, locale)}` : '';
    out.push(html`<span>${labels.adoptedBy} ${adopted.by ? context.typeset(adopted.by.value) : ''}${on}</span>`);
  }
  if (header.horizon)
    out.push(html`<span>${withColon(labels.horizon, locale)}${formatDate(header.horizon.value, locale)}</span>`);
  if (header.asOf)
    out.push(html`<span>${withColon(labels.asOf, locale)}${formatDate(header.asOf.value, locale)}</span>`);
  const previous = header.previous && previousTitle(header.previous.value, context);
  if (previous) out.push(html`<span>${withColon(labels.previous, locale)}${previous}</span>`);
  return out;
}

/** The plan this one follows, by its title when it is in the workspace; its id only for review (the public never sees ids). */
function previousTitle(id: string, context: RenderContext): string | undefined {
  const title = context.assets.planTitles?.get(id);
  if (title) return plainText(title, context.typeset);
  return context.audience === 'review' ? id : undefined;
}

/** The opinions the plan went through, shown with its adoption: "CME, 14 novembre 2025 : avis favorable". */
function governance(context: RenderContext): Html {
  const { labels, locale } = context;
  const opinions = context.plan.header?.governance ?? [];
  if (opinions.length === 0) return html``;
  const items = opinions.map(
    (g) =>
      html`<li><span class="governance-body">${g.body ? plainText(g.body.value, context.typeset) : ''}</span>${g.on ? html`, <span class="when">${formatDate(g.on.value, locale)}</span>` : ''}${g.opinion ? html`${locale === 'fr' ? '\u202f: ' : ': '}<span class="governance-opinion">${plainText(g.opinion.value, context.typeset)}</span>` : ''}</li>`,
  );
  return html`<div class="governance"><p class="governance-title">${labels.governance}</p><ul>${items}</ul></div>`;
}

/** True when the title already says the cycle's years ("Projet d'établissement 2027-2031"): the cover does not say them twice. */
function titleNamesCycle(context: RenderContext): boolean {
  const { title, cycle } = context.plan.header ?? {};
  const start = context.plan.cycle?.start.year;
  const end = context.plan.cycle?.end.year;
  if (!title || !cycle || start === undefined || end === undefined) return false;
  return title.value.includes(String(start)) && title.value.includes(String(end));
}

/** "Le mot du directeur général": each foreword after the cover, signed. */
export function forewords(context: RenderContext): Html {
  const list = context.plan.header?.forewords ?? [];
  if (list.length === 0) return html``;
  const { plan, labels } = context;
  return html`<section class="forewords" id="forewords"><h2 class="section-title">${labels.forewords}</h2>${list.map((f) => html`<article class="foreword"${sourceAttrs(context, plan.root, f.range)}>${f.text ? richText(f.text.value, textLineAttrs(context, plan.root, f.text), context.typeset) : ''}<p class="signature">${f.by ? html`<span class="signatory">${plainText(f.by.value, context.typeset)}</span>` : ''}${f.role ? html`<span class="role">${plainText(f.role.value, context.typeset)}</span>` : ''}</p></article>`)}</section>`;
}

function keyFigures(context: RenderContext): Html {
  const { plan, labels, locale } = context;
  const figures: [number, string][] = [
    [plan.axes.length, labels.axes],
    [plan.ambitions.length, labels.ambitions],
    [plan.objectives.length, labels.objectives],
    [plan.actions.length, labels.actionsCount],
    [plan.indicators.length, labels.indicatorsCount],
  ];
  const shown = figures.filter(([count], i) => count > 0 || i === 2);
  return html`<ul class="key-figures"${attr('aria-label', labels.keyFigures)}>${shown.map(([count, word]) => html`<li><span class="figure">${formatNumber(count, locale)}</span> <span class="figure-label">${word}</span></li>`)}</ul>`;
}

/** The logo on the cover, when the host could read it. */
export function coverLogo(context: RenderContext): Html {
  const logo = context.assets.logo;
  return logo
    ? html`<img class="logo"${attr('src', logoDataUri(logo))}${attr('alt', context.plan.header?.institution?.value ?? '')}>`
    : html``;
}

/** The cover: institution, title, cycle and status, the plan at a glance, then the vision. */
export function titlePage(context: RenderContext): Html {
  const { plan, labels } = context;
  const header = plan.header;
  const cycle = titleNamesCycle(context) ? undefined : cycleText(context);
  // From the `plan:` key, so that the top of the file scrolls to the title page.
  const headerAttrs = sourceAttrs(
    context,
    plan.root,
    header && { start: header.keyRange.start, end: header.range.end },
  );
  return html`<header class="title-page" id="title-page"${headerAttrs}>
<div class="cover">
${coverLogo(context)}
${header?.institution ? html`<p class="institution">${context.typeset(header.institution.value)}</p>` : ''}
<h1 class="plan-title">${header?.title ? inline(header.title.value, context.typeset) : planTitle(context)}</h1>
${cycle ? html`<p class="plan-cycle">${cycle}</p>` : ''}
<p class="plan-facts">${facts(context)}</p>
${governance(context)}
</div>
${findingMarkers(undefined, context)}
${keyFigures(context)}
</header>
${forewords(context)}
${header?.vision ? html`<section class="vision" id="vision"${sourceAttrs(context, plan.root, header.vision.range)}><h2 class="section-title">${labels.vision}</h2>${richText(header.vision.value, textLineAttrs(context, plan.root, header.vision), context.typeset)}</section>` : ''}
${plan.references.length > 0 ? html`<section class="references"><h2 class="section-title">${labels.references}</h2><ul>${plan.references.map((r) => html`<li${sourceAttrs(context, r.file, r.range)}>${inline(r.title?.value ?? r.id?.value ?? '', context.typeset)}</li>`)}</ul></section>` : ''}`;
}

/** The page an anchor lands on in print (a placeholder as wide until the first print says it), nothing on screen. */
function pageOf(anchor: string | undefined, context: RenderContext): Html {
  const pages = context.options.mode === 'standalone' ? context.options.pageNumbers : undefined;
  if (!pages || anchor === undefined) return html``;
  const page = pages.get(anchor);
  return html`<span class="toc-page"${page === undefined ? html` data-placeholder` : ''}>${page ?? '000'}</span>`;
}

/** The table of contents: the sections before the axes, each axis with its objectives, then the timeline; with page numbers in print. */
export function contents(context: RenderContext, before: ContentsEntry[], after: ContentsEntry[]): Html {
  const { plan, labels } = context;
  const entry = (e: ContentsEntry) =>
    html`<li class="toc-section"><a href="#${e.anchor}"><span class="toc-title">${e.title}</span>${pageOf(e.anchor, context)}</a></li>`;
  const axes = plan.axes.map((axis) => {
    const number = axis.number?.value ?? plan.axes.indexOf(axis) + 1;
    const anchor = anchorOf(context, axis);
    let n = 0;
    const objectives = axisObjectives(axis, context).map((o) => {
      const objectiveAnchor = anchorOf(context, o);
      return html`<li class="toc-objective"><a href="#${objectiveAnchor ?? ''}"><span class="toc-title"><span class="toc-number">${number}.${++n}</span> ${inline(o.title?.value ?? o.id?.value ?? '', context.typeset)}</span>${pageOf(objectiveAnchor, context)}</a></li>`;
    });
    return html`<li class="toc-axis"${itemAttrs(context, axis, true)}><a href="#${anchor ?? ''}"><span class="toc-title"><span class="toc-number">${labels.axis} ${number}</span> ${inline(axis.title?.value ?? axis.id?.value ?? '', context.typeset)}</span>${pageOf(anchor, context)}</a>${objectives.length > 0 ? html`<ol class="toc-objectives">${objectives}</ol>` : ''}</li>`;
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
