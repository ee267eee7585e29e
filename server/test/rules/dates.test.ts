import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertCovers, at, check, CLEAN_PLAN, edit, none, ofRule, one, withPart } from '../helpers';

// Edits of CLEAN_PLAN used by several rules. Action A runs 2026–2027, action B 2028–2029
// (depending on A, with a milestone due 2028-S2); the cycle is 2026–2030, the horizon 2040.
const A_DATES = 'start: 2026\n                end: 2027';
const B_DATES = 'start: 2028\n                end: 2029';
const actionA = (dates: string) => edit(CLEAN_PLAN, A_DATES, dates);
const actionB = (dates: string) => edit(CLEAN_PLAN, B_DATES, dates);
const cycle = (text: string, value: string) => edit(text, '{ start: 2026, end: 2030 }', value);
/** Target 1 of `patients` (by 2030) with another date clause. */
const patientsTarget = (text: string, clause: string) =>
  edit(text, 'by: 2030\n        quote: "include', `${clause}\n        quote: "include`);
/** Target 1 of `funds` (by 2030) with another date clause. */
const fundsTarget = (text: string, clause: string) =>
  edit(text, '        change: x2\n        by: 2030', `        change: x2\n        ${clause}`);
const withAsOf = (text: string, asOf: string) => edit(text, '  horizon: 2040\n', `  horizon: 2040\n  as_of: ${asOf}\n`);
const statusOfA = (text: string, status: string) =>
  edit(
    text,
    '                title: Action A\n',
    `                title: Action A\n                status: ${status}\n`,
  );
const statusOfB = (text: string, status: string) =>
  edit(
    text,
    '                title: Action B\n',
    `                title: Action B\n                status: ${status}\n`,
  );
const actualOfFunds = (text: string, date: string) =>
  edit(
    text,
    '    baseline: { value: 40, year: 2024 }\n',
    `    baseline: { value: 40, year: 2024 }\n    actuals:\n      - { value: 60, date: ${date} }\n`,
  );

/** A part adding an objective to `demo`, with one action, a milestone, and an indicator with a target and an actual. */
const PART = `part_of: demo
axis: care-axis
indicators:
  - id: trials
    label: Trials open
    unit: trials
    direction: increase
    baseline: { value: 10, date: 2025-06 }
    targets:
      - { value: 20, by: 2030, quote: "open 20 trials by 2030" }
objectives:
  - id: part-obj
    title: Part objective
    owner: care
    indicators: [trials]
    actions:
      - id: part-act
        title: Part action
        start: 2027
        end: 2028
        contributes_to: [trials]
        milestones:
          - { title: Kick-off, due: 2027-03 }
`;
test('the part fixture is clean with CLEAN_PLAN', () => {
  assert.deepEqual(withPart(PART), []);
});

