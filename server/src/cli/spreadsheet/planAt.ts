import { statSync } from 'node:fs';
import path from 'node:path';
import { PlanWorkspace, type Plan } from '../../core';
import { planFilesUnder } from '../../host/planFiles';
import { UsageError } from '../args';
import { readPlanFile } from '../collectFiles';
import { ConfigLookup } from '../configLookup';

/**
 * The plan of a root plan file, or of the one root plan under a folder, with the part files and
 * progress reports under its folder (as `jalon render` gathers them). A usage error when there
 * is no such plan, or several under a folder.
 */
export function planAt(given: string, cwd: string, show: (file: string) => string, extra: { uri: string; text: string }[] = []): { plan: Plan; workspace: PlanWorkspace } {
  const absolute = path.resolve(cwd, given);
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    throw new UsageError({ en: `no such file or folder: '${given}'`, fr: `fichier ou dossier introuvable : '${given}'` });
  }
  const folder = stats.isDirectory() ? absolute : path.dirname(absolute);
  const configs = new ConfigLookup(show);
  const files = [...new Set([...(stats.isFile() ? [absolute] : []), ...planFilesUnder(folder, configs.forFolder(folder))])].sort();
  const workspace = new PlanWorkspace();
  for (const file of files) workspace.setFile(show(file), readPlanFile(file, show(file)));
  for (const file of extra) workspace.setFile(file.uri, file.text);
  const roots = workspace.plans().filter((p) => p.root && (stats.isDirectory() || p.root.uri === show(absolute)));
  if (roots.length !== 1) {
    const why = roots.length === 0
      ? { en: `no root plan file (with \`plan:\`) in '${given}'`, fr: `aucun fichier racine de plan (avec \`plan:\`) dans '${given}'` }
      : { en: `'${given}' holds ${roots.length} plans (${roots.map((p) => p.id).join(', ')}); give the root plan file`, fr: `'${given}' contient ${roots.length} plans (${roots.map((p) => p.id).join(', ')}) ; donnez le fichier racine du plan` };
    throw new UsageError(why);
  }
  return { plan: roots[0], workspace };
}
