import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CLEAN_PLAN, edit } from '../helpers';
import { BIN, jalon, ROOT, workspace, type Run } from './run';

const GR = readFileSync(path.join(ROOT, 'seeds/gustave-roussy-2026-2030.plan.yaml'), 'utf8');
const count = (text: string, needle: string) => text.split(needle).length - 1;

/** What a published file must not hold: a script, a remote resource, a link out. */
function assertSelfContained(page: string): void {
  assert.ok(page.startsWith('<!DOCTYPE html>'));
  assert.ok(!/<script/i.test(page), 'no script');
  assert.ok(!/https?:\/\//i.test(page), 'no http(s) URL');
  assert.ok(!/<link|<img|@import|url\(/i.test(page), 'no external resource');
  assert.ok(page.includes('@media print'));
}

const PART = `part_of: demo
axis: care-axis
ambition: quality
objectives:
  - id: team-obj
    title: Team objective
    actions:
      - { id: team-act, title: Team action, start: 2026, end: 2027 }
`;

describe('jalon render: writes one self-contained HTML file', () => {
  test('the Gustave Roussy seed, to the plan’s name with .html in the current folder', () => {
    const dir = workspace({ 'plans/gustave-roussy-2026-2030.plan.yaml': GR });
    const plan = path.join(dir, 'plans/gustave-roussy-2026-2030.plan.yaml');
    const before = statSync(plan).mtimeMs;
    const run = jalon(['render', 'plans/gustave-roussy-2026-2030.plan.yaml'], dir);
    assert.equal(run.stderr, '');
    assert.equal(
      run.stdout,
      'Wrote gustave-roussy-2026-2030.html: 1 file, 38 objectives; 0 errors, 6 warnings, 277 suggestions.\n',
    );
    assert.equal(run.code, 0);
    const page = readFileSync(path.join(dir, 'gustave-roussy-2026-2030.html'), 'utf8');
    assertSelfContained(page);
    assert.equal(count(page, '<article class="objective-card"'), 38);
    assert.equal(count(page, '<section class="axis"'), 4);
    assert.ok(page.includes('<svg class="timeline-chart"'));
    assert.ok(page.includes('Projets, actions et jalons clés'));
    assert.ok(
      !page.includes('.plan.yaml') && !page.includes('Diagnostics du plan'),
      'the public document names no file and lists no finding',
    );
    const review = jalon(
      ['render', 'plans/gustave-roussy-2026-2030.plan.yaml', '--audience', 'review', '-o', 'review.html'],
      dir,
    );
    assert.equal(review.code, 0);
    assert.ok(
      readFileSync(path.join(dir, 'review.html'), 'utf8').includes('plans/gustave-roussy-2026-2030.plan.yaml:1007:24'),
      'the review’s diagnostics name files as check does',
    );
    assert.equal(readFileSync(plan, 'utf8'), GR, 'the plan file is never written');
    assert.equal(statSync(plan).mtimeMs, before);
  });

  test('-o names the file; --locale en gives English labels; LANG gives French messages', () => {
    const dir = workspace({ 'gr.plan.yaml': GR });
    const run = jalon(['render', 'gr.plan.yaml', '-o', 'out/plan.html', '--locale', 'en'], dir);
    assert.equal(run.code, 2, 'the output folder does not exist');
    assert.equal(run.stderr, "jalon: cannot write 'out/plan.html': the folder 'out' does not exist; create it first\n");
    const ok = jalon(['render', 'gr.plan.yaml', '--output=plan.html', '--locale', 'en'], dir);
    assert.equal(ok.code, 0);
    assert.match(ok.stdout, /^Wrote plan\.html: /);
    const page = readFileSync(path.join(dir, 'plan.html'), 'utf8');
    assert.ok(page.includes('Projects, actions and key milestones') && page.includes('<html lang="en">'));
    const french = jalon(['render', 'gr.plan.yaml', '-o', 'fr.html'], dir, { LANG: 'fr_FR.UTF-8' });
    assert.equal(
      french.stdout,
      'Écrit fr.html : 1 fichier, 38 objectifs ; 0 erreur, 6 avertissements, 277 suggestions.\n',
    );
  });

  test('-o - writes the document to standard output and the summary to standard error', () => {
    const dir = workspace({ 'demo.plan.yaml': CLEAN_PLAN });
    const run = jalon(['render', 'demo.plan.yaml', '-o', '-'], dir);
    assert.equal(run.code, 0);
    assertSelfContained(run.stdout);
    assert.equal(run.stderr, 'Wrote standard output: 1 file, 1 objective; 0 errors, 0 warnings, 0 suggestions.\n');
    assert.ok(!existsSync(path.join(dir, 'demo.html')));
  });

  test('part files in the plan’s folder and below are included; those elsewhere are not', () => {
    const dir = workspace({
      'plans/demo.plan.yaml': CLEAN_PLAN,
      'plans/teams/team.plan.yaml': PART,
      'other/stray.plan.yaml': PART.replace('team-obj', 'stray-obj'),
    });
    const run = jalon(['render', 'plans/demo.plan.yaml'], dir);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /^Wrote demo\.html: 2 files, 2 objectives; /);
    const page = readFileSync(path.join(dir, 'demo.html'), 'utf8');
    assert.ok(page.includes('id="objective-team-obj"'));
    assert.ok(!page.includes('stray-obj'));
  });

  test('the nearest jalon.config.yaml applies; exit 1 when a finding reaches --fail-on, and the file is still written', () => {
    const warned = edit(CLEAN_PLAN, '                start: 2026\n', '                start: 2025\n');
    const dir = workspace({ 'jalon.config.yaml': 'rules:\n  date/outside-cycle: error\n', 'sub/a.plan.yaml': warned });
    const run = jalon(['render', 'sub/a.plan.yaml', '--audience', 'review'], dir);
    assert.equal(run.code, 1);
    assert.match(run.stdout, /; 1 error, 0 warnings, 0 suggestions\.\n$/);
    assert.ok(readFileSync(path.join(dir, 'a.html'), 'utf8').includes('date/outside-cycle'));
    const plain = workspace({ 'a.plan.yaml': warned });
    assert.equal(jalon(['render', 'a.plan.yaml'], plain).code, 0);
    assert.equal(jalon(['render', 'a.plan.yaml', '--fail-on', 'warning'], plain).code, 1);
  });
});

describe('jalon render: the logo', () => {
  const withLogo = (logo: string) => edit(CLEAN_PLAN, '  horizon: 2040\n', `  horizon: 2040\n  logo: ${logo}\n`);

  test('a PNG beside the plan is embedded as a data URI', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const dir = workspace({ 'plans/demo.plan.yaml': withLogo('logo.png'), 'plans/logo.png': png });
    const run = jalon(['render', 'plans/demo.plan.yaml'], dir);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0);
    assert.ok(
      readFileSync(path.join(dir, 'demo.html'), 'utf8').includes(
        `<img class="logo" src="data:image/png;base64,${png.toString('base64')}" alt="Demo hospital">`,
      ),
    );
  });

  test('a missing logo: the finding on standard error, counted in the summary, the document without a logo, exit 0', () => {
    const dir = workspace({ 'demo.plan.yaml': withLogo('logo.svg') });
    const run = jalon(['render', 'demo.plan.yaml'], dir);
    assert.equal(
      run.stderr,
      "jalon: demo.plan.yaml:8:9 warning logo/unreadable The logo 'logo.svg' does not exist: the cover has no logo; put the image there or correct `logo` (a path relative to the plan file's folder).\n",
    );
    assert.equal(run.stdout, 'Wrote demo.html: 1 file, 1 objective; 0 errors, 1 warning, 0 suggestions.\n');
    assert.equal(run.code, 0);
    assert.ok(!readFileSync(path.join(dir, 'demo.html'), 'utf8').includes('class="logo"'));
    assert.equal(jalon(['render', 'demo.plan.yaml', '-o', 'strict.html', '--fail-on', 'warning'], dir).code, 1);
    const french = jalon(['render', 'demo.plan.yaml', '-o', 'fr.html'], dir, { LANG: 'fr_FR.UTF-8' });
    assert.equal(
      french.stderr,
      "jalon: demo.plan.yaml:8:9 avertissement logo/unreadable Le logo 'logo.svg' n’existe pas : la couverture n’a pas de logo ; placez-y l’image ou corrigez `logo` (un chemin relatif au dossier du fichier du plan).\n",
    );
  });

  test('the review audience shows the logo’s finding on the cover, the public one does not', () => {
    const dir = workspace({ 'demo.plan.yaml': withLogo('logo.svg') });
    jalon(['render', 'demo.plan.yaml', '--audience', 'review', '-o', 'review.html'], dir);
    jalon(['render', 'demo.plan.yaml', '-o', 'public.html'], dir);
    const review = readFileSync(path.join(dir, 'review.html'), 'utf8');
    assert.ok(
      review.includes(
        '<a class="finding-link" href="#finding-1">demo.plan.yaml:8:9</a> The logo \'logo.svg\' does not exist: the cover has no logo; put the image there or correct <code>logo</code>',
      ),
    );
    assert.ok(!readFileSync(path.join(dir, 'public.html'), 'utf8').includes('logo/unreadable'));
  });

  test('an SVG logo with a script: embedded without it, and the finding says so', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10"/></svg>';
    const dir = workspace({ 'demo.plan.yaml': withLogo('logo.svg'), 'logo.svg': svg });
    const run = jalon(['render', 'demo.plan.yaml'], dir);
    assert.equal(
      run.stderr,
      "jalon: demo.plan.yaml:8:9 warning logo/script The SVG logo 'logo.svg' holds 1 script and 1 event handler: the document embeds the logo without them; remove them from the file (save it again as plain SVG) so that what you see is what is printed.\n",
    );
    assert.equal(run.code, 0);
    const page = readFileSync(path.join(dir, 'demo.html'), 'utf8');
    const uri = /<img class="logo" src="data:image\/svg\+xml;base64,([^"]+)"/.exec(page)?.[1] ?? '';
    const embedded = Buffer.from(uri, 'base64').toString('utf8');
    assert.ok(embedded.includes('<rect width="10" height="10"/>'));
    assert.ok(!/script|onload|alert/.test(embedded), embedded);
  });

  test('a logo named as no image: the schema’s error on standard error, exit 1', () => {
    const dir = workspace({ 'demo.plan.yaml': withLogo('logo.gif'), 'logo.gif': 'GIF89a' });
    const run = jalon(['render', 'demo.plan.yaml'], dir);
    assert.match(run.stderr, /^jalon: demo\.plan\.yaml:8:9 error schema\/pattern [^\n]*\n$/);
    assert.equal(run.code, 1, 'the schema refuses the name: an error, as check says');
    assert.ok(!readFileSync(path.join(dir, 'demo.html'), 'utf8').includes('class="logo"'));
  });
});

