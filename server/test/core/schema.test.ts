import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { at, check, checkFiles, CLEAN_PLAN, edit, ofRule, type Seen } from '../helpers';

/** The one finding of `rule` (fails, showing every finding, if there is not exactly one). */
function only(findings: Seen[], rule: string): Seen {
  const mine = ofRule(findings, rule);
  assert.equal(mine.length, 1, `expected one ${rule}, got: ${JSON.stringify(findings, null, 1)}`);
  return mine[0];
}

/**
 * Asserts that a finding covers exactly the first `length` characters of `needle` (its first
 * appearance; a longer needle picks out one of several equal keys, as `id: act-a` for `id`).
 */
function assertCovers(finding: Seen, fixture: string, needle: string, length = needle.length): void {
  const start = at(fixture, needle);
  assert.deepEqual(
    { line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
    { line: start.line, column: start.column, endLine: start.line, endColumn: start.column + length },
  );
}

/** A clean part file that adds an objective to the clean plan's axis and ambition. */
const PART = `part_of: demo
axis: care-axis
ambition: quality
objectives:
  - id: part-obj
    title: Part objective
    owner: care
    indicators: [patients]
    actions:
      - id: part-act
        title: Part action
        due: 2027
        contributes_to: [patients]
`;

/** CLEAN_PLAN's first target with its `by: 2030` line replaced (by nothing, or by other date fields). */
function firstTargetDates(replacement: string): string {
  return edit(CLEAN_PLAN, '        by: 2030\n        quote: "include', `${replacement}        quote: "include`);
}

describe('schema/required', () => {
  test('fires on the parent key when a nested required field is missing', () => {
    const fixture = edit(CLEAN_PLAN, 'cycle: { start: 2026, end: 2030 }', 'cycle: { start: 2026 }');
    const f = only(check(fixture), 'schema/required');
    assert.equal(f.severity, 'error');
    assertCovers(f, fixture, 'cycle');
    assert.equal(f.message, 'The cycle has no `end`; add `end: …`.');
    assert.equal(f.fr, 'Le cycle n’a pas de champ `end` ; ajoutez `end: …`.');
  });

  test('fires on `plan` when the plan header lacks a required field', () => {
    const fixture = edit(CLEAN_PLAN, '  cycle: { start: 2026, end: 2030 }\n', '');
    const f = only(check(fixture), 'schema/required');
    assertCovers(f, fixture, 'plan');
    assert.equal(f.message, 'The plan has no `cycle`; add `cycle: …`.');
  });

  test('fires on the first key of a list item without `title`', () => {
    const fixture = edit(CLEAN_PLAN, '                title: Action A\n', '');
    const f = only(check(fixture), 'schema/required');
    assert.equal(f.severity, 'error');
    assertCovers(f, fixture, 'id: act-a', 'id'.length);
    assert.equal(f.message, "Action 'act-a' has no `title`; add `title: …`.");
    assert.equal(f.fr, "L’action 'act-a' n’a pas de champ `title` ; ajoutez `title: …`.");
  });

  test('fires on the baseline key when the baseline has no value', () => {
    const fixture = edit(CLEAN_PLAN, 'baseline: { value: 500, year: 2024 }', 'baseline: { year: 2024 }');
    const f = only(check(fixture), 'schema/required');
    assertCovers(f, fixture, 'baseline');
    assert.equal(f.message, "The baseline of indicator 'patients' has no `value`; add `value: …`.");
  });

  test('fires on the first key of a file with neither plan: nor part_of:', () => {
    const fixture = 'owners:\n  - { id: care, name: Care directorate }\n';
    const f = only(check(fixture), 'schema/required');
    assert.equal(f.severity, 'error');
    assertCovers(f, fixture, 'owners');
    assert.equal(
      f.message,
      'The file has neither `plan:` (a root plan file) nor `part_of:` (a part of a plan); add one of them.',
    );
    assert.equal(
      f.fr,
      'Le fichier n’a ni `plan:` (fichier racine d’un plan) ni `part_of:` (partie d’un plan) ; ajoutez l’un des deux.',
    );
  });

  test('fires at the start of an empty file', () => {
    for (const fixture of ['', '# only a comment\n']) {
      const findings = check(fixture);
      assert.equal(findings.length, 1, JSON.stringify(findings));
      const f = only(findings, 'schema/required');
      assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [1, 1, 1, 1]);
      assert.equal(
        f.message,
        'The file is empty: a plan file starts with `plan:` (a root file) or `part_of:` (a part of a plan).',
      );
    }
  });

  test('fires on a target with none of by, each_year, over (on its first key)', () => {
    const fixture = firstTargetDates('');
    const findings = check(fixture);
    const f = only(findings, 'schema/required');
    assertCovers(f, fixture, 'value: 1000', 'value'.length);
    assert.equal(f.message, "Target 1 of indicator 'patients' has no date; add one of `by`, `each_year` or `over`.");
    assert.equal(
      f.fr,
      "La cible 1 de l’indicateur 'patients' n’a pas d’échéance ; ajoutez `by`, `each_year` ou `over`.",
    );
    assert.deepEqual(
      findings.filter((x) => x.rule.startsWith('schema/')),
      [f],
      'the oneOf is reported once, not per branch',
    );
  });

  test('fires on a target with neither value nor change', () => {
    const fixture = edit(CLEAN_PLAN, '      - value: 1000\n        by: 2030', '      - by: 2030');
    const f = only(check(fixture), 'schema/required');
    assertCovers(f, fixture, 'by: 2030', 'by'.length);
    assert.equal(f.message, "Target 1 of indicator 'patients' has neither `value` nor `change`; add one.");
  });

  test('does not fire on the clean plan, nor on a part file that has part_of: instead of plan:', () => {
    assert.deepEqual(ofRule(check(CLEAN_PLAN), 'schema/required'), []);
    assert.deepEqual(checkFiles({ 'root.plan.yaml': CLEAN_PLAN, 'part.plan.yaml': PART }), []);
  });

  test('does not fire on a target with `change` and no `value`, or with `each_year` instead of `by`', () => {
    const noValue = edit(CLEAN_PLAN, '      - value: 80\n        change: x2', '      - change: x2');
    assert.deepEqual(ofRule(check(noValue), 'schema/required'), []);
    assert.deepEqual(ofRule(check(firstTargetDates('        each_year: true\n')), 'schema/required'), []);
  });
});