describe('date/invalid', () => {
  test('fires on a day that does not exist (2026-02-30), at the value', () => {
    const text = actionA('start: 2026\n                end: 2026-02-30');
    const f = one(check(text), 'date/invalid');
    assert.equal(f.severity, 'error');
    assertCovers(f, text, 'end: 2026-02-30', '2026-02-30');
    assert.equal(
      f.message,
      "`end` of action 'act-a' is '2026-02-30', but February 2026 has 28 days — did you mean '2026-02-28'?",
    );
    assert.equal(
      f.fr,
      "`end` de l’action 'act-a' vaut '2026-02-30', mais février 2026 compte 28 jours — vouliez-vous dire '2026-02-28' ?",
    );
  });

  test('fires on a quarter that does not exist (2026-Q5)', () => {
    const text = actionA('start: 2026\n                end: 2026-Q5');
    const f = one(check(text), 'date/invalid');
    assertCovers(f, text, 'end: 2026-Q5', '2026-Q5');
    assert.equal(
      f.message,
      "`end` of action 'act-a' is '2026-Q5', which is not a date: write a year (2030), a quarter (2027-Q2), a half-year (2027-S1), a month (2028-06) or a day (2028-06-15).",
    );
  });

  test('fires on a date in words ("June 2026")', () => {
    const text = actionA('start: June 2026\n                end: 2027');
    const f = one(check(text), 'date/invalid');
    assertCovers(f, text, 'start: June 2026', 'June 2026');
    assert.equal(
      f.message,
      "`start` of action 'act-a' is 'June 2026', which is not a date: write a year (2030), a quarter (2027-Q2), a half-year (2027-S1), a month (2028-06) or a day (2028-06-15) — did you mean '2026-06'?",
    );
  });

  test('fires on a float (2026.5)', () => {
    const text = actionA('start: 2026\n                end: 2026.5');
    const f = one(check(text), 'date/invalid');
    assertCovers(f, text, 'end: 2026.5', '2026.5');
    assert.equal(
      f.message,
      "`end` of action 'act-a' is 2026.5, which is not a date: write a year (2030), a quarter (2027-Q2), a half-year (2027-S1), a month (2028-06) or a day (2028-06-15).",
    );
  });

  test('fires on 29 February of a common year, month 13 and day 00', () => {
    for (const bad of ['2026-02-29', '2026-13', '2026-04-31', '2026-06-00', '2026-S3']) {
      const text = actionA(`start: 2026\n                end: ${bad}`);
      const f = one(check(text), 'date/invalid');
      assertCovers(f, text, `end: ${bad}`, bad);
    }
  });

  test('fires once, at the value, in every date field of the plan', () => {
    const cases: [string, string, string][] = [
      // [fixture with the bad date, context, value]
      [cycle(CLEAN_PLAN, '{ start: 2026-02-30, end: 2030 }'), 'start: 2026-02-30', '2026-02-30'],
      [cycle(CLEAN_PLAN, '{ start: 2026, end: 2030-Q5 }'), 'end: 2030-Q5', '2030-Q5'],
      [edit(CLEAN_PLAN, 'horizon: 2040', 'horizon: 2040-02-30'), 'horizon: 2040-02-30', '2040-02-30'],
      [withAsOf(CLEAN_PLAN, '2026-06-31'), 'as_of: 2026-06-31', '2026-06-31'],
      [
        edit(CLEAN_PLAN, '  horizon: 2040\n', '  horizon: 2040\n  adopted: { by: Board, on: 2025-02-30 }\n'),
        'on: 2025-02-30',
        '2025-02-30',
      ],
      [actionB('start: 2028\n                due: 2029-Q0'), 'due: 2029-Q0', '2029-Q0'],
      [edit(CLEAN_PLAN, 'due: 2028-S2', 'due: 2028-09-31'), 'due: 2028-09-31', '2028-09-31'],
      [
        edit(CLEAN_PLAN, 'baseline: { value: 40, year: 2024 }', 'baseline: { value: 40, date: 2024-02-30 }'),
        'date: 2024-02-30',
        '2024-02-30',
      ],
      [patientsTarget(CLEAN_PLAN, 'by: 2030-02-30'), 'by: 2030-02-30', '2030-02-30'],
      [fundsTarget(CLEAN_PLAN, 'over: { from: 2026-02-30, to: 2030 }'), 'from: 2026-02-30', '2026-02-30'],
      [fundsTarget(CLEAN_PLAN, 'each_year: { from: 2026, to: 2030-Q5 }'), 'to: 2030-Q5', '2030-Q5'],
      [actualOfFunds(CLEAN_PLAN, '2026-02-30'), 'date: 2026-02-30', '2026-02-30'],
    ];
    for (const [text, context, value] of cases) {
      const f = one(check(text), 'date/invalid');
      assertCovers(f, text, context, value);
    }
  });

  test('names the field and its item (a milestone, a target, an actual)', () => {
    assert.match(
      one(check(edit(CLEAN_PLAN, 'due: 2028-S2', 'due: 2028-09-31')), 'date/invalid').message,
      /^`due` of milestone 'Step' of action 'act-b' is '2028-09-31', but September 2028 has 30 days/,
    );
    assert.match(
      one(check(patientsTarget(CLEAN_PLAN, 'by: 2030-02-30')), 'date/invalid').message,
      /^`by` of target 1 of indicator 'patients' is '2030-02-30', but February 2030 has 28 days/,
    );
  });

  test('names a field alike whether the date does not exist (2026-02-30) or has a wrong form (2026-Q5)', () => {
    const fixtures: [(bad: string) => string, string][] = [
      [(bad) => cycle(CLEAN_PLAN, `{ start: ${bad}, end: 2030 }`), '`start` of the cycle'],
      [
        (bad) => fundsTarget(CLEAN_PLAN, `over: { from: ${bad}, to: 2030 }`),
        "`from` of `over` of target 1 of indicator 'funds'",
      ],
      [
        (bad) => fundsTarget(CLEAN_PLAN, `each_year: { from: 2026, to: ${bad} }`),
        "`to` of `each_year` of target 1 of indicator 'funds'",
      ],
      [
        (bad) => edit(CLEAN_PLAN, '  horizon: 2040\n', `  horizon: 2040\n  adopted: { by: Board, on: ${bad} }\n`),
        '`on` of the adoption',
      ],
      [(bad) => actualOfFunds(CLEAN_PLAN, bad), "`date` of actual 1 of indicator 'funds'"],
    ];
    for (const [fixture, name] of fixtures) {
      for (const bad of ['2026-02-30', '2026-Q5']) {
        assert.equal(one(check(fixture(bad)), 'date/invalid').message.split(/, which|, but/)[0], `${name} is '${bad}'`);
      }
    }
    const fr = one(check(cycle(CLEAN_PLAN, '{ start: 2026-02-30, end: 2030 }')), 'date/invalid').fr;
    assert.equal(
      fr,
      "`start` du cycle vaut '2026-02-30', mais février 2026 compte 28 jours — vouliez-vous dire '2026-02-28' ?",
    );
  });

  test('fires in a part file', () => {
    const part = edit(PART, 'due: 2027-03', 'due: 2027-02-30');
    const f = one(withPart(part), 'date/invalid');
    assertCovers(f, part, 'due: 2027-02-30', '2027-02-30', 'part.plan.yaml');
  });

  test('does not fire on any partial form, nor on 29 February of a leap year', () => {
    for (const good of ['2027', '2027-Q2', '2027-S1', '2027-H2', '2027-06', '2027-06-30', '2028-02-29']) {
      const text = actionB(`start: 2027\n                end: ${good}`);
      none(check(text), 'date/invalid');
    }
    none(check(actionB('start: "2027-01-29"\n                end: 2029')), 'date/invalid');
  });
});

