import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyChange,
  convert,
  nearlyEqual,
  parseChange,
  parseNumber,
  parseQuantity,
  unitFamily,
} from '../../src/core/model/quantities';
import { dayNumber, isoDay, parsePartialDate, yearOfDay } from '../../src/core/model/dates';

// ---------------------------------------------------------------------------------------------
// Quantities (plan-format.md, "Indicators")

describe('parseQuantity', () => {
  test("reads a YAML number as a value in the indicator's unit", () => {
    assert.deepEqual(parseQuantity(80), { value: 80 });
    assert.deepEqual(parseQuantity(2.5), { value: 2.5 });
    assert.deepEqual(parseQuantity(-10), { value: -10 });
    assert.deepEqual(parseQuantity(0), { value: 0 });
  });

  test('reads a quantity string with its unit, with or without a space', () => {
    assert.deepEqual(parseQuantity('80 M€'), { value: 80, unit: 'M€' });
    assert.deepEqual(parseQuantity('80M€'), { value: 80, unit: 'M€' });
    assert.deepEqual(parseQuantity('80 %'), { value: 80, unit: '%' });
    assert.deepEqual(parseQuantity('80000 k€'), { value: 80000, unit: 'k€' });
    assert.deepEqual(parseQuantity('1 000 patients'), { value: 1000, unit: 'patients' });
    assert.deepEqual(parseQuantity('30 millions d’euros'), { value: 30, unit: 'millions d’euros' });
    assert.deepEqual(parseQuantity('-10 %'), { value: -10, unit: '%' });
  });

  test('reads digit groups: "1 000", "1,000", no-break spaces, "1.000.000"', () => {
    assert.deepEqual(parseQuantity('1 000'), { value: 1000 });
    assert.deepEqual(parseQuantity('1,000'), { value: 1000 });
    assert.deepEqual(parseQuantity('1\u00a0000'), { value: 1000 });
    assert.deepEqual(parseQuantity('1\u202f000'), { value: 1000 });
    assert.deepEqual(parseQuantity('12 345 678'), { value: 12345678 });
    assert.deepEqual(parseQuantity('1.000.000'), { value: 1000000 });
  });

  test('reads a decimal part after a dot or a comma', () => {
    assert.deepEqual(parseQuantity('2,5'), { value: 2.5 });
    assert.deepEqual(parseQuantity('80.5'), { value: 80.5 });
    assert.deepEqual(parseQuantity('2,5 M€'), { value: 2.5, unit: 'M€' });
    assert.deepEqual(parseQuantity('1,2345'), { value: 1.2345 });
    // A lone dot before three digits is a decimal point; a comma before three digits groups thousands.
    assert.deepEqual(parseQuantity('1.000'), { value: 1 });
  });

  test('reads digit groups followed by a decimal part ("1,000.5", "1 000,5", "1.000,5")', () => {
    assert.deepEqual(parseQuantity('1,000.5'), { value: 1000.5 });
    assert.deepEqual(parseQuantity('1 000,5 k€'), { value: 1000.5, unit: 'k€' });
    assert.deepEqual(parseQuantity('1.000,5'), { value: 1000.5 });
    assert.deepEqual(parseQuantity('1,000,000.25'), { value: 1000000.25 });
  });

  test('reads `tbd`, trimmed', () => {
    assert.equal(parseQuantity('tbd'), 'tbd');
    assert.equal(parseQuantity(' tbd '), 'tbd');
  });

  test('returns undefined for anything else', () => {
    for (const raw of [
      undefined,
      null,
      true,
      {},
      [80],
      Number.NaN,
      Number.POSITIVE_INFINITY,
      '',
      'abc',
      'M€ 80',
      'TBD',
      '80  %',
      'about 80',
    ]) {
      assert.equal(parseQuantity(raw), undefined, JSON.stringify(raw));
    }
  });
});