/**
 * A folder the user cannot write to: root writes anywhere, so as root the command runs as
 * `nobody` (runuser); skipped when neither is possible.
 */
const asUser = (): ((args: string[], cwd: string) => Run) | undefined => {
  if (process.getuid?.() !== 0) return (args, cwd) => jalon(args, cwd);
  if (spawnSync('runuser', ['--help']).error) return undefined;
  return (args, cwd) => {
    const run = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, BIN, ...args], {
      cwd,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LANG: 'C' },
    });
    return { code: run.status, stdout: run.stdout, stderr: run.stderr };
  };
};

describe(
  'jalon render: an output folder that cannot be written to',
  { skip: !asUser() && 'root without runuser' },
  () => {
    for (const format of ['html', 'docx', 'pdf']) {
      test(`--format ${format}: one line, exit 2, nothing written`, () => {
        const dir = workspace({ 'demo.plan.yaml': CLEAN_PLAN });
        mkdirSync(path.join(dir, 'ro'));
        chmodSync(dir, 0o755);
        chmodSync(path.join(dir, 'demo.plan.yaml'), 0o644);
        chmodSync(path.join(dir, 'ro'), 0o555);
        const run = asUser()!(['render', 'demo.plan.yaml', '--format', format, '-o', `ro/plan.${format}`], dir);
        assert.equal(run.stderr, `jalon: cannot write 'ro/plan.${format}': permission denied\n`);
        assert.equal(run.stdout, '');
        assert.equal(run.code, 2);
        assert.deepEqual(readdirSync(path.join(dir, 'ro')), []);
      });
    }
  },
);

