import { renderPlanDocument, type Finding, type Plan, type StandaloneOptions } from '../../core';
import { launchChrome, type ChromeOptions } from './launchChrome';
import { pdfDestinations } from './pdfDestinations';

export { EarlyChrome, type ChromeOptions } from './launchChrome';

/** A headless browser page, opened by `withChromePage` and closed after. */
export interface PrintPage {
  setContent(html: string): Promise<void>;
  pdf(options: PdfPrintOptions): Promise<Uint8Array>;
  /** A PNG of each element the selector finds, at twice the screen's resolution. */
  screenshots(selector: string): Promise<Uint8Array[]>;
  /** Runs a function of the page (layout checks in the tests). */
  evaluate<T>(fn: () => T): Promise<T>;
}

export interface PdfPrintOptions {
  header: string;
  footer: string;
}

/**
 * Opens Chrome or Chromium through playwright-core (loaded only when a browser is needed), or
 * takes the one started early, and gives `use` a page; the browser is closed whatever happens.
 */
export async function withChromePage<T>(options: ChromeOptions, use: (page: PrintPage) => Promise<T>): Promise<T> {
  const { browser, page } = await (options.early?.take() ?? launchChrome(options));
  try {
    return await use({
      setContent: (html) => page.setContent(html, { waitUntil: 'load' }),
      pdf: async ({ header, footer }) =>
        page.pdf({
          format: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          outline: true,
          tagged: true,
          displayHeaderFooter: true,
          headerTemplate: header,
          footerTemplate: footer,
        }),
      screenshots: async (selector) => {
        await page.setViewportSize({ width: 1000, height: 800 });
        const shots: Uint8Array[] = [];
        for (const element of await page.$$(selector)) shots.push(await element.screenshot({ type: 'png' }));
        return shots;
      },
      evaluate: (fn) => page.evaluate(fn),
    });
  } finally {
    await browser.close();
  }
}

function escapeText(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The running header (institution, plan title) and the "page x / y" footer Chromium draws in the page margins. */
export function runningTemplates(plan: Plan, locale: 'en' | 'fr'): PdfPrintOptions {
  const style = 'font-family: system-ui, sans-serif; font-size: 7.5pt; color: #5b6676; width: 100%; margin: 0 15mm;';
  const institution = escapeText(plan.header?.institution?.value ?? '');
  const title = escapeText((plan.header?.title?.value ?? '').replace(/'/g, '’'));
  return {
    header: `<div style="${style} display: flex; justify-content: space-between; border-bottom: 0.5pt solid #ccd3dc; padding-bottom: 2mm;"><span>${institution}</span><span>${title}</span></div>`,
    footer: `<div style="${style} text-align: center;">${locale === 'fr' ? 'page' : 'page'} <span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
  };
}

/** Most passes to settle the table of contents' page numbers (each pass prints the numbers the previous one found). */
const MAX_PASSES = 3;

/**
 * The plan as a PDF, printed by Chromium from the standalone HTML: A4, running header and
 * footer, outline (bookmarks from the headings), title and language in the metadata. The
 * table of contents gets its page numbers in two passes: the first printing (with
 * placeholders as wide as the numbers) says where each anchor landed; the second prints
 * them, and is checked to land the same (else once more).
 */
export async function printPlanPdf(
  plan: Plan,
  findings: readonly Finding[],
  options: StandaloneOptions,
  chrome: ChromeOptions,
): Promise<Uint8Array> {
  return withChromePage(chrome, (page) => printWith(page, plan, findings, options));
}

export async function printWith(
  page: PrintPage,
  plan: Plan,
  findings: readonly Finding[],
  options: StandaloneOptions,
): Promise<Uint8Array> {
  const html = renderPlanDocument(plan, findings, { ...options, pageNumbers: new Map() });
  const templates = runningTemplates(plan, /<html lang="fr"/.test(html) ? 'fr' : 'en');
  await page.setContent(html);
  let pdf = await page.pdf(templates);
  let pages = pdfDestinations(pdf);
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    await page.setContent(renderPlanDocument(plan, findings, { ...options, pageNumbers: pages }));
    pdf = await page.pdf(templates);
    const found = pdfDestinations(pdf);
    const settled = [...pages].every(([anchor, n]) => found.get(anchor) === n);
    pages = found;
    if (settled) break;
  }
  return pdf;
}