describe('parseNumber', () => {
  test('reads the figure forms of a quote', () => {
    assert.equal(parseNumber('1 000'), 1000);
    assert.equal(parseNumber('1,000'), 1000);
    assert.equal(parseNumber('2,5'), 2.5);
    assert.equal(parseNumber('1,000,5'), 1000.5);
    assert.equal(parseNumber('-1 000'), -1000);
  });

  test('is NaN on text that is not a figure', () => {
    assert.ok(Number.isNaN(parseNumber('abc')));
    assert.ok(Number.isNaN(parseNumber('1 0')));
  });
});

describe('unitFamily', () => {
  test('knows percentages, amounts in euros at every scale, and counted nouns', () => {
    assert.deepEqual(unitFamily('%'), { kind: 'percent' });
    assert.deepEqual(unitFamily('€'), { kind: 'money', scale: 1 });
    assert.deepEqual(unitFamily('EUR'), { kind: 'money', scale: 1 });
    assert.deepEqual(unitFamily('k€'), { kind: 'money', scale: 1e3 });
    assert.deepEqual(unitFamily('kEUR'), { kind: 'money', scale: 1e3 });
    assert.deepEqual(unitFamily('M€'), { kind: 'money', scale: 1e6 });
    assert.deepEqual(unitFamily('MEUR'), { kind: 'money', scale: 1e6 });
    assert.deepEqual(unitFamily('M €'), { kind: 'money', scale: 1e6 });
    assert.deepEqual(unitFamily("millions d'euros"), { kind: 'money', scale: 1e6 });
    assert.deepEqual(unitFamily('Md€'), { kind: 'money', scale: 1e9 });
    assert.deepEqual(unitFamily('Patients'), { kind: 'noun', noun: 'patients' });
    assert.deepEqual(unitFamily('équipes'), { kind: 'noun', noun: 'équipes' });
  });
});

describe('convert', () => {
  test('converts amounts across scales of euros (80 M€ = 80000 k€)', () => {
    assert.equal(convert(80000, 'k€', 'M€'), 80);
    assert.equal(convert(80, 'M€', 'k€'), 80000);
    assert.equal(convert(80, 'MEUR', 'M€'), 80);
    assert.equal(convert(2, 'Md€', 'M€'), 2000);
    assert.equal(convert(1500, '€', 'k€'), 1.5);
    assert.equal(convert(30, "millions d'euros", 'M€'), 30);
  });

  test('keeps a percentage a percentage', () => {
    assert.equal(convert(80, '%', '%'), 80);
  });

  test('never converts a percentage to anything else, nor anything else to a percentage', () => {
    assert.equal(convert(80, '%', 'M€'), undefined);
    assert.equal(convert(80, 'M€', '%'), undefined);
    assert.equal(convert(80, '%', 'patients'), undefined);
    assert.equal(convert(80, 'patients', '%'), undefined);
  });

  test('converts a counted noun only to itself (singular and plural alike)', () => {
    assert.equal(convert(5, 'patients', 'patients'), 5);
    assert.equal(convert(1, 'patient', 'patients'), 1);
    assert.equal(convert(1, 'Essai', 'essais'), 1);
    assert.equal(convert(5, 'teams', 'patients'), undefined);
    assert.equal(convert(5, 'patients', 'M€'), undefined);
    assert.equal(convert(5, 'k€', 'patients'), undefined);
  });

  test("reads a missing unit, on either side, as the indicator's unit", () => {
    assert.equal(convert(80, undefined, 'M€'), 80);
    assert.equal(convert(80, 'k€', undefined), 80);
    assert.equal(convert(80, undefined, undefined), 80);
  });
});