describe('date/end-before-start', () => {
  test('fires on a cycle that ends before it starts, at its end', () => {
    const text = cycle(CLEAN_PLAN, '{ start: 2030, end: 2026 }');
    const f = one(check(text), 'date/end-before-start');
    assert.equal(f.severity, 'error');
    assertCovers(f, text, 'end: 2026 }', '2026');
    assert.equal(f.message, 'The cycle ends (end 2026) before it starts (start 2030); swap them or correct one.');
    assert.equal(
      f.fr,
      'Le cycle finit (end 2026) avant de commencer (start 2030) ; inversez-les ou corrigez l’une des deux dates.',
    );
  });

  test('fires on an action whose end is before its start', () => {
    const text = actionB('start: 2029\n                end: 2028');
    const f = one(check(text), 'date/end-before-start');
    assertCovers(f, text, 'end: 2028', '2028');
    assert.equal(f.message, "Action 'act-b' ends (end 2028) before it starts (start 2029); swap them or correct one.");
    assert.equal(
      f.fr,
      "L’action 'act-b' finit (end 2028) avant de commencer (start 2029) ; inversez-les ou corrigez l’une des deux dates.",
    );
  });

  test('fires on an action whose `due` is before its start', () => {
    const text = actionA('start: 2027\n                due: 2026-Q4');
    const f = one(check(text), 'date/end-before-start');
    assertCovers(f, text, 'due: 2026-Q4', '2026-Q4');
    assert.equal(
      f.message,
      "Action 'act-a' ends (due 2026-Q4) before it starts (start 2027); swap them or correct one.",
    );
  });

  test('fires on partial dates of one year that surely do not overlap (Q3 to Q2)', () => {
    const text = actionA('start: 2026-Q3\n                end: 2026-Q2');
    assertCovers(one(check(text), 'date/end-before-start'), text, 'end: 2026-Q2', '2026-Q2');
  });

  test('fires on an `over` span that ends before it starts', () => {
    const text = fundsTarget(CLEAN_PLAN, 'over: { from: 2028, to: 2027 }');
    const f = one(check(text), 'date/end-before-start');
    assertCovers(f, text, 'to: 2027 }', '2027');
    assert.equal(
      f.message,
      "`over` of target 1 of indicator 'funds' ends (to 2027) before it starts (from 2028); swap them or correct one.",
    );
    assert.equal(
      f.fr,
      "`over` de la cible 1 de l’indicateur 'funds' finit (to 2027) avant de commencer (from 2028) ; inversez-les ou corrigez l’une des deux dates.",
    );
  });

  test('fires on an `each_year` span that ends before it starts', () => {
    const text = fundsTarget(CLEAN_PLAN, 'each_year: { from: 2028, to: 2027 }');
    const f = one(check(text), 'date/end-before-start');
    assertCovers(f, text, 'to: 2027 }', '2027');
    assert.equal(
      f.message,
      "`each_year` of target 1 of indicator 'funds' ends (to 2027) before it starts (from 2028); swap them or correct one.",
    );
  });

  test('does not fire on spans that start and end in the same period, or overlap as partial dates', () => {
    none(check(actionA('start: 2027\n                end: 2027')), 'date/end-before-start');
    none(check(actionA('start: 2026-06-15\n                end: 2026-06-15')), 'date/end-before-start');
    none(check(actionA('start: 2026\n                end: 2026-Q1')), 'date/end-before-start');
    none(check(cycle(CLEAN_PLAN, '{ start: 2026, end: 2026 }')), 'date/end-before-start');
    none(check(fundsTarget(CLEAN_PLAN, 'over: { from: 2028, to: 2028 }')), 'date/end-before-start');
    none(check(fundsTarget(CLEAN_PLAN, 'each_year: true')), 'date/end-before-start');
  });
});

