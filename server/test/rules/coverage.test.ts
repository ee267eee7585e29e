import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { at, check, checkFiles, CLEAN_PLAN, edit, none, ofRule, one } from '../helpers';

// ---------------------------------------------------------------------------------------------
// Fixture builders: each changes one thing in CLEAN_PLAN.

const PATIENTS_TARGETS =
  '    targets:\n      - value: 1000\n        by: 2030\n        quote: "include 1000 patients in 2030"\n';
const PATIENTS_BASELINE = '    baseline: { value: 500, year: 2024 }\n';
const OBJECTIVE_INDICATORS = '            indicators: [patients, funds]\n';
const OBJECTIVE_OWNER = '            owner: care\n';
const ACT_A_DATES = '                start: 2026\n                end: 2027\n';

/** A second objective of the ambition, appended after the first one (CLEAN_PLAN ends inside it). */
function withSecondObjective(lines: string): string {
  return `${CLEAN_PLAN}          - id: obj-2\n            title: Second objective\n${lines}`;
}

/** A part file of plan 'demo' adding one objective under the 'quality' ambition. */
function part(objective: string, indicators = ''): string {
  return `part_of: demo
axis: care-axis
ambition: quality
objectives:
  - id: part-obj
    title: Part objective
${objective}${indicators}`;
}

// ---------------------------------------------------------------------------------------------

describe('coverage/indicator-without-target', () => {
  test('fires on an indicator without `targets`, at its id', () => {
    const text = edit(CLEAN_PLAN, PATIENTS_TARGETS, '');
    const f = one(text, 'coverage/indicator-without-target', 'warning', 'patients\n');
    assert.equal(f.message, "Indicator 'patients' has no target: nothing says what the plan aims for. Add `targets`.");
    assert.equal(
      f.fr,
      "L’indicateur 'patients' n’a pas de cible : rien ne dit ce que le plan vise. Ajoutez `targets`.",
    );
  });

  test('fires on an empty `targets` list', () => {
    one(
      edit(CLEAN_PLAN, PATIENTS_TARGETS, '    targets: []\n'),
      'coverage/indicator-without-target',
      'warning',
      'patients\n',
    );
  });

  test('does not fire on a single target, even one still to be determined', () => {
    none(CLEAN_PLAN, 'coverage/indicator-without-target');
    none(
      edit(CLEAN_PLAN, PATIENTS_TARGETS, '    targets:\n      - value: tbd\n        by: 2030\n'),
      'coverage/indicator-without-target',
    );
  });
});

describe('coverage/indicator-without-baseline', () => {
  test('fires on an indicator without a baseline, at its id', () => {
    const text = edit(CLEAN_PLAN, PATIENTS_BASELINE, '');
    const f = one(text, 'coverage/indicator-without-baseline', 'info', 'patients\n');
    assert.equal(f.message, "Indicator 'patients' has no baseline; progress cannot be measured without one.");
    assert.equal(
      f.fr,
      "L’indicateur 'patients' n’a pas de valeur de référence ; le progrès ne se mesure pas sans elle.",
    );
  });

  test('fires on a baseline still to be determined (tbd), at the tbd', () => {
    const text = edit(CLEAN_PLAN, PATIENTS_BASELINE, '    baseline: { value: tbd, year: 2024 }\n');
    const f = one(text, 'coverage/indicator-without-baseline', 'info', 'tbd');
    assert.equal(
      f.message,
      "Indicator 'patients' has its baseline still to be determined (tbd); progress cannot be measured until it is known.",
    );
    assert.equal(
      f.fr,
      "L’indicateur 'patients' a une valeur de référence encore à déterminer (tbd) ; le progrès ne se mesure pas sans elle.",
    );
  });

  test('does not fire on a baseline of zero', () => {
    none(
      edit(CLEAN_PLAN, PATIENTS_BASELINE, '    baseline: { value: 0, year: 2024 }\n'),
      'coverage/indicator-without-baseline',
    );
  });

  test('does not fire on a baseline written as a quantity string', () => {
    none(
      edit(CLEAN_PLAN, '    baseline: { value: 40, year: 2024 }\n', '    baseline: { value: "40 M€", year: 2024 }\n'),
      'coverage/indicator-without-baseline',
    );
  });
});

