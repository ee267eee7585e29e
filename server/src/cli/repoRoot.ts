import path from 'node:path';
import { isInside } from '../host/planFiles';
import { gitTopLevel } from './git';

/**
 * The folder that paths in annotations, SARIF and diff links are relative to: the repository
 * root (`GITHUB_WORKSPACE` in a GitHub job, else the git top level), else the working folder.
 * `top` gives the git top level when the caller already knows it.
 */
export function repositoryRoot(
  cwd: string,
  env: NodeJS.ProcessEnv,
  top: () => string | undefined = () => gitTopLevel(cwd),
): string {
  const workspace = env.GITHUB_WORKSPACE ? path.resolve(env.GITHUB_WORKSPACE) : undefined;
  if (workspace && isInside(cwd, workspace)) return workspace;
  return top() ?? cwd;
}

/** A path relative to a folder with forward slashes; the absolute path when it lies outside. */
export function relativeTo(folder: string, file: string): string {
  const relative = path.relative(folder, file);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative).split(path.sep).join('/');
}
