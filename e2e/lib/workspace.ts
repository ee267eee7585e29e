import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const GR_PLAN = 'gustave-roussy-2026-2030.plan.yaml';
export const HTML_PLAN = 'html-titles.plan.yaml';

/**
 * The folder VS Code opens: a copy of the seed plans (the tests type into them) and the
 * fixture plan whose titles hold HTML. Returns its path.
 */
export function prepareWorkspace(root: string, runDir: string): string {
  const folder = join(runDir, 'plans');
  mkdirSync(folder, { recursive: true });
  const seeds = join(root, 'seeds');
  for (const name of readdirSync(seeds)) if (name.endsWith('.plan.yaml')) copyFileSync(join(seeds, name), join(folder, name));
  copyFileSync(join(root, 'e2e', 'fixtures', HTML_PLAN), join(folder, HTML_PLAN));
  return folder;
}
