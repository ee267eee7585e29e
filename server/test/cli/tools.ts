import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { findChrome } from '../../src/host/pdf/findChrome';

/** What the CLI's printing tests need from the machine: a browser, and a reader of the .docx files written. */

/** The Chrome or Chromium `jalon render` would find, if any. */
export function installedChrome(): string | undefined {
  try {
    return findChrome(undefined, process.env);
  } catch {
    return undefined;
  }
}

/** The files of a zip archive (a .docx), read from its central directory. */
export function unzip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(offset + 10);
    const size = zip.readUInt32LE(offset + 20);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extra = zip.readUInt16LE(offset + 30);
    const comment = zip.readUInt16LE(offset + 32);
    const local = zip.readUInt32LE(offset + 42);
    const name = zip.toString('utf8', offset + 46, offset + 46 + nameLength);
    const data = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(data, data + size);
    files.set(name, method === 8 ? inflateRawSync(raw) : raw);
    offset += 46 + nameLength + extra + comment;
  }
  return files;
}
