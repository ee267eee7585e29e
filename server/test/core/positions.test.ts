import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { stripBom } from '../../src/core/parse/parseFile';
import { LineIndex } from '../../src/core/text/lineIndex';
import { at, check, CLEAN_PLAN, edit, type Seen } from '../helpers';

// Positions are asserted as literal numbers here (not only through `at`, which uses the same
// LineIndex as the checker): columns are 1-based UTF-16 code units, as LSP counts them.

const crlf = (text: string) => text.replace(/\n/g, '\r\n');

function span(f: Seen): [string, number, number, number, number] {
  return [f.rule, f.line, f.column, f.endLine, f.endColumn];
}

describe('positions with CRLF line ends', () => {
  test('the clean plan with CRLF line ends has no finding', () => {
    assert.deepEqual(check(crlf(CLEAN_PLAN)), []);
  });

  test('a schema finding keeps its line and column', () => {
    const fixture = crlf(
      edit(CLEAN_PLAN, '                end: 2027\n', '                end: 2027\n                status: plannd\n'),
    );
    assert.deepEqual(check(fixture).map(span), [['schema/enum', 50, 25, 50, 31]]);
    assert.deepEqual(at(fixture, 'plannd'), { line: 50, column: 25 });
  });

  test('a required field on a list item is on its first key', () => {
    const fixture = crlf(edit(CLEAN_PLAN, '                title: Action A\n', ''));
    assert.deepEqual(check(fixture).map(span), [['schema/required', 46, 17, 46, 19]]);
  });

  test('a syntax error and a duplicate key keep their positions, and do not reach into the line end', () => {
    // The parser points at the \r: the range stays at the end of the line, not one past it.
    const unclosed = crlf(edit(CLEAN_PLAN, 'title: Demo plan', 'title: "Demo plan'));
    assert.deepEqual(check(unclosed).map(span), [['yaml/syntax', 3, 10, 3, 20]]);
    const repeated = crlf(edit(CLEAN_PLAN, '  horizon: 2040\n', '  horizon: 2040\n  horizon: 2041\n'));
    assert.deepEqual(check(repeated).map(span), [['yaml/duplicate-key', 8, 3, 8, 10]]);
  });

  test("LineIndex puts a \\r with its line's end, not at the start of the next line", () => {
    const index = new LineIndex('ab\r\ncd\r\n');
    assert.deepEqual(index.positionAt(2), { line: 0, character: 2 });
    assert.deepEqual(index.positionAt(4), { line: 1, character: 0 });
    assert.equal(index.lineText(0), 'ab');
    assert.equal(index.lineText(1), 'cd');
    assert.equal(index.offsetAt({ line: 1, character: 1 }), 5);
  });
});

describe('positions with a lone CR, a line end for LSP', () => {
  test('LineIndex ends a line at \\n, \\r\\n and a lone \\r', () => {
    const index = new LineIndex('ab\rcd\r\nef\ngh\r');
    assert.equal(index.lineCount, 5);
    assert.deepEqual(
      [0, 1, 2, 3, 4].map((l) => index.lineText(l)),
      ['ab', 'cd', 'ef', 'gh', ''],
    );
    assert.deepEqual(index.positionAt(2), { line: 0, character: 2 });
    assert.deepEqual(index.positionAt(3), { line: 1, character: 0 });
    assert.deepEqual(index.positionAt(5), { line: 1, character: 2 });
    assert.deepEqual(
      index.positionAt(6),
      { line: 1, character: 2 },
      'between the \\r and the \\n of a CRLF: the end of the line',
    );
    assert.deepEqual(index.positionAt(7), { line: 2, character: 0 });
    assert.deepEqual(index.positionAt(13), { line: 4, character: 0 });
    assert.deepEqual(index.positionAt(99), { line: 4, character: 0 }, 'never past the end of the document');
    assert.equal(index.offsetAt({ line: 1, character: 9 }), 5, 'never past the end of the line');
    assert.equal(index.offsetAt({ line: 3, character: 1 }), 11);
    assert.equal(index.offsetAt({ line: 9, character: 0 }), 13);
    assert.deepEqual(index.rangeAt({ start: 3, end: 6 }), {
      start: { line: 1, character: 0 },
      end: { line: 1, character: 2 },
    });
  });

  test('a finding below a comment holding a lone CR is on the line the editor shows', () => {
    const fixture = `# drafted in an old editor\rsecond line of the note\n${edit(CLEAN_PLAN, '                end: 2027\n', '                end: 2027\n                status: plannd\n')}`;
    assert.deepEqual(check(fixture).map(span), [['schema/enum', 52, 25, 52, 31]]);
    assert.deepEqual(check(crlf(fixture)).map(span), [['schema/enum', 52, 25, 52, 31]]);
  });
});