describe('date/outside-cycle', () => {
  test('fires on an action starting before the cycle, at its start', () => {
    const text = actionA('start: 2025-Q4\n                end: 2027');
    const f = one(check(text), 'date/outside-cycle');
    assert.equal(f.severity, 'warning');
    assertCovers(f, text, 'start: 2025-Q4', '2025-Q4');
    assert.equal(f.message, "Action 'act-a' starts in 2025-Q4, before the plan's cycle (2026–2030).");
    assert.equal(f.fr, "L’action 'act-a' commence en 2025-Q4, avant le cycle du plan (2026–2030).");
  });

  test('fires on an action ending after the cycle, at its end', () => {
    const text = actionB('start: 2028\n                end: 2031-01');
    const f = one(check(text), 'date/outside-cycle');
    assertCovers(f, text, 'end: 2031-01', '2031-01');
    assert.equal(f.message, "Action 'act-b' ends in 2031-01, after the plan's cycle (2026–2030).");
  });

  test('fires twice on an action spanning past both ends', () => {
    const text = actionA('start: 2025\n                end: 2031');
    assert.deepEqual(
      ofRule(check(text), 'date/outside-cycle').map((f) => f.line),
      [at(text, 'start: 2025').line, at(text, 'end: 2031').line],
    );
  });

  test('fires on an action with only a `due` before the cycle', () => {
    const text = actionA('due: 2025-S2');
    const f = one(check(text), 'date/outside-cycle');
    assertCovers(f, text, 'due: 2025-S2', '2025-S2');
    assert.equal(f.message, "Action 'act-a' ends in 2025-S2, before the plan's cycle (2026–2030).");
  });

  test('fires on an action with only a `start` after the cycle', () => {
    const text = edit(actionB('start: 2028'), 'depends_on: [act-a]', 'depends_on: []').replace(
      'start: 2028',
      'start: 2031',
    );
    const f = one(check(text), 'date/outside-cycle');
    assertCovers(f, text, 'start: 2031', '2031');
    assert.equal(f.message, "Action 'act-b' starts in 2031, after the plan's cycle (2026–2030).");
  });

  test('fires on a milestone due outside the cycle', () => {
    const text = actionB('start: 2028\n                end: 2030').replace('due: 2028-S2', 'due: 2031');
    const found = ofRule(check(text), 'date/outside-cycle');
    assert.equal(found.length, 1);
    assertCovers(found[0], text, 'due: 2031', '2031');
    assert.equal(
      found[0].message,
      "Milestone 'Step' of action 'act-b' is due 2031, outside the plan's cycle (2026–2030).",
    );
    assert.equal(
      found[0].fr,
      "Le jalon 'Step' de l’action 'act-b' est prévu en 2031, hors du cycle du plan (2026–2030).",
    );
  });

  test('fires in a part file, against the root’s cycle', () => {
    const part = edit(PART, 'end: 2028', 'end: 2032');
    const f = one(withPart(part), 'date/outside-cycle');
    assertCovers(f, part, 'end: 2032', '2032', 'part.plan.yaml');
  });

  test('does not fire on an action and a milestone exactly at the cycle’s bounds', () => {
    const text = actionB('start: 2026-01-01\n                end: 2030-12-31').replace(
      'due: 2028-S2',
      'due: 2030-12-31',
    );
    none(check(text), 'date/outside-cycle');
    none(check(actionA('start: 2026\n                end: 2030')), 'date/outside-cycle');
    none(check(actionA('due: 2026-01')), 'date/outside-cycle');
  });

  test('does not fire when the cycle itself is inverted (date/end-before-start only)', () => {
    const findings = check(cycle(CLEAN_PLAN, '{ start: 2030, end: 2026 }'));
    none(findings, 'date/outside-cycle');
    assert.equal(ofRule(findings, 'date/end-before-start').length, 1);
  });
});

