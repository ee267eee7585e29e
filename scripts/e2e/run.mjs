// `npm run test:e2e`: the extension tested in a real VS Code (code-server in Chromium).
//  1. installs Chromium, Node 24 and code-server once into $HOME/.cache/jalon-e2e (install.mjs);
//  2. packages the extension when its sources changed since the last .vsix (productVsix.mjs);
//  3. builds the test-only probe extension (probe.mjs);
//  4. runs e2e/vscode.e2e.test.ts with Node's test runner, which installs both .vsix files into
//     a fresh profile, starts code-server on 127.0.0.1, drives it and stops it.
// Screenshots and logs go to test-results/e2e/. Exits non-zero when a test fails.
// Environment: JALON_E2E_VSIX (a .vsix to test instead of packaging), JALON_E2E_CACHE (install
// folder), JALON_E2E_KEEP=1 (keep the temporary profile and workspace after a passing run).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureInstall } from './install.mjs';
import { ensureProductVsix } from './productVsix.mjs';
import { buildProbeVsix } from './probe.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const artifacts = join(root, 'test-results', 'e2e');
const started = Date.now();

const install = await ensureInstall();
const product = ensureProductVsix(root);
const runDir = mkdtempSync(join(tmpdir(), 'jalon-e2e-'));
const probeVsix = await buildProbeVsix(root, runDir);

rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });
console.log(`[e2e] ready in ${Math.round((Date.now() - started) / 1000)} s; screenshots and logs: ${artifacts}`);

const env = {
  ...process.env,
  JALON_E2E_NODE: install.node,
  JALON_E2E_CODE_SERVER: install.codeServerEntry,
  JALON_E2E_VSIX: product.vsix ?? '',
  JALON_E2E_PACKAGE_ERROR: product.error ?? '',
  JALON_E2E_PROBE_VSIX: probeVsix,
  JALON_E2E_RUN_DIR: runDir,
  JALON_E2E_ARTIFACTS: artifacts,
};
const suite = join(root, 'e2e', 'vscode.e2e.test.ts');
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter', 'spec', suite], {
  cwd: root,
  env,
  stdio: 'inherit',
});
// Ctrl+C reaches the test process too (same process group); wait for it to stop code-server.
process.on('SIGINT', () => {});
const code = await new Promise((done) => child.on('exit', (status, signal) => done(status ?? (signal ? 1 : 0))));

if (code === 0 && !process.env.JALON_E2E_KEEP) rmSync(runDir, { recursive: true, force: true });
else console.log(`[e2e] profile, workspace and logs kept in ${runDir}`);
console.log(`[e2e] finished in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(code);