describe('coverage/unused-indicator', () => {
  const unlisted = edit(CLEAN_PLAN, OBJECTIVE_INDICATORS, '            indicators: [funds]\n');

  test('fires on an indicator no objective lists and no action contributes to', () => {
    const text = edit(unlisted, 'contributes_to: [patients]', 'contributes_to: [funds]');
    const f = one(text, 'coverage/unused-indicator', 'info', 'patients\n');
    assert.equal(
      f.message,
      "Indicator 'patients' is used by no objective (`indicators`) nor action (`contributes_to`).",
    );
    assert.equal(
      f.fr,
      "L’indicateur 'patients' n’est utilisé par aucun objectif (`indicators`) ni aucune action (`contributes_to`).",
    );
  });

  test('does not fire when only an action contributes to it', () => {
    none(unlisted, 'coverage/unused-indicator');
  });

  test('does not fire when only an objective lists it', () => {
    none(edit(CLEAN_PLAN, 'contributes_to: [patients]', 'contributes_to: [funds]'), 'coverage/unused-indicator');
  });

  test('does not fire when an objective of a part file lists a root indicator', () => {
    const root = edit(unlisted, 'contributes_to: [patients]', 'contributes_to: [funds]');
    const partFile = part(
      '    owner: care\n    indicators: [patients]\n    actions:\n      - id: part-act\n        title: Part action\n        due: 2027\n',
    );
    const findings = checkFiles({ 'demo.plan.yaml': root, 'part.plan.yaml': partFile });
    assert.deepEqual(ofRule(findings, 'coverage/unused-indicator'), []);
  });

  test("fires on a part file's indicator nobody uses, in the part file", () => {
    const partFile = part(
      '    owner: care\n    indicators: [patients]\n    actions:\n      - id: part-act\n        title: Part action\n        due: 2027\n',
      'indicators:\n  - id: extra\n    label: Extra\n    unit: patients\n    direction: increase\n    baseline: { value: 1, year: 2024 }\n    targets:\n      - value: 2\n        by: 2030\n',
    );
    const found = ofRule(
      checkFiles({ 'demo.plan.yaml': CLEAN_PLAN, 'part.plan.yaml': partFile }),
      'coverage/unused-indicator',
    );
    assert.equal(found.length, 1);
    assert.equal(found[0].file, 'part.plan.yaml');
    assert.deepEqual({ line: found[0].line, column: found[0].column }, at(partFile, 'extra'));
  });
});

describe('coverage/objective-without-action', () => {
  test('fires on an objective without `actions`, at its id', () => {
    const text = withSecondObjective('            owner: care\n            indicators: [patients]\n');
    const f = one(text, 'coverage/objective-without-action', 'warning', 'obj-2');
    assert.equal(f.message, "Objective 'obj-2' lists no action: nothing says how it will be reached.");
    assert.equal(f.fr, "L’objectif 'obj-2' ne comporte aucune action : rien ne dit comment l’atteindre.");
  });

  test('fires on an empty `actions` list', () => {
    const text = withSecondObjective(
      '            owner: care\n            indicators: [patients]\n            actions: []\n',
    );
    one(text, 'coverage/objective-without-action', 'warning', 'obj-2');
  });

  test('does not fire on an objective with one action', () => {
    const text = withSecondObjective(
      '            owner: care\n            indicators: [patients]\n            actions:\n              - { id: act-c, title: Action C, due: 2027 }\n',
    );
    none(text, 'coverage/objective-without-action');
    assert.deepEqual(check(text), []);
  });
});

