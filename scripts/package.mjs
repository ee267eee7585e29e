// `npm run package`: builds the production bundles and writes jalon-<version>.vsix at the
// project root with @vscode/vsce, then prints the package's size and the files it holds.
//
// It packages from a staging copy of the project, so dist/ is never touched: tests and a
// language server running from dist/ meanwhile keep their (development) build.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

function run(args, cwd) {
  const result = spawnSync(process.execPath, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The files of a zip archive and their uncompressed sizes, from its central directory. */
function zipEntries(path) {
  const zip = readFileSync(path);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error(`${path} is not a zip archive`);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    const size = zip.readUInt32LE(offset + 24);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({ name: zip.toString('utf8', offset + 46, offset + 46 + nameLength), size });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * What playwright-core needs to drive a Chromium found on the machine (the server prints PDFs
 * with it): its two bundles, the entry points and the files it reads at run time beside them
 * (package.json, browsers.json). Left out: the trace viewer, recorder and dashboard (lib/vite,
 * lib/tools), the types and the CLI. Shipped as dist/node_modules/playwright-core, where
 * dist/server.js's `import('playwright-core')` finds it, unchanged: it locates its own files.
 */
const PLAYWRIGHT_FILES = [
  'package.json',
  'browsers.json',
  'index.js',
  'index.mjs',
  'LICENSE',
  'NOTICE',
  'ThirdPartyNotices.txt',
  'lib/bootstrap.js',
  'lib/coreBundle.js',
  'lib/utilsBundle.js',
  'lib/utilsBundle.js.LICENSE',
];

function copyPlaywright(distDir) {
  const from = join(root, 'node_modules/playwright-core');
  const to = join(distDir, 'node_modules/playwright-core');
  for (const file of PLAYWRIGHT_FILES) {
    mkdirSync(dirname(join(to, file)), { recursive: true });
    cpSync(join(from, file), join(to, file));
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, `jalon-${version}.vsix`);

// Build outputs, dependencies and work folders stay out of the copy; .vscodeignore picks the rest.
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', 'out', '.scratch', 'test-results', '.jalon-out', 'e2e']);
const staging = mkdtempSync(join(tmpdir(), 'jalon-package-'));
try {
  cpSync(root, staging, {
    recursive: true,
    filter: (source) => {
      const top = relative(root, source).split(/[\\/]/)[0];
      return !NOT_COPIED.has(top) && !basename(source).endsWith('.vsix');
    },
  });
  run(['esbuild.mjs', '--production', `--outdir=${join(staging, 'dist')}`], root);
  copyPlaywright(join(staging, 'dist'));
  // The bundles hold every other dependency: vsce need not look into node_modules.
  run([join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '-o', vsix], staging);
} finally {
  rmSync(staging, { recursive: true, force: true });
}

const entries = zipEntries(vsix);
console.log(
  `\n${basename(vsix)}: ${kb(statSync(vsix).size)}, ${entries.length} files (${kb(entries.reduce((sum, e) => sum + e.size, 0))} uncompressed)`,
);
for (const entry of entries) console.log(`  ${kb(entry.size).padStart(10)}  ${entry.name}`);
