import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { LoadedConfig } from '../host/configFiles';
import { IGNORED_FOLDERS, planFilesUnder } from '../host/planFiles';
import { UsageError } from './args';

/**
 * Expands the command line's paths into plan files: a file as given, a folder to the plan
 * files under it (`files` globs of its configuration, else `*.plan.yaml`/`*.plan.yml`), a glob
 * to what it matches. Every path that names nothing is a usage error.
 */
export function collectFiles(args: readonly string[], cwd: string, configFor: (folder: string) => LoadedConfig | undefined): string[] {
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
    if (stats?.isFile()) {
      found.add(absolute);
    } else if (stats?.isDirectory()) {
      for (const f of planFilesUnder(absolute, configFor(absolute))) found.add(f);
    } else if (isDynamicPattern(arg)) {
      const matches = globSync([arg], { cwd, absolute: true, ignore: IGNORED_FOLDERS });
      if (matches.length === 0) throw new UsageError({ en: `no file matches '${arg}'`, fr: `aucun fichier ne correspond à '${arg}'` });
      for (const f of matches) found.add(path.normalize(f));
    } else {
      throw new UsageError({ en: `no such file or folder: '${arg}'`, fr: `fichier ou dossier introuvable : '${arg}'` });
    }
  }
  return [...found].sort();
}

/** Reads a plan file as UTF-8 text, as an editor would (without a byte-order mark). */
export function readPlanFile(file: string, shown: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' ? { en: 'permission denied', fr: 'permission refusée' } : { en: code ?? String(error), fr: code ?? String(error) };
    throw new UsageError({ en: `cannot read '${shown}': ${why.en}`, fr: `impossible de lire '${shown}' : ${why.fr}` });
  }
  return decodePlanText(bytes, shown);
}

/** A plan file's bytes as text: UTF-8 or a usage error, without a byte-order mark. */
export function decodePlanText(bytes: Uint8Array, shown: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError({ en: `cannot read '${shown}': it is not UTF-8 text`, fr: `impossible de lire '${shown}' : ce n’est pas du texte UTF-8` });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
