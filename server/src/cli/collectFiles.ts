import { statSync } from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { SourceFile } from '../core';
import type { LoadedConfig } from '../host/configFiles';
import { IGNORED_FOLDERS, planFilesUnder } from '../host/planFiles';
import { readPlanFile } from '../host/readPlanFile';
import { UsageError } from './args';

/**
 * Expands the command line's paths into plan files: a file as given, a folder to the plan
 * files under it (`files` globs of its configuration, else `*.plan.yaml`/`*.plan.yml`), a glob
 * to what it matches. Every path that names nothing is a usage error. A path that names
 * something other than a folder (a FIFO, a device) is kept: reading it reports what it is.
 */
export async function collectFiles(
  args: readonly string[],
  cwd: string,
  configFor: (folder: string) => Promise<LoadedConfig | undefined>,
): Promise<string[]> {
  const found = new Set<string>();
  const inputs = args.length > 0 ? args : ['.'];
  for (const arg of inputs) {
    const absolute = path.resolve(cwd, arg);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    if (stats?.isDirectory()) {
      for (const f of planFilesUnder(absolute, await configFor(absolute))) found.add(f);
    } else if (stats) {
      found.add(absolute);
    } else if (isDynamicPattern(arg)) {
      const matches = globSync([arg], { cwd, absolute: true, ignore: IGNORED_FOLDERS });
      if (matches.length === 0)
        throw new UsageError({ en: `no file matches '${arg}'`, fr: `aucun fichier ne correspond à '${arg}'` });
      for (const f of matches) found.add(path.normalize(f));
    } else {
      throw new UsageError({ en: `no such file or folder: '${arg}'`, fr: `fichier ou dossier introuvable : '${arg}'` });
    }
  }
  return [...found].sort();
}

/**
 * A plan file as the CLI checks it, read as the language server reads it (readPlanFile): its
 * text, or, for a file that is not UTF-8 text, too large or not a regular file, the problem
 * that becomes its one finding. `uri` is the path as shown.
 */
export async function readSource(file: string, uri: string, maxBytes: number): Promise<SourceFile> {
  const read = await readPlanFile(file, maxBytes);
  if ('text' in read) return { uri, text: read.text };
  // A file gone since it was listed (a dangling link) cannot be read either.
  return { uri, text: '', problem: 'problem' in read ? read.problem : { kind: 'unreadable', reason: 'ENOENT' } };
}
