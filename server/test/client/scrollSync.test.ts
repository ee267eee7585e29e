import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineAtOffset, offsetOfLine, ScrollGuard, type Block } from '../../../client/src/preview/scrollSync';

const ROOT = 'root';
const PART = 'part';

/** A page: the root's title (line 0) and axis (line 10), a part's objective (its line 2) inside the axis, then the root's next axis (line 40). */
const BLOCKS: Block[] = [
  { uri: ROOT, line: 0, top: 0 },
  { uri: ROOT, line: 10, top: 200 },
  { uri: PART, line: 2, top: 300 },
  { uri: PART, line: 12, top: 400 },
  { uri: ROOT, line: 40, top: 600 },
];

test('the line at the top of the preview: the block above it, and the way to the next block of its file', () => {
  assert.deepEqual(lineAtOffset(BLOCKS, 0), { uri: ROOT, line: 0 });
  assert.deepEqual(lineAtOffset(BLOCKS, 100), { uri: ROOT, line: 5 });
  // Between the root's axis and its next axis, the part's blocks stand between: the root's line moves on across them.
  assert.deepEqual(lineAtOffset(BLOCKS, 250), { uri: ROOT, line: 13.75 });
  assert.deepEqual(lineAtOffset(BLOCKS, 350), { uri: PART, line: 7 });
  // After the last block of a file, its line stays.
  assert.deepEqual(lineAtOffset(BLOCKS, 500), { uri: PART, line: 12 });
  assert.deepEqual(lineAtOffset(BLOCKS, 900), { uri: ROOT, line: 40 });
  // Above the first block: the first block.
  assert.deepEqual(lineAtOffset([{ uri: ROOT, line: 3, top: 50 }], 10), { uri: ROOT, line: 3 });
  assert.equal(lineAtOffset([], 10), undefined);
});

test('where a line stands: between the blocks of its file around it, in proportion', () => {
  assert.equal(offsetOfLine(BLOCKS, ROOT, 0), 0);
  assert.equal(offsetOfLine(BLOCKS, ROOT, 5), 100);
  assert.equal(offsetOfLine(BLOCKS, ROOT, 25), 400);
  assert.equal(offsetOfLine(BLOCKS, PART, 7), 350);
  // Before the file's first block: that block; after its last: the last.
  assert.equal(offsetOfLine(BLOCKS, PART, 0), 300);
  assert.equal(offsetOfLine(BLOCKS, ROOT, 90), 600);
  assert.equal(offsetOfLine(BLOCKS, 'elsewhere', 3), undefined);
});

test('the two directions agree: a line goes to an offset that reads back as the same line', () => {
  for (const line of [0, 3, 10, 17, 25, 39]) {
    const offset = offsetOfLine(BLOCKS, ROOT, line)!;
    const back = lineAtOffset(BLOCKS, offset)!;
    if (back.uri === ROOT) assert.ok(Math.abs(back.line - line) < 1e-9, `line ${line} → ${offset} → ${back.line}`);
  }
});

test('a section out of source order (a later view of earlier lines) is not interpolated backwards', () => {
  const blocks: Block[] = [
    { uri: ROOT, line: 20, top: 0 },
    { uri: ROOT, line: 5, top: 500 },
    { uri: ROOT, line: 30, top: 800 },
  ];
  assert.equal(offsetOfLine(blocks, ROOT, 10), 500);
  assert.equal(offsetOfLine(blocks, ROOT, 25), 400);
  // A repeated line is found at its first block.
  assert.equal(
    offsetOfLine(
      [
        { uri: ROOT, line: 5, top: 10 },
        { uri: ROOT, line: 5, top: 900 },
      ],
      ROOT,
      5,
    ),
    10,
  );
});

test('the guard holds scroll events for 200 ms after a scroll made by code', () => {
  let now = 1000;
  const guard = new ScrollGuard(() => now);
  assert.equal(guard.held, false);
  guard.hold();
  now += 150;
  assert.equal(guard.held, true);
  now += 50;
  assert.equal(guard.held, false);
});
