/**
 * Jalon in a real VS Code: code-server (VS Code 1.139 with a Node extension host) driven in
 * Chromium by Playwright, with the packaged .vsix installed as a user installs it. Each test
 * does what an author does (Quick Open, typing, Ctrl+., Ctrl+Space, the command palette, the
 * Explorer) and checks what the window shows; the probe extension reads the state behind the
 * UI through the vscode API where a screen cannot be read whole (the Problems list, every
 * completion item). A screenshot of each step goes to test-results/e2e/.
 *
 * Run with `npm run test:e2e` (scripts/e2e/run.mjs installs code-server and Chromium, packages
 * the extension, then runs this file with Node's test runner). The tests run in order and share
 * one window, as one author's session would.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Frame } from 'playwright-core';
import { diagnosticLines, jalonCheck } from './lib/jalonCheck';
import { readPlanFacts, type PlanFacts } from './lib/planFacts';
import { endSession, startSession, type Session } from './lib/session';
import { waitFor } from './lib/waitFor';
import { asTyped, escapeRegExp } from './lib/workbench';
import { EXAMPLE_PLAN, EXAMPLE_REPORT, GR_PLAN, HTML_PLAN } from './lib/workspace';

const ROOT = join(__dirname, '..');
const env = (name: string) => process.env[name] ?? '';
const packageError = env('JALON_E2E_PACKAGE_ERROR');
const skip = packageError ? 'the extension could not be packaged (see the first test)' : false;

/** "Within a few seconds", as the issue says: a typo's diagnostic and its fix's effect. */
const FEW_SECONDS = 5_000;

let session: Session | undefined;
let gr: PlanFacts;
let grPath: string;

function current(): Session {
  if (!session) throw new Error("the editor did not start (see the `before` hook's error)");
  return session;
}

/** A test that leaves a screenshot named after it when it fails. */
function step(name: string, shot: string, body: (s: Session) => Promise<void>, timeout = 60_000): void {
  it(name, { skip, timeout }, async () => {
    const s = current();
    try {
      await body(s);
    } catch (error) {
      await s.workbench.screenshot(`FAILED-${shot}`).catch(() => undefined);
      throw error;
    }
  });
}

/** The lines of a document as VS Code holds it (unsaved edits included). */
async function documentLines(s: Session, path: string): Promise<string[]> {
  const document = await s.probe.ask('/document', { path });
  if (!document) throw new Error(`${path} is not open in VS Code`);
  return document.text.split('\n');
}

