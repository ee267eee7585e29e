import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FromWebview, ToWebview } from '../../../client/src/preview/messages';
import { bodyOf, withPreviewMeta } from '../../../client/src/preview/previewHtml';
import { renderPlanDocument } from '../../src/core/render/renderPlan';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import { edit } from '../helpers';

/**
 * The preview's script (dist/webview.js, as bundled) in a real browser: Debian's Chromium,
 * headless, on the page the renderer makes for the Gustave Roussy seed, with a stand-in for
 * the webview's `acquireVsCodeApi` that records what the script posts.
 */
const ROOT = path.resolve(__dirname, '../../..');
const CHROMIUM = '/usr/bin/chromium';
const SCRIPT = path.join(ROOT, 'dist', 'webview.js');
const SOURCE = 'file:///plans/gr.plan.yaml';
const NONCE = 'TESTNONCE';
const SEED = readFileSync(path.join(ROOT, 'seeds', 'gustave-roussy-2026-2030.plan.yaml'), 'utf8');

const skip = !existsSync(CHROMIUM)
  ? 'no Chromium at /usr/bin/chromium'
  : !existsSync(SCRIPT)
    ? 'dist/webview.js not built'
    : false;

function renderSeed(text: string): string {
  const workspace = new PlanWorkspace();
  workspace.setFile(SOURCE, text);
  const plan = workspace.planOf(SOURCE)!;
  return renderPlanDocument(plan, workspace.diagnostics(SOURCE), {
    mode: 'webview',
    cspSource: 'file:',
    nonce: NONCE,
    scriptUri: pathToFileURL(SCRIPT).href,
    styleUri: pathToFileURL(path.join(ROOT, 'client', 'media', 'preview.css')).href,
  });
}

/** VS Code's webview API as the script sees it: posted messages and state are kept on `window`. */
const STAND_IN = `<script nonce="${NONCE}">
window.__posted = []; window.__state = undefined;
window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => window.__state, setState: (s) => { window.__state = s; } });
</script>`;

