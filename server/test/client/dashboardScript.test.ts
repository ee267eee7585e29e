import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FromWebview, ToWebview } from '../../../client/src/preview/messages';
import { bodyOf, withPreviewMeta } from '../../../client/src/preview/previewHtml';
import { renderDashboard } from '../../src/core/dashboard/renderDashboard';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';

/**
 * The dashboard's script (dist/dashboard.js, as bundled) in headless Chromium, on the page the
 * server renders for examples/, with a stand-in for the webview's `acquireVsCodeApi`, as the
 * preview's script is tested (webviewScript.test.ts). A screenshot of the filtered view is left
 * in the temporary folder named by the test's output.
 */
const ROOT = path.resolve(__dirname, '../../..');
const CHROMIUM = '/usr/bin/chromium';
const SCRIPT = path.join(ROOT, 'dist', 'dashboard.js');
const EXAMPLES = path.join(ROOT, 'examples');
const ROOT_URI = 'file:///ex/valbrume-2026-2030.plan.yaml';
const REPORT_URI = 'file:///ex/2027-12.report.yaml';
const NONCE = 'TESTNONCE';

const skip = !existsSync(CHROMIUM)
  ? 'no Chromium at /usr/bin/chromium'
  : !existsSync(SCRIPT)
    ? 'dist/dashboard.js not built'
    : false;

function renderExample(edit: (name: string, text: string) => string = (_, t) => t): string {
  const workspace = new PlanWorkspace();
  for (const name of readdirSync(EXAMPLES))
    workspace.setFile(`file:///ex/${name}`, edit(name, readFileSync(path.join(EXAMPLES, name), 'utf8')));
  return renderDashboard(workspace.planOf(ROOT_URI)!, 'fr', undefined, {
    cspSource: 'file:',
    nonce: NONCE,
    scriptUri: pathToFileURL(SCRIPT).href,
    styleUri: pathToFileURL(path.join(ROOT, 'client', 'media', 'preview.css')).href,
  });
}

const STAND_IN = `<script nonce="${NONCE}">
window.__posted = []; window.__state = undefined;
window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m), getState: () => window.__state, setState: (s) => { window.__state = s; } });
</script>`;

describe('the dashboard script in Chromium', { skip }, () => {
  let browser: Browser;
  let page: Page;
  let folder: string;

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'jalon-dashboard-'));
    const html = withPreviewMeta(renderExample(), ROOT_URI, 1).replace('</head>', `${STAND_IN}</head>`);
    writeFileSync(path.join(folder, 'dashboard.html'), html);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
    });
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    await page.goto(pathToFileURL(path.join(folder, 'dashboard.html')).href);
  });

  after(async () => {
    await browser?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const posted = () => page.evaluate(() => (window as unknown as { __posted: FromWebview[] }).__posted);
  const state = () => page.evaluate(() => (window as unknown as { __state: unknown }).__state);
  const send = (message: ToWebview) => page.evaluate((m) => window.postMessage(m, '*'), message);
  /** The first cell of each visible row of the actions table. */
  const shownActions = () =>
    page.$$eval('.dashboard-actions tbody tr:not([hidden]) td:first-child', (cells) => cells.map((c) => c.textContent));
  const shownCharts = () =>
    page.$$eval('.charts figure:not([hidden]) svg', (svgs) => svgs.map((s) => s.getAttribute('data-indicator')));

  test('says it is ready, with the render its page was loaded with; all is shown', async () => {
    await page.waitForFunction(() => (window as unknown as { __posted: unknown[] }).__posted.length > 0);
    assert.deepEqual((await posted())[0], { type: 'ready', source: ROOT_URI, version: 1 });
    assert.deepEqual(await shownActions(), [
      "Ouvrir un tri infirmier à l'accueil",
      'Créer un circuit court pour les consultations simples',
      'Déployer le dossier patient informatisé',
    ]);
    assert.equal(await page.textContent('.dashboard-shown'), '');
  });

  test('the axis filter hides the other axis: its actions, rows, objectives, charts and notes', async () => {
    await page.selectOption('select[name="axis"]', 'numerique');
    assert.deepEqual(await shownActions(), ['Déployer le dossier patient informatisé']);
    assert.deepEqual(await shownCharts(), ['dossiers-numeriques']);
    assert.deepEqual(
      await page.$$eval('table:first-of-type tbody tr:not([hidden]) th', (cells) => cells.map((c) => c.textContent)),
      ['Un hôpital numérique'],
    );
    assert.deepEqual(await page.$$eval('.note:not([hidden]) code', (codes) => codes.map((c) => c.textContent)), [
      'dossier-patient',
      'dpi',
      'dossiers-numeriques',
    ]);
    assert.equal(await page.textContent('.dashboard-shown'), '1 actions affichées sur 3');
    assert.deepEqual(await state(), { uri: ROOT_URI, filters: { axis: 'numerique' } });
  });

  test('filters combine: axis "soins" and status "done" leave the done action; "all" brings back the rest', async () => {
    await page.selectOption('select[name="axis"]', 'soins');
    await page.selectOption('select[name="status"]', 'done');
    assert.deepEqual(await shownActions(), ["Ouvrir un tri infirmier à l'accueil"]);
    await page.selectOption('select[name="status"]', '');
    assert.deepEqual(await shownActions(), [
      "Ouvrir un tri infirmier à l'accueil",
      'Créer un circuit court pour les consultations simples',
    ]);
    await page.selectOption('select[name="owner"]', 'dnum');
    assert.deepEqual(await shownActions(), []);
    assert.equal(await page.textContent('.dashboard-shown'), '0 actions affichées sur 3');
    await page.selectOption('select[name="owner"]', '');
    await page.selectOption('select[name="axis"]', '');
    assert.equal((await shownActions()).length, 3);
  });

  test('an update replaces the content and keeps the filters in use', async () => {
    await page.selectOption('select[name="owner"]', 'dsi');
    const edited = renderExample((name, text) =>
      name === '2027-12.report.yaml' ? text.replace('progress: 45', 'progress: 85') : text,
    );
    await send({ type: 'update', source: ROOT_URI, version: 2, body: bodyOf(edited) });
    await page.waitForFunction(() => document.body.textContent!.includes('85 %'));
    assert.equal(await page.inputValue('select[name="owner"]'), 'dsi');
    assert.deepEqual(await shownActions(), [
      "Ouvrir un tri infirmier à l'accueil",
      'Créer un circuit court pour les consultations simples',
    ]);
    const shot = path.join(tmpdir(), 'jalon-dashboard-filtered.png');
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`# screenshot: ${shot}`);
  });

  test("a click on an item's name opens its line; a note's key opens the report", async () => {
    await page.evaluate(() => {
      (window as unknown as { __posted: unknown[] }).__posted = [];
    });
    await page.click('.dashboard-actions a.source-link >> text=Créer un circuit court');
    await page.click('.note a.source-link >> text=circuit-court');
    assert.deepEqual(
      (await posted()).filter((m) => m.type === 'openSource'),
      [
        { type: 'openSource', source: ROOT_URI, uri: ROOT_URI, line: 46 },
        { type: 'openSource', source: ROOT_URI, uri: REPORT_URI, line: 7 },
      ],
    );
  });

  test('a failure shows why above the content', async () => {
    await send({ type: 'error', source: ROOT_URI, message: 'Le tableau de bord ne se met plus à jour : arrêt' });
    await page.waitForSelector('#jalon-preview-status');
    assert.equal(await page.textContent('#jalon-preview-status'), 'Le tableau de bord ne se met plus à jour : arrêt');
  });
});