describe('date/milestone-outside-action', () => {
  test('fires on a milestone due after its action ends', () => {
    const text = edit(CLEAN_PLAN, 'due: 2028-S2', 'due: 2030');
    const f = one(check(text), 'date/milestone-outside-action');
    assert.equal(f.severity, 'warning');
    assertCovers(f, text, 'due: 2030', '2030');
    assert.equal(f.message, "Milestone 'Step' of action 'act-b' is due 2030, after action 'act-b' ends (2029).");
    assert.equal(
      f.fr,
      "Le jalon 'Step' de l’action 'act-b' est prévu en 2030, après la fin de l’action 'act-b' (2029).",
    );
  });

  test('fires on a milestone due before its action starts', () => {
    const text = edit(CLEAN_PLAN, 'due: 2028-S2', 'due: 2027-Q4');
    const f = one(check(text), 'date/milestone-outside-action');
    assertCovers(f, text, 'due: 2027-Q4', '2027-Q4');
    assert.equal(f.message, "Milestone 'Step' of action 'act-b' is due 2027-Q4, before action 'act-b' starts (2028).");
  });

  test('fires on a milestone after an action’s `due`, naming the milestone by its id', () => {
    const text = edit(
      actionB('due: 2029-S1'),
      '{ title: Step, due: 2028-S2 }',
      '{ id: step, title: Step, due: 2029-09 }',
    );
    const f = one(check(text), 'date/milestone-outside-action');
    assertCovers(f, text, 'due: 2029-09', '2029-09');
    assert.equal(f.message, "Milestone 'step' is due 2029-09, after action 'act-b' ends (2029-S1).");
  });

  test('does not fire on milestones at the action’s first and last periods', () => {
    none(check(edit(CLEAN_PLAN, 'due: 2028-S2', 'due: 2029')), 'date/milestone-outside-action');
    none(check(edit(CLEAN_PLAN, 'due: 2028-S2', 'due: 2028-01')), 'date/milestone-outside-action');
    none(check(edit(CLEAN_PLAN, 'due: 2028-S2', 'due: 2028')), 'date/milestone-outside-action');
    none(check(edit(actionB('due: 2029-S1'), 'due: 2028-S2', 'due: 2029-06-30')), 'date/milestone-outside-action');
  });
});

describe('date/dependency-order', () => {
  test('fires on an action starting before its dependency has surely ended', () => {
    const text = actionB('start: 2026-Q4\n                end: 2029');
    const f = one(check(text), 'date/dependency-order');
    assert.equal(f.severity, 'warning');
    assertCovers(f, text, 'start: 2026-Q4', '2026-Q4');
    assert.equal(
      f.message,
      "Action 'act-b' starts in 2026-Q4, before action 'act-a', which it depends on, ends (2027).",
    );
    assert.equal(
      f.fr,
      "L’action 'act-b' commence en 2026-Q4, avant la fin de l’action 'act-a' (2027), dont elle dépend.",
    );
  });

  test('fires against a dependency that has only a `due`', () => {
    const text = edit(actionA('due: 2027-06-30'), B_DATES, 'start: 2027-06-29\n                end: 2029');
    const f = one(check(text), 'date/dependency-order');
    assertCovers(f, text, 'start: 2027-06-29', '2027-06-29');
    assert.equal(
      f.message,
      "Action 'act-b' starts in 2027-06-29, before action 'act-a', which it depends on, ends (2027-06-30).",
    );
  });

  test('fires on a part’s action depending on a root action', () => {
    const part = edit(
      edit(PART, 'start: 2027', 'start: 2026-06'),
      '        contributes_to: [trials]\n',
      '        contributes_to: [trials]\n        depends_on: [act-a]\n',
    );
    const f = one(withPart(part), 'date/dependency-order');
    assertCovers(f, part, 'start: 2026-06', '2026-06', 'part.plan.yaml');
  });

  test('does not fire when the start can follow the dependency’s end (same period, next day, or later)', () => {
    none(check(actionB('start: 2027\n                end: 2029')), 'date/dependency-order');
    none(check(actionB('start: 2027-Q4\n                end: 2029')), 'date/dependency-order');
    none(check(actionB('start: 2028-01-01\n                end: 2029')), 'date/dependency-order');
    none(
      check(edit(actionA('due: 2027-06-30'), B_DATES, 'start: 2027-06-30\n                end: 2029')),
      'date/dependency-order',
    );
  });

  test('does not fire without a start or without the dependency’s end', () => {
    none(check(actionB('due: 2029')), 'date/dependency-order');
    none(check(actionA('start: 2026')), 'date/dependency-order');
  });
});

