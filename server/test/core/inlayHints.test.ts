import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { shortIntervalText, valueHints } from '../../src/core/features/inlayHints';
import type { Locale } from '../../src/core/i18n/locale';
import { parsePartialDate } from '../../src/core/model/dates';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import { CLEAN_PLAN, edit } from '../helpers';

/** Every hint of a one-file plan, as `text before it on its line → label`. */
function hintsOf(text: string, locale: Locale = 'en', range?: { start: number; end: number }): string[] {
  const workspace = new PlanWorkspace();
  workspace.setFile('a.plan.yaml', text);
  const file = workspace.file('a.plan.yaml')!;
  return valueHints(workspace.planOf('a.plan.yaml')!, file, range ?? { start: 0, end: text.length }, locale).map(
    (h) => {
      const p = file.lineIndex.positionAt(h.offset);
      return `${file.lineIndex.lineText(p.line).slice(0, p.character).trim()} → ${h.label}`;
    },
  );
}

describe('inlay hints: the interval of a partial date', () => {
  const cases: [string, string, string][] = [
    ['2030', '1 Jan – 31 Dec 2030', '1 janv. – 31 déc. 2030'],
    ['2027-S1', '1 Jan – 30 Jun 2027', '1 janv. – 30 juin 2027'],
    ['2027-H2', '1 Jul – 31 Dec 2027', '1 juil. – 31 déc. 2027'],
    ['2027-Q2', '1 Apr – 30 Jun 2027', '1 avr. – 30 juin 2027'],
    ['2028-02', '1 Feb – 29 Feb 2028', '1 févr. – 29 févr. 2028'],
    ['2026-09', '1 Sep – 30 Sep 2026', '1 sept. – 30 sept. 2026'],
  ];
  for (const [written, en, fr] of cases) {
    test(`${written}: "${en}" / "${fr}"`, () => {
      const date = parsePartialDate(written)!;
      assert.equal(shortIntervalText(date, 'en'), en);
      assert.equal(shortIntervalText(date, 'fr'), fr);
    });
  }
});

describe('inlay hints in a plan', () => {
  test('after every partial date and every change, in file order', () => {
    assert.deepEqual(hintsOf(CLEAN_PLAN), [
      'cycle: { start: 2026 → 1 Jan – 31 Dec 2026',
      'cycle: { start: 2026, end: 2030 → 1 Jan – 31 Dec 2030',
      'horizon: 2040 → 1 Jan – 31 Dec 2040',
      'by: 2030 → 1 Jan – 31 Dec 2030',
      'change: x2 → = 80 M€',
      'by: 2030 → 1 Jan – 31 Dec 2030',
      'start: 2026 → 1 Jan – 31 Dec 2026',
      'end: 2027 → 1 Jan – 31 Dec 2027',
      'start: 2028 → 1 Jan – 31 Dec 2028',
      'end: 2029 → 1 Jan – 31 Dec 2029',
      '- { title: Step, due: 2028-S2 → 1 Jul – 31 Dec 2028',
    ]);
  });

  test('not after a full day, nor after a date that is not one', () => {
    let text = edit(
      CLEAN_PLAN,
      '                start: 2026\n                end: 2027\n',
      '                start: 2026-03-15\n                end: 2027-Q5\n',
    );
    text = edit(text, '  horizon: 2040\n', '  horizon: 2040\n  as_of: 2026-06\n');
    const hints = hintsOf(text);
    assert.ok(hints.includes('as_of: 2026-06 → 1 Jun – 30 Jun 2026'));
    assert.ok(!hints.some((h) => h.startsWith('start: 2026-03-15') || h.startsWith('end: 2027-Q5')));
  });

  test('only the values that end inside the range asked for', () => {
    const start = CLEAN_PLAN.indexOf('  - id: funds');
    const end = CLEAN_PLAN.indexOf('axes:');
    assert.deepEqual(hintsOf(CLEAN_PLAN, 'en', { start, end }), [
      'change: x2 → = 80 M€',
      'by: 2030 → 1 Jan – 31 Dec 2030',
    ]);
  });

  test("a change implies its value from the baseline, in the indicator's unit, numbers in the plan's language", () => {
    const withChange = (change: string, baseline = '{ value: 40, year: 2024 }', unit = 'M€') =>
      edit(
        edit(
          edit(CLEAN_PLAN, 'change: x2', `change: ${change}`),
          'baseline: { value: 40, year: 2024 }',
          `baseline: ${baseline}`,
        ),
        'unit: M€',
        `unit: ${unit}`,
      );
    const changeHint = (text: string, locale: Locale = 'en') =>
      hintsOf(text, locale).filter((h) => h.startsWith('change:'));
    assert.deepEqual(changeHint(withChange('"+20 %"')), ['change: "+20 %" → = 48 M€']);
    assert.deepEqual(changeHint(withChange('"-10 %"')), ['change: "-10 %" → = 36 M€']);
    assert.deepEqual(changeHint(withChange('x1.5', '{ value: "1 250", year: 2024 }', 'k€')), [
      'change: x1.5 → = 1,875 k€',
    ]);
    assert.deepEqual(changeHint(withChange('+15 pts', '{ value: 62.5, year: 2024 }', "'%'")), [
      'change: +15 pts → = 77.5 %',
    ]);
    assert.deepEqual(changeHint(withChange('x2', '{ value: "40 M€", year: 2024 }', 'k€')), ['change: x2 → = 80 M€']);
    assert.deepEqual(changeHint(withChange('x2', '{ value: tbd }')), []);
    assert.deepEqual(changeHint(withChange('twice')), []);
    // A French plan writes its numbers the French way, whatever the editor's language.
    const french = edit(withChange('x1.5', '{ value: "1 250,5", year: 2024 }', 'k€'), 'language: en', 'language: fr');
    assert.deepEqual(changeHint(french, 'en'), ['change: x1.5 → = 1\u202f875,75 k€']);
  });
});
