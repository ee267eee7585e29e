// Builds the test-only probe extension (e2e/probe) into a .vsix that the e2e run installs
// beside the product's. Bundled with esbuild, packaged with vsce's API; never shipped.
import { build } from 'esbuild';
import { createVSIX } from '@vscode/vsce';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Builds the probe in `outDir` and returns the path of its .vsix. */
export async function buildProbeVsix(root, outDir) {
  const source = join(root, 'e2e', 'probe');
  const folder = join(outDir, 'probe');
  mkdirSync(join(folder, 'dist'), { recursive: true });
  await build({
    entryPoints: [join(source, 'src', 'extension.ts')],
    outfile: join(folder, 'dist', 'extension.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    logLevel: 'warning',
  });
  for (const name of ['package.json', 'README.md']) copyFileSync(join(source, name), join(folder, name));
  const packagePath = join(outDir, 'jalon-e2e-probe.vsix');
  // vsce prints the package's file tree: of no interest for a test-only package, so kept quiet.
  const { log, info } = console;
  console.log = console.info = () => {};
  try {
    await createVSIX({
      cwd: folder,
      packagePath,
      dependencies: false,
      skipLicense: true,
      allowMissingRepository: true,
    });
  } finally {
    Object.assign(console, { log, info });
  }
  return packagePath;
}
