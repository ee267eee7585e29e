import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  ACTION_STATUS,
  actionWhen,
  axisNumberOf,
  axisObjectives,
  baselineText,
  createContext,
  formatDate,
  indicatorGroups,
  indicatorProgress,
  objectivesUnder,
  ownerName,
  plainText,
  PLAN_STATUS,
  quoted,
  renderPlanFigures,
  shownStatus,
  targetText,
  withColon,
  type Action,
  type Axis,
  type Finding,
  type Indicator,
  type Localized,
  type Objective,
  type Plan,
  type RenderContext,
  type StandaloneOptions,
} from '../../core';
import { HostError } from '../hostError';
import { withChromePage, type ChromeOptions } from '../pdf/printPdf';
import { fact, heading, paragraphsOf, runsOf, signature } from './docxText';
import { docxStyles } from './docxStyles';

export interface DocxHost extends ChromeOptions {
  /** Tells the author what the document lacks (no browser for the timeline's images). */
  warn: (problem: Localized) => void;
}

/** The pixel size of a PNG, from its header. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** An image at most `maxWidth` pixels wide (Word's 96 per inch), its ratio kept. */
function image(png: Uint8Array, maxWidth: number, scale = 2): ImageRun {
  const { width, height } = pngSize(png);
  const w = Math.min(maxWidth, width / scale);
  return new ImageRun({
    type: 'png',
    data: png,
    transformation: { width: Math.round(w), height: Math.round((height * w) / width) },
  });
}

/** The timeline of each axis as a PNG (heading left to Word), drawn by Chromium from the HTML of the figures alone; none without a browser. */
async function timelineImages(
  plan: Plan,
  findings: readonly Finding[],
  options: StandaloneOptions,
  host: DocxHost,
): Promise<{ charts: Uint8Array[]; logo?: Uint8Array }> {
  const svgLogo = options.assets?.logo?.mediaType === 'image/svg+xml';
  if (plan.actions.length === 0 && !svgLogo) return { charts: [] };
  try {
    return await withChromePage(host, async (page) => {
      await page.setContent(renderPlanFigures(plan, findings, options));
      const charts = await page.screenshots('.timeline-figure');
      const logo = svgLogo ? (await page.screenshots('.cover .logo'))[0] : undefined;
      return { charts, logo };
    });
  } catch (error) {
    if (!(error instanceof HostError)) throw error;
    host.warn({
      en: `the Word file has no timeline images nor SVG logo: ${error.text.en}`,
      fr: `le fichier Word n’a ni images du calendrier ni logo SVG : ${error.text.fr}`,
    });
    return { charts: [] };
  }
}

function cell(children: Paragraph[], columnSpan?: number): TableCell {
  return new TableCell({ children: children.length > 0 ? children : [new Paragraph('')], columnSpan });
}

function indicatorTable(indicators: readonly Indicator[], context: RenderContext): Table {
  const { labels, locale } = context;
  const columns = [labels.indicator, labels.baseline, labels.targets, ...(context.reports ? [labels.actual] : [])];
  const head = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) => cell([new Paragraph({ style: 'JalonTableHeading', children: [new TextRun(c)] })])),
  });
  const rows = indicators.flatMap((indicator) => {
    const traits = [
      indicator.unit?.value,
      indicator.source ? `${withColon(labels.source, locale)}${context.typeset(indicator.source.value)}` : undefined,
    ].filter((t): t is string => !!t);
    const progress = context.reports ? indicatorProgress(indicator, context) : undefined;
    const figures = new TableRow({
      cantSplit: true,
      children: [
        cell([
          new Paragraph({
            children: runsOf(indicator.label?.value ?? indicator.id?.value ?? '', context.typeset, { bold: true }),
          }),
          ...traits.map((t) => new Paragraph({ style: 'JalonFact', text: t })),
        ]),
        cell([new Paragraph(baselineText(indicator, context))]),
        cell(
          indicator.targets.map(
            (t) => new Paragraph({ children: [new TextRun({ text: targetText(t, context), bold: true })] }),
          ),
        ),
        ...(context.reports
          ? [cell([new Paragraph(progress ? `${progress.actual}${progress.when ? ` (${progress.when})` : ''}` : '—')])]
          : []),
      ],
    });
    const quotes = indicator.targets
      .filter((t) => t.quote)
      .map(
        (t) =>
          new Paragraph({
            style: 'JalonQuote',
            children: runsOf(quoted(t.quote!.value, context), context.typeset, { italics: true }),
          }),
      );
    return quotes.length > 0
      ? [figures, new TableRow({ cantSplit: true, children: [cell(quotes, columns.length)] })]
      : [figures];
  });
  // Widths in twentieths of a point, over the 17.2 cm between the margins.
  const widths = context.reports ? [3300, 1700, 2900, 1852] : [3700, 1900, 4152];
  return new Table({ width: { size: 9752, type: WidthType.DXA }, columnWidths: widths, rows: [head, ...rows] });
}

