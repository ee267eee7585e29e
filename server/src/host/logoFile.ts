import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { LOGO_MAX_SIZE, type LogoFile } from '../core';
import { kindOf } from './readPlanFile';

/**
 * Reads the logo a plan names (`logo`, a path relative to the plan file's folder), for the
 * core's check and the renderer. Synchronous: the check reads it in the turn that computes
 * the plan's findings (a logo is small, and it is read once per version of the plan). Only a
 * regular file, never more than LOGO_MAX_SIZE; nothing is thrown, everything is reported.
 */
export function readLogoFile(planFile: string, logo: string, maxBytes: number = LOGO_MAX_SIZE): LogoFile {
  const file = path.resolve(path.dirname(planFile), logo);
  let fd: number | undefined;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return { problem: { kind: 'not-a-file', what: kindOf(stats) } };
    if (stats.size > maxBytes) return { problem: { kind: 'too-large', size: stats.size, limit: maxBytes } };
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    // One byte past the limit: a file that grew since `stat` is still caught.
    const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxBytes) return { problem: { kind: 'too-large', size: length, limit: maxBytes } };
    return { bytes: new Uint8Array(buffer.subarray(0, length)) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return code === 'ENOENT' || code === 'ENOTDIR'
      ? { missing: true }
      : { problem: { kind: 'unreadable', reason: code } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
