import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pdfOutline } from '../../src/host/pdf/pdfDestinations';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import { axisObjectives } from '../../src/core/render/axisSection';
import { createContext } from '../../src/core/render/context';
import { frenchTypography } from '../../src/core/render/typography';
import { CLEAN_PLAN } from '../helpers';
import { jalon, ROOT, workspace } from './run';
import { installedChrome } from './tools';
import { findChrome } from '../../src/host/pdf/findChrome';

const GR = readFileSync(path.join(ROOT, 'seeds/gustave-roussy-2026-2030.plan.yaml'), 'utf8');

const has = (tool: string) => spawnSync(tool, ['-v'], { encoding: 'utf8' }).error === undefined;
const CHROME = installedChrome();
const POPPLER = has('pdftotext') && has('pdfinfo');
const skip = !CHROME
  ? 'no Chrome or Chromium on this machine'
  : !POPPLER
    ? 'poppler-utils (pdftotext, pdfinfo) not installed'
    : false;
if (skip) console.log(`# skipped: the printed layout tests (${skip})`);

/** The text of each page, as pdftotext lays it out. */
function pagesOf(pdf: string): string[] {
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).stdout;
  return text.split('\f').slice(0, -1);
}
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The lines of a page without its running header and footer. */
const body = (page: string) =>
  page
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(1, -1);

describe('jalon render --format pdf: the Gustave Roussy seed printed by Chromium', { skip }, () => {
  let dir = '';
  let file = '';
  let pages: string[] = [];
  let info = '';
  const plan = (() => {
    const w = new PlanWorkspace();
    w.setFile('gr.plan.yaml', GR);
    return w.planOf('gr.plan.yaml')!;
  })();
  const context = createContext(plan, [], { mode: 'standalone' });

  before(() => {
    dir = workspace({ 'gr.plan.yaml': GR });
    const run = jalon(['render', 'gr.plan.yaml', '--format', 'pdf', '-o', 'gr.pdf'], dir, { JALON_CHROME: CHROME });
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, 'Wrote gr.pdf: 1 file, 38 objectives; 0 errors, 6 warnings, 277 suggestions.\n');
    assert.equal(run.code, 0);
    file = path.join(dir, 'gr.pdf');
    pages = pagesOf(file);
    info = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
  });

  test('A4, its title and language in the metadata, selectable text', () => {
    assert.match(info, /Page size:\s+594\.96 x 841\.92 pts \(A4\)/);
    assert.match(info, /Title:\s+Projet d’établissement 2026-2030 — Gustave Roussy/);
    assert.match(info, /Tagged:\s+yes/);
    assert.equal(Number(/Pages:\s+(\d+)/.exec(info)?.[1]), pages.length);
    assert.ok(pages.length > 30 && pages.length < 90, String(pages.length));
    assert.ok(readFileSync(file).includes('/Lang (fr)'));
    assert.ok(
      squash(pages.join(' ')).includes('Mobiliser nos ressources pour garantir le juste soin à chaque patient'),
    );
  });

  test('“page x / y” and the running header on every page', () => {
    pages.forEach((page, i) => {
      const lines = page
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      assert.equal(lines.at(-1), `page ${i + 1} / ${pages.length}`, `page ${i + 1}`);
      assert.match(lines[0], /^Gustave Roussy\s+Projet d’établissement 2026-2030$/, `page ${i + 1}`);
    });
  });

  test('an outline: a bookmark per axis and objective, each leading to the page its heading is on', () => {
    const outline = pdfOutline(readFileSync(file));
    const titles = outline.map((o) => squash(o.title));
    const shown = (text: string) => frenchTypography(text).replace(/\s+/g, '');
    plan.axes.forEach((axis, i) =>
      assert.ok(
        titles.some((t) => t.replace(/\s+/g, '') === `Axe${i + 1}${shown(axis.title!.value)}`),
        axis.title!.value,
      ),
    );
    for (const objective of plan.objectives) {
      const entry = outline.find(
        (o) =>
          /^Objectif[\d.]+/.test(o.title.replace(/\s+/g, '')) &&
          o.title.replace(/\s+/g, '').endsWith(shown(objective.title!.value)),
      );
      assert.ok(entry?.page, objective.title!.value);
      assert.ok(
        squash(pages[entry.page - 1])
          .replace(/\s+/g, '')
          .includes(shown(objective.title!.value)),
        `${objective.title!.value} on page ${entry.page}`,
      );
    }
  });

  test('each table-of-contents number is the page its heading lands on', () => {
    const outline = pdfOutline(readFileSync(file));
    const start = pages.findIndex((p) => body(p)[0] === 'Sommaire');
    assert.ok(start > 0);
    const toc = pages
      .slice(start, start + 3)
      .flatMap(body)
      .join('\n');
    let checked = 0;
    for (const axis of plan.axes) {
      for (const item of [axis, ...axisObjectives(axis, context)]) {
        const title = frenchTypography(item.title!.value);
        // The entry's last line ends with its page number; a long title wraps.
        const words = squash(title).split(' ');
        let at = -1;
        for (let k = words.length; k >= 3 && at < 0; k--) at = toc.indexOf(words.slice(0, k).join(' '));
        assert.ok(at >= 0, title);
        const number = Number(/(\d+)\n/.exec(toc.slice(at))?.[1]);
        const heading = outline.find(
          (o) =>
            /^(Axe|Objectif)[\d.]+/.test(o.title.replace(/\s+/g, '')) &&
            o.title.replace(/\s+/g, '').replace(/^(Axe|Objectif)[\d.]+/, '') === title.replace(/\s+/g, ''),
        );
        assert.equal(number, heading?.page, title);
        checked++;
      }
    }
    assert.equal(checked, 42);
  });

  test('no page ends with a heading', () => {
    const headings = [
      ...plan.axes.map((a) => a.title!.value),
      ...plan.ambitions.map((a) => a.title!.value),
      ...plan.objectives.map((o) => o.title!.value),
      ...plan.actions.map((a) => a.title!.value),
    ].map((t) => squash(frenchTypography(t)));
    const labels =
      /^(AXE \d+|AMBITION|OBJECTIF [\d.]+|INTENTION|ENJEUX ET AMBITION|PROJETS, ACTIONS ET JALONS CLÉS|Indicateurs|Calendrier|Sommaire|Axe \d+ · .*)$/;
    pages.forEach((page, i) => {
      const last = body(page).at(-1) ?? '';
      assert.ok(!labels.test(last), `page ${i + 1} ends with “${last}”`);
      const heading = headings.find((h) => last.length >= 12 && squash(h).includes(squash(last)));
      assert.equal(heading, undefined, `page ${i + 1} ends with a line of the heading “${heading}”`);
    });
  });

  test('each axis’s timeline keeps its heading, chart and legend on one page', () => {
    const timelineAxes = plan.axes.filter((a) =>
      axisObjectives(a, context).some((o) => o.actions.some((x) => x.start || x.end || x.due)),
    );
    assert.equal(timelineAxes.length, 2);
    for (const axis of timelineAxes) {
      const number = axis.number?.value ?? plan.axes.indexOf(axis) + 1;
      const heading = `Axe ${number} · ${frenchTypography(axis.title!.value)}`.slice(0, 40);
      const start = pages.findIndex((p) => body(p).includes('Calendrier'));
      assert.ok(start > 0);
      const on = pages.filter((p, i) => i >= start && squash(p).includes(heading));
      assert.equal(on.length, 1, heading);
      const after = squash(on[0]).slice(squash(on[0]).indexOf(heading));
      const firstAction = axisObjectives(axis, context)
        .flatMap((o) => o.actions)
        .find((x) => x.start || x.end || x.due)!;
      assert.ok(after.includes(squash(frenchTypography(firstAction.title!.value)).slice(0, 25)), 'the chart');
      assert.ok(after.includes('action, du début à la fin') && after.includes('échéance, jalon'), 'the legend');
    }
  });
});