describe('date/target-before-baseline', () => {
  test('fires on a target due the year of its baseline, at its `by`', () => {
    const text = patientsTarget(CLEAN_PLAN, 'by: 2024');
    const f = one(check(text), 'date/target-before-baseline');
    assert.equal(f.severity, 'error');
    assertCovers(f, text, 'by: 2024', '2024');
    assert.equal(
      f.message,
      "Target 1 of indicator 'patients' is due 2024, not after its baseline (2024); a target comes after the value it is measured from.",
    );
    assert.equal(
      f.fr,
      "La cible 1 de l’indicateur 'patients' est fixée à 2024, pas après sa valeur de référence (2024) ; une cible vient après la valeur dont elle part.",
    );
  });

  test('fires on a target due before a baseline given by `date`', () => {
    const text = patientsTarget(
      edit(CLEAN_PLAN, 'baseline: { value: 500, year: 2024 }', 'baseline: { value: 500, date: 2025-06-30 }'),
      'by: 2025-Q2',
    );
    const f = one(check(text), 'date/target-before-baseline');
    assertCovers(f, text, 'by: 2025-Q2', '2025-Q2');
    assert.equal(
      f.message,
      "Target 1 of indicator 'patients' is due 2025-Q2, not after its baseline (2025-06-30); a target comes after the value it is measured from.",
    );
  });

  test('fires on an `over` span ending before the baseline, at its `to`', () => {
    const text = fundsTarget(CLEAN_PLAN, 'over: { from: 2022, to: 2023 }');
    const f = one(check(text), 'date/target-before-baseline');
    assertCovers(f, text, 'to: 2023 }', '2023');
  });

  test('fires on `each_year: true` with a baseline after the cycle, at the target’s `each_year`', () => {
    const text = fundsTarget(
      edit(CLEAN_PLAN, 'baseline: { value: 40, year: 2024 }', 'baseline: { value: 40, year: 2031 }'),
      'each_year: true',
    );
    const f = one(check(text), 'date/target-before-baseline');
    assertCovers(f, text, 'each_year: true', 'true');
    assert.equal(
      f.message,
      "Target 1 of indicator 'funds' is due 2030, not after its baseline (2031); a target comes after the value it is measured from.",
    );
  });

  test('fires in the part file for a part’s indicator with `each_year: true`', () => {
    const part = edit(edit(PART, 'date: 2025-06', 'date: 2031-06'), 'by: 2030, quote', 'each_year: true, quote');
    const f = one(withPart(part), 'date/target-before-baseline');
    assertCovers(f, part, 'each_year: true', 'true', 'part.plan.yaml');
  });

  test('does not fire on a target after its baseline, even in the same year', () => {
    none(check(patientsTarget(CLEAN_PLAN, 'by: 2025')), 'date/target-before-baseline');
    none(
      check(
        patientsTarget(
          edit(CLEAN_PLAN, 'baseline: { value: 500, year: 2024 }', 'baseline: { value: 500, date: 2025-06-30 }'),
          'by: 2025-Q3',
        ),
      ),
      'date/target-before-baseline',
    );
    none(
      check(
        patientsTarget(
          edit(CLEAN_PLAN, 'baseline: { value: 500, year: 2024 }', 'baseline: { value: 500, date: 2024-06-30 }'),
          'by: 2024',
        ),
      ),
      'date/target-before-baseline',
    );
    none(check(fundsTarget(CLEAN_PLAN, 'each_year: true')), 'date/target-before-baseline');
  });
});