describe('parseChange', () => {
  test('reads a factor: x2, x1.5, x1,5', () => {
    assert.deepEqual(parseChange('x2'), { kind: 'factor', factor: 2 });
    assert.deepEqual(parseChange('x1.5'), { kind: 'factor', factor: 1.5 });
    assert.deepEqual(parseChange('x1,5'), { kind: 'factor', factor: 1.5 });
  });

  test('reads percentage points: +15 pts, +15 pt, -2,5 pts, +15pts', () => {
    assert.deepEqual(parseChange('+15 pts'), { kind: 'points', points: 15 });
    assert.deepEqual(parseChange('+15 pt'), { kind: 'points', points: 15 });
    assert.deepEqual(parseChange('-2,5 pts'), { kind: 'points', points: -2.5 });
    assert.deepEqual(parseChange('+15pts'), { kind: 'points', points: 15 });
  });

  test('reads a relative change: +20 %, -10 %, +20%', () => {
    assert.deepEqual(parseChange('+20 %'), { kind: 'percent', percent: 20 });
    assert.deepEqual(parseChange('-10 %'), { kind: 'percent', percent: -10 });
    assert.deepEqual(parseChange('+20%'), { kind: 'percent', percent: 20 });
  });

  test('returns undefined for anything else', () => {
    for (const raw of [undefined, 2, '2x', 'X2', '×2', 'x', '+20', '20 %', '+ 20 %', '+20 points', 'double', '']) {
      assert.equal(parseChange(raw), undefined, JSON.stringify(raw));
    }
  });
});

describe('applyChange and nearlyEqual', () => {
  test('a change gives a value from the baseline (x2 from 40 is 80; +15 pts from 60 is 75; +20 % from 40 is 48; -10 % from 40 is 36)', () => {
    assert.equal(applyChange(40, { kind: 'factor', factor: 2 }), 80);
    assert.equal(applyChange(60, { kind: 'points', points: 15 }), 75);
    assert.equal(applyChange(40, { kind: 'percent', percent: 20 }), 48);
    assert.equal(applyChange(40, { kind: 'percent', percent: -10 }), 36);
  });

  test('the 1 % tolerance is a share of the reference (the second argument), boundaries included', () => {
    assert.ok(nearlyEqual(80.8, 80));
    assert.ok(nearlyEqual(79.2, 80));
    assert.ok(nearlyEqual(60.6, 60));
    assert.ok(!nearlyEqual(80.805, 80));
    assert.ok(!nearlyEqual(79.19, 80));
    assert.ok(nearlyEqual(0, 0));
    assert.ok(!nearlyEqual(0.001, 0));
  });
});

// ---------------------------------------------------------------------------------------------
// Dates (plan-format.md, "Dates")

/** The interval a partial date denotes, as ISO days. */
function interval(
  raw: unknown,
): { precision: string; year: number; text: string; first: string; last: string } | undefined {
  const d = parsePartialDate(raw);
  return d && { precision: d.precision, year: d.year, text: d.text, first: isoDay(d.first), last: isoDay(d.last) };
}