function actionParagraphs(action: Action, number: string, context: RenderContext): Paragraph[] {
  const { labels, locale } = context;
  const out = [
    heading(
      [
        new TextRun(`${labels.actionNumber} ${number} `),
        ...runsOf(action.title?.value ?? action.id?.value ?? '', context.typeset),
      ],
      HeadingLevel.HEADING_4,
    ),
  ];
  const when = actionWhen(action, context);
  const status = context.reports ? shownStatus(action, context) : undefined;
  const progress = context.reports ? context.figures.progress(action)?.value.value : undefined;
  const meta = [
    when,
    status ? (ACTION_STATUS[status]?.[locale] ?? status) : undefined,
    progress !== undefined ? `${progress}${locale === 'fr' ? '\u202f' : ''}%` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  if (meta) out.push(new Paragraph({ style: 'JalonFact', text: meta }));
  for (const detail of action.details)
    out.push(new Paragraph({ children: runsOf(detail.value, context.typeset), bullet: { level: 0 } }));
  if (action.owner) out.push(fact(withColon(labels.owner, locale), ownerName(action.owner, context)));
  for (const milestone of action.milestones) {
    const due = milestone.due ? ` — ${formatDate(milestone.due.value, locale)}` : '';
    out.push(
      new Paragraph({
        children: [new TextRun('◆ '), ...runsOf(milestone.title?.value ?? '', context.typeset), new TextRun(due)],
        bullet: { level: 1 },
      }),
    );
  }
  return out;
}

function objectiveParagraphs(objective: Objective, number: string, context: RenderContext): Paragraph[] {
  const { labels, locale } = context;
  const out = [
    heading(
      [
        new TextRun(`${labels.objective} ${number} · `),
        ...runsOf(objective.title?.value ?? objective.id?.value ?? labels.untitled, context.typeset),
      ],
      HeadingLevel.HEADING_3,
    ),
  ];
  if (objective.owner) out.push(fact(withColon(labels.owner, locale), ownerName(objective.owner, context)));
  const measures = objective.indicators.map((ref) => {
    const indicator = context.plan.byId.get(ref.value)?.find((x) => x.kind === 'indicator');
    return indicator?.kind === 'indicator' && indicator.label
      ? plainText(indicator.label.value, context.typeset)
      : ref.value;
  });
  if (measures.length > 0) out.push(fact(withColon(labels.measuredBy, locale), measures.join(', ')));
  if (objective.intention)
    out.push(
      new Paragraph({ style: 'JalonLabel', text: labels.intention }),
      ...paragraphsOf(objective.intention.value, context.typeset),
    );
  if (objective.actions.length > 0) out.push(new Paragraph({ style: 'JalonLabel', text: labels.actions }));
  objective.actions.forEach((a, i) => out.push(...actionParagraphs(a, `${number}.${i + 1}`, context)));
  return out;
}

function axisParagraphs(axis: Axis, context: RenderContext): Paragraph[] {
  const { labels } = context;
  const number = axisNumberOf(axis, context);
  const out = [
    heading(
      [
        new TextRun(`${labels.axis} ${number} · `),
        ...runsOf(axis.title?.value ?? axis.id?.value ?? labels.untitled, context.typeset),
      ],
      HeadingLevel.HEADING_1,
      { pageBreakBefore: true },
    ),
  ];
  if (axis.summary) out.push(...paragraphsOf(axis.summary.value, context.typeset));
  let n = 0;
  const next = () => `${number}.${++n}`;
  for (const ambition of axis.ambitions) {
    out.push(
      heading(
        runsOf(ambition.title?.value ?? ambition.id?.value ?? labels.untitled, context.typeset),
        HeadingLevel.HEADING_2,
      ),
    );
    if (ambition.stakes)
      out.push(
        new Paragraph({ style: 'JalonLabel', text: labels.stakes }),
        ...paragraphsOf(ambition.stakes.value, context.typeset),
      );
    for (const objective of objectivesUnder(context, axis, ambition))
      out.push(...objectiveParagraphs(objective, next(), context));
  }
  for (const objective of objectivesUnder(context, axis, undefined))
    out.push(...objectiveParagraphs(objective, next(), context));
  return out;
}

function cover(context: RenderContext, logo: Uint8Array | undefined): Paragraph[] {
  const { plan, labels, locale } = context;
  const header = plan.header;
  const out: Paragraph[] = [];
  const asset = context.assets.logo;
  const bitmap = asset && asset.mediaType !== 'image/svg+xml' ? asset : undefined;
  if (bitmap)
    out.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: bitmap.mediaType === 'image/png' ? 'png' : 'jpg',
            data: bitmap.bytes,
            transformation: { width: 200, height: 80 },
          }),
        ],
      }),
    );
  else if (logo) out.push(new Paragraph({ children: [image(logo, 220)] }));
  if (header?.institution)
    out.push(new Paragraph({ style: 'JalonInstitution', text: context.typeset(header.institution.value) }));
  out.push(
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: runsOf(header?.title?.value ?? labels.untitled, context.typeset),
    }),
  );
  const facts: string[] = [];
  if (header?.status && PLAN_STATUS[header.status.value]) facts.push(PLAN_STATUS[header.status.value][locale]);
  if (header?.adopted?.by || header?.adopted?.on)
    facts.push(
      `${labels.adoptedBy} ${header.adopted.by ? context.typeset(header.adopted.by.value) : ''}${header.adopted.on ? ` ${labels.adoptedOn} ${formatDate(header.adopted.on.value, locale)}` : ''}`,
    );
  const previous = header?.previous && context.assets.planTitles?.get(header.previous.value);
  if (previous) facts.push(`${withColon(labels.previous, locale)}${context.typeset(previous)}`);
  if (facts.length > 0) out.push(new Paragraph({ style: 'JalonSubtitle', text: facts.join(' · ') }));
  if (header?.governance.length) {
    out.push(new Paragraph({ style: 'JalonLabel', text: labels.governance }));
    for (const g of header.governance) {
      out.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [
            new TextRun({ text: g.body ? context.typeset(g.body.value) : '', bold: true }),
            new TextRun(
              `${g.on ? `, ${formatDate(g.on.value, locale)}` : ''}${g.opinion ? `${locale === 'fr' ? '\u202f: ' : ': '}${context.typeset(g.opinion.value)}` : ''}`,
            ),
          ],
        }),
      );
    }
  }
  return out;
}