describe('Jalon in a real VS Code (code-server + Chromium)', { timeout: 10 * 60_000 }, () => {
  it('packages the extension (npm run package)', () => {
    if (packageError) assert.fail(packageError);
  });

  before(
    async () => {
      if (packageError) return;
      session = await startSession({
        root: ROOT,
        runDir: env('JALON_E2E_RUN_DIR'),
        artifacts: env('JALON_E2E_ARTIFACTS'),
        vsix: env('JALON_E2E_VSIX'),
        probeVsix: env('JALON_E2E_PROBE_VSIX'),
      });
      grPath = join(session.folder, GR_PLAN);
      gr = readPlanFacts(grPath);
    },
    { timeout: 4 * 60_000 },
  );

  after(async () => {
    await endSession(session);
  });

  step(
    'opening a seed plan shows the language mode "Strategic Plan (YAML)" and activates Jalon',
    'language-mode',
    async (s) => {
      await s.workbench.openFile(GR_PLAN);
      await waitFor(async () => (await s.workbench.statusText('status.editor.mode')) === 'Strategic Plan (YAML)', {
        timeoutMs: 10_000,
        what: 'the status bar to show the language mode "Strategic Plan (YAML)"',
        describe: () => s.workbench.statusText('status.editor.mode'),
      });
      const extension = await waitFor(
        async () => {
          const state = await s.probe.ask('/extension', { id: s.extension.id });
          return state.isActive ? state : undefined;
        },
        { timeoutMs: 20_000, what: `${s.extension.id} to be active` },
      );
      assert.ok(extension.found);
      await s.workbench.screenshot('language-mode');
    },
  );

  step(
    'the Problems panel holds the same findings as `jalon check` on the same files',
    'problems',
    async (s) => {
      const cli = s.extension.cli ?? join(s.root, 'dist', 'cli.js');
      const expected = jalonCheck(cli, s.folder);
      assert.ok(expected.lines.length > 0, 'jalon check finds something in the seeds');

      // Every finding, message and range included: what VS Code holds is what the Problems panel lists.
      const same = (lines: string[]) =>
        lines.length === expected.lines.length && lines.every((line, i) => line === expected.lines[i]);
      await waitFor(async () => same(diagnosticLines(await s.probe.ask('/diagnostics', {}))), {
        timeoutMs: 60_000,
        what: "VS Code's diagnostics to match jalon check's findings",
      }).catch(() => undefined); // the comparison below says what differs
      const actual = diagnosticLines(await s.probe.ask('/diagnostics', {}));
      const missing = expected.lines.filter((line) => !actual.includes(line)).slice(0, 10);
      const extra = actual.filter((line) => !expected.lines.includes(line)).slice(0, 10);
      assert.deepEqual(
        { missing, extra },
        { missing: [], extra: [] },
        `${actual.length} diagnostics in VS Code, ${expected.lines.length} findings from jalon check (up to ten differences shown)`,
      );

      // What the author sees: the status bar's counts and the Problems panel's total.
      await waitFor(
        async () => {
          const counts = await s.workbench.problemCounts();
          return (
            counts.errors === expected.counts.errors &&
            counts.warnings === expected.counts.warnings &&
            counts.infos === expected.counts.infos
          );
        },
        {
          timeoutMs: 10_000,
          what: `the status bar to count ${JSON.stringify(expected.counts)}`,
          describe: async () => JSON.stringify(await s.workbench.problemCounts()),
        },
      );
      await s.workbench.page.keyboard.press('Control+Shift+M');
      const total = expected.counts.errors + expected.counts.warnings + expected.counts.infos;
      const problemsTab = s.workbench.page.locator(`.panel [aria-label*="Total ${total} Problems"]`);
      await problemsTab.first().waitFor({ timeout: 10_000 });
      await s.workbench.screenshot('problems');
      await s.workbench.page.keyboard.press('Control+J');
      await s.workbench.page.locator('.part.panel').waitFor({ state: 'hidden', timeout: 5_000 });
    },
    120_000,
  );

  step(
    'a typo typed into an enum value shows a diagnostic within seconds, and its quick fix repairs it',
    'typo-quick-fix',
    async (s) => {
      const { workbench, probe } = s;
      const { page } = workbench;
      await workbench.openFile(GR_PLAN);
      const { line, column, value } = gr.status;
      const original = (await documentLines(s, grPath))[line - 1];
      const typo = `${value.slice(0, -2)}${value.slice(-1)}`; // increase → increae
      const before = await workbench.problemCounts();

      await workbench.goToLine(line, column);
      await page.keyboard.press('Shift+End');
      await page.keyboard.type(typo);
      const typedAt = Date.now();
      const diagnostic = await waitFor(
        async () => {
          const files = await probe.ask('/diagnostics', {});
          return files
            .find((f) => f.path === grPath)
            ?.diagnostics.find((d) => d.line === line - 1 && d.severity === 'error' && d.message.includes(typo));
        },
        { timeoutMs: FEW_SECONDS, what: `an error on line ${line} naming '${typo}'` },
      );
      await waitFor(async () => (await workbench.problemCounts()).errors === before.errors + 1, {
        timeoutMs: FEW_SECONDS,
        what: 'the status bar to count one more error',
        describe: async () => JSON.stringify(await workbench.problemCounts()),
      });
      await page
        .locator('.editor-group-container.active .monaco-editor .squiggly-error')
        .first()
        .waitFor({ timeout: FEW_SECONDS });
      const latency = Date.now() - typedAt;
      await workbench.screenshot('typo-diagnostic');
      assert.ok(latency <= FEW_SECONDS, `diagnostic shown ${latency} ms after typing`);

      // Ctrl+. with the cursor in the typo, as a person asks for a fix.
      await workbench.goToLine(line, diagnostic.character + 2);
      await page.keyboard.press('Control+.');
      const fix = page.locator('.action-widget .monaco-list-row.action', { hasText: `'${value}'` }).first();
      await fix.waitFor({ timeout: FEW_SECONDS });
      await workbench.screenshot('quick-fix-menu');
      await fix.click();
      await waitFor(async () => (await documentLines(s, grPath))[line - 1] === original, {
        timeoutMs: FEW_SECONDS,
        what: `line ${line} to read "${original.trim()}" again`,
        describe: async () => JSON.stringify((await documentLines(s, grPath))[line - 1]),
      });
      await waitFor(async () => (await workbench.problemCounts()).errors === before.errors, {
        timeoutMs: FEW_SECONDS,
        what: 'the error to go',
        describe: async () => JSON.stringify(await workbench.problemCounts()),
      });
      await workbench.screenshot('quick-fix-applied');
    },
  );

  step("completion in `contributes_to` offers the plan's indicators", 'completion', async (s) => {
    const { workbench, probe } = s;
    const { page } = workbench;
    await workbench.openFile(GR_PLAN);
    const lines = await documentLines(s, grPath);
    const index = lines.findIndex((text) => /contributes_to: \[[^\]]+\]/.test(text));
    assert.notEqual(index, -1, 'the seed plan has a `contributes_to: [...]` line');
    const original = lines[index];
    const listed =
      /\[([^\]]+)\]/
        .exec(original)?.[1]
        ?.split(',')
        .map((id) => id.trim()) ?? [];
    const offered = gr.indicatorIds.filter((id) => !listed.includes(id));

    // Add an item to the list: after the last one, type ", " and ask for suggestions.
    await workbench.goToLine(index + 1, original.lastIndexOf(']') + 1);
    await page.keyboard.type(', ');
    await page.keyboard.press('Control+Space');
    const rows = page.locator('.suggest-widget.visible .monaco-list-row');
    await rows.first().waitFor({ timeout: FEW_SECONDS });
    const shown = (await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))).map(
      (label) => label.split(/\s|,/)[0] ?? '',
    );
    await workbench.screenshot('completion-contributes-to');
    assert.ok(shown.length >= Math.min(offered.length, 5), `suggestions shown: ${shown.join(', ')}`);
    assert.deepEqual(
      shown.filter((label) => !gr.indicatorIds.includes(label)),
      [],
      'every suggestion shown is an indicator of the plan',
    );

    const cursor = { path: grPath, line: index, character: original.lastIndexOf(']') + 2 };
    const all = await probe.ask('/completion', cursor);
    assert.deepEqual(
      offered.filter((id) => !all.includes(id)),
      [],
      `indicators missing from the completion list (${all.length} items)`,
    );

    await workbench.dismiss();
    await waitFor(
      async () => {
        if ((await documentLines(s, grPath))[index] === original) return true;
        await page.keyboard.press('Control+Z');
        return false;
      },
      { timeoutMs: FEW_SECONDS, what: 'undo to restore the line' },
    );
  });

  step('the Plan Outline lists the 4 axes and expands to objectives', 'outline', async (s) => {
    const { workbench } = s;
    const { page } = workbench;
    await page.keyboard.press('Control+Shift+E');
    const pane = await workbench.openViewPane('Plan Outline');
    // A row by its whole label: the example plan's title starts as the seed's does.
    const row = (title: string) =>
      pane
        .locator('.monaco-list-row', {
          has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }),
        })
        .first();
    const expand = async (title: string) => {
      const target = row(title);
      await target.waitFor({ timeout: 15_000 });
      if ((await target.getAttribute('aria-expanded')) === 'false') await target.locator('.monaco-tl-twistie').click();
      await waitFor(async () => (await target.getAttribute('aria-expanded')) === 'true', {
        timeoutMs: FEW_SECONDS,
        what: `"${title}" to expand`,
      });
    };

    // The tree starts at the plans of the folder: open this one; its children are its axes
    // (and the Indicators node).
    await expand(gr.title);
    assert.equal(gr.axes.length, 4);
    for (const axis of gr.axes) await row(axis.title).waitFor({ timeout: 10_000 });
    const rows = await pane.locator('.monaco-list-row').evaluateAll((els) =>
      els.map((e) => ({
        level: Number(e.getAttribute('aria-level')),
        text: (e as HTMLElement).innerText.replace(/\s+/g, ' '),
        label: (e.querySelector('.label-name') as HTMLElement | null)?.innerText ?? '',
      })),
    );
    const planRow = rows.findIndex((r) => r.label === gr.title);
    const end = rows.findIndex((r, i) => i > planRow && r.level <= (rows[planRow]?.level ?? 0));
    const children = rows
      .slice(planRow + 1, end === -1 ? undefined : end)
      .filter((r) => r.level === (rows[planRow]?.level ?? 0) + 1);
    const axesShown = children.filter((child) => gr.axes.some((axis) => child.text.includes(axis.title)));
    assert.equal(axesShown.length, 4, `the plan's children: ${children.map((c) => c.text).join(' | ')}`);
    await workbench.screenshot('outline-axes');

    const axis = gr.axes[0];
    assert.ok(axis);
    await expand(axis.title);
    const ambition = axis.ambitions[0];
    if (ambition) await expand(ambition.title);
    const objectives = ambition ? ambition.objectives : axis.objectives;
    assert.ok(objectives.length > 0);
    for (const objective of objectives) await row(objective.title).waitFor({ timeout: 10_000 });
    await workbench.screenshot('outline-objectives');
  });

  const preview: { frame?: Frame; reloaded?: boolean } = {};

  step("the preview opens to the side and shows the plan's title and its 38 objective cards", 'preview', async (s) => {
    const { workbench, probe } = s;
    await workbench.openFile(GR_PLAN);
    await workbench.runCommand(s.extension.commandTitle('jalon.showPreviewToSide'));
    const frame = await workbench.webviewFrame(gr.title);
    preview.frame = frame;

    const groups = await probe.ask('/tabs', {});
    const previewGroup = groups.find((g) =>
      g.tabs.some((t) => t.kind === 'webview' && (t.viewType ?? '').endsWith('jalon.preview')),
    );
    const editorGroup = groups.find((g) => g.tabs.some((t) => t.kind === 'text' && t.path === grPath));
    assert.ok(previewGroup, `a jalon.preview panel is open (${JSON.stringify(groups)})`);
    assert.ok(
      editorGroup && previewGroup.viewColumn !== editorGroup.viewColumn,
      'the preview opened beside the plan, not over it',
    );

    const headings = await frame.evaluate(() =>
      [...document.querySelectorAll('h1, h2')].map((h) => (h as HTMLElement).innerText),
    );
    assert.ok(
      headings.some((h) => asTyped(h).includes(asTyped(gr.title))),
      `a heading shows the plan's title (${headings.slice(0, 3).join(' | ')})`,
    );

    // An objective's card is the block the renderer marks with the objective's source line
    // (`data-line`, 0-based, on its `- id:` or its `title:`), and it shows the objective's title.
    const texts = await frame.evaluate(
      (objectives) =>
        objectives.map((o) => {
          const blocks = document.querySelectorAll(`[data-line="${o.line}"], [data-line="${o.titleLine}"]`);
          return [...blocks].map((b) => (b as HTMLElement).innerText);
        }),
      gr.objectives.map(({ id, title, line, titleLine }) => ({ id, title, line, titleLine })),
    );
    const cards = gr.objectives
      .filter((o, i) => texts[i].some((t) => asTyped(t).includes(asTyped(o.title))))
      .map((o) => o.id);
    await workbench.screenshot('preview-to-side');
    assert.equal(gr.objectives.length, 38);
    assert.deepEqual(
      gr.objectives.map((o) => o.id).filter((id) => !cards.includes(id)),
      [],
      'objectives without a card (data-line + title)',
    );
  });

  step('the preview updates after an edit', 'preview-update', async (s) => {
    const { workbench } = s;
    const { page } = workbench;
    const frame = preview.frame ?? (await workbench.webviewFrame(gr.title));
    // A mark left in the page: an update that posts new content keeps it, a reload loses it.
    await frame.evaluate(() => {
      (window as unknown as { jalonE2eMark?: string }).jalonE2eMark = 'still here';
    });

    await page.keyboard.press('Control+1');
    const titleLine = (await documentLines(s, grPath)).findIndex((text) => text.trimStart().startsWith('title:'));
    await workbench.goToLine(titleLine + 1, 1);
    await page.keyboard.press('End');
    const edit = ' (révisé e2e)';
    await page.keyboard.type(edit);
    const updated = await workbench.webviewFrame(`${gr.title}${edit}`, 10_000);
    await workbench.screenshot('preview-updated');
    preview.reloaded = await updated.evaluate(
      () => (window as unknown as { jalonE2eMark?: string }).jalonE2eMark !== 'still here',
    );
  });

  step('the preview updates in place (new content posted, the page not reloaded)', 'preview-in-place', async () => {
    assert.equal(preview.reloaded, false, 'the preview page was reloaded to show the edit');
  });

  step(
    'the preview of a plan whose titles hold HTML shows them as text and runs no script',
    'preview-html',
    async (s) => {
      const { workbench } = s;
      const { page } = workbench;
      // Leave the edited seed as it is on disk, then start from an empty window.
      await page.keyboard.press('Control+1');
      await workbench.runCommand('File: Revert File');
      await workbench.runCommand('View: Close All Editors');
      await workbench.openFile(HTML_PLAN);
      await workbench.runCommand(s.extension.commandTitle('jalon.showPreviewToSide'));
      const frame = await workbench.webviewFrame('with markup');
      await frame.waitForFunction(() => document.readyState === 'complete', undefined, { timeout: FEW_SECONDS });
      await workbench.screenshot('preview-html-titles');

      const fixture = readFileSync(join(s.folder, HTML_PLAN), 'utf8');
      const literal = /title: "Objective (<script>.*<\/script>)"/.exec(fixture)?.[1]?.replace(/\\"/g, '"') ?? '';
      const state = await frame.evaluate(() => ({
        injected: document.body.dataset.jalonE2eInjected ?? null,
        // textContent, not innerText: a stylesheet may change the case (text-transform) of what shows.
        text: document.body.textContent ?? '',
        handlers: [...document.querySelectorAll('*')]
          .filter((e) => [...e.attributes].some((a) => a.name.startsWith('on')))
          .map((e) => e.outerHTML.slice(0, 120)),
        plannedScripts: [...document.querySelectorAll('script')]
          .filter((e) => e.text.includes('jalonE2eInjected'))
          .map((e) => e.outerHTML.slice(0, 120)),
        frames: document.querySelectorAll('iframe, object, embed').length,
        csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
      }));
      assert.equal(state.injected, null, `markup from the plan ran in the preview (${state.injected})`);
      assert.deepEqual(state.handlers, [], "elements with event-handler attributes came from the plan's text");
      assert.deepEqual(state.plannedScripts, [], "script elements came from the plan's text");
      assert.equal(state.frames, 0, "frames or embeds came from the plan's text");
      assert.ok(asTyped(state.text).includes(asTyped(literal)), `the title shows literally: ${literal}`);
      assert.ok(state.text.includes('<img src=x onerror='), 'the <img onerror> shows literally');
      const scriptSrc = /script-src ([^;]*)/.exec(state.csp)?.[1] ?? '';
      assert.match(state.csp, /default-src 'none'/, `CSP: ${state.csp}`);
      assert.match(scriptSrc, /'nonce-[^']+'/, `CSP script-src has a nonce: ${state.csp}`);
      assert.doesNotMatch(scriptSrc, /unsafe-inline|unsafe-eval/, `CSP script-src: ${state.csp}`);
    },
  );

  /** Picks a row of the open quick pick by its label, as a person clicks it. */
  async function pickRow(s: Session, label: string, timeout = 10_000): Promise<void> {
    const { page } = s.workbench;
    const row = page
      .locator('.quick-input-widget .monaco-list-row', {
        has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
      })
      .first();
    await row.waitFor({ timeout });
    await row.click();
  }

  /** The preview of the seed plan once it shows the plan to `audience` (the `<main>`'s `data-audience`). */
  async function previewFor(s: Session, audience: 'review' | 'public'): Promise<Frame> {
    return waitFor(
      async () => {
        const frame = await s.workbench.webviewFrame(gr.title);
        const shown = await frame
          .evaluate(() => document.querySelector('main')?.dataset.audience ?? '')
          .catch(() => '');
        return shown === audience ? frame : undefined;
      },
      { timeoutMs: 15_000, what: `the preview to show the ${audience} version` },
    );
  }

  const findingsShown = (frame: Frame) =>
    frame.evaluate(() => ({
      markers: document.querySelectorAll('.finding-marker').length,
      summary: document.querySelectorAll('#diagnostics').length,
    }));

  step(
    "the preview's title-bar button switches between the review version (findings) and the public version",
    'preview-audience',
    async (s) => {
      const { workbench } = s;
      const { page } = workbench;
      await workbench.runCommand('View: Close All Editors');
      await workbench.openFile(GR_PLAN);
      await workbench.runCommand(s.extension.commandTitle('jalon.showPreviewToSide'));
      const review = await previewFor(s, 'review');
      const before = await findingsShown(review);
      assert.ok(
        before.markers > 0 && before.summary === 1,
        `the review version shows findings on the items and a findings section (${JSON.stringify(before)})`,
      );

      // The toggle is in the preview's title bar: the preview's group must be the active one.
      await page.locator('.tabs-container .tab', { hasText: 'Preview:' }).first().click();
      // The first item with a finding, in view (the same item is shown in the public version).
      const itemLine = await review.evaluate(() => {
        const item = document.querySelector('.finding-marker')?.parentElement?.closest('[data-line]');
        item?.scrollIntoView();
        return item?.getAttribute('data-line') ?? '';
      });
      await workbench.screenshot('preview-review');
      const toggle = (title: string) =>
        page.locator(`.editor-group-container.active .editor-actions a.action-label[aria-label^="${title}"]`);
      await toggle(s.extension.commandTitle('jalon.preview.showPublic').replace(/^[^:]+: /, '')).click();
      const publicVersion = await previewFor(s, 'public');
      assert.deepEqual(
        await findingsShown(publicVersion),
        { markers: 0, summary: 0 },
        'the public version shows no findings',
      );
      assert.ok(asTyped(await publicVersion.evaluate(() => document.body.innerText)).includes(asTyped(gr.title)));
      const back = toggle(s.extension.commandTitle('jalon.preview.showReview').replace(/^[^:]+: /, ''));
      await back.waitFor({ timeout: FEW_SECONDS });
      await publicVersion.evaluate(
        (line) => document.querySelector(`[data-line="${line}"]`)?.scrollIntoView(),
        itemLine,
      );
      await workbench.screenshot('preview-public');

      await back.click();
      const again = await previewFor(s, 'review');
      assert.deepEqual(await findingsShown(again), before, 'back to the review version, the same findings');
    },
  );

  /** Runs "Export Plan…" on the active plan: the format, then the path typed into the save dialog. */
  async function exportAs(s: Session, format: string, target: string): Promise<void> {
    const { page } = s.workbench;
    await s.workbench.runCommandKeepOpen(s.extension.commandTitle('jalon.exportPlan'));
    await pickRow(s, format);
    // code-server's save dialog is the simple one: a quick input holding a path.
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await waitFor(async () => /\.\w+$/.test(await input.inputValue().catch(() => '')), {
      timeoutMs: 10_000,
      what: 'the save dialog to propose a file',
    });
    await s.workbench.screenshot(`export-${format.toLowerCase()}-dialog`);
    await input.fill(target);
    // The dialog lists the typed path's folder before it accepts the name: OK once it has.
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: '..' }).first().waitFor({ timeout: 10_000 });
    await waitFor(
      async () => {
        if (!(await input.isVisible())) return true;
        await page
          .locator('.quick-input-widget .monaco-button', { hasText: /^OK$/ })
          .click()
          .catch(() => undefined);
        return false;
      },
      { timeoutMs: 10_000, intervalMs: 1_000, what: `the save dialog to accept ${target}` },
    );
  }

  const toast = (s: Session, text: string) =>
    s.workbench.page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();

  step(
    '"Export Plan…" writes the public version as HTML, Word and PDF (the machine\'s Chromium) through the save dialog',
    'export',
    async (s) => {
      const { workbench } = s;
      await workbench.runCommand('View: Close All Editors');
      await workbench.openFile(GR_PLAN);
      const dir = join(s.runDir, 'exports');
      mkdirSync(dir, { recursive: true });

      const html = join(dir, 'gr-e2e.html');
      await exportAs(s, 'HTML', html);
      await toast(s, 'Exported gr-e2e.html.').waitFor({ timeout: 15_000 });
      await workbench.screenshot('export-html-done');
      assert.ok(existsSync(html), `${html} was written`);
      const page = readFileSync(html, 'utf8');
      const text = asTyped(
        page
          .replace(/<[^>]*>/g, ' ')
          .replace(/&#39;|&#x27;|&apos;/g, "'")
          .replace(/&amp;/g, '&'),
      );
      assert.ok(text.includes(asTyped(gr.title)), "the exported page shows the plan's title");
      assert.match(page, /data-audience="public"/);
      assert.doesNotMatch(page, /class="finding-marker|id="diagnostics"/, 'the exported page holds no findings');
      await workbench.runCommand('Notifications: Clear All Notifications');

      const docx = join(dir, 'gr-e2e.docx');
      await exportAs(s, 'Word', docx);
      await toast(s, 'Exported gr-e2e.docx.').waitFor({ timeout: 30_000 });
      assert.equal(readFileSync(docx).subarray(0, 2).toString('latin1'), 'PK', 'the Word file is a zip package');
      await workbench.runCommand('Notifications: Clear All Notifications');

      // The package ships playwright-core's bundles: the server prints with the machine's Chromium.
      const pdf = join(dir, 'gr-e2e.pdf');
      await exportAs(s, 'PDF', pdf);
      await toast(s, 'Exported gr-e2e.pdf.').waitFor({ timeout: 90_000 });
      await workbench.screenshot('export-pdf-done');
      assert.equal(readFileSync(pdf).subarray(0, 5).toString('latin1'), '%PDF-', 'the file is a PDF');
      const pdfinfo = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
      if (pdfinfo.error) {
        console.log('# pdfinfo (poppler-utils) not installed: the PDF is checked by its header only');
      } else {
        assert.equal(pdfinfo.status, 0, pdfinfo.stderr);
        const title = /^Title:\s+(.*)$/m.exec(pdfinfo.stdout)?.[1] ?? '';
        assert.ok(asTyped(title).includes(asTyped(gr.title)), `the PDF's title, “${title}”, names the plan`);
        assert.match(pdfinfo.stdout, /^Page size:\s+594\.96 x 841\.92 pts \(A4\)$/m);
        assert.match(pdfinfo.stdout, /^Tagged:\s+yes$/m);
        const pages = Number(/^Pages:\s+(\d+)$/m.exec(pdfinfo.stdout)?.[1]);
        assert.ok(pages > 30 && pages < 90, `${pages} pages`);
        const text = asTyped(spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout);
        assert.ok(text.includes('Sommaire'), 'the PDF has its table of contents, as text');
        for (const objective of gr.objectives) assert.ok(text.includes(asTyped(objective.title)), objective.title);
      }
      await workbench.runCommand('Notifications: Clear All Notifications');
    },
    240_000,
  );

  step('"Compare Plan With…" HEAD shows the plan with an edit marked', 'compare-head', async (s) => {
    const { workbench, probe } = s;
    const { page } = workbench;
    await workbench.runCommand('View: Close All Editors');
    await workbench.openFile(GR_PLAN);
    const lines = await documentLines(s, grPath);
    const index = lines.findIndex((text) => /^\s+- value: \d+\s*$/.test(text));
    assert.notEqual(index, -1, 'the seed plan has a target `- value: N`');
    const value = Number(/\d+/.exec(lines[index])?.[0]);
    const lowered = String(value - 10);
    const column = lines[index].indexOf(String(value)) + 1;
    await workbench.goToLine(index + 1, column);
    await page.keyboard.press('Shift+End');
    await page.keyboard.type(lowered);
    const edited = await waitFor(
      async () => {
        const now = await documentLines(s, grPath);
        return now[index]?.trim() === `- value: ${lowered}` ? now : undefined;
      },
      { timeoutMs: FEW_SECONDS, what: `line ${index + 1} to read "- value: ${lowered}"` },
    );

    // What `jalon diff` says of the same edit, between the committed file and the edited text.
    const copy = join(s.runDir, 'compare', GR_PLAN);
    mkdirSync(dirname(copy), { recursive: true });
    writeFileSync(copy, edited.join('\n'));
    const cli = s.extension.cli ?? join(s.root, 'dist', 'cli.js');
    const diff = spawnSync(process.execPath, [cli, 'diff', grPath, copy], { encoding: 'utf8' }).stdout;
    const message = /^\S+:\d+ attention (.*)$/m.exec(diff)?.[1];
    assert.ok(message, `jalon diff names the change as needing attention:\n${diff}`);

    // The git extension finds the repository shortly after the window opens: until then only "Another file…" is offered.
    await waitFor(
      async () => {
        await workbench.runCommandKeepOpen(s.extension.commandTitle('jalon.compareWith'));
        const head = page.locator('.quick-input-widget .monaco-list-row', {
          has: page.locator('.label-name', { hasText: /^HEAD$/ }),
        });
        const another = page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Another file…' });
        await another.first().waitFor({ timeout: 3_000 });
        if (await head.count()) return true;
        await workbench.dismiss();
        return false;
      },
      { timeoutMs: 20_000, what: 'the quick pick to offer HEAD' },
    );
    await workbench.screenshot('compare-pick');
    await pickRow(s, 'HEAD');

    const frame = await workbench.webviewFrame('Changes since HEAD');
    const shown = await frame.evaluate(() => ({
      title: (document.querySelector('#diff-summary h2') as HTMLElement | null)?.innerText ?? '',
      counts: (document.querySelector('#diff-summary p') as HTMLElement | null)?.innerText ?? '',
      summary: [...document.querySelectorAll('#diff-summary li')].map((e) => (e as HTMLElement).innerText),
      marks: [...document.querySelectorAll('.diff-mark.diff-attention')].map((e) => (e as HTMLElement).innerText),
      headings: [...document.querySelectorAll('h1')].map((e) => (e as HTMLElement).innerText),
    }));
    await workbench.screenshot('compare-head');
    assert.equal(shown.title, 'Changes since HEAD');
    assert.equal(asTyped(shown.counts), '1 change, 1 needing attention');
    assert.deepEqual(shown.summary.map(asTyped), [asTyped(message)], 'the summary lists the change');
    assert.deepEqual(shown.marks.map(asTyped), [asTyped(message)], 'the change is marked in the plan');
    assert.ok(
      shown.headings.some((h) => asTyped(h).includes(asTyped(gr.title))),
      'the plan is shown',
    );
    const tabs = await probe.ask('/tabs', {});
    assert.ok(
      tabs.some((g) => g.tabs.some((t) => t.kind === 'webview' && (t.viewType ?? '').endsWith('jalon.compare'))),
      'a jalon.compare panel is open',
    );

    // The compare panel has the focus (keys go to its page): back to the plan by its tab, and leave it as on disk.
    await page.locator('.tabs-container .tab', { hasText: GR_PLAN }).first().click();
    await workbench.runCommand('File: Revert File');
  });

  step(
    '"Open Dashboard" shows the example\'s dashboard beside the plan; a filter hides the other axis; an edit of a report shows; a click opens the source',
    'dashboard',
    async (s) => {
      const { workbench, probe } = s;
      const { page } = workbench;
      await workbench.runCommand('View: Close All Editors');
      await workbench.openFile(EXAMPLE_PLAN);
      await workbench.runCommand(s.extension.commandTitle('jalon.showDashboard'));
      const frame = await workbench.webviewFrame('Tableau de bord — Projet');
      const tabs = await probe.ask('/tabs', {});
      const dashboardGroup = tabs.find((g) =>
        g.tabs.some((t) => t.kind === 'webview' && (t.viewType ?? '').endsWith('jalon.dashboard')),
      );
      const editorGroup = tabs.find((g) => g.tabs.some((t) => t.kind === 'text' && t.path?.endsWith(EXAMPLE_PLAN)));
      assert.ok(dashboardGroup, `a jalon.dashboard panel is open (${JSON.stringify(tabs)})`);
      assert.ok(
        editorGroup && dashboardGroup.viewColumn !== editorGroup.viewColumn,
        'the dashboard is beside the plan',
      );

      const shownActions = () =>
        frame.$$eval('.dashboard-actions tbody tr:not([hidden]) td:first-child', (cells) =>
          cells.map((c) => (c as HTMLElement).innerText),
        );
      const axisRows = () =>
        frame.$$eval('table:first-of-type tbody tr', (rows) =>
          rows.filter((r) => !(r as HTMLElement).hidden).map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ')),
        );
      assert.equal((await frame.innerText('h1 + p')).trim(), "Au 2027-12 · Bilan d'étape 2027");
      assert.deepEqual((await axisRows()).map(asTyped), [
        'Des soins plus rapides 1 0 1 72,5 %',
        'Un hôpital numérique 0 1 0 35 %',
      ]);
      assert.equal((await shownActions()).length, 3);

      await frame.selectOption('select[name="axis"]', 'numerique');
      assert.deepEqual(await shownActions(), ['Déployer le dossier patient informatisé']);
      assert.deepEqual((await axisRows()).map(asTyped), ['Un hôpital numérique 0 1 0 35 %']);
      assert.equal(await frame.innerText('.dashboard-shown'), '1 actions affichées sur 3');
      await workbench.screenshot('dashboard-filtered');

      // An edit of a report, as typed: the dashboard shows it, the filter still in use.
      await workbench.openFile(EXAMPLE_REPORT);
      const lines = await documentLines(s, join(s.folder, 'examples', EXAMPLE_REPORT));
      const index = lines.findIndex((text) => text.includes('dpi: { status: delayed, progress: 35'));
      await workbench.goToLine(index + 1, lines[index].indexOf('35') + 1);
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.press('Shift+ArrowRight');
      await page.keyboard.type('60');
      await waitFor(async () => (await axisRows()).map(asTyped).join() === 'Un hôpital numérique 0 1 0 60 %', {
        timeoutMs: FEW_SECONDS,
        what: 'the dashboard to show the edited progress',
        describe: async () => (await axisRows()).join(' | '),
      });
      assert.deepEqual(await shownActions(), ['Déployer le dossier patient informatisé']);
      await workbench.screenshot('dashboard-edited');

      // A click on an objective's name opens the part where it is written, at its line.
      await frame.click('a.source-link >> text=Numériser le dossier patient');
      await waitFor(async () => (await workbench.statusText('status.editor.selection')).startsWith('Ln 5, Col 1'), {
        timeoutMs: FEW_SECONDS,
        what: 'the cursor at the objective in numerique.plan.yaml (Ln 5)',
        describe: () => workbench.statusText('status.editor.selection'),
      });
      const active = (await probe.ask('/tabs', {}))
        .flatMap((g) => g.tabs)
        .filter((t) => t.isActive && t.kind === 'text');
      assert.ok(
        active.some((t) => t.path?.endsWith('numerique.plan.yaml')),
        JSON.stringify(active),
      );
      await page.locator('.tabs-container .tab', { hasText: EXAMPLE_REPORT }).first().click();
      await workbench.runCommand('File: Revert File');
    },
    120_000,
  );
});
