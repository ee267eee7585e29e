import {
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import {
  DASHBOARD_WORDS as WORDS,
  dashboardData,
  dashboardTitle,
  itemName,
  progressText,
  RAG_WORDS,
  renderDashboard,
  STATUS_WORDS,
  STATUSES,
  type Completion,
  type Locale,
  type PartialDate,
  type Plan,
} from '../../core';
import { HostError } from '../hostError';
import { withChromePage } from '../pdf/printPdf';
import { pngSize, type DocxHost } from './planDocx';
import { docxStyles } from './docxStyles';
import { heading } from './docxText';

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

function table(head: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i === 0)) })),
    ],
  });
}

function completionTable(rows: readonly Completion[], locale: Locale): Table {
  const shown = STATUSES.filter((s) => rows.some((r) => r.counts[s] > 0));
  return table(
    ['', ...shown.map((s) => STATUS_WORDS[s][locale]), WORDS.progress[locale]],
    rows.map((r) => [r.name, ...shown.map((s) => String(r.counts[s])), progressText(r.progress, locale)]),
  );
}

/** Each indicator's chart as a PNG, drawn by Chromium from the dashboard's HTML; none without a browser (the author is told). */
async function chartImages(html: string, host: DocxHost): Promise<Uint8Array[]> {
  try {
    return await withChromePage(host, async (page) => {
      await page.setContent(html);
      return page.screenshots('svg.chart');
    });
  } catch (error) {
    if (!(error instanceof HostError)) throw error;
    host.warn({
      en: `the Word file lists the indicators' figures without their charts: ${error.text.en}`,
      fr: `le fichier Word donne les chiffres des indicateurs sans leurs graphiques : ${error.text.fr}`,
    });
    return [];
  }
}

/**
 * The dashboard as a Word file, with the figures of `jalon render --dashboard` in Word's own
 * styles: completion by axis and by owner, the state of objectives and axes, the actions,
 * overdue items and slips as tables and lists, each indicator's chart as an image (its
 * figures as a table without a browser), the notes of the period, every rule written below.
 */
export async function renderDashboardDocx(
  plan: Plan,
  locale: Locale,
  asOf: PartialDate | undefined,
  host: DocxHost,
): Promise<Uint8Array> {
  const data = dashboardData(plan, asOf);
  const w = (l: { en: string; fr: string }) => l[locale];
  const colon = locale === 'fr' ? '\u00a0: ' : ': ';
  const note = (text: string) => new Paragraph({ style: 'JalonNote', text });
  const list = (lines: string[]) =>
    lines.length === 0
      ? [new Paragraph(w(WORDS.none))]
      : lines.map((t) => new Paragraph({ text: t, bullet: { level: 0 } }));
  const charts = await chartImages(renderDashboard(plan, locale, asOf), host);
  const ownerName = (id: string) => plan.owners.find((o) => o.id?.value === id)?.name?.value ?? id;
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, text: dashboardTitle(plan, locale) }),
    new Paragraph(
      [
        data.date ? `${w(WORDS.at)} ${data.date.text}` : '',
        data.report?.title?.value,
        data.report ? '' : w(WORDS.noReport),
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    ...(data.report?.summary ? [new Paragraph(data.report.summary.value)] : []),
    heading(w(WORDS.byAxis), HeadingLevel.HEADING_1),
    completionTable(data.byAxis, locale),
    heading(w(WORDS.byOwner), HeadingLevel.HEADING_1),
    completionTable(data.byOwner, locale),
    note(w(WORDS.progressRule)),
    heading(w(WORDS.rag), HeadingLevel.HEADING_1),
    ...data.axisRag.flatMap(({ axis, rag }) => [
      new Paragraph({
        text: `${axis.title?.value ?? axis.id?.value ?? ''}${colon}${RAG_WORDS[rag][locale]}`,
        bullet: { level: 0 },
      }),
      ...data.rag
        .filter((r) => r.objective.axis === axis)
        .map(
          (r) =>
            new Paragraph({
              text: `${r.objective.title?.value ?? r.objective.id?.value ?? ''}${colon}${RAG_WORDS[r.rag][locale]}${r.overridden ? ` (${w(WORDS.overridden)})` : ''}`,
              bullet: { level: 1 },
            }),
        ),
    ]),
    note(w(WORDS.ragRule)),
  ];
  if (data.actions.length > 0)
    body.push(
      heading(w(WORDS.actions), HeadingLevel.HEADING_1),
      table(
        [w(WORDS.action), w(WORDS.owner), w(WORDS.status), w(WORDS.actionProgress)],
        data.actions.map((a) => [
          a.action.title?.value ?? a.action.id?.value ?? '',
          ownerName(a.action.owner?.value ?? a.action.objective.owner?.value ?? '—'),
          STATUS_WORDS[a.status][locale],
          progressText(a.progress, locale),
        ]),
      ),
    );
  body.push(
    heading(w(WORDS.overdue), HeadingLevel.HEADING_1),
    ...list(data.overdue.map((i) => `${itemName(i)[locale]}${i.title ? ` — ${i.title.value}` : ''}`)),
    heading(w(WORDS.slips), HeadingLevel.HEADING_1),
    ...list(
      data.slips.map(
        (s) =>
          `${itemName(s.action)[locale]}${colon}${STATUS_WORDS[s.from as keyof typeof STATUS_WORDS]?.[locale] ?? s.from} → ${STATUS_WORDS[s.to as keyof typeof STATUS_WORDS]?.[locale] ?? s.to}`,
      ),
    ),
    heading(w(WORDS.indicators), HeadingLevel.HEADING_1),
  );
  let chart = 0;
  for (const series of data.indicators) {
    const label = series.indicator.label?.value ?? series.indicator.id?.value ?? '';
    body.push(
      heading(`${label}${series.indicator.unit ? ` (${series.indicator.unit.value})` : ''}`, HeadingLevel.HEADING_2),
    );
    const drawn = series.trajectory.length + series.actuals.length > 0;
    const png = drawn && charts.length > 0 ? charts[chart++] : undefined;
    if (png) {
      const { width, height } = pngSize(png);
      const shown = Math.min(560, width / 2);
      body.push(
        new Paragraph({
          keepLines: true,
          children: [
            new ImageRun({
              type: 'png',
              data: png,
              transformation: { width: Math.round(shown), height: Math.round((height * shown) / width) },
            }),
          ],
        }),
      );
    } else if (drawn) {
      body.push(
        table(
          ['', ''],
          [...series.trajectory, ...series.actuals].map((p) => [p.text, String(p.value)]),
        ),
      );
    }
  }
  body.push(note(w(WORDS.chartLegend)));
  const notes = data.report
    ? [...data.report.objectives, ...data.report.actions, ...data.report.milestones, ...data.report.indicators].filter(
        (e) => e.note,
      )
    : [];
  if (notes.length > 0) {
    body.push(heading(w(WORDS.notes), HeadingLevel.HEADING_1));
    for (const e of notes)
      body.push(
        new Paragraph({
          children: [new TextRun({ text: `${e.key.value}${colon}`, bold: true }), new TextRun(e.note!.value)],
        }),
      );
  }
  const document = new Document({
    title: dashboardTitle(plan, locale),
    creator: plan.header?.institution?.value,
    styles: docxStyles(),
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1077, right: 1077 } },
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
