#!/usr/bin/env node
'use strict';
// The `jalon` command. Runs the bundled CLI, building it first when dist/ is missing
// (a clone where `npm ci` ran without lifecycle scripts).
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { execFileSync } = require('node:child_process');

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('jalon: building dist/ (first run)…\n');
  execFileSync(process.execPath, [join(root, 'esbuild.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
// A reader that stops early (`| head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  else throw error;
});
require(cli)
  .runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  })
  .then((code) => {
    process.exitCode = code;
  });
