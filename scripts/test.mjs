// `npm test`: type-check (the project, then the core and the webview on their own), lint, build the
// artifacts the tests run (dist/), every test file with Node's test runner, then the extension
// in a real VS Code (skipped with JALON_SKIP_E2E=1, or when extra arguments, passed to
// `node --test`, pick files to run).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function testFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return name.endsWith('.test.ts') ? [path] : [];
  });
}

const extra = process.argv.slice(2);
run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']);
run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'e2e']);
// The layers' own type environments: the core without Node, DOM or `vscode` types; the
// webview's script with the DOM and nothing else.
run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'server/src/core']);
run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'client/src/preview/webview']);
run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'client/src/dashboard/webview']);
run(process.execPath, ['node_modules/eslint/bin/eslint.js', '--max-warnings', '0', '.']);
// The layout (120 columns, .prettierrc.json): `npm run format` applies it.
run(process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--check', '--log-level', 'warn', '.']);
run(process.execPath, ['esbuild.mjs']);
const files = extra.some((a) => a.endsWith('.ts')) ? [] : testFiles('server/test').sort();
run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter', 'spec', ...extra, ...files]);
// The packaged extension in a real VS Code (code-server + Chromium): about a minute once
// installed, a few minutes the first time on a machine (scripts/e2e/install.mjs).
if (!process.env.JALON_SKIP_E2E && extra.length === 0) run(process.execPath, ['scripts/e2e/run.mjs']);
