import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { terminalProgress } from '../../src/cli/progress';
import { CLEAN_PLAN } from '../helpers';
import { BIN, workspace } from './run';

test('the progress line is rewritten in place at most every 100 ms and once a percent, then erased', () => {
  const written: string[] = [];
  let clock = 0;
  const progress = terminalProgress(
    true,
    (t) => written.push(t),
    1200,
    'en',
    () => clock,
  );
  progress.update(1, 400); // 0 %
  clock = 50;
  progress.update(8, 400); // 2 %, but within 100 ms
  clock = 150;
  progress.update(9, 400); // 2 %
  clock = 300;
  progress.update(9, 400); // the same percent
  progress.update(400, 400); // the end, at once
  progress.end();
  assert.deepEqual(written, [
    '\rjalon: checking 1,200 files… 0%\x1b[K',
    '\rjalon: checking 1,200 files… 2%\x1b[K',
    '\rjalon: checking 1,200 files… 100%\x1b[K',
    '\r\x1b[K',
  ]);
});

test('in French, and nothing at all when standard error is not a terminal', () => {
  const written: string[] = [];
  const fr = terminalProgress(
    true,
    (t) => written.push(t),
    1200,
    'fr',
    () => 0,
  );
  fr.update(1, 2);
  assert.deepEqual(written, ['\rjalon: vérification de 1\u202f200 fichiers… 50\u00a0%\x1b[K']);
  const quiet = terminalProgress(false, (t) => written.push(t), 1200, 'en');
  quiet.update(1, 2);
  quiet.end();
  assert.equal(written.length, 1);
});

// `script` runs the CLI on a pseudo-terminal, as a user's shell would (util-linux).
const hasScript = spawnSync('script', ['--version']).status === 0;

test(
  'jalon check on a terminal shows the line and erases it; through a pipe it prints none',
  { skip: !hasScript && 'util-linux `script` is not installed: no pseudo-terminal to run the CLI on' },
  () => {
    const dir = workspace({ 'a.plan.yaml': CLEAN_PLAN, 'b.plan.yaml': CLEAN_PLAN.replace(/id: demo\b/, 'id: demo-b') });
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} check . 2>&1 >/dev/null`;
    const tty = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LANG: 'C' },
    });
    assert.ok(tty.stdout.startsWith('\rjalon: checking 2 files… '), JSON.stringify(tty.stdout));
    assert.ok(tty.stdout.endsWith('\r\x1b[K'), JSON.stringify(tty.stdout));
    const piped = spawnSync(process.execPath, [BIN, 'check', '.'], { cwd: dir, encoding: 'utf8' });
    assert.equal(piped.stderr, '');
  },
);