describe('schema/type', () => {
  test('fires on a value of the wrong type, at the value', () => {
    const fixture = edit(CLEAN_PLAN, 'number: 1', 'number: one');
    const f = only(check(fixture), 'schema/type');
    assert.equal(f.severity, 'error');
    assertCovers(f, fixture, 'one');
    assert.equal(f.message, "`number` of axis 'care-axis' must be a whole number, not text.");
    assert.equal(f.fr, "`number` de l’axe 'care-axis' doit être un nombre entier, pas du texte.");
  });

  test('fires once on a list where an enum word is expected (no schema/enum as well)', () => {
    const fixture = edit(
      CLEAN_PLAN,
      '                end: 2027\n',
      '                end: 2027\n                status: [done]\n',
    );
    const findings = check(fixture);
    const f = only(findings, 'schema/type');
    assertCovers(f, fixture, '[done]');
    assert.equal(f.message, "`status` of action 'act-a' must be text, not a list.");
    assert.deepEqual(ofRule(findings, 'schema/enum'), []);
  });

  test('fires on a target with two of by, each_year, over, at the second one', () => {
    const fixture = firstTargetDates('        by: 2030\n        each_year: true\n');
    const findings = check(fixture);
    assert.equal(findings.length, 1, JSON.stringify(findings));
    const f = only(findings, 'schema/type');
    assertCovers(f, fixture, 'each_year');
    assert.equal(f.message, "Target 1 of indicator 'patients' has `by` + `each_year`; keep only one of them.");
    assert.equal(f.fr, "La cible 1 de l’indicateur 'patients' a `by` + `each_year` ; n’en gardez qu’un.");
  });

  test('fires once on a target with all three of by, each_year, over', () => {
    const fixture = firstTargetDates(
      '        by: 2030\n        each_year: true\n        over: { from: 2026, to: 2030 }\n',
    );
    const findings = check(fixture);
    assert.equal(findings.length, 1, JSON.stringify(findings));
    assert.equal(findings[0].rule, 'schema/type');
    assert.equal(
      findings[0].message,
      "Target 1 of indicator 'patients' has `by` + `each_year` + `over`; keep only one of them.",
    );
  });

  test('fires once, naming both forms, on an each_year that is neither true nor a span', () => {
    const fixture = firstTargetDates('        each_year: yes\n');
    const findings = check(fixture);
    assert.equal(findings.length, 1, JSON.stringify(findings));
    const f = only(findings, 'schema/type');
    assertCovers(f, fixture, 'yes');
    assert.equal(f.message, "`each_year` of target 1 of indicator 'patients' must be `true` or `{ from, to }`.");
  });

  test('fires once on an indicator part_of that is neither an id nor empty', () => {
    const fixture = edit(CLEAN_PLAN, '    unit: patients\n', '    unit: patients\n    part_of: 5\n');
    const findings = check(fixture);
    assert.equal(findings.length, 1, JSON.stringify(findings));
    const f = only(findings, 'schema/type');
    assertCovers(f, fixture, '5');
    assert.equal(f.message, "`part_of` of indicator 'patients' must be an indicator id.");
  });

  test('fires on a number out of its range', () => {
    const fixture = edit(
      CLEAN_PLAN,
      '                end: 2027\n',
      '                end: 2027\n                progress: 140\n',
    );
    const f = only(check(fixture), 'schema/type');
    assertCovers(f, fixture, '140');
    assert.equal(f.message, "`progress` of action 'act-a' is 140; it must be between 0 and 100.");
  });

  test('does not fire on values of the right type (each_year: true, part_of: null, progress: 100)', () => {
    assert.deepEqual(ofRule(check(firstTargetDates('        each_year: true\n')), 'schema/type'), []);
    assert.deepEqual(
      ofRule(check(firstTargetDates('        each_year: { from: 2026, to: 2030 }\n')), 'schema/type'),
      [],
    );
    assert.deepEqual(
      ofRule(check(edit(CLEAN_PLAN, '    unit: patients\n', '    unit: patients\n    part_of: null\n')), 'schema/type'),
      [],
    );
    assert.deepEqual(
      ofRule(
        check(
          edit(CLEAN_PLAN, '                end: 2027\n', '                end: 2027\n                progress: 100\n'),
        ),
        'schema/type',
      ),
      [],
    );
    assert.deepEqual(ofRule(check(edit(CLEAN_PLAN, 'number: 1', 'number: 0')), 'schema/type'), []);
  });
});