describe('date/target-beyond-horizon', () => {
  test('fires on a target after the cycle and the horizon', () => {
    const text = patientsTarget(CLEAN_PLAN, 'by: 2041');
    const f = one(check(text), 'date/target-beyond-horizon');
    assert.equal(f.severity, 'warning');
    assertCovers(f, text, 'by: 2041', '2041');
    assert.equal(
      f.message,
      "Target 1 of indicator 'patients' is due 2041, after the cycle (2026–2030) and the plan's horizon (2040).",
    );
    assert.equal(
      f.fr,
      "La cible 1 de l’indicateur 'patients' est fixée à 2041, après le cycle (2026–2030) et l’horizon du plan (2040).",
    );
  });

  test('fires on a target after the cycle when there is no horizon, suggesting one', () => {
    const text = patientsTarget(edit(CLEAN_PLAN, '  horizon: 2040\n', ''), 'by: 2031');
    const f = one(check(text), 'date/target-beyond-horizon');
    assertCovers(f, text, 'by: 2031', '2031');
    assert.equal(
      f.message,
      "Target 1 of indicator 'patients' is due 2031, after the cycle (2026–2030); set `plan.horizon` if the plan looks that far.",
    );
    assert.equal(
      f.fr,
      "La cible 1 de l’indicateur 'patients' est fixée à 2031, après le cycle (2026–2030) ; renseignez `plan.horizon` si le plan porte jusque-là.",
    );
  });

  test('fires on an `over` span ending after the horizon', () => {
    const text = fundsTarget(CLEAN_PLAN, 'over: { from: 2026, to: 2041-Q1 }');
    assertCovers(one(check(text), 'date/target-beyond-horizon'), text, 'to: 2041-Q1', '2041-Q1');
  });

  test('does not fire up to the horizon, nor up to the cycle’s end without one', () => {
    none(check(patientsTarget(CLEAN_PLAN, 'by: 2040')), 'date/target-beyond-horizon');
    none(check(patientsTarget(CLEAN_PLAN, 'by: 2040-12-31')), 'date/target-beyond-horizon');
    none(check(patientsTarget(edit(CLEAN_PLAN, '  horizon: 2040\n', ''), 'by: 2030')), 'date/target-beyond-horizon');
    none(check(patientsTarget(edit(CLEAN_PLAN, '  horizon: 2040\n', ''), 'by: 2030-Q4')), 'date/target-beyond-horizon');
    none(
      check(fundsTarget(edit(CLEAN_PLAN, '  horizon: 2040\n', ''), 'each_year: true')),
      'date/target-beyond-horizon',
    );
  });
});

describe('date/status-vs-as-of', () => {
  test('fires on a `done` action that starts after `as_of`, at its status', () => {
    const text = statusOfB(withAsOf(CLEAN_PLAN, '2026-06-30'), 'done');
    const f = one(check(text), 'date/status-vs-as-of');
    assert.equal(f.severity, 'warning');
    assertCovers(f, text, 'status: done', 'done');
    assert.equal(
      f.message,
      "Action 'act-b' is 'done' but starts in 2028, after the reporting date (as_of 2026-06-30).",
    );
    assert.equal(
      f.fr,
      "L’action 'act-b' est 'done' mais commence en 2028, après la date de situation (as_of 2026-06-30).",
    );
  });

  test('fires on an `in-progress` action whose end is before `as_of` (overdue)', () => {
    const text = statusOfA(
      edit(withAsOf(CLEAN_PLAN, '2026-06-30'), A_DATES, 'start: 2026\n                end: 2026-Q1'),
      'in-progress',
    );
    const f = one(check(text), 'date/status-vs-as-of');
    assertCovers(f, text, 'status: in-progress', 'in-progress');
    assert.equal(
      f.message,
      "Action 'act-a' is 'in-progress' but should have ended in 2026-Q1, before the reporting date (as_of 2026-06-30): it is overdue; mark it done or delayed, or move its end.",
    );
    assert.equal(
      f.fr,
      "L’action 'act-a' est 'in-progress' mais devait finir en 2026-Q1, avant la date de situation (as_of 2026-06-30) : elle est en retard ; passez-la à done ou delayed, ou décalez sa fin.",
    );
  });

  test('fires on a `planned` action whose `due` is before `as_of`', () => {
    const text = statusOfA(edit(withAsOf(CLEAN_PLAN, '2027-Q1'), A_DATES, 'due: 2026-12-15'), 'planned');
    const f = one(check(text), 'date/status-vs-as-of');
    assertCovers(f, text, 'status: planned', 'planned');
    assert.match(
      f.message,
      /^Action 'act-a' is 'planned' but should have ended in 2026-12-15, before the reporting date \(as_of 2027-Q1\): it is overdue/,
    );
  });

  test('fires on an actual dated after `as_of`, at its date', () => {
    const text = actualOfFunds(withAsOf(CLEAN_PLAN, '2026-06-30'), '2026-07');
    const f = one(check(text), 'date/status-vs-as-of');
    assertCovers(f, text, 'date: 2026-07', '2026-07');
    assert.equal(
      f.message,
      "Actual 1 of indicator 'funds' is dated 2026-07, after the reporting date (as_of 2026-06-30).",
    );
    assert.equal(
      f.fr,
      "Le réalisé 1 de l’indicateur 'funds' est daté de 2026-07, après la date de situation (as_of 2026-06-30).",
    );
  });

  test('does not fire at the boundaries: ending on `as_of`, starting on it, an actual dated on it', () => {
    const asOf = withAsOf(CLEAN_PLAN, '2026-06-30');
    none(
      check(statusOfA(edit(asOf, A_DATES, 'start: 2026\n                end: 2026-06-30'), 'in-progress')),
      'date/status-vs-as-of',
    );
    none(
      check(statusOfA(edit(asOf, A_DATES, 'start: 2026\n                end: 2026-Q2'), 'planned')),
      'date/status-vs-as-of',
    );
    none(
      check(statusOfA(edit(asOf, A_DATES, 'start: 2026-06-30\n                end: 2027'), 'done')),
      'date/status-vs-as-of',
    );
    none(check(actualOfFunds(asOf, '2026-06-30')), 'date/status-vs-as-of');
    none(check(actualOfFunds(asOf, '2026-Q2')), 'date/status-vs-as-of');
  });

  test('does not fire on statuses that admit the dates (delayed, done, cancelled past the end)', () => {
    const past = edit(withAsOf(CLEAN_PLAN, '2026-06-30'), A_DATES, 'start: 2026\n                end: 2026-Q1');
    for (const status of ['delayed', 'done', 'cancelled']) none(check(statusOfA(past, status)), 'date/status-vs-as-of');
  });

  test('does not fire without `as_of`', () => {
    none(check(statusOfB(CLEAN_PLAN, 'done')), 'date/status-vs-as-of');
    none(check(actualOfFunds(CLEAN_PLAN, '2029')), 'date/status-vs-as-of');
  });
});

