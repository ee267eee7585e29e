import { statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_MAX_FILE_SIZE, fileProblemMessage, PlanWorkspace, type Plan } from '../../core';
import { planFilesUnder } from '../../host/planFiles';
import { UsageError } from '../args';
import { readSource } from '../collectFiles';
import { ConfigLookup } from '../configLookup';

/**
 * The plan of a root plan file, or of the one root plan under a folder, with the part files and
 * progress reports under its folder (as `jalon render` gathers them). A usage error when there
 * is no such plan, or several under a folder.
 */
export async function planAt(
  given: string,
  cwd: string,
  show: (file: string) => string,
  extra: { uri: string; text: string }[] = [],
): Promise<{ plan: Plan; workspace: PlanWorkspace }> {
  const absolute = path.resolve(cwd, given);
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    throw new UsageError({
      en: `no such file or folder: '${given}'`,
      fr: `fichier ou dossier introuvable : '${given}'`,
    });
  }
  const folder = stats.isDirectory() ? absolute : path.dirname(absolute);
  const configs = new ConfigLookup(show);
  const files = [
    ...new Set([...(stats.isFile() ? [absolute] : []), ...planFilesUnder(folder, await configs.forFolder(folder))]),
  ].sort();
  const workspace = new PlanWorkspace();
  for (const file of files) {
    // Read as `jalon check` reads them; a file that cannot be read stops the command, naming it.
    const source = await readSource(
      file,
      show(file),
      (await configs.forFile(file))?.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    );
    if (source.problem) {
      const why = fileProblemMessage(source.problem);
      throw new UsageError({
        en: `cannot read '${source.uri}': ${why.en}`,
        fr: `impossible de lire '${source.uri}' : ${why.fr}`,
      });
    }
    workspace.setFile(source.uri, source.text);
  }
  for (const file of extra) workspace.setFile(file.uri, file.text);
  const roots = workspace.plans().filter((p) => p.root && (stats.isDirectory() || p.root.uri === show(absolute)));
  if (roots.length !== 1) {
    const why =
      roots.length === 0
        ? {
            en: `no root plan file (with \`plan:\`) in '${given}'`,
            fr: `aucun fichier racine de plan (avec \`plan:\`) dans '${given}'`,
          }
        : {
            en: `'${given}' holds ${roots.length} plans (${roots.map((p) => p.id).join(', ')}); give the root plan file`,
            fr: `'${given}' contient ${roots.length} plans (${roots.map((p) => p.id).join(', ')}) ; donnez le fichier racine du plan`,
          };
    throw new UsageError(why);
  }
  return { plan: roots[0], workspace };
}
