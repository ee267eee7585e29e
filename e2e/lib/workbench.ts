import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { waitFor } from './waitFor';

export interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
}

/** The Problems status-bar item's accessible label: "Errors: 1, Warnings: 18, Infos: 302" (absent kinds omitted). */
export function parseProblemCounts(label: string): ProblemCounts {
  const count = (kind: string) => Number(new RegExp(`${kind}: (\\d+)`).exec(label)?.[1] ?? 0);
  return { errors: count('Errors'), warnings: count('Warnings'), infos: count('Infos') };
}

/**
 * The VS Code workbench as a person uses it, through Playwright: keyboard shortcuts, Quick
 * Open, the command palette, the status bar, views. Every wait is on a condition with a deadline.
 */
export class Workbench {
  private shots = 0;

  constructor(
    readonly page: Page,
    private readonly screenshotDir: string,
  ) {
    mkdirSync(screenshotDir, { recursive: true });
  }

  /** Saves a screenshot of the whole window as `NN-name.png`; returns its path. */
  async screenshot(name: string): Promise<string> {
    this.shots += 1;
    const path = join(this.screenshotDir, `${String(this.shots).padStart(2, '0')}-${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  async waitUntilReady(): Promise<void> {
    await this.page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    // The Explorer lists the folder once the workbench has connected to the server.
    await this.page.waitForSelector('.explorer-folders-view .monaco-list-row', { timeout: 60_000 });
  }

  /** Closes whatever transient widget is open (quick input, suggestions, menus). */
  async dismiss(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Escape');
  }

  /** Opens a file with Quick Open (Ctrl+P), and waits until its editor is the active one. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(name);
    // The focused row, not any row: until the filter applies, the recently opened files are listed (and the first focused).
    await this.page
      .locator('.quick-input-widget .monaco-list-row.focused', { hasText: name })
      .first()
      .waitFor({ timeout: 10_000 });
    await this.page.keyboard.press('Enter');
    await this.activeTab(name).waitFor({ timeout: 15_000 });
    await this.page
      .locator('.editor-group-container.active .monaco-editor .view-lines')
      .first()
      .waitFor({ timeout: 15_000 });
  }

  activeTab(name: string): Locator {
    return this.page.locator('.tabs-container .tab.active', { hasText: name });
  }

  /** Runs a command from the command palette (F1) by its title, as a person types it. */
  async runCommand(title: string): Promise<void> {
    const input = await this.pickCommand(title);
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
  }

  /** Runs a command that asks something in a quick input of its own: returns once the palette has given way to it. */
  async runCommandKeepOpen(title: string): Promise<void> {
    const input = await this.pickCommand(title);
    await waitFor(async () => (await input.isVisible()) && !(await input.inputValue()).startsWith('>'), {
      timeoutMs: 10_000,
      what: `"${title}" to ask its question`,
    });
  }

  private async pickCommand(title: string): Promise<Locator> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`>${title}`);
    const row = this.page
      .locator('.quick-input-widget .monaco-list-row', { has: this.page.locator('.label-name', { hasText: title }) })
      .first();
    await row.waitFor({ timeout: 10_000 });
    await row.click();
    return input;
  }

  /** Moves the cursor with Go to Line (Ctrl+G); line and column are 1-based, as the editor shows them. */
  async goToLine(line: number, column = 1): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: 10_000 });
    await waitFor(
      async () => (await this.statusText('status.editor.selection')).startsWith(`Ln ${line}, Col ${column}`),
      {
        timeoutMs: 5_000,
        what: `the cursor at Ln ${line}, Col ${column}`,
        describe: () => this.statusText('status.editor.selection'),
      },
    );
  }

  statusItem(id: string): Locator {
    return this.page.locator(`[id="${id}"]`);
  }

  async statusText(id: string): Promise<string> {
    const item = this.statusItem(id);
    return (await item.count()) ? (await item.innerText()).trim() : '';
  }

  /** The counts the Problems item of the status bar shows. */
  async problemCounts(): Promise<ProblemCounts> {
    const label = (await this.statusItem('status.problems').getAttribute('aria-label')) ?? '';
    return parseProblemCounts(label);
  }

  /**
   * The body of a view pane (e.g. "Plan Outline" in the Explorer), expanded, with the other
   * panes of its side bar collapsed so that it has the height (a tree renders only the rows in view).
   */
  async openViewPane(title: string): Promise<Locator> {
    const named = this.page.locator('h3.title', { hasText: new RegExp(`^${escapeRegExp(title)}$`, 'i') });
    const header = this.page.locator('.part.sidebar .pane-header', { has: named });
    await header.waitFor({ timeout: 15_000 });
    for (const other of await this.page
      .locator('.part.sidebar .pane-header[aria-expanded="true"]', { hasNot: named })
      .all())
      await other.click();
    if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
    await waitFor(async () => (await header.getAttribute('aria-expanded')) === 'true', {
      timeoutMs: 5_000,
      what: `the ${title} view to expand`,
    });
    return this.page
      .locator('.part.sidebar .pane', { has: this.page.locator('.pane-header', { has: named }) })
      .locator('.pane-body');
  }

  /**
   * The document inside the webview panel whose text contains `text` (a webview is an iframe
   * holding the extension's iframe, `#active-frame`). Found anew on each call: setting the
   * webview's HTML replaces that inner frame.
   */
  async webviewFrame(text: string, timeoutMs = 20_000): Promise<Frame> {
    return waitFor(
      async () => {
        for (const frame of this.page.frames()) {
          if (frame.name() !== 'active-frame' && !frame.url().includes('fake.html')) continue;
          const body = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
          if (asTyped(body).includes(asTyped(text))) return frame;
        }
        return undefined;
      },
      {
        timeoutMs,
        what: `a webview showing "${text}"`,
        describe: async () =>
          `${this.page.frames().length} frames: ${this.page
            .frames()
            .map((f) => `${f.name() || '-'} ${f.url().slice(0, 60)}`)
            .join(' | ')}`,
      },
    );
  }
}

/**
 * Text as the author typed it: the renderer sets the plan's text in print typography (’ for ',
 * “ ” or « » for quotes, no-break spaces before French punctuation), which the tests' expectations,
 * read from the YAML, do not have.
 */
export function asTyped(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
