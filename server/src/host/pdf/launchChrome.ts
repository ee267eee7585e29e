import type { Browser, Page } from 'playwright-core';
import { HostError } from '../hostError';
import { findChrome } from './findChrome';

export interface ChromeOptions {
  /** `--chrome PATH`; else JALON_CHROME, PATH and the usual places. */
  chrome?: string;
  env: NodeJS.ProcessEnv;
  /** A browser started beforehand (`EarlyChrome`): taken instead of starting one. */
  early?: EarlyChrome;
}

/** playwright-core from node_modules (never bundled: it finds its own files at run time; the .vsix ships it as dist/node_modules/playwright-core). */
async function loadPlaywright(): Promise<typeof import('playwright-core')> {
  try {
    return await import('playwright-core');
  } catch {
    throw new HostError({
      en: 'printing a PDF needs the playwright-core package, which is missing beside this Jalon: reinstall Jalon (its package holds it), or export to HTML or Word',
      fr: 'imprimer un PDF demande le paquet playwright-core, absent à côté de ce Jalon : réinstallez Jalon (son paquet le contient), ou exportez en HTML ou en Word',
    });
  }
}

/** A headless browser and its one page (at twice the screen's resolution, for the images). */
export interface ChromeSession {
  browser: Browser;
  page: Page;
}

/** Starts Chrome or Chromium headless through playwright-core, with a page; a browser that cannot be found or started is a HostError. */
export async function launchChrome(options: ChromeOptions): Promise<ChromeSession> {
  const executablePath = findChrome(options.chrome, options.env);
  const { chromium } = await loadPlaywright();
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
    });
  } catch (error) {
    const first = String((error as Error).message ?? error).split('\n')[0];
    throw new HostError({
      en: `cannot start the browser '${executablePath}': ${first}`,
      fr: `impossible de lancer le navigateur '${executablePath}' : ${first}`,
    });
  }
  try {
    return { browser, page: await browser.newPage({ deviceScaleFactor: 2 }) };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * A browser (and its page) started before it is needed: `jalon render --format pdf|docx` starts it first, so
 * that Chrome's start-up (a second or so) runs while the plan is read, checked and laid out.
 * A failure waits for `take`, which reports it as a late start would; `dispose` closes a
 * browser started and never taken (a Word file with no timeline, a render that failed).
 */
export class EarlyChrome {
  private readonly started: Promise<ChromeSession>;
  private taken = false;

  constructor(options: Omit<ChromeOptions, 'early'>) {
    this.started = launchChrome(options);
    // Not an unhandled rejection: the failure is reported when the browser is taken.
    this.started.catch(() => undefined);
  }

  take(): Promise<ChromeSession> {
    this.taken = true;
    return this.started;
  }

  async dispose(): Promise<void> {
    if (this.taken) return;
    this.taken = true;
    await this.started.then(
      (session) => session.browser.close(),
      () => undefined,
    );
  }
}
