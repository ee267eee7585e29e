import { open, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { decodePlanText, type FileProblem } from '../core';
import type { ReadResult } from './planHost';

/**
 * Reads a plan or configuration file from disk: the one way the CLI and the language server
 * read files, so that they accept the same encodings and report the same problems. Only
 * regular files are opened (never a FIFO, a device or a folder), and never more than
 * `maxBytes`: a file over the limit is reported as too large, not parsed.
 */
export async function readPlanFile(file: string, maxBytes: number): Promise<ReadResult> {
  let stats: Stats;
  try {
    stats = await stat(file);
  } catch (error) {
    return failure(error);
  }
  if (!stats.isFile()) return { problem: { kind: 'not-a-file', what: kindOf(stats) } };
  if (stats.size > maxBytes) return { problem: { kind: 'too-large', size: stats.size, limit: maxBytes } };
  try {
    const handle = await open(file, 'r');
    try {
      // Read one byte past the limit: a file that grew since `stat` is still caught.
      const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
      let length = 0;
      while (length < buffer.length) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      if (length > maxBytes) return { problem: { kind: 'too-large', size: length, limit: maxBytes } };
      return decodePlanText(buffer.subarray(0, length));
    } finally {
      await handle.close();
    }
  } catch (error) {
    return failure(error);
  }
}

function failure(error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return code === 'ENOENT' || code === 'ENOTDIR'
    ? { missing: true }
    : { problem: { kind: 'unreadable', reason: code } };
}

export function kindOf(stats: Stats): Extract<FileProblem, { kind: 'not-a-file' }>['what'] {
  if (stats.isDirectory()) return 'folder';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  if (stats.isSocket()) return 'socket';
  return 'other';
}
