import path from 'node:path';
import { globSync } from 'tinyglobby';

/** Plan files and their progress reports (`*.report.yaml`), which are checked with their plan. */
export const DEFAULT_PLAN_GLOBS = ['**/*.plan.yaml', '**/*.plan.yml', '**/*.report.yaml', '**/*.report.yml'];
export const IGNORED_FOLDERS = ['**/node_modules/**', '**/.git/**', '**/dist/**'];

/** The plan files under a folder: the `files` globs of its configuration (relative to it), else `*.plan.yaml`/`*.plan.yml` and `*.report.yaml`/`*.report.yml`. */
export function planFilesUnder(
  folder: string,
  config: { path: string; config: { files?: string[] } } | undefined,
): string[] {
  const globs = config?.config.files ?? DEFAULT_PLAN_GLOBS;
  const base = config ? path.dirname(config.path) : folder;
  return globSync(globs, { cwd: base, absolute: true, ignore: IGNORED_FOLDERS, dot: false })
    .map((f) => path.normalize(f))
    .filter((f) => isInside(f, folder))
    .sort();
}

export function isInside(file: string, folder: string): boolean {
  const rel = path.relative(folder, file);
  return !rel.startsWith('..') && !path.isAbsolute(rel);
}

export { looksLikePlanFile } from './planHost';