describe('schema/enum', () => {
  const statusLine = (status: string) =>
    edit(CLEAN_PLAN, '                end: 2027\n', `                end: 2027\n                status: ${status}\n`);

  test('fires on a near word, at the value, with the list and a suggestion', () => {
    const fixture = statusLine('plannd');
    const f = only(check(fixture), 'schema/enum');
    assert.equal(f.severity, 'error');
    assertCovers(f, fixture, 'plannd');
    assert.equal(
      f.message,
      "`status` of action 'act-a' is 'plannd'; expected one of planned, in-progress, done, delayed, cancelled — did you mean 'planned'?",
    );
    assert.equal(
      f.fr,
      "`status` de l’action 'act-a' vaut 'plannd' ; valeurs permises : planned, in-progress, done, delayed, cancelled — vouliez-vous dire 'planned' ?",
    );
  });

  test('fires without a suggestion when no word is near', () => {
    const fixture = statusLine('maybe');
    const f = only(check(fixture), 'schema/enum');
    assertCovers(f, fixture, 'maybe');
    assert.equal(
      f.message,
      "`status` of action 'act-a' is 'maybe'; expected one of planned, in-progress, done, delayed, cancelled.",
    );
  });

  test('fires on an indicator direction', () => {
    const fixture = edit(
      CLEAN_PLAN,
      '    unit: patients\n    direction: increase',
      '    unit: patients\n    direction: increasing',
    );
    const f = only(check(fixture), 'schema/enum');
    assertCovers(f, fixture, 'increasing');
    assert.equal(
      f.message,
      "`direction` of indicator 'patients' is 'increasing'; expected one of increase, decrease, maintain — did you mean 'increase'?",
    );
  });

  test('does not fire on every allowed word (hyphenated ones included)', () => {
    for (const status of ['planned', 'in-progress', 'done', 'delayed', 'cancelled']) {
      assert.deepEqual(ofRule(check(statusLine(status)), 'schema/enum'), [], status);
    }
  });
});

