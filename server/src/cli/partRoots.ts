import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadPlanFile, type PlanFile, type SourceFile } from '../core';
import { looksLikePlanFile, planFilesUnder } from '../host/planFiles';
import type { ConfigLookup } from './configLookup';
import { UsageError } from './args';

/** How many folders up a part's root is looked for (its own and three above): a plan lives in one folder tree. */
const MAX_LEVELS = 4;

/** Folders shared by unrelated files (the home folder, the system's temporary folder, /): never looked in. */
const SHARED_FOLDERS = new Set([os.homedir(), os.tmpdir(), path.parse(process.cwd()).root].map((f) => path.resolve(f)));

/** A folder that closes a project: the lookup does not go above it. */
function isProjectTop(folder: string): boolean {
  return existsSync(path.join(folder, 'jalon.config.yaml')) || existsSync(path.join(folder, '.git'));
}

/** The plan files directly in a folder (not below). */
function planFilesIn(folder: string): string[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
      .filter((e) => e.isFile() && looksLikePlanFile(e.name))
      .map((e) => path.join(folder, e.name))
      .sort();
  } catch {
    return [];
  }
}

/**
 * The files that complete the plans of the given files: for a part whose root was not given,
 * its root found in the part's folder or above (up to the project's top, the nearest folder
 * that holds roots, and never in the home or temporary folder), with the plan files
 * beside and below that root, as `jalon render` gathers them. Every root met on the way is
 * kept too, so that a `part_of` that nearly names one gets a did-you-mean. The files are
 * checked with the given ones and their findings are not reported.
 */
export async function partContext(
  orphans: readonly PlanFile[],
  absoluteOf: (uri: string) => string,
  readAs: (file: string) => Promise<SourceFile>,
  configs: ConfigLookup,
): Promise<SourceFile[]> {
  const rootIds = new Set<string>();
  const seen = new Set(orphans.map((f) => absoluteOf(f.uri)));
  const context: SourceFile[] = [];
  const read = async (file: string): Promise<SourceFile | undefined> => {
    if (seen.has(file)) return undefined;
    seen.add(file);
    try {
      const source = await readAs(file);
      // A neighbour that cannot be read is not part of what was asked for.
      return source.problem ? undefined : source;
    } catch (error) {
      if (error instanceof UsageError) return undefined;
      throw error;
    }
  };
  /** The root id a file declares; undefined for a part, or for a file that does not load. */
  const rootId = (source: SourceFile): string | undefined => {
    try {
      const file = loadPlanFile(source).file;
      return file.kind === 'root' ? file.header?.id?.value : undefined;
    } catch {
      return undefined;
    }
  };
  for (const part of orphans) {
    const id = part.partOf?.value;
    if (id === undefined || rootIds.has(id)) continue;
    let folder = path.dirname(absoluteOf(part.uri));
    for (let level = 0; level < MAX_LEVELS && !rootIds.has(id); level++) {
      let rootsHere = 0;
      for (const file of planFilesIn(folder)) {
        const source = await read(file);
        const root = source && rootId(source);
        if (!source || root === undefined) continue;
        rootsHere++;
        rootIds.add(root);
        context.push(source);
        if (root !== id) continue;
        // The plan around the root, as `jalon render` gathers it: the plan files beside and below.
        for (const neighbour of planFilesUnder(folder, await configs.forFolder(folder))) {
          const other = await read(neighbour);
          if (other) context.push(other);
        }
      }
      // The nearest folder that holds roots is the plan's home: a part whose root is not there
      // names a plan that is missing (its did-you-mean among these roots), and nothing above,
      // such as a shared temporary folder, is read.
      const parent = path.dirname(folder);
      if (rootsHere > 0 || parent === folder || isProjectTop(folder) || SHARED_FOLDERS.has(parent)) break;
      folder = parent;
    }
  }
  return context;
}
