import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './run';

/** Runs a command in `cwd`; fails with its output when it does not exit 0. */
function sh(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C', ...env } });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

describe('Jalon on plans kept outside the clone (as the README says)', () => {
  test('npm pack, npm install the tarball in a clean folder, then its jalon init and check there', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jalon-outside-'));
    sh('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], ROOT);
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    assert.ok(tarball, readdirSync(dir).join(', '));
    sh(
      'npm',
      [
        'install',
        '--prefix',
        path.join(dir, 'tools'),
        path.join(dir, tarball),
        '--no-audit',
        '--no-fund',
        '--prefer-offline',
        '--ignore-scripts',
      ],
      dir,
    );
    const jalon = path.join(dir, 'tools', 'node_modules', '.bin', 'jalon');
    const plans = path.join(dir, 'plans');
    sh(jalon, ['init', plans, '--lang', 'fr'], dir);
    const out = sh(jalon, ['check', '.', '--fail-on', 'warning'], plans);
    assert.match(out, /0 errors?, 0 warnings?/);
  });
});
