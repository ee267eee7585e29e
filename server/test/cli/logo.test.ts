import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { CLEAN_PLAN, edit } from '../helpers';
import { jalon, workspace } from './run';

// `jalon check` reads the logo a plan names as `jalon render` does: its problems are findings.

const withLogo = (logo: string) => edit(CLEAN_PLAN, '  horizon: 2040\n', `  horizon: 2040\n  logo: ${logo}\n`);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const SUMMARY_ONE_WARNING = '0 errors, 1 warning, 0 suggestions in 1 file.\n';

describe('jalon check: the logo', () => {
  test('a missing logo is a warning on `logo`, exit 0 (1 with --fail-on warning)', () => {
    const dir = workspace({ 'plans/demo.plan.yaml': withLogo('images/logo.png') });
    const run = jalon(['check', 'plans'], dir);
    assert.equal(
      run.stdout,
      "plans/demo.plan.yaml:8:9 warning logo/unreadable The logo 'images/logo.png' does not exist: the cover has no logo; put the image there or correct `logo` (a path relative to the plan file's folder).\n" +
        SUMMARY_ONE_WARNING,
    );
    assert.equal(run.stderr, '');
    assert.equal(run.code, 0);
    assert.equal(jalon(['check', 'plans', '--fail-on', 'warning'], dir).code, 1);
    const french = jalon(['check', 'plans', '--locale', 'fr'], dir);
    assert.ok(
      french.stdout.startsWith(
        "plans/demo.plan.yaml:8:9 avertissement logo/unreadable Le logo 'images/logo.png' n’existe pas : la couverture n’a pas de logo ;",
      ),
      french.stdout,
    );
  });

  test('the path is relative to the plan file, not to the working folder', () => {
    const dir = workspace({ 'plans/demo.plan.yaml': withLogo('images/logo.png'), 'plans/images/logo.png': PNG });
    const run = jalon(['check', 'plans/demo.plan.yaml'], dir);
    assert.equal(run.stdout, 'No problems in 1 file.\n');
    assert.equal(run.code, 0);
  });

  test('a folder, a file that is not the image its name says, a file over 5 MB', () => {
    const dir = workspace({
      'a/demo.plan.yaml': withLogo('logo.png'),
      'b/demo.plan.yaml': withLogo('logo.png'),
      'b/logo.png': 'GIF89a',
      'c/demo.plan.yaml': withLogo('logo.jpg'),
      'c/logo.jpg': Buffer.alloc(5_000_001, 0xff),
    });
    mkdirSync(path.join(dir, 'a/logo.png'));
    const lines = (folder: string) => jalon(['check', folder], dir).stdout.split('\n')[0];
    assert.equal(
      lines('a'),
      "a/demo.plan.yaml:8:9 warning logo/unreadable The logo 'logo.png' is a folder, not an image file: the cover has no logo; name a PNG, JPEG or SVG file in `logo`.",
    );
    assert.equal(
      lines('b'),
      "b/demo.plan.yaml:8:9 warning logo/unreadable The logo 'logo.png' is not a PNG image (its content is not a PNG file's): the cover has no logo; export the image again as PNG, or name the file after its format (.png, .jpg, .svg).",
    );
    assert.equal(
      lines('c'),
      "c/demo.plan.yaml:8:9 warning logo/unreadable The logo 'logo.jpg' is too large (5 MB; the limit is 5 MB): the cover has no logo; give a smaller image (a logo of a few hundred pixels is enough).",
    );
  });

  test('a logo the user may not read', { skip: process.getuid?.() === 0 && 'root reads every file' }, () => {
    const dir = workspace({ 'demo.plan.yaml': withLogo('logo.png'), 'logo.png': PNG });
    chmodSync(path.join(dir, 'logo.png'), 0o000);
    assert.equal(
      jalon(['check', '.'], dir).stdout.split('\n')[0],
      "demo.plan.yaml:8:9 warning logo/unreadable The logo 'logo.png' cannot be read (permission denied): the cover has no logo; give yourself read access to it.",
    );
  });

  test('an SVG logo with a script and an event handler: logo/script', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="a()"><script>b()</script></svg>';
    const dir = workspace({ 'demo.plan.yaml': withLogo('logo.svg'), 'logo.svg': svg });
    const run = jalon(['check', '.'], dir);
    assert.equal(
      run.stdout,
      "demo.plan.yaml:8:9 warning logo/script The SVG logo 'logo.svg' holds 1 script and 1 event handler: the document embeds the logo without them; remove them from the file (save it again as plain SVG) so that what you see is what is printed.\n" +
        SUMMARY_ONE_WARNING,
    );
    assert.equal(run.code, 0);
  });

  test('a plain SVG, and a rule turned off in jalon.config.yaml: no finding', () => {
    const plain = workspace({
      'demo.plan.yaml': withLogo('logo.svg'),
      'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
    });
    assert.equal(jalon(['check', '.'], plain).stdout, 'No problems in 1 file.\n');
    const off = workspace({
      'demo.plan.yaml': withLogo('logo.svg'),
      'jalon.config.yaml': 'rules:\n  logo/unreadable: off\n',
    });
    assert.equal(jalon(['check', '.'], off).stdout, 'No problems in 1 file.\n');
  });

  test('a part given alone: its root completes the plan, and the root’s logo is not reported on the part', () => {
    const part =
      'part_of: demo\naxis: care-axis\nambition: quality\nobjectives:\n  - id: part-obj\n    title: Part\n    owner: care\n    indicators: [patients]\n    actions:\n      - { id: part-act, title: Part action, owner: care, start: 2026, end: 2027 }\n';
    const dir = workspace({ 'root/demo.plan.yaml': withLogo('logo.png'), 'root/team.plan.yaml': part });
    assert.ok(jalon(['check', 'root'], dir).stdout.startsWith('root/demo.plan.yaml:8:9 warning logo/unreadable '));
    assert.ok(!jalon(['check', 'root/team.plan.yaml'], dir).stdout.includes('logo/'));
  });
});