describe('positions after a byte-order mark stripped by the caller', () => {
  test('stripBom removes a leading BOM only', () => {
    assert.equal(stripBom('\uFEFFplan:'), 'plan:');
    assert.equal(stripBom('plan:'), 'plan:');
    assert.equal(stripBom('plan: "\uFEFF"'), 'plan: "\uFEFF"');
  });

  test('a finding on the first line is at column 1, as the editor shows it', () => {
    const withBom = '\uFEFF' + edit(CLEAN_PLAN, '  cycle: { start: 2026, end: 2030 }\n', '');
    assert.deepEqual(check(stripBom(withBom)).map(span), [['schema/required', 1, 1, 1, 5]]);
  });

  test('a value on a later line keeps its column', () => {
    const withBom = '\uFEFF' + edit(CLEAN_PLAN, 'id: demo', 'id: -demo');
    assert.deepEqual(check(stripBom(withBom)).map(span), [['schema/pattern', 2, 7, 2, 12]]);
  });

  test('a clean plan with a stripped BOM has no finding', () => {
    assert.deepEqual(check(stripBom('\uFEFF' + CLEAN_PLAN)), []);
  });
});

describe('positions after tabs in text on the same line', () => {
  test('a tab inside a quoted value and a tab between entries count as one column each', () => {
    const fixture = edit(
      CLEAN_PLAN,
      '  - { id: care, name: Care directorate }',
      '  - { id: care, name: "Care\tdirectorate",\tnmae: x }',
    );
    // `  - { id: care, name: "` is 23 units, `Care\tdirectorate` 16, `",` 2, `\t` 1: `nmae` at 43.
    assert.deepEqual(check(fixture).map(span), [['schema/unknown-field', 9, 43, 9, 47]]);
  });

  test('a tab inside a plain value before a bad date', () => {
    const fixture = edit(CLEAN_PLAN, '{ title: Step, due: 2028-S2 }', '{ title: Step\tone, due: 2028-S3 }');
    assert.deepEqual(check(fixture).map(span), [['date/invalid', 58, 45, 58, 52]]);
  });
});

describe('positions after non-ASCII text on the same line', () => {
  test('é and € are one unit each, an emoji two', () => {
    const fixture = edit(
      CLEAN_PLAN,
      '  - { id: care, name: Care directorate }',
      '  - { id: care, name: "Soins é € 🎯", nmae: x }',
    );
    // `  - { id: care, name: "` 23, `Soins é € 🎯` 12 (the emoji is a surrogate pair), `", ` 3: `nmae` at 39.
    assert.deepEqual(check(fixture).map(span), [['schema/unknown-field', 9, 39, 9, 43]]);
  });

  test('a syntax error after non-ASCII text', () => {
    const fixture = edit(CLEAN_PLAN, '  title: Demo plan', '  title: "Plan é € 🎯" x');
    assert.deepEqual(check(fixture).map(span), [['yaml/syntax', 3, 24, 3, 25]]);
  });

  test('a bad date after an unquoted title with an emoji', () => {
    const fixture = edit(CLEAN_PLAN, '{ title: Step, due: 2028-S2 }', '{ title: Étape 🎯 €, due: 2028-S3 }');
    // `                  - { title: ` 29, `Étape 🎯 €` 10, `, due: ` 7: the date at 47.
    assert.deepEqual(check(fixture).map(span), [['date/invalid', 58, 47, 58, 54]]);
  });

  test('LineIndex counts UTF-16 code units', () => {
    const index = new LineIndex('a: "🎯é"\nb: x');
    assert.deepEqual(index.positionAt('a: "🎯é"'.length), { line: 0, character: 8 });
    assert.deepEqual(index.positionAt('a: "🎯é"\nb: '.length), { line: 1, character: 3 });
  });
});
