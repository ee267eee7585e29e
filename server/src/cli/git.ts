import { execFileSync } from 'node:child_process';

/** Runs git in a folder; undefined when git fails (not a repository, unknown revision) or is absent. */
function git(cwd: string, args: string[]): Buffer | undefined {
  try {
    return execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30 });
  } catch {
    return undefined;
  }
}

/** The top folder of the git work tree holding `cwd`, if any. */
export function gitTopLevel(cwd: string): string | undefined {
  return git(cwd, ['rev-parse', '--show-toplevel'])?.toString('utf8').trim() || undefined;
}

/** The commit a revision names (`HEAD~1`, a branch, a tag, a sha), if it names one. */
export function resolveCommit(top: string, revision: string): string | undefined {
  if (revision.startsWith('-')) return undefined;
  return (
    git(top, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`])
      ?.toString('utf8')
      .trim() || undefined
  );
}

/** Every file path (relative to the top folder, with /) of a commit's tree. */
export function filesAt(top: string, commit: string): string[] {
  const out = git(top, ['ls-tree', '-r', '-z', '--full-tree', '--name-only', commit]);
  return out
    ? out
        .toString('utf8')
        .split('\0')
        .filter((p) => p !== '')
    : [];
}

/** A file's bytes at a commit (`git show commit:path`), read without checking anything out. */
export function fileAt(top: string, commit: string, file: string): Buffer | undefined {
  return git(top, ['show', `${commit}:${file}`]);
}
