import {
  accessSync,
  closeSync,
  constants,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  statSync,
  writeSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import type { Localized } from '../core';
import { UsageError } from './args';

/**
 * What a command may not write over, and how to name a file it may write (for the message):
 * every file the run read, and any YAML file (plans, parts, reports and jalon.config.yaml are
 * all YAML, so no command's output ever is).
 */
export interface OutputRules {
  /** The files the command read, absolute. */
  inputs: readonly string[];
  /** A file name to suggest in a refusal: 'report.json', 'plan.html'. */
  example: string;
}

/** Where a command writes: checked by assertWritableOutput, written by writeOutput. */
export interface WritableOutput {
  file: string;
  /** As typed after -o, for messages. */
  shown: string;
  /** A device or a pipe reached through a link (`/dev/stdout`): written through the link. */
  stream: boolean;
}

const YAML_NAME = /\.ya?ml$/i;
/** A plan or a part, whatever its name: a top-level `plan:` or `part_of:` key (not a report's `plan:3:1 error …` line). */
const PLAN_TEXT = /^(?:plan|part_of)[ \t]*:(?:[ \t]|$)/m;

/** Whether an existing file reads as a plan (its first 64 KB are enough: the key comes first). */
function readsAsPlan(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const head = Buffer.alloc(65_536);
    return PLAN_TEXT.test(head.toString('utf8', 0, readSync(fd, head, 0, head.length, 0)));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function refused(shown: string, why: Localized, fix: Localized): UsageError {
  return new UsageError({
    en: `will not write over '${shown}': ${why.en}; ${fix.en}`,
    fr: `refus d’écrire sur '${shown}' : ${why.fr} ; ${fix.fr}`,
  });
}

function cannotWrite(shown: string, why: Localized): UsageError {
  return new UsageError({ en: `cannot write '${shown}': ${why.en}`, fr: `impossible d’écrire '${shown}' : ${why.fr}` });
}

function statOrUndefined(file: string, follow: boolean): Stats | undefined {
  try {
    return follow ? statSync(file) : lstatSync(file);
  } catch {
    return undefined;
  }
}

function realOrSelf(file: string): string {
  try {
    return realpathSync.native(file);
  } catch {
    return file;
  }
}

/** The same file: one path, whatever the spelling (case included, for case-blind file systems), or one inode. */
function sameFile(a: string, aStats: Stats | undefined, b: string): boolean {
  if (a === b || a.toLowerCase() === b.toLowerCase()) return true;
  const bStats = aStats && statOrUndefined(b, true);
  return aStats !== undefined && bStats !== undefined && aStats.dev === bStats.dev && aStats.ino === bStats.ino;
}

/** The folder an output goes into, refused in one line when it is missing or not a folder. */
function assertFolderOf(given: string, absolute: string): string {
  const folder = path.dirname(absolute);
  const folderStats = statOrUndefined(folder, true);
  if (folderStats?.isDirectory()) return folder;
  const shownFolder = path.dirname(given);
  throw cannotWrite(
    given,
    folderStats
      ? { en: `'${shownFolder}' is not a folder`, fr: `'${shownFolder}' n’est pas un dossier` }
      : {
          en: `the folder '${shownFolder}' does not exist; create it first`,
          fr: `le dossier '${shownFolder}' n’existe pas ; créez-le d’abord`,
        },
  );
}

/**
 * The absolute path a command may write its output to, `given` as typed after `-o` (shown as
 * typed in messages). Refused (a UsageError: one line, exit 2): a YAML file, a file the run
 * read (through `../`, another case, a hard link or a link in a folder above it), a file that
 * holds a plan, a symbolic link to a file whatever the file, a folder, and a path whose folder
 * does not exist. A device or a pipe (`/dev/null`, `/dev/stdout` in a pipeline) is written.
 */
export function assertWritableOutput(given: string, cwd: string, rules: OutputRules): WritableOutput {
  const absolute = path.resolve(cwd, given);
  const fix: Localized = {
    en: `give -o another file, such as '${rules.example}'`,
    fr: `donnez à -o un autre fichier, par exemple '${rules.example}'`,
  };
  const own = statOrUndefined(absolute, false);
  const target = own?.isSymbolicLink() ? statOrUndefined(absolute, true) : own;
  if (target && !target.isFile() && !target.isDirectory()) return { file: absolute, shown: given, stream: true };
  if (own?.isSymbolicLink()) {
    throw refused(
      given,
      {
        en: 'it is a symbolic link, which may lead to a plan',
        fr: 'c’est un lien symbolique, qui peut mener à un plan',
      },
      fix,
    );
  }
  if (own?.isDirectory()) {
    throw cannotWrite(given, {
      en: `it is a folder; give a file name, such as '${path.join(given, rules.example)}'`,
      fr: `c’est un dossier ; donnez un nom de fichier, par exemple '${path.join(given, rules.example)}'`,
    });
  }
  const folder = assertFolderOf(given, absolute);
  const real = path.join(realOrSelf(folder), path.basename(absolute));
  if (YAML_NAME.test(absolute) || YAML_NAME.test(real)) {
    throw refused(
      given,
      {
        en: 'it is a YAML file (plans, parts, reports and jalon.config.yaml are)',
        fr: 'c’est un fichier YAML (comme les plans, leurs parties, les rapports et jalon.config.yaml)',
      },
      fix,
    );
  }
  for (const input of rules.inputs) {
    if (sameFile(real, own, realOrSelf(input)) || sameFile(absolute, own, input)) {
      throw refused(
        given,
        { en: 'it is a file this command reads', fr: 'c’est un fichier que cette commande lit' },
        fix,
      );
    }
  }
  if (own?.isFile() && readsAsPlan(absolute)) {
    throw refused(given, { en: 'it holds a plan', fr: 'il contient un plan' }, fix);
  }
  return { file: real, shown: given, stream: false };
}

/**
 * A file a command creates and never replaces (an export, a new report), `given` as typed after
 * `-o`. Refused in one line (exit 2): anything already at the path (a file, a folder, a link,
 * even a broken one: `exists` says why), and a path whose folder does not exist.
 */
export function assertNewFile(given: string, cwd: string, exists: Localized): WritableOutput {
  const absolute = path.resolve(cwd, given);
  const own = statOrUndefined(absolute, false);
  if (own?.isDirectory()) {
    throw cannotWrite(given, {
      en: 'it is a folder; give a file name in it',
      fr: 'c’est un dossier ; donnez un nom de fichier dans ce dossier',
    });
  }
  if (own) throw new UsageError(exists);
  assertFolderOf(given, absolute);
  return { file: absolute, shown: given, stream: false };
}

/** Creates a file checked by assertNewFile: fails, in one line, if anything appeared there in between (O_EXCL). */
export function writeNewFile(output: WritableOutput, bytes: string | Uint8Array): void {
  let fd: number | undefined;
  try {
    fd = openSync(
      output.file,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0),
      0o666,
    );
    if (typeof bytes === 'string') writeSync(fd, bytes);
    else writeSync(fd, bytes);
  } catch (error) {
    throw cannotWrite(
      output.shown,
      (error as NodeJS.ErrnoException).code === 'EEXIST'
        ? { en: 'a file appeared there meanwhile', fr: 'un fichier y est apparu entre-temps' }
        : writeFailure(error),
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes a checked output (see assertWritableOutput). A symbolic link planted in between is
 * not followed (O_NOFOLLOW where the system has it); a failure is one line, not a stack trace.
 */
export function writeOutput(output: WritableOutput, text: string | Uint8Array): void {
  let fd: number | undefined;
  try {
    const noFollow = output.stream ? 0 : (constants.O_NOFOLLOW ?? 0);
    fd = openSync(output.file, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | noFollow, 0o666);
    if (typeof text === 'string') writeSync(fd, text);
    else writeSync(fd, text);
  } catch (error) {
    throw cannotWrite(output.shown, writeFailure(error));
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Before a long work (Chrome, Word): whether the output's folder takes a new file, with the
 * message writeOutput would give after it.
 */
export function assertFolderWritable(output: WritableOutput): void {
  if (output.stream) return;
  try {
    accessSync(path.dirname(output.file), constants.W_OK);
  } catch (error) {
    throw cannotWrite(output.shown, writeFailure(error));
  }
}

function writeFailure(error: unknown): Localized {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return code === 'EACCES' || code === 'EPERM'
    ? { en: 'permission denied', fr: 'permission refusée' }
    : code === 'ELOOP'
      ? { en: 'it is a symbolic link', fr: 'c’est un lien symbolique' }
      : { en: code, fr: code };
}