describe('finding Chrome', () => {
  const none = { PATH: '/nonexistent' };
  test('none on PATH nor in the usual places: a HostError that says what to install', () => {
    assert.throws(() => findChrome(undefined, none, []), {
      message:
        'a PDF needs Chrome or Chromium, and none was found: install Chromium or Google Chrome (Debian/Ubuntu: apt-get install chromium), or name one with --chrome PATH or JALON_CHROME',
    });
  });
  test('--chrome, then JALON_CHROME, then PATH, then the usual places', () => {
    const node = process.execPath;
    assert.equal(findChrome(node, { JALON_CHROME: '/nowhere' }, []), node);
    assert.equal(findChrome(undefined, { JALON_CHROME: node }, []), node);
    assert.throws(() => findChrome(undefined, { JALON_CHROME: '/nowhere/chrome' }, [node]), {
      message: /^no browser at '\/nowhere\/chrome' \(JALON_CHROME\): install Chromium/,
    });
    const bin = workspace({ 'bin/chromium': '#!/bin/sh\n' });
    spawnSync('chmod', ['+x', path.join(bin, 'bin/chromium')]);
    assert.equal(findChrome(undefined, { PATH: path.join(bin, 'bin') }, [node]), path.join(bin, 'bin/chromium'));
    assert.equal(findChrome(undefined, none, ['/nowhere', node]), node);
  });
  test('the CLI exits 2 when the browser named does not exist, before writing anything', () => {
    const dir = workspace({ 'demo.plan.yaml': CLEAN_PLAN });
    const run = jalon(['render', 'demo.plan.yaml', '--format', 'pdf'], dir, { JALON_CHROME: '/nowhere/chrome' });
    assert.equal(run.code, 2);
    assert.equal(run.stdout, '');
    assert.equal(
      run.stderr,
      "jalon: no browser at '/nowhere/chrome' (JALON_CHROME): install Chromium or Google Chrome (Debian/Ubuntu: apt-get install chromium), or name one with --chrome PATH or JALON_CHROME\n",
    );
    assert.equal(spawnSync('ls', [dir], { encoding: 'utf8' }).stdout, 'demo.plan.yaml\n');
  });
});