describe('jalon render: usage errors exit 2 with a one-line message', () => {
  const dir = workspace({
    'ok.plan.yaml': CLEAN_PLAN,
    'two.plan.yaml': CLEAN_PLAN.replace('id: demo', 'id: two'),
    'folder/readme.txt': 'x',
  });
  const cases: [string, string[], string][] = [
    ['no file', ['render'], "jalon: render takes one plan file (none given); try 'jalon render plan.plan.yaml'\n"],
    [
      'two files',
      ['render', 'ok.plan.yaml', 'two.plan.yaml'],
      "jalon: render takes one plan file (2 given); try 'jalon render plan.plan.yaml'\n",
    ],
    ['a missing file', ['render', 'missing.plan.yaml'], "jalon: no such file: 'missing.plan.yaml'\n"],
    ['a folder', ['render', 'folder'], "jalon: 'folder' is a folder; give the plan file to render\n"],
    [
      'an output that is a plan file',
      ['render', 'ok.plan.yaml', '-o', 'two.plan.yaml'],
      "jalon: will not write over 'two.plan.yaml': it is a YAML file (plans, parts, reports and jalon.config.yaml are); give -o another file, such as 'ok.html'\n",
    ],
    [
      'an output that is YAML',
      ['render', 'ok.plan.yaml', '-o', 'x.yml'],
      "jalon: will not write over 'x.yml': it is a YAML file (plans, parts, reports and jalon.config.yaml are); give -o another file, such as 'ok.html'\n",
    ],
    ['an unknown option', ['render', 'ok.plan.yaml', '--colour', 'red'], "jalon: unknown option '--colour'\n"],
    [
      'an unknown format',
      ['render', 'ok.plan.yaml', '--format', 'odt'],
      "jalon: --format must be one of html, pdf, docx, not 'odt'\n",
    ],
    [
      'an unknown audience',
      ['render', 'ok.plan.yaml', '--audience', 'board'],
      "jalon: --audience must be one of public, review, not 'board'\n",
    ],
    [
      'a PDF to standard output',
      ['render', 'ok.plan.yaml', '--format', 'pdf', '-o', '-'],
      'jalon: a PDF file is not written to standard output: give a file name to -o\n',
    ],
    [
      'a Word file over a plan file',
      ['render', 'ok.plan.yaml', '--format', 'docx', '-o', 'two.plan.yaml'],
      "jalon: will not write over 'two.plan.yaml': it is a YAML file (plans, parts, reports and jalon.config.yaml are); give -o another file, such as 'ok.docx'\n",
    ],
    [
      'a Word file under a file',
      ['render', 'ok.plan.yaml', '--format', 'docx', '-o', 'folder/readme.txt/plan.docx'],
      "jalon: cannot write 'folder/readme.txt/plan.docx': 'folder/readme.txt' is not a folder\n",
    ],
    [
      'a PDF into a missing folder',
      ['render', 'ok.plan.yaml', '--format', 'pdf', '-o', 'missing/plan.pdf'],
      "jalon: cannot write 'missing/plan.pdf': the folder 'missing' does not exist; create it first\n",
    ],
    [
      'a PDF with a --chrome that does not exist',
      ['render', 'ok.plan.yaml', '--format', 'pdf', '-o', 'plan.pdf', '--chrome', '/nowhere/chrome'],
      "jalon: no browser at '/nowhere/chrome' (--chrome): install Chromium or Google Chrome (Debian/Ubuntu: apt-get install chromium), or name one with --chrome PATH or JALON_CHROME\n",
    ],
    [
      'an unknown locale',
      ['render', 'ok.plan.yaml', '--locale', 'de'],
      "jalon: --locale must be one of en, fr, not 'de'\n",
    ],
  ];
  for (const [name, args, message] of cases) {
    test(name, () => {
      const run = jalon(args, dir);
      assert.equal(run.stderr, message);
      assert.equal(run.stdout, '');
      assert.equal(run.code, 2);
    });
  }

  test('the help names the render command', () => {
    const run = jalon(['--help'], dir);
    assert.equal(run.code, 0);
    assert.ok(
      run.stdout.includes(
        'jalon render <plan.yaml> [-o <file>] [--format <html|pdf|docx>] [--audience <public|review>]',
      ),
    );
    assert.equal(jalon(['render', '--help'], dir).stdout, run.stdout);
  });
});