describe('schema/unknown-field', () => {
  test('fires on the key of a typo, as a warning, with did-you-mean', () => {
    const fixture = edit(
      CLEAN_PLAN,
      '    unit: patients\n    direction: increase',
      '    unit: patients\n    direciton: increase',
    );
    const findings = check(fixture);
    const f = only(findings, 'schema/unknown-field');
    assert.equal(f.severity, 'warning');
    assertCovers(f, fixture, 'direciton');
    assert.equal(f.message, "`direciton` is not a field of indicator 'patients'; did you mean `direction`?");
    assert.equal(f.fr, "`direciton` n’est pas un champ de l’indicateur 'patients' ; vouliez-vous dire `direction` ?");
  });

  test('suggests the field for swapped letters in a short word', () => {
    const fixture = edit(CLEAN_PLAN, '    unit: patients\n', '    uint: patients\n');
    const f = only(check(fixture), 'schema/unknown-field');
    assertCovers(f, fixture, 'uint');
    assert.equal(f.message, "`uint` is not a field of indicator 'patients'; did you mean `unit`?");
  });

  test('fires on a field far from any, listing the fields', () => {
    const fixture = edit(
      CLEAN_PLAN,
      '  - { id: care, name: Care directorate }',
      '  - { id: care, name: Care directorate, colour: blue }',
    );
    const f = only(check(fixture), 'schema/unknown-field');
    assertCovers(f, fixture, 'colour');
    assert.equal(f.message, "`colour` is not a field of owner 'care'; its fields are id, name.");
  });

  test('every one of 20,000 unknown top-level keys, and of 3,000 in `plan`, is placed on its own key', () => {
    const top = Array.from({ length: 20_000 }, (_, i) => `zz${i}: 1\n`).join('');
    const findings = ofRule(check(`${CLEAN_PLAN}${top}`), 'schema/unknown-field');
    assert.equal(findings.length, 20_000);
    const first = at(CLEAN_PLAN + top, 'zz0:');
    findings.forEach((f, i) => {
      assert.deepEqual([f.line, f.column, f.endColumn], [first.line + i, 1, `zz${i}`.length + 1]);
      assert.ok(f.message.startsWith(`\`zz${i}\` is not a field of the plan file`));
    });
    const nested = Array.from({ length: 3_000 }, (_, i) => `  zz${i}: 1\n`).join('');
    const fixture = edit(CLEAN_PLAN, '  horizon: 2040\n', `  horizon: 2040\n${nested}`);
    const inPlan = ofRule(check(fixture), 'schema/unknown-field');
    assert.equal(inPlan.length, 3_000);
    const start = at(fixture, 'zz0:');
    inPlan.forEach((f, i) =>
      assert.deepEqual([f.line, f.column, f.endColumn], [start.line + i, 3, `zz${i}`.length + 3]),
    );
  });

  test('2,000 list items with an unknown field beside 2,000 unknown top-level keys: each on its own key', () => {
    const items = Array.from({ length: 2_000 }, (_, i) => `  - { id: x${i}, label: X, colour: red }\n`).join('');
    const keys = Array.from({ length: 2_000 }, (_, i) => `zz${i}: 1\n`).join('');
    const fixture = edit(CLEAN_PLAN, 'axes:\n', `${items}${keys}axes:\n`);
    const findings = ofRule(check(fixture), 'schema/unknown-field');
    assert.equal(findings.length, 4_000);
    const first = at(fixture, '  - { id: x0,');
    const colour = '  - { id: x0, label: X, '.length + 1;
    findings.slice(0, 2_000).forEach((f, i) => {
      assert.deepEqual(
        [f.line, f.column, f.endColumn],
        [first.line + i, colour + String(i).length - 1, colour + String(i).length - 1 + 'colour'.length],
      );
      assert.equal(
        f.message,
        `\`colour\` is not a field of indicator 'x${i}'; its fields are id, label, unit, direction, measure, range, baseline, targets, actuals, part_of, source, frequency.`,
      );
    });
    findings.slice(2_000).forEach((f, i) => assert.deepEqual([f.line, f.column], [first.line + 2_000 + i, 1]));
  });

  test("fires on a part file's field in a root file", () => {
    const fixture = edit(CLEAN_PLAN, 'owners:\n', 'ambition: quality\nowners:\n');
    const f = only(check(fixture), 'schema/unknown-field');
    assertCovers(f, fixture, 'ambition: quality', 'ambition'.length);
    assert.equal(
      f.message,
      '`ambition` is not a field of the plan file; its fields are plan, owners, indicators, axes.',
    );
  });

  test("does not fire on the optional fields of an action, nor on a part file's own fields", () => {
    const full = edit(
      CLEAN_PLAN,
      '                end: 2027\n',
      [
        '                end: 2027',
        '                details: [First step]',
        '                status: in-progress',
        '                progress: 40',
        '                owner: care',
        '',
      ].join('\n'),
    );
    assert.deepEqual(ofRule(check(full), 'schema/unknown-field'), []);
    assert.deepEqual(
      ofRule(checkFiles({ 'root.plan.yaml': CLEAN_PLAN, 'part.plan.yaml': PART }), 'schema/unknown-field'),
      [],
    );
  });
});

