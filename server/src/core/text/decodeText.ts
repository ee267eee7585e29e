import type { FileProblem } from '../workspace/fileProblem';
import { TextDecoder } from './textCodec';

/** What the bytes of a plan file are: its text (as an editor holds it, without a byte-order mark), or why it is not text. */
export type DecodedText = { text: string } | { problem: FileProblem };

/**
 * Decodes a plan file's bytes as an editor would: UTF-8, with or without a byte-order mark,
 * or UTF-16 with its byte-order mark (what Windows Notepad calls "Unicode"). Anything else
 * (Latin-1, binary data, UTF-16 without a mark) is refused with what it looks like, so that
 * the CLI and the server report the same problem rather than checking replacement characters.
 */
export function decodePlanText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), false);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), true);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const invalid = firstInvalidUtf8(body);
  if (invalid !== -1)
    return {
      problem:
        controlBytes(body) > 0
          ? { kind: 'binary' }
          : { kind: 'not-utf8', line: lineOf(body, invalid), byte: body[invalid] },
    };
  // Valid UTF-8, but with NULs in every other byte or so: UTF-16 without a mark. A NUL now and then is a typo, left to the parser.
  if (controlBytes(body, true) * 8 > Math.min(body.length, SAMPLE)) return { problem: { kind: 'binary' } };
  return { text: new TextDecoder('utf-8').decode(body) };
}

const SAMPLE = 8000;

/** The control bytes (NUL only, when asked) among the first few thousand: text other than UTF-8 has none, binary data many. */
function controlBytes(bytes: Uint8Array, nulOnly = false): number {
  let count = 0;
  for (let i = 0; i < Math.min(bytes.length, SAMPLE); i++) {
    const b = bytes[i];
    if (nulOnly ? b === 0 : b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) count++;
  }
  return count;
}

function decodeUtf16(body: Uint8Array, bigEndian: boolean): DecodedText {
  let bytes = body;
  if (bigEndian) {
    bytes = new Uint8Array(body.length);
    for (let i = 0; i + 1 < body.length; i += 2) {
      bytes[i] = body[i + 1];
      bytes[i + 1] = body[i];
    }
  }
  try {
    return { text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: { kind: 'binary' } };
  }
}

/** The offset of the first byte that does not belong to a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1];
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const [low, high] =
      b === 0xe0
        ? [0xa0, 0xbf]
        : b === 0xed
          ? [0x80, 0x9f]
          : b === 0xf0
            ? [0x90, 0xbf]
            : b === 0xf4
              ? [0x80, 0x8f]
              : [0x80, 0xbf];
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
