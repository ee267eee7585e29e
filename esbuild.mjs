// Bundles the entry points into dist/. `node esbuild.mjs --production` minifies and drops source maps;
// `--outdir=<folder>` writes elsewhere than dist/ (npm run package builds into its staging folder).
import { build } from 'esbuild';
import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { precompiledValidators } from './scripts/precompiledValidators.mjs';

const production = process.argv.includes('--production');
const outdir = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? 'dist';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  minify: production,
  logLevel: 'warning',
  // docs/rules.md is bundled as text: the SARIF report's rule help comes from it.
  loader: { '.md': 'text' },
  // Deps whose `main` is UMD resolve through `module` instead (see notes on esbuild).
  mainFields: ['module', 'main'],
  // ESM dependencies (fdir, under tinyglobby) read import.meta.url, which a CommonJS bundle lacks.
  define: { 'import.meta.url': '__jalonImportMetaUrl' },
  banner: { js: "const __jalonImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Loaded lazily, only to print a PDF, from node_modules: it locates its own files at run time.
  external: ['playwright-core'],
  // `await import('playwright-core')` becomes a require: Node's ESM loader would first scan its
  // CommonJS bundles for their exports (cjs-module-lexer, about 0.4 s of CPU before Chrome starts).
  supported: { 'dynamic-import': false },
  plugins: [vendored(), precompiledValidators()],
};

/**
 * The libraries of one format (docx for Word, exceljs for spreadsheets) are bundled apart, in
 * dist/vendor/<name>.js, and required from there when the code that uses them is first
 * imported (`await import(...)`): the CLI and the server start without reading them.
 */
const VENDORED = ['docx', 'exceljs'];
function vendored() {
  return {
    name: 'vendored',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^(${VENDORED.join('|')})$`) }, (args) => ({
        path: `./vendor/${args.path}.js`,
        external: true,
      }));
    },
  };
}

await build({
  ...common,
  entryPoints: { cli: 'server/src/cli/main.ts' },
  outdir,
  banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
});
chmodSync(join(outdir, 'cli.js'), 0o755);
await build({ ...common, entryPoints: { server: 'server/src/lsp/main.ts' }, outdir });
// The GitHub Action's step (action.yml), beside the CLI it runs.
await build({ ...common, entryPoints: { action: 'server/src/cli/action/main.ts' }, outdir });
// The extension's client, loaded by VS Code's extension host, which provides `vscode`.
await build({
  ...common,
  entryPoints: { client: 'client/src/extension.ts' },
  outdir,
  external: ['vscode', 'playwright-core'],
});

for (const name of VENDORED) {
  // The library alone: without the plugins, which would send its own name back to vendor/.
  await build({
    ...common,
    plugins: [],
    stdin: { contents: `module.exports = require('${name}');`, resolveDir: '.', loader: 'js' },
    outfile: join(outdir, 'vendor', `${name}.js`),
  });
}

// The preview's and the dashboard's scripts run in their webviews: a browser, no module loader.
const webviewEntries = {
  webview: 'client/src/preview/webview/main.ts',
  dashboard: 'client/src/dashboard/webview/main.ts',
};
for (const [name, entry] of Object.entries(webviewEntries)) {
  if (!existsSync(entry)) continue;
  await build({
    entryPoints: { [name]: entry },
    outdir,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: production ? false : 'linked',
    sourcesContent: false,
    minify: production,
    logLevel: 'warning',
  });
}