describe('schema/pattern', () => {
  test('fires on an id of the wrong form, at the value', () => {
    const fixture = edit(CLEAN_PLAN, 'id: act-a', 'id: -act-a');
    const f = only(check(fixture), 'schema/pattern');
    assert.equal(f.severity, 'error');
    assertCovers(f, fixture, '-act-a');
    assert.equal(
      f.message,
      "`id` of action '-act-a' is '-act-a', which is not a valid id: use letters without accents, digits, '.', '_' or '-', starting with a letter or digit.",
    );
    assert.equal(
      f.fr,
      "`id` de l’action '-act-a' vaut '-act-a', qui n’est pas un identifiant valide : lettres sans accents, chiffres, '.', '_' ou '-', en commençant par une lettre ou un chiffre.",
    );
  });

  test('fires on a quantity string that is not a number', () => {
    const fixture = edit(CLEAN_PLAN, 'value: 1000', 'value: "lots"');
    const f = only(check(fixture), 'schema/pattern');
    assertCovers(f, fixture, '"lots"');
    assert.equal(
      f.message,
      '`value` of target 1 of indicator \'patients\' is \'lots\', which is not a quantity: write a number (80), a number and the unit ("80 M€", "1 000") or tbd.',
    );
  });

  test('fires on a baseline quantity as well', () => {
    const fixture = edit(
      CLEAN_PLAN,
      'baseline: { value: 40, year: 2024 }',
      'baseline: { value: "forty M€", year: 2024 }',
    );
    const f = only(check(fixture), 'schema/pattern');
    assertCovers(f, fixture, '"forty M€"');
  });

  test('fires on a change of the wrong form', () => {
    const fixture = edit(CLEAN_PLAN, 'change: x2', 'change: double');
    const f = only(check(fixture), 'schema/pattern');
    assertCovers(f, fixture, 'double');
    assert.equal(
      f.message,
      "`change` of target 1 of indicator 'funds' is 'double', which is not a change: write x2, +15 pts, +20 % or -10 %.",
    );
    assert.equal(
      f.fr,
      "`change` de la cible 1 de l’indicateur 'funds' vaut 'double', qui n’est pas une évolution : écrivez x2, +15 pts, +20 % ou -10 %.",
    );
  });

  test('fires on a language that is not a language tag', () => {
    const fixture = edit(CLEAN_PLAN, 'language: en', 'language: english1');
    const f = only(check(fixture), 'schema/pattern');
    assertCovers(f, fixture, 'english1');
    assert.equal(
      f.message,
      "`language` of the plan is 'english1', which is not a language tag: write fr, en or fr-CA.",
    );
  });

  test('fires once on an indicator part_of id of the wrong form (the id branch, not the anyOf)', () => {
    const fixture = edit(CLEAN_PLAN, '    unit: patients\n', '    unit: patients\n    part_of: -whole\n');
    const findings = check(fixture);
    const f = only(findings, 'schema/pattern');
    assertCovers(f, fixture, '-whole');
    assert.deepEqual(ofRule(findings, 'schema/type'), []);
  });

  test('does not fire on ids with dots and underscores, quantities with a unit and spaces, changes in %', () => {
    assert.deepEqual(check(CLEAN_PLAN.replaceAll('act-a', 'act.a_1')), []);
    assert.deepEqual(check(edit(CLEAN_PLAN, 'value: 1000', 'value: "1 000 patients"')), []);
    assert.deepEqual(check(edit(CLEAN_PLAN, 'change: x2', 'change: "+100 %"')), []);
  });
});

