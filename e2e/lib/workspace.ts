import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const GR_PLAN = 'gustave-roussy-2026-2030.plan.yaml';
export const HTML_PLAN = 'html-titles.plan.yaml';
/** The fictional example (root, part, two reports), in `examples/` of the workspace. */
export const EXAMPLE_PLAN = 'valbrume-2026-2030.plan.yaml';
export const EXAMPLE_REPORT = '2027-12.report.yaml';

/**
 * The folder VS Code opens: a copy of the seed plans (the tests type into them), the
 * fixture plan whose titles hold HTML, the fictional example with its reports (`examples/`), committed once in a git repository of its own (so that
 * "Compare Plan With…" offers HEAD). Returns its path.
 */
export function prepareWorkspace(root: string, runDir: string): string {
  const folder = join(runDir, 'plans');
  mkdirSync(folder, { recursive: true });
  const seeds = join(root, 'seeds');
  for (const name of readdirSync(seeds))
    if (name.endsWith('.plan.yaml')) copyFileSync(join(seeds, name), join(folder, name));
  copyFileSync(join(root, 'e2e', 'fixtures', HTML_PLAN), join(folder, HTML_PLAN));
  mkdirSync(join(folder, 'examples'));
  for (const name of readdirSync(join(root, 'examples')))
    copyFileSync(join(root, 'examples', name), join(folder, 'examples', name));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: folder, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Jalon e2e');
  git('config', 'user.email', 'e2e@jalon.invalid');
  git('config', 'commit.gpgsign', 'false');
  git('add', '.');
  git('commit', '-q', '-m', 'The seed plans');
  return folder;
}
