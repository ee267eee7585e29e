// Bundles the entry points into dist/. `node esbuild.mjs --production` minifies and drops source maps.
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';

const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  minify: production,
  logLevel: 'warning',
  // Deps whose `main` is UMD resolve through `module` instead (see notes on esbuild).
  mainFields: ['module', 'main'],
  // ESM dependencies (fdir, under tinyglobby) read import.meta.url, which a CommonJS bundle lacks.
  define: { 'import.meta.url': '__jalonImportMetaUrl' },
  banner: { js: "const __jalonImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

await build({ ...common, entryPoints: { cli: 'server/src/cli/main.ts' }, outdir: 'dist', banner: { js: `#!/usr/bin/env node\n${common.banner.js}` } });
chmodSync('dist/cli.js', 0o755);
await build({ ...common, entryPoints: { server: 'server/src/lsp/main.ts' }, outdir: 'dist' });