describe('date/invalid (schema forms)', () => {
  test('fires on a quarter that does not exist, at the value, once', () => {
    const fixture = edit(CLEAN_PLAN, 'end: 2027', 'end: 2026-Q5');
    const findings = check(fixture);
    assert.equal(findings.length, 1, JSON.stringify(findings));
    const f = only(findings, 'date/invalid');
    assert.equal(f.severity, 'error');
    assertCovers(f, fixture, '2026-Q5');
    assert.equal(
      f.message,
      "`end` of action 'act-a' is '2026-Q5', which is not a date: write a year (2030), a quarter (2027-Q2), a half-year (2027-S1), a month (2028-06) or a day (2028-06-15).",
    );
    assert.equal(
      f.fr,
      "`end` de l’action 'act-a' vaut '2026-Q5', qui n’est pas une date : écrivez une année (2030), un trimestre (2027-T2), un semestre (2027-S1), un mois (2028-06) ou un jour (2028-06-15).",
    );
  });

  test('fires on a five-digit year (not schema/type)', () => {
    const fixture = edit(CLEAN_PLAN, 'end: 2027', 'end: 20270');
    const findings = check(fixture);
    assert.equal(findings.length, 1, JSON.stringify(findings));
    assertCovers(only(findings, 'date/invalid'), fixture, '20270');
  });

  test('fires inside an each_year span, once (no anyOf summary as well)', () => {
    const fixture = firstTargetDates('        each_year: { from: 2026-Q5, to: 2030 }\n');
    const findings = check(fixture);
    assert.equal(findings.length, 1, JSON.stringify(findings));
    const f = only(findings, 'date/invalid');
    assertCovers(f, fixture, '2026-Q5');
    assert.equal(
      f.message.startsWith("`from` of `each_year` of target 1 of indicator 'patients' is '2026-Q5'"),
      true,
      f.message,
    );
  });

  test('names a milestone without id by its title', () => {
    const fixture = edit(CLEAN_PLAN, 'due: 2028-S2', 'due: 2028-S3');
    const f = only(check(fixture), 'date/invalid');
    assertCovers(f, fixture, '2028-S3');
    assert.equal(f.message.startsWith("`due` of milestone 'Step' of action 'act-b' is '2028-S3'"), true, f.message);
  });

  test('does not fire on the last quarter, a half-year written H, a month, a day', () => {
    for (const date of ['2027-Q4', '2027-H2', '2027-S2', '2027-12', '2027-12-31']) {
      assert.deepEqual(ofRule(check(edit(CLEAN_PLAN, 'end: 2027', `end: ${date}`)), 'date/invalid'), [], date);
    }
  });
});

describe('one problem, one finding', () => {
  test('a span missing `to` inside each_year is one schema/required on each_year', () => {
    const fixture = firstTargetDates('        each_year: { from: 2026 }\n');
    const findings = check(fixture);
    assert.equal(findings.length, 1, JSON.stringify(findings));
    const f = only(findings, 'schema/required');
    assertCovers(f, fixture, 'each_year');
    assert.equal(f.message, "`each_year` of target 1 of indicator 'patients' has no `to`; add `to: …`.");
  });

  test('no two schema findings share a node in a file with several problems', () => {
    let fixture = edit(CLEAN_PLAN, 'number: 1', 'number: one');
    fixture = edit(fixture, 'id: act-a', 'id: -act-a');
    fixture = edit(fixture, 'end: 2027', 'end: 2026-Q5');
    fixture = edit(fixture, 'change: x2', 'change: double');
    const schema = check(fixture).filter((f) => f.rule.startsWith('schema/') || f.rule === 'date/invalid');
    assert.deepEqual(schema.map((f) => f.rule).sort(), [
      'date/invalid',
      'schema/pattern',
      'schema/pattern',
      'schema/type',
    ]);
    const places = schema.map((f) => `${f.line}:${f.column}`);
    assert.equal(new Set(places).size, places.length, places.join(' '));
  });
});

describe('indicator range', () => {
  test('`max` is a number or none; anything else says so', () => {
    const declared = (max: string) =>
      edit(CLEAN_PLAN, '    unit: patients\n', `    unit: patients\n    range: { min: 0, max: ${max} }\n`);
    assert.deepEqual(
      check(declared('none')).filter((f) => f.rule.startsWith('schema/')),
      [],
    );
    assert.deepEqual(
      check(declared('2000')).filter((f) => f.rule.startsWith('schema/')),
      [],
    );
    const [f] = check(declared('illimité')).filter((x) => x.rule === 'schema/pattern');
    assert.equal(
      f.message,
      "`max` of `range` of indicator 'patients' is 'illimité', which is not a bound: write a number (150) or none (no upper bound).",
    );
  });
});
