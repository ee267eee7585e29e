import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cursorContext, type CursorContext } from '../../src/core/features/cursor';
import { LineIndex } from '../../src/core/text/lineIndex';

const CARET = '‸';

/** The cursor context at the caret of `text` (the caret removed), without item offsets. */
function at(
  text: string,
): Omit<CursorContext, 'itemStarts' | 'wordRange' | 'keyColumn'> & { word: string; keyColumn: number } {
  const offset = text.indexOf(CARET);
  assert.notEqual(offset, -1, 'fixture needs a caret');
  const clean = text.slice(0, offset) + text.slice(offset + 1);
  const context = cursorContext(new LineIndex(clean), offset);
  const { itemStarts: _starts, wordRange, ...rest } = context;
  void _starts;
  // Through JSON: a `key` left undefined is no key at all.
  return JSON.parse(JSON.stringify({ ...rest, word: clean.slice(wordRange.start, wordRange.end) }));
}

const ACTIONS = `axes:
  - id: a
    title: A
    objectives:
      - id: o
        title: O
        actions:
          - id: act
            title: T
`;

describe('cursor context', () => {
  test('a key of a mapping nested in lists, with the keys above and below it', () => {
    assert.deepEqual(at(`${ACTIONS}            ‸\n            status: done\n          - id: next\n`), {
      path: ['axes', '*', 'objectives', '*', 'actions', '*'],
      role: 'key',
      prefix: '',
      word: '',
      keyColumn: 12,
      siblingKeys: ['title', 'id', 'status'],
    });
  });

  test("a blank line at the column of a list's dashes is where its next item goes", () => {
    assert.deepEqual(at(`${ACTIONS}          ‸\n`), {
      path: ['axes', '*', 'objectives', '*'],
      role: 'list-item',
      key: 'actions',
      prefix: '',
      word: '',
      keyColumn: 10,
      siblingKeys: [],
    });
  });

  test('a `- ` line is an item of the list above it; a dash just typed is not part of the word', () => {
    const expected = {
      path: ['axes', '*', 'objectives', '*'],
      role: 'list-item',
      key: 'actions',
      prefix: '',
      word: '',
      siblingKeys: [],
    };
    assert.deepEqual(at(`${ACTIONS}          - ‸\n`), { ...expected, keyColumn: 12 });
    assert.deepEqual(at(`${ACTIONS}          -‸\n`), { ...expected, keyColumn: 11 });
  });

  test('a compact list (`key:` then `- item` at the same column) keeps its key in the path', () => {
    assert.deepEqual(at('axes:\n- id: a\n  title: A\n  ‸\n'), {
      path: ['axes', '*'],
      role: 'key',
      prefix: '',
      word: '',
      keyColumn: 2,
      siblingKeys: ['title', 'id'],
    });
    assert.deepEqual(at('axes:\n- id: a\n- ‸\n'), {
      path: [],
      role: 'list-item',
      key: 'axes',
      prefix: '',
      word: '',
      keyColumn: 2,
      siblingKeys: [],
    });
    // At the column of a compact list, the cursor is on a key of the mapping holding it.
    assert.deepEqual(at('axes:\n- id: a\n‸\n'), {
      path: [],
      role: 'key',
      prefix: '',
      word: '',
      keyColumn: 0,
      siblingKeys: ['axes'],
    });
  });

  test('top-level keys already written are siblings, above and below', () => {
    assert.deepEqual(at('plan:\n  id: x\n‸\naxes: []\n'), {
      path: [],
      role: 'key',
      prefix: '',
      word: '',
      keyColumn: 0,
      siblingKeys: ['plan', 'axes'],
    });
  });

  test('inside a flow mapping: its path, the key or value, and its other keys', () => {
    assert.deepEqual(at('plan:\n  cycle: { start: 2026, end: 20‸ }\n'), {
      path: ['plan', 'cycle'],
      role: 'value',
      key: 'end',
      prefix: '20',
      word: '20',
      keyColumn: 2,
      siblingKeys: ['start'],
    });
    assert.deepEqual(at('plan:\n  cycle: { start: 2026, ‸ }\n'), {
      path: ['plan', 'cycle'],
      role: 'key',
      prefix: '',
      word: '',
      keyColumn: 2,
      siblingKeys: ['start'],
    });
    assert.deepEqual(at(`${ACTIONS}            milestones:\n              - { title: Jalon d'étape, due: 2027-‸ }\n`), {
      path: ['axes', '*', 'objectives', '*', 'actions', '*', 'milestones', '*'],
      role: 'value',
      key: 'due',
      prefix: '2027-',
      word: '2027-',
      keyColumn: 16,
      siblingKeys: ['title'],
    });
    assert.deepEqual(at('indicators:\n  - id: i\n    targets: [{ value: 3, ‸ }]\n'), {
      path: ['indicators', '*', 'targets', '*'],
      role: 'key',
      prefix: '',
      word: '',
      keyColumn: 4,
      siblingKeys: ['value'],
    });
  });

  test('inside a flow list: an item of the list, and the word under the cursor', () => {
    assert.deepEqual(at(`${ACTIONS}            depends_on: [x, ab‸c]\n`), {
      path: ['axes', '*', 'objectives', '*', 'actions', '*'],
      role: 'list-item',
      key: 'depends_on',
      prefix: 'ab',
      word: 'abc',
      keyColumn: 12,
      siblingKeys: [],
    });
  });

  test('a value inside quotes, and a quote inside plain text, read right', () => {
    assert.deepEqual(at("indicators:\n  - { id: i, label: l'unité, unit: '‸' }\n"), {
      path: ['indicators', '*'],
      role: 'value',
      key: 'unit',
      prefix: '',
      word: '',
      keyColumn: 4,
      siblingKeys: ['id', 'label'],
    });
  });

  test('text: in a block scalar (even a line that looks like a key) and in a comment', () => {
    assert.equal(at('plan:\n  vision: |\n    Note: ‸\n').role, 'text');
    assert.equal(at('plan:\n  vision: |\n    first\n    ‸\n').role, 'text');
    assert.equal(at('plan:\n  id: x # the ‸\n').role, 'text');
    assert.equal(at('plan:\n  title: "a # b ‸"\n').role, 'value');
    // After the text, back at the mapping's column, keys again.
    assert.deepEqual(at('plan:\n  vision: >\n    text\n  ‸\n'), {
      path: ['plan'],
      role: 'key',
      prefix: '',
      word: '',
      keyColumn: 2,
      siblingKeys: ['vision'],
    });
  });

  test('lines below the cursor that do not parse do not matter', () => {
    assert.deepEqual(at(`${ACTIONS}            status: pl‸\n  - id: [broken\n    title: "unclosed\n`), {
      path: ['axes', '*', 'objectives', '*', 'actions', '*'],
      role: 'value',
      key: 'status',
      prefix: 'pl',
      word: 'pl',
      keyColumn: 12,
      siblingKeys: ['title', 'id'],
    });
  });
});