describe('coverage/objective-without-indicator', () => {
  test('fires on an objective that names no indicator, at its id', () => {
    const text = edit(CLEAN_PLAN, OBJECTIVE_INDICATORS, '');
    const f = one(text, 'coverage/objective-without-indicator', 'info', 'obj\n');
    assert.equal(f.message, "Objective 'obj' names no indicator: its progress cannot be measured.");
    assert.equal(f.fr, "L’objectif 'obj' ne cite aucun indicateur : son avancement ne peut pas être mesuré.");
  });

  test('fires on an empty `indicators` list', () => {
    one(
      edit(CLEAN_PLAN, OBJECTIVE_INDICATORS, '            indicators: []\n'),
      'coverage/objective-without-indicator',
      'info',
      'obj\n',
    );
  });

  test('does not fire on an objective naming a single indicator', () => {
    none(
      edit(CLEAN_PLAN, OBJECTIVE_INDICATORS, '            indicators: [funds]\n'),
      'coverage/objective-without-indicator',
    );
  });
});

describe('coverage/action-without-date', () => {
  test('fires on an action with none of start, end, due, at its id', () => {
    const text = edit(CLEAN_PLAN, ACT_A_DATES, '');
    const f = one(text, 'coverage/action-without-date', 'info', 'act-a\n');
    assert.equal(f.message, "Action 'act-a' has no date (start, end or due).");
    assert.equal(f.fr, "L’action 'act-a' n’a aucune date (start, end ou due).");
  });

  test('does not fire on an action with only a due date, only a start, or only an end', () => {
    for (const dates of [
      '                due: 2027\n',
      '                start: 2026\n',
      '                end: 2027\n',
    ]) {
      none(edit(CLEAN_PLAN, ACT_A_DATES, dates), 'coverage/action-without-date');
    }
  });
});

describe('coverage/action-without-owner', () => {
  const ownerless = edit(CLEAN_PLAN, OBJECTIVE_OWNER, '');

  test('fires on each action when neither it nor its objective has an owner', () => {
    const found = ofRule(check(ownerless), 'coverage/action-without-owner');
    assert.deepEqual(
      found.map((f) => [f.severity, f.line, f.column]),
      [
        ['info', at(ownerless, 'act-a\n').line, at(ownerless, 'act-a\n').column],
        ['info', at(ownerless, 'act-b\n').line, at(ownerless, 'act-b\n').column],
      ],
    );
    assert.equal(found[0].message, "Action 'act-a' has no owner, nor has its objective.");
    assert.equal(found[0].fr, "L’action 'act-a' n’a pas de responsable, son objectif non plus.");
  });

  test('does not fire when only the objective has an owner (an owner on the objective is enough)', () => {
    assert.ok(!/\n {16}owner:/.test(CLEAN_PLAN), 'no action of the clean plan has its own owner');
    none(CLEAN_PLAN, 'coverage/action-without-owner');
  });

  test('does not fire on an action with its own owner, under an objective without one', () => {
    const text = edit(
      ownerless,
      '                title: Action A\n',
      '                title: Action A\n                owner: care\n',
    );
    const f = one(text, 'coverage/action-without-owner', 'info', 'act-b\n');
    assert.equal(f.message, "Action 'act-b' has no owner, nor has its objective.");
  });

  test("reads the owner of a part file's objective", () => {
    const partFile = part(
      '    owner: care\n    indicators: [patients]\n    actions:\n      - id: part-act\n        title: Part action\n        due: 2027\n',
    );
    assert.deepEqual(checkFiles({ 'demo.plan.yaml': CLEAN_PLAN, 'part.plan.yaml': partFile }), []);
    const ownerlessPart = edit(partFile, '    owner: care\n', '');
    const found = ofRule(
      checkFiles({ 'demo.plan.yaml': CLEAN_PLAN, 'part.plan.yaml': ownerlessPart }),
      'coverage/action-without-owner',
    );
    assert.deepEqual(
      found.map((f) => [f.file, f.line, f.column]),
      [['part.plan.yaml', at(ownerlessPart, 'part-act').line, at(ownerlessPart, 'part-act').column]],
    );
  });
});