describe('the webview script in Chromium', { skip }, () => {
  let browser: Browser;
  let page: Page;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'jalon-webview-'));
    const html = withPreviewMeta(renderSeed(SEED), SOURCE, 1).replace('</head>', `${STAND_IN}</head>`);
    writeFileSync(path.join(folder, 'preview.html'), html);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
    });
    page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(pathToFileURL(path.join(folder, 'preview.html')).href);
  });

  after(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const posted = () => page.evaluate(() => (window as unknown as { __posted: FromWebview[] }).__posted);
  const clearPosted = () =>
    page.evaluate(() => {
      (window as unknown as { __posted: FromWebview[] }).__posted = [];
    });
  const send = (message: ToWebview) => page.evaluate((m) => window.postMessage(m, '*'), message);
  const scrollY = () => page.evaluate(() => window.scrollY);
  /** The top of the first block of `line` (a block, not a second view), relative to the page. */
  const topOfLine = (line: number) =>
    page.evaluate((l) => {
      const element = [...document.querySelectorAll<HTMLElement>(`[data-line="${l}"]`)].find(
        (e) => !e.closest('a, [data-secondary]'),
      )!;
      return element.getBoundingClientRect().top + window.scrollY;
    }, line);
  const objectiveLine = (id: string) => SEED.split('\n').findIndex((l) => l.includes(`- id: ${id}`));

  test('says it is ready, with the render its page was loaded with', async () => {
    await page.waitForFunction(() => (window as unknown as { __posted: unknown[] }).__posted.length > 0);
    assert.deepEqual((await posted())[0], { type: 'ready', source: SOURCE, version: 1 });
  });

  test('editor → preview: scrollTo puts the line at the top, without sending the editor back', async () => {
    await clearPosted();
    const line = objectiveLine('ia-soins');
    await send({ type: 'scrollTo', source: SOURCE, uri: SOURCE, line });
    await page.waitForFunction((y) => Math.abs(window.scrollY - y) < 2, await topOfLine(line));
    await page.waitForTimeout(300);
    assert.deepEqual(
      (await posted()).filter((m) => m.type === 'revealLine'),
      [],
    );
    assert.equal(
      (await page.evaluate(() => (window as unknown as { __state: { uri: string; line: number } }).__state)).line,
      line,
    );
  });

  test('preview → editor: a scroll by the reader posts the line now at the top', async () => {
    await clearPosted();
    const line = objectiveLine('talents');
    await page.evaluate((y) => window.scrollTo(0, y), await topOfLine(line));
    await page.waitForFunction(() =>
      (window as unknown as { __posted: FromWebview[] }).__posted.some((m) => m.type === 'revealLine'),
    );
    const reveal = (await posted()).find((m) => m.type === 'revealLine');
    assert.deepEqual(reveal, { type: 'revealLine', source: SOURCE, uri: SOURCE, line });
  });

  test('an update replaces the content, keeps the same line at the top, and ignores an older render', async () => {
    const line = objectiveLine('talents');
    const before = await scrollY();
    const edited = edit(
      SEED,
      'title: Détecter, tutorer et développer le talent',
      'title: Détecter et développer les talents <script>window.__pwned = 1</script>',
    );
    await send({ type: 'update', source: SOURCE, version: 2, body: bodyOf(renderSeed(edited)) });
    await page.waitForFunction(() => document.body.textContent!.includes('Détecter et développer les talents'));
    assert.ok(
      Math.abs((await scrollY()) - (await topOfLine(line))) < 2,
      `scrolled to ${await scrollY()}, was ${before}`,
    );
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.ok((await page.textContent('body'))!.includes('<script>window.__pwned = 1</script>'));
    await send({ type: 'update', source: SOURCE, version: 1, body: '<p>old</p>' });
    await send({ type: 'update', source: 'file:///other.plan.yaml', version: 9, body: '<p>other</p>' });
    await page.waitForTimeout(100);
    assert.ok((await page.textContent('body'))!.includes('Détecter et développer les talents'));
  });

  test('a failure shows why above the content; the next update removes it', async () => {
    await send({ type: 'error', source: SOURCE, message: 'The preview stopped updating: server stopped' });
    await page.waitForSelector('#jalon-preview-status');
    assert.equal(await page.textContent('#jalon-preview-status'), 'The preview stopped updating: server stopped');
    await send({ type: 'update', source: SOURCE, version: 3, body: bodyOf(renderSeed(SEED)) });
    await page.waitForSelector('#jalon-preview-status', { state: 'detached' });
  });

  test('a double-click on an objective card opens its line', async () => {
    await clearPosted();
    const line = objectiveLine('juste-soin');
    const card = page.locator(`[data-line="${line}"]:not([data-secondary])`).first();
    await card.scrollIntoViewIfNeeded();
    await card.dblclick({ position: { x: 20, y: 10 } });
    const open = (await posted()).filter((m) => m.type === 'openSource');
    assert.equal(open.length, 1);
    assert.deepEqual(open[0], { type: 'openSource', source: SOURCE, uri: SOURCE, line });
  });

  test("a finding's link in the diagnostics summary opens its line", async () => {
    const withFinding = edit(SEED, '  horizon: 2040\n', '  horizon: 2040\n  status: adoptd\n');
    await send({ type: 'update', source: SOURCE, version: 4, body: bodyOf(renderSeed(withFinding)) });
    await page.waitForSelector('a.finding-link[data-line]');
    await clearPosted();
    const link = page.locator('a.finding-link[data-line]').first();
    const line = Number(await link.getAttribute('data-line'));
    await link.scrollIntoViewIfNeeded();
    await link.click();
    assert.deepEqual(
      (await posted()).find((m) => m.type === 'openSource'),
      { type: 'openSource', source: SOURCE, uri: SOURCE, line },
    );
  });
});