/**
 * The plan as a Word document the communication department can lay out: real styles (Title,
 * Heading 1–4 for axis, ambition, objective, action), a table-of-contents field Word fills
 * when it opens the file, the indicators in tables, each axis's timeline as an image (drawn
 * by Chromium when there is one), numbered actions, the logo, forewords and governance.
 */
export async function renderPlanDocx(
  plan: Plan,
  findings: readonly Finding[],
  options: StandaloneOptions,
  host: DocxHost,
): Promise<Uint8Array> {
  const context = createContext(plan, findings, options);
  const { labels, locale } = context;
  const images = await timelineImages(plan, findings, options, host);
  const body: (Paragraph | Table | TableOfContents)[] = [...cover(context, images.logo)];
  body.push(new Paragraph({ style: 'JalonLabel', text: labels.contents, pageBreakBefore: true }));
  body.push(new TableOfContents(labels.contents, { hyperlink: true, headingStyleRange: '1-3' }));
  const header = plan.header;
  if (header?.forewords.length) {
    body.push(heading(labels.forewords, HeadingLevel.HEADING_1, { pageBreakBefore: true }));
    for (const f of header.forewords)
      body.push(
        ...(f.text ? paragraphsOf(f.text.value, context.typeset) : []),
        signature(f.by && context.typeset(f.by.value), f.role && context.typeset(f.role.value)),
      );
  }
  if (header?.vision)
    body.push(
      heading(labels.vision, HeadingLevel.HEADING_1, { pageBreakBefore: true }),
      ...paragraphsOf(header.vision.value, context.typeset),
    );
  if (plan.indicators.length > 0) {
    body.push(heading(labels.indicators, HeadingLevel.HEADING_1, { pageBreakBefore: true }));
    for (const group of indicatorGroups(context))
      body.push(heading(group.title, HeadingLevel.HEADING_2), indicatorTable(group.indicators, context));
  }
  for (const axis of plan.axes) body.push(...axisParagraphs(axis, context));
  if (plan.actions.length > 0) {
    body.push(heading(labels.timeline, HeadingLevel.HEADING_1, { pageBreakBefore: true }));
    const axes = plan.axes.filter((a) =>
      axisObjectives(a, context).some((o) => o.actions.some((x) => x.start || x.end || x.due)),
    );
    if (images.charts.length === 0) body.push(new Paragraph({ style: 'JalonNote', text: labels.timelineOmitted }));
    images.charts.forEach((png, i) => {
      const axis = axes[i];
      if (axis)
        body.push(
          heading(
            `${labels.axis} ${axisNumberOf(axis, context)} · ${plainText(axis.title?.value ?? '', context.typeset)}`,
            HeadingLevel.HEADING_2,
          ),
        );
      body.push(new Paragraph({ keepLines: true, children: [image(png, 640)] }));
    });
  }
  if (context.audience === 'review' && context.findings.length > 0) {
    body.push(heading(labels.diagnostics, HeadingLevel.HEADING_1, { pageBreakBefore: true }));
    for (const f of context.findings)
      body.push(
        new Paragraph({
          bullet: { level: 0 },
          children: [
            new TextRun({ text: `${f.severity} ${f.ruleId} `, bold: true }),
            new TextRun(f.message[locale].replace(/`/g, '')),
          ],
        }),
      );
  }
  const running = [header?.institution?.value, header?.title?.value]
    .filter(Boolean)
    .map((t) => context.typeset(t!))
    .join(' — ');
  const document = new Document({
    title: header?.title ? plainText(header.title.value, context.typeset) : labels.untitled,
    creator: header?.institution?.value,
    features: { updateFields: true },
    styles: docxStyles(),
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1077, right: 1077 } },
        },
        headers: { default: new Header({ children: [new Paragraph({ style: 'JalonRunning', text: running })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                style: 'JalonRunning',
                children: [new TextRun({ children: ['page ', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
