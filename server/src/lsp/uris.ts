import path from 'node:path';
import { URI } from 'vscode-uri';

/** The file system path of a `file:` URI, or undefined for other schemes (untitled, virtual). */
export function uriToPath(uri: string): string | undefined {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : undefined;
}

/** The URI of a path, spelled as VS Code spells it (so a file found on disk and the same file opened are one). */
export function pathToUri(path: string): string {
  return URI.file(path).toString();
}

/** One spelling per file: clients may encode the same path differently. */
export function normalizeUri(uri: string): string {
  const path = uriToPath(uri);
  return path === undefined ? uri : pathToUri(path);
}

/** A file's path as a command run in its workspace folder names it (relative there, else absolute; quoted when it has spaces). */
export function pathInWorkspace(uri: string, folderUris: readonly string[]): string | undefined {
  const file = uriToPath(uri);
  if (file === undefined) return undefined;
  const folder = folderUris.map(uriToPath).find((f) => f !== undefined && file.startsWith(f + path.sep));
  const shown = folder ? path.relative(folder, file) : file;
  return /\s/.test(shown) ? `"${shown}"` : shown;
}
