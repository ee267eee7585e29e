import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SegmentedDocument } from '../../src/core/parse/segmentedDocument';
import { loadPlanFile } from '../../src/core/workspace/loadPlanFile';
import { CLEAN_PLAN, edit } from '../helpers';

/** The segments as `kind key` (`+` after one that holds a syntax error). */
function segments(text: string): string[] {
  return SegmentedDocument.parse(text).segments.map(
    (s) => `${s.kind} ${s.key}${s.document.errors.length > 0 ? ' +' : ''}`,
  );
}

/** The findings of the file as it is checked, and as parsing it in one piece checks it (a `---` line first). */
function findings(text: string): { split: string[]; whole: string[] } {
  const seen = (t: string, shift: number) =>
    loadPlanFile({ uri: 'a.plan.yaml', text: t })
      .findings.map((f) => `${f.ruleId} ${f.range.start - shift}-${f.range.end - shift} ${f.message.en}`)
      .sort();
  return { split: seen(text, 0), whole: seen(`---\n${text}`, 4) };
}

const CLEAN_SEGMENTS = segments(CLEAN_PLAN);

test('an error that stays on its line is read in its own segment: the others stand as they were', () => {
  const text = edit(CLEAN_PLAN, '    label: Funds raised\n', '    label: "Funds" raised\n');
  assert.deepEqual(
    segments(text),
    CLEAN_SEGMENTS.map((s, i) => (i === CLEAN_SEGMENTS.indexOf('item indicators') + 1 ? `${s} +` : s)),
  );
  const { split, whole } = findings(text);
  assert.deepEqual(split, whole);
  assert.equal(split.filter((f) => f.startsWith('yaml/syntax')).length, 1);
});

test('an error in the plan header stays in its segment when the next key reads as it does alone', () => {
  const text = edit(CLEAN_PLAN, '  title: Demo plan\n', '  title: "Demo" plan\n');
  assert.deepEqual(segments(text), ['key plan +', ...CLEAN_SEGMENTS.slice(1)]);
  const { split, whole } = findings(text);
  assert.deepEqual(split, whole);
});

test('an unclosed bracket ended by the next key joins it, and a list key joins its items', () => {
  // The lexer ends the flow where `owners:` starts: that line does not read as it reads alone.
  const text = edit(CLEAN_PLAN, '  horizon: 2040\n', '  horizon: [2040\n');
  assert.deepEqual(segments(text), ['key plan +', ...CLEAN_SEGMENTS.slice(3)]);
  const { split, whole } = findings(text);
  assert.deepEqual(split, whole);
});

test('an unclosed quote that runs into the next item joins the list, from its key to the next clean key', () => {
  // The quote runs on to the next `"`, in the second indicator: the list's items are read as one piece.
  const text = edit(CLEAN_PLAN, '        quote: "include 1000 patients in 2030"\n', '        quote: "include 1000\n');
  assert.deepEqual(segments(text), [
    'key plan',
    'key owners',
    'item owners',
    'key indicators +',
    'key axes',
    ...CLEAN_SEGMENTS.slice(-1),
  ]);
  const { split, whole } = findings(text);
  assert.deepEqual(split, whole);
});

test('a tab before a key, read as column 0, runs to the end of the file, as the whole file reads it', () => {
  const text = edit(CLEAN_PLAN, '  language: en\n', '\t language: en\n');
  assert.deepEqual(segments(text), ['key plan +']);
  const { split, whole } = findings(text);
  assert.deepEqual(split, whole);
});

test('a stray closing bracket ends the document: the rest of the file is read with it', () => {
  const text = edit(CLEAN_PLAN, '  horizon: 2040\n', '  horizon: 2040\n]\n');
  assert.deepEqual(segments(text), ['key plan +']);
  const { split, whole } = findings(text);
  assert.deepEqual(split, whole);
});

test('a key without its colon, which YAML joins to the next line, is read with the segments around it', () => {
  const text = edit(CLEAN_PLAN, 'owners:\n  - { id: care, name: Care directorate }\n', 'owners\n');
  // Alone, `owners` would be a text running on over the lines indented below it: the run starts before it.
  assert.deepEqual(segments(text), ['key plan +', 'key axes', 'item axes']);
  const { split, whole } = findings(text);
  assert.deepEqual(split, whole);
  assert.ok(split.some((f) => f.startsWith('yaml/syntax')));
});

test('a nested key that a tab brings to column 0 replaces the top-level list of that name, as in one piece', () => {
  const text = edit(
    CLEAN_PLAN,
    '            indicators: [patients, funds]\n',
    '\t           indicators: [patients, funds]\n',
  );
  const { split, whole } = findings(text);
  assert.deepEqual(split, whole);
  assert.ok(split.some((f) => f.includes('`indicators` #1 of the plan file must be a mapping of fields, not text.')));
});
