// Finds the packaged extension the e2e tests install: the real artifact a user installs,
// rebuilt with `npm run package` whenever something it is made of changed since.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What goes into the .vsix: when one of these is newer than the package, it is rebuilt. */
const INPUTS = [
  'package.json',
  'package.nls.json',
  'package.nls.fr.json',
  'language-configuration.json',
  'esbuild.mjs',
  'scripts/package.mjs',
  'client',
  'server/src',
  'syntaxes',
  'schemas',
  'l10n',
  'media',
  'dist',
];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

/** The newest jalon-*.vsix at the project root, if any. */
function newestVsix(root) {
  const found = readdirSync(root)
    .filter((name) => /^jalon-.*\.vsix$/.test(name))
    .map((name) => ({ path: join(root, name), mtime: statSync(join(root, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  return found[0];
}

/**
 * Returns `{ vsix }` (path of an up-to-date package) or `{ error }` saying why there is none.
 * `JALON_E2E_VSIX` names a package to test instead (one built elsewhere, e.g. in CI).
 */
export function ensureProductVsix(root) {
  const given = process.env.JALON_E2E_VSIX;
  if (given)
    return existsSync(given) ? { vsix: given } : { error: `JALON_E2E_VSIX names ${given}, which does not exist` };
  const current = newestVsix(root);
  const inputsChanged = INPUTS.reduce((newest, input) => Math.max(newest, newestMtime(join(root, input))), 0);
  if (current && current.mtime >= inputsChanged) {
    console.log(`[e2e] using ${current.path} (newer than its sources)`);
    return { vsix: current.path };
  }
  console.log('[e2e] packaging the extension: npm run package');
  const result = spawnSync('npm', ['run', 'package'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  const built = newestVsix(root);
  if (result.status !== 0 || !built || (current && built.mtime <= current.mtime)) {
    return {
      error:
        `npm run package failed (${result.error?.message ?? `exit ${result.status}`}): the extension could not be packaged, ` +
        'so it cannot be installed in VS Code and no end-to-end test can run. Its output is above.',
    };
  }
  return { vsix: built.path };
}
