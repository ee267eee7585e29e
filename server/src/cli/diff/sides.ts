import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { isDynamicPattern } from 'tinyglobby';
import {
  DEFAULT_MAX_FILE_SIZE,
  decodePlanText,
  fileProblemMessage,
  type FileProblem,
  type Localized,
  type SourceFile,
} from '../../core';
import { DEFAULT_PLAN_GLOBS } from '../../host/planFiles';
import { UsageError } from '../args';
import { collectFiles, readSource } from '../collectFiles';
import type { ConfigLookup } from '../configLookup';
import { fileAt, filesAt, resolveCommit } from '../git';
import { globToRegExp } from './globMatch';

/** One side of a diff: what it was given as and the plan files it holds. */
export interface Side {
  /** As given (`HEAD~1`, `plans/`), or `working tree`. */
  ref: string;
  label: Localized;
  sources: SourceFile[];
  /** A file's name within the side (a folder side's files without the folder), to pair files across sides. */
  fileKey: (uri: string) => string;
}

export interface SideContext {
  cwd: string;
  /** The git work tree's top folder, when there is one. */
  top?: string;
  /** Paths after `--`. */
  paths: string[];
  configs: ConfigLookup;
  /** A file's name as the diff shows it (relative to the repository root, with /). */
  uriOf: (absolute: string) => string;
}

export const WORKING_TREE = 'working tree';
const IGNORED = /(^|\/)(node_modules|\.git|dist)\//;

/** The working tree: the paths after `--` (else the current folder), as `jalon check` reads them. */
export async function workingTreeSide(context: SideContext): Promise<Side> {
  for (const p of context.paths) {
    if (!isDynamicPattern(p) && !existsSync(path.resolve(context.cwd, p))) {
      throw new UsageError({
        en: `'${p}' does not exist in the working tree`,
        fr: `'${p}' n’existe pas dans l’arbre de travail`,
      });
    }
  }
  const sources = await readDisk(
    await collectFiles(context.paths, context.cwd, (f) => context.configs.forFolder(f)),
    context,
  );
  return {
    ref: WORKING_TREE,
    label: { en: 'the working tree', fr: 'l’arbre de travail' },
    sources,
    fileKey: (uri) => uri,
  };
}

/** A side given on the command line: a file or folder on disk, else a git revision. */
export async function givenSide(arg: string, context: SideContext): Promise<Side> {
  const absolute = path.resolve(context.cwd, arg);
  if (existsSync(absolute)) {
    const sources = await readDisk(
      await collectFiles([arg], context.cwd, (f) => context.configs.forFolder(f)),
      context,
    );
    const folder = context.uriOf(statSync(absolute).isDirectory() ? absolute : path.dirname(absolute));
    const prefix = folder === '' ? '' : `${folder}/`;
    return {
      ref: arg,
      label: { en: arg, fr: arg },
      sources,
      fileKey: (uri) => (uri.startsWith(prefix) ? uri.slice(prefix.length) : uri),
    };
  }
  const commit = context.top ? resolveCommit(context.top, arg) : undefined;
  if (!commit) {
    throw new UsageError(
      context.top
        ? {
            en: `'${arg}' is neither a file, a folder nor a git revision`,
            fr: `'${arg}' n’est ni un fichier, ni un dossier, ni une révision git`,
          }
        : {
            en: `'${arg}' is neither a file nor a folder (and '${context.cwd}' is not in a git repository)`,
            fr: `'${arg}' n’est ni un fichier ni un dossier (et '${context.cwd}' n’est pas dans un dépôt git)`,
          },
    );
  }
  return revisionSide(arg, commit, context);
}

/** The plan files at a revision: the paths after `--` (else the current folder), read with `git show`. */
export async function revisionSide(ref: string, commit: string, context: SideContext): Promise<Side> {
  const top = context.top!;
  const all = filesAt(top, commit).filter((f) => !IGNORED.test(f));
  const here = toPosix(path.relative(top, context.cwd));
  const chosen = new Set<string>();
  for (const p of context.paths.length > 0 ? context.paths : ['.']) {
    const rel = toPosix(path.relative(top, path.resolve(context.cwd, p)));
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      throw new UsageError({
        en: `'${p}' is outside the git repository of ${ref}`,
        fr: `'${p}' est hors du dépôt git de ${ref}`,
      });
    }
    if (isDynamicPattern(p)) {
      const pattern = globToRegExp(here ? `${here}/${p}` : p);
      for (const f of all) if (pattern.test(f)) chosen.add(f);
      continue;
    }
    if (all.includes(rel)) {
      chosen.add(rel);
      continue;
    }
    const prefix = rel === '' ? '' : `${rel}/`;
    const under = all.filter((f) => f.startsWith(prefix));
    if (under.length === 0)
      throw new UsageError({ en: `'${p}' does not exist at ${ref}`, fr: `'${p}' n’existe pas dans ${ref}` });
    const config = await context.configs.forFolder(path.resolve(context.cwd, p));
    const base = config ? toPosix(path.relative(top, path.dirname(config.path))) : rel;
    const patterns = (config?.config.files ?? DEFAULT_PLAN_GLOBS).map(globToRegExp);
    for (const f of under) {
      const inBase = base === '' ? f : f.startsWith(`${base}/`) ? f.slice(base.length + 1) : undefined;
      if (inBase !== undefined && patterns.some((r) => r.test(inBase))) chosen.add(f);
    }
  }
  const sources = [...chosen].sort().map((f) => {
    const bytes = fileAt(top, commit, f);
    if (!bytes)
      throw new UsageError({ en: `cannot read '${f}' at ${ref}`, fr: `impossible de lire '${f}' dans ${ref}` });
    const decoded = decodePlanText(bytes);
    if ('problem' in decoded) throw unreadable(`${ref}:${f}`, decoded.problem);
    return { uri: context.uriOf(path.join(top, f)), text: decoded.text };
  });
  return { ref, label: { en: ref, fr: ref }, sources, fileKey: (uri) => uri };
}

/** A side's files read as `jalon check` reads them; one that cannot be read stops the diff, naming it. */
async function readDisk(files: string[], context: SideContext): Promise<SourceFile[]> {
  const sources: SourceFile[] = [];
  for (const file of files) {
    const uri = context.uriOf(file);
    const config = await context.configs.forFile(file);
    const source = await readSource(file, uri, config?.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    if (source.problem) throw unreadable(uri, source.problem);
    sources.push(source);
  }
  return sources;
}

function unreadable(shown: string, problem: FileProblem): UsageError {
  const why = fileProblemMessage(problem);
  return new UsageError({ en: `cannot read '${shown}': ${why.en}`, fr: `impossible de lire '${shown}' : ${why.fr}` });
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
