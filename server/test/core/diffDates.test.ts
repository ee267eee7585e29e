import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePartialDate } from '../../src/core/model/dates';
import { dateShift, durationText } from '../../src/core/diff/dateShift';
import { wordDiff } from '../../src/core/diff/words';

function shift(before: string, after: string, end: 'first' | 'last') {
  const s = dateShift(parsePartialDate(before)!, parsePartialDate(after)!, end);
  return { ...s, text: durationText(s) };
}

test('date shifts are read on the intervals, at the end the field reads', () => {
  assert.deepEqual(shift('2027', '2028-S1', 'last'), { days: 182, months: 6, text: { en: '6 months', fr: '6 mois' } });
  assert.deepEqual(shift('2029', '2029-Q3', 'last'), {
    days: -92,
    months: -3,
    text: { en: 'a quarter', fr: 'un trimestre' },
  });
  assert.deepEqual(shift('2028', '2027', 'first'), { days: -365, months: -12, text: { en: 'a year', fr: 'un an' } });
  assert.deepEqual(shift('2026-Q1', '2027-Q3', 'last'), {
    days: 548,
    months: 18,
    text: { en: '18 months', fr: '18 mois' },
  });
  assert.deepEqual(shift('2026-06-15', '2026-07-01', 'last'), {
    days: 16,
    months: undefined,
    text: { en: '16 days', fr: '16 jours' },
  });
  // Made more precise with the same end: no shift.
  assert.equal(shift('2027', '2027-12', 'last').days, 0);
  // As a start, 2027 is its first day: 2027-S2 starts half a year later.
  assert.equal(shift('2027', '2027-S2', 'first').months, 6);
});

test('word diffs keep the unchanged words and merge runs', () => {
  assert.deepEqual(wordDiff('Why quality matters.', 'Why quality and safety matter.'), [
    { op: 'same', text: 'Why quality ' },
    { op: 'removed', text: 'matters.' },
    { op: 'added', text: 'and safety matter.' },
  ]);
  assert.deepEqual(wordDiff('same text', 'same text'), [{ op: 'same', text: 'same text' }]);
});