describe('parsePartialDate', () => {
  test('a year, written as a string or a YAML integer, is the whole year', () => {
    assert.deepEqual(interval('2030'), {
      precision: 'year',
      year: 2030,
      text: '2030',
      first: '2030-01-01',
      last: '2030-12-31',
    });
    assert.deepEqual(interval(2030), {
      precision: 'year',
      year: 2030,
      text: '2030',
      first: '2030-01-01',
      last: '2030-12-31',
    });
  });

  test('a quarter Q1-Q4 is its three months', () => {
    assert.deepEqual(interval('2027-Q1'), {
      precision: 'quarter',
      year: 2027,
      text: '2027-Q1',
      first: '2027-01-01',
      last: '2027-03-31',
    });
    assert.deepEqual(interval('2027-Q2'), {
      precision: 'quarter',
      year: 2027,
      text: '2027-Q2',
      first: '2027-04-01',
      last: '2027-06-30',
    });
    assert.deepEqual(interval('2027-Q3'), {
      precision: 'quarter',
      year: 2027,
      text: '2027-Q3',
      first: '2027-07-01',
      last: '2027-09-30',
    });
    assert.deepEqual(interval('2027-Q4'), {
      precision: 'quarter',
      year: 2027,
      text: '2027-Q4',
      first: '2027-10-01',
      last: '2027-12-31',
    });
  });

  test('a half-year is written S1/S2 (semestre) or H1/H2', () => {
    assert.deepEqual(interval('2027-S1'), {
      precision: 'half',
      year: 2027,
      text: '2027-S1',
      first: '2027-01-01',
      last: '2027-06-30',
    });
    assert.deepEqual(interval('2027-H1'), {
      precision: 'half',
      year: 2027,
      text: '2027-H1',
      first: '2027-01-01',
      last: '2027-06-30',
    });
    assert.deepEqual(interval('2027-S2'), {
      precision: 'half',
      year: 2027,
      text: '2027-S2',
      first: '2027-07-01',
      last: '2027-12-31',
    });
    assert.deepEqual(interval('2027-H2'), {
      precision: 'half',
      year: 2027,
      text: '2027-H2',
      first: '2027-07-01',
      last: '2027-12-31',
    });
  });

  test('a month ends on its last day, February of a leap year on the 29th', () => {
    assert.deepEqual(interval('2028-06'), {
      precision: 'month',
      year: 2028,
      text: '2028-06',
      first: '2028-06-01',
      last: '2028-06-30',
    });
    assert.deepEqual(interval('2028-02'), {
      precision: 'month',
      year: 2028,
      text: '2028-02',
      first: '2028-02-01',
      last: '2028-02-29',
    });
    assert.deepEqual(interval('2027-02'), {
      precision: 'month',
      year: 2027,
      text: '2027-02',
      first: '2027-02-01',
      last: '2027-02-28',
    });
    assert.deepEqual(interval('2027-12'), {
      precision: 'month',
      year: 2027,
      text: '2027-12',
      first: '2027-12-01',
      last: '2027-12-31',
    });
  });

  test('a day is itself, as a start and as an end', () => {
    assert.deepEqual(interval('2028-06-15'), {
      precision: 'day',
      year: 2028,
      text: '2028-06-15',
      first: '2028-06-15',
      last: '2028-06-15',
    });
    assert.deepEqual(interval('2024-02-29'), {
      precision: 'day',
      year: 2024,
      text: '2024-02-29',
      first: '2024-02-29',
      last: '2024-02-29',
    });
    assert.deepEqual(interval('2026-01-31'), {
      precision: 'day',
      year: 2026,
      text: '2026-01-31',
      first: '2026-01-31',
      last: '2026-01-31',
    });
  });

  test('years before 100 are not read as 19xx', () => {
    assert.deepEqual(interval('0050-06'), {
      precision: 'month',
      year: 50,
      text: '0050-06',
      first: '0050-06-01',
      last: '0050-06-30',
    });
  });

  test('a day that does not exist is invalid (2026-02-30, 2025-02-29, 2026-06-31, day 00)', () => {
    for (const raw of ['2026-02-30', '2025-02-29', '2026-06-31', '2026-06-00', '2026-01-32'])
      assert.equal(parsePartialDate(raw), undefined, raw);
  });

  test('a month, quarter or half that does not exist is invalid (2026-13, 2026-00, 2026-Q5, 2026-Q0, 2026-S3, 2026-H0)', () => {
    for (const raw of ['2026-13', '2026-00', '2026-Q5', '2026-Q0', '2026-S3', '2026-H0'])
      assert.equal(parsePartialDate(raw), undefined, raw);
  });

  test('any other form is invalid', () => {
    for (const raw of [
      'June 2026',
      '2026-6',
      '2026-06-1',
      '26',
      '20300',
      '2026-q2',
      'Q2-2027',
      '2026/06',
      '2026-06-15T10:00',
      '2026-',
      ' 2026',
      '',
    ]) {
      assert.equal(parsePartialDate(raw), undefined, raw);
    }
  });

  test('only strings and integers are dates', () => {
    for (const raw of [2030.5, -2030, undefined, null, true, {}, ['2030']])
      assert.equal(parsePartialDate(raw), undefined, JSON.stringify(raw));
  });
});

describe('day numbers', () => {
  test('count days from 1970-01-01, so that comparing is subtracting', () => {
    assert.equal(dayNumber(1970, 1, 1), 0);
    assert.equal(dayNumber(2030, 12, 31) - dayNumber(2030, 1, 1), 364);
    assert.equal(dayNumber(2028, 12, 31) - dayNumber(2028, 1, 1), 365);
    assert.equal(isoDay(dayNumber(2027, 4, 1)), '2027-04-01');
    assert.equal(yearOfDay(dayNumber(2027, 12, 31)), 2027);
    assert.equal(yearOfDay(dayNumber(2028, 1, 1)), 2028);
  });
});
