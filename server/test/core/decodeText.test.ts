import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodePlanText, firstInvalidUtf8 } from '../../src/core/text/decodeText';
import { parseFileSize } from '../../src/core/config/fileSize';
import { formatSize } from '../../src/core/workspace/fileProblem';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodePlanText: the encodings an editor saves plans in', () => {
  test('UTF-8, with the byte-order mark left out of the text', () => {
    assert.deepEqual(decodePlanText(Buffer.from('title: é\n')), { text: 'title: é\n' });
    assert.deepEqual(decodePlanText(Buffer.from('\ufefftitle: é\n')), { text: 'title: é\n' });
    assert.deepEqual(decodePlanText(bytes()), { text: '' });
  });

  test('UTF-16 with a byte-order mark, little- and big-endian', () => {
    const le = Buffer.from('\ufefftitle: é €\n', 'utf16le');
    assert.deepEqual(decodePlanText(le), { text: 'title: é €\n' });
    assert.deepEqual(decodePlanText(Buffer.from(le).swap16()), { text: 'title: é €\n' });
  });

  test('Latin-1 is refused, naming the first bad byte and its line', () => {
    assert.deepEqual(decodePlanText(Buffer.from('a: 1\nb: \xe9t\xe9\n', 'latin1')), {
      problem: { kind: 'not-utf8', line: 2, byte: 0xe9 },
    });
  });

  test('binary data and UTF-16 without a mark are refused as not text; a stray NUL is left to the parser', () => {
    assert.deepEqual(decodePlanText(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff)), {
      problem: { kind: 'binary' },
    });
    assert.deepEqual(decodePlanText(Buffer.from('title: x\n', 'utf16le')), { problem: { kind: 'binary' } });
    const stray = `title: x\u0000\n${'a: b\n'.repeat(10)}`;
    assert.deepEqual(decodePlanText(Buffer.from(stray)), { text: stray });
  });

  test('firstInvalidUtf8 refuses overlong forms, surrogates, truncated sequences and code points past U+10FFFF', () => {
    assert.equal(firstInvalidUtf8(Buffer.from('aé€😀')), -1);
    assert.equal(firstInvalidUtf8(bytes(0x61, 0xc0, 0xaf)), 1); // overlong '/'
    assert.equal(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf)), 0); // overlong, 3 bytes
    assert.equal(firstInvalidUtf8(bytes(0xed, 0xa0, 0x80)), 0); // a surrogate
    assert.equal(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80)), 0); // past U+10FFFF
    assert.equal(firstInvalidUtf8(bytes(0x61, 0x62, 0xe2, 0x82)), 2); // truncated
    assert.equal(firstInvalidUtf8(bytes(0xe2, 0x28, 0xa1)), 0); // a bad continuation
  });
});

describe('sizes', () => {
  test('parseFileSize reads bytes and units, and refuses the rest', () => {
    assert.equal(parseFileSize(2048), 2048);
    assert.equal(parseFileSize('20 MB'), 20_000_000);
    assert.equal(parseFileSize('500KB'), 500_000);
    assert.equal(parseFileSize('1,5 Mo'), 1_500_000);
    assert.equal(parseFileSize('1GB'), 1_000_000_000);
    for (const bad of ['big', '-1', '0', '10 TB', '', 0, -5, Infinity, null])
      assert.equal(parseFileSize(bad), undefined, String(bad));
  });

  test('formatSize speaks both languages', () => {
    assert.deepEqual(formatSize(10_000_000), { en: '10 MB', fr: '10\u00a0Mo' });
    assert.deepEqual(formatSize(2130), { en: '2.1 KB', fr: '2,1\u00a0ko' });
    assert.deepEqual(formatSize(12), { en: '12 bytes', fr: '12\u00a0octets' });
  });
});
