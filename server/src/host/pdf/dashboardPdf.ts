import { renderDashboard, type Locale, type PartialDate, type Plan } from '../../core';
import { runningTemplates, withChromePage, type ChromeOptions } from './printPdf';

/**
 * The dashboard as a PDF, printed by Chromium from its standalone HTML (the stylesheet's print
 * rules: charts whole on a page, no filter bar): A4, the plan's running header and the page
 * footer, bookmarks from the headings.
 */
export async function printDashboardPdf(
  plan: Plan,
  locale: Locale,
  asOf: PartialDate | undefined,
  chrome: ChromeOptions,
): Promise<Uint8Array> {
  return withChromePage(chrome, async (page) => {
    await page.setContent(renderDashboard(plan, locale, asOf));
    return page.pdf(runningTemplates(plan, locale));
  });
}