describe('date/cycle-length', () => {
  test('fires on a six-year cycle, at its end', () => {
    const text = cycle(CLEAN_PLAN, '{ start: 2026, end: 2031 }');
    const f = one(check(text), 'date/cycle-length');
    assert.equal(f.severity, 'info');
    assertCovers(f, text, 'end: 2031 }', '2031');
    assert.equal(
      f.message,
      'The cycle (2026–2031) spans 6 years; plans usually run three to five. Long-range targets can use `plan.horizon` instead.',
    );
    assert.equal(
      f.fr,
      'Le cycle (2026–2031) couvre 6 ans ; un plan dure d’ordinaire trois à cinq ans. Les cibles lointaines peuvent utiliser `plan.horizon`.',
    );
  });

  test('fires on a cycle of five years and a half', () => {
    const text = cycle(CLEAN_PLAN, '{ start: 2026-S2, end: 2031-S2 }');
    const f = one(check(text), 'date/cycle-length');
    assertCovers(f, text, 'end: 2031-S2', '2031-S2');
    assert.equal(
      f.message,
      'The cycle (2026-S2–2031-S2) spans 5 years and 6 months; plans usually run three to five. Long-range targets can use `plan.horizon` instead.',
    );
    assert.equal(
      f.fr,
      'Le cycle (2026-S2–2031-S2) couvre 5 ans et 6 mois ; un plan dure d’ordinaire trois à cinq ans. Les cibles lointaines peuvent utiliser `plan.horizon`.',
    );
  });

  test('fires one day past five years', () => {
    assert.equal(
      ofRule(check(cycle(CLEAN_PLAN, '{ start: 2026-03-01, end: 2031-03-01 }')), 'date/cycle-length').length,
      1,
    );
  });

  test('does not fire on exactly five years, in whole years or not', () => {
    none(check(CLEAN_PLAN), 'date/cycle-length');
    none(check(cycle(CLEAN_PLAN, '{ start: 2026-S2, end: 2031-S1 }')), 'date/cycle-length');
    none(check(cycle(CLEAN_PLAN, '{ start: 2026-03-01, end: 2031-02-28 }')), 'date/cycle-length');
    none(check(cycle(CLEAN_PLAN, '{ start: 2026, end: 2028 }')), 'date/cycle-length');
  });

  test('does not fire on an inverted cycle', () => {
    none(check(cycle(CLEAN_PLAN, '{ start: 2031, end: 2020 }')), 'date/cycle-length');
  });
});
