import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assertCovers, checkFiles, CLEAN_PLAN, edit, ofRule, one, type Seen } from '../helpers';
import { PART_A } from '../fixtures/rootWithParts';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import { Progress } from '../../src/core/plan/progress';

// CLEAN_PLAN (plan `demo`, cycle 2026–2030): act-a runs 2026–2027, act-b 2028–2029 with one
// milestone due 2028-S2; `patients` goes from 500 (2024) to 1000 (2030).
const REPORT_2026 = `report_of: demo
as_of: 2026-12
actions:
  act-a: { status: in-progress, progress: 40 }
milestones:
  act-b#1: { status: planned }
indicators:
  patients: { value: 650 }
objectives:
  obj: { note: Started. }
`;
const REPORT_2027 = `report_of: demo
as_of: 2027-12
actions:
  act-a: { status: done, progress: 100 }
milestones:
  act-b#1: { status: planned }
indicators:
  patients: { value: 700 }
objectives:
  obj: { note: On track. }
`;

/** CLEAN_PLAN with its reports (name → text), checked together. */
function withReports(reports: Record<string, string>, root = CLEAN_PLAN): Seen[] {
  return checkFiles({ 'root.plan.yaml': root, ...reports });
}

test('two clean reports of CLEAN_PLAN have no finding', () => {
  assert.deepEqual(withReports({ '2026.report.yaml': REPORT_2026, '2027.report.yaml': REPORT_2027 }), []);
});

test('a report is assembled with its root and parts: it names items of both, ordered by as_of', () => {
  const workspace = new PlanWorkspace();
  workspace.setFile('root.plan.yaml', CLEAN_PLAN);
  workspace.setFile('part.plan.yaml', PART_A);
  workspace.setFile('b.report.yaml', REPORT_2026);
  workspace.setFile(
    'a.report.yaml',
    edit(
      REPORT_2027,
      '  act-a: { status: done, progress: 100 }\n',
      '  act-a: { status: done, progress: 100 }\n  act-c: { status: in-progress, progress: 60 }\n',
    ),
  );
  const plan = workspace.planOf('a.report.yaml')!;
  assert.equal(plan, workspace.planOf('root.plan.yaml'));
  assert.deepEqual(
    plan.reports.map((r) => r.file.uri),
    ['b.report.yaml', 'a.report.yaml'],
  );
  assert.deepEqual(workspace.planUris('root.plan.yaml'), [
    'root.plan.yaml',
    'part.plan.yaml',
    'b.report.yaml',
    'a.report.yaml',
  ]);
  const progress = new Progress(plan);
  const actC = plan.actions.find((a) => a.id?.value === 'act-c')!;
  // The part says 40 % (no plan.as_of); the latest report says 60 %: the report wins.
  assert.equal(progress.progress(actC)?.value.value, 60);
  assert.equal(progress.progress(actC)?.report?.file.uri, 'a.report.yaml');
  const actA = plan.actions.find((a) => a.id?.value === 'act-a')!;
  assert.equal(progress.status(actA)?.value.value, 'done');
  assert.equal(progress.status(actA, plan.reports[0])?.value.value, 'in-progress');
  assert.deepEqual(workspace.diagnostics('a.report.yaml'), []);
});

test("the plan's inline status wins over a report dated before plan.as_of", () => {
  const root = edit(
    edit(CLEAN_PLAN, '  horizon: 2040\n', '  horizon: 2040\n  as_of: 2027-06\n'),
    '                title: Action A\n',
    '                title: Action A\n                status: done\n',
  );
  const workspace = new PlanWorkspace();
  workspace.setFile('root.plan.yaml', root);
  workspace.setFile('2026.report.yaml', REPORT_2026);
  const plan = workspace.planOf('root.plan.yaml')!;
  const actA = plan.actions.find((a) => a.id?.value === 'act-a')!;
  assert.equal(new Progress(plan).status(actA)?.value.value, 'done');
  assert.equal(new Progress(plan).status(actA)?.report, undefined);
});

describe('the report schema', () => {
  test('reports a misspelt field of an entry, naming the item of the report', () => {
    const text = edit(REPORT_2026, '{ status: in-progress, progress: 40 }', '{ status: in-progress, progres: 40 }');
    const f = one(withReports({ 'r.report.yaml': text }), 'schema/unknown-field');
    assertCovers(f, text, 'progres: 40', 'progres', 'r.report.yaml');
    assert.equal(f.message, "`progres` is not a field of action 'act-a' of the report; did you mean `progress`?");
    assert.equal(f.fr, "`progres` n’est pas un champ de l’action 'act-a' du bilan ; vouliez-vous dire `progress` ?");
  });
  test('requires as_of', () => {
    const f = one(withReports({ 'r.report.yaml': 'report_of: demo\n' }), 'schema/required');
    assert.equal(f.message, 'The report file has no `as_of`; add `as_of: …`.');
  });
});

describe('report/unknown-id', () => {
  test('fires on an id the plan does not have, with did-you-mean', () => {
    const text = edit(REPORT_2026, '  act-a: {', '  act-aa: {');
    const f = one(withReports({ 'r.report.yaml': text }), 'report/unknown-id');
    assert.equal(f.severity, 'error');
    assertCovers(f, text, '  act-aa: {', 'act-aa');
    assert.equal(f.message, "'act-aa' under `actions` is not an action of the plan 'demo'; did you mean 'act-a'?");
    assert.equal(f.fr, "'act-aa' sous `actions` n’est pas une action du plan 'demo' ; vouliez-vous dire 'act-a' ?");
  });
  test('fires on a milestone number the action does not have, and on an id of another kind', () => {
    const text = edit(edit(REPORT_2026, 'act-b#1:', 'act-b#2:'), '  patients: {', '  obj: {');
    const found = ofRule(withReports({ 'r.report.yaml': text }), 'report/unknown-id');
    assert.deepEqual(
      found.map((f) => f.message),
      [
        "'act-b#2' under `milestones` is not a milestone of the plan 'demo'; did you mean 'act-b#1'?",
        "'obj' under `indicators` is not an indicator of the plan 'demo'; write the id of an indicator of the plan.",
      ],
    );
    assert.equal(
      found[1].fr,
      "'obj' sous `indicators` n’est pas un indicateur du plan 'demo' ; écrivez l’identifiant d’un indicateur du plan.",
    );
  });
  test('does not fire on ids of the root and of a part', () => {
    const text = edit(REPORT_2026, '  act-a: {', '  act-c: { progress: 10 }\n  act-a: {');
    assert.deepEqual(checkFiles({ 'root.plan.yaml': CLEAN_PLAN, 'part.plan.yaml': PART_A, 'r.report.yaml': text }), []);
  });
});

describe('ref/unknown-plan on a report', () => {
  test('fires when report_of names no root', () => {
    const text = edit(REPORT_2026, 'report_of: demo', 'report_of: demo-2');
    const f = one(withReports({ 'r.report.yaml': text }), 'ref/unknown-plan');
    assertCovers(f, text, 'report_of: demo-2', 'demo-2');
    assert.equal(
      f.message,
      "`report_of` names the plan 'demo-2', but no root plan file declares it (a file with `plan: { id: demo-2 }`); check the id, or check the report together with its plan.",
    );
  });
});

describe('report/outside-cycle', () => {
  test('fires on a report dated after the cycle', () => {
    const text = edit(REPORT_2026, 'as_of: 2026-12', 'as_of: 2031-03');
    const f = one(withReports({ 'r.report.yaml': text }), 'report/outside-cycle');
    assert.equal(f.severity, 'warning');
    assertCovers(f, text, 'as_of: 2031-03', '2031-03');
    assert.equal(
      f.message,
      "The report is dated 2031-03, after the plan's cycle (2026–2030); correct `as_of`, or report on the next plan.",
    );
    assert.equal(
      f.fr,
      'Le bilan est daté de 2031-03, après le cycle du plan (2026–2030) ; corrigez `as_of`, ou rendez compte du plan suivant.',
    );
  });
  test('fires on a report dated before the cycle, not on one at its last day', () => {
    const before = edit(REPORT_2026, 'as_of: 2026-12', 'as_of: 2025');
    assert.equal(
      one(withReports({ 'r.report.yaml': before }), 'report/outside-cycle').message,
      "The report is dated 2025, before the plan's cycle (2026–2030); correct `as_of`.",
    );
    assert.deepEqual(
      ofRule(
        withReports({ 'r.report.yaml': edit(REPORT_2026, 'as_of: 2026-12', 'as_of: 2030-12-31') }),
        'report/outside-cycle',
      ),
      [],
    );
  });
});

describe('report/duplicate-as-of', () => {
  test('fires on the second report of the same date, naming the first', () => {
    const found = withReports({ 'a.report.yaml': REPORT_2026, 'b.report.yaml': REPORT_2026 });
    const f = one(found, 'report/duplicate-as-of');
    assert.equal(f.severity, 'error');
    assert.equal(f.file, 'b.report.yaml');
    assertCovers(f, REPORT_2026, 'as_of: 2026-12', '2026-12');
    assert.equal(
      f.message,
      "Another report of the plan 'demo' is dated 2026-12 too (a.report.yaml:2); merge the two reports, or correct one `as_of`.",
    );
    assert.equal(
      f.fr,
      "Un autre bilan du plan 'demo' est lui aussi daté de 2026-12 (a.report.yaml:2) ; fusionnez les deux bilans, ou corrigez l’un des `as_of`.",
    );
  });
  test('does not fire on reports of different dates', () => {
    assert.deepEqual(
      ofRule(withReports({ 'a.report.yaml': REPORT_2026, 'b.report.yaml': REPORT_2027 }), 'report/duplicate-as-of'),
      [],
    );
  });
});

describe('report/after-as-of', () => {
  test("fires on done_on after the report's date", () => {
    const text = edit(REPORT_2026, 'act-b#1: { status: planned }', 'act-b#1: { status: done, done_on: 2027-02 }');
    const f = one(withReports({ 'r.report.yaml': text }), 'report/after-as-of');
    assert.equal(f.severity, 'error');
    assertCovers(f, text, 'done_on: 2027-02', '2027-02');
    assert.equal(
      f.message,
      "Milestone 'act-b#1' of the report is reached in 2027-02, after the report's date (as_of 2026-12); a report states only what is known at its date: correct `done_on` or `as_of`.",
    );
    assert.equal(
      f.fr,
      "Le jalon 'act-b#1' du bilan est atteint en 2027-02, après la date du bilan (as_of 2026-12) ; un bilan ne dit que ce qui est connu à sa date : corrigez `done_on` ou `as_of`.",
    );
  });
  test("does not fire on done_on within the report's month", () => {
    const text = edit(REPORT_2026, 'act-b#1: { status: planned }', 'act-b#1: { status: done, done_on: 2026-12-15 }');
    assert.deepEqual(ofRule(withReports({ 'r.report.yaml': text }), 'report/after-as-of'), []);
  });
});

describe('report/status-backward', () => {
  test('fires when done becomes in-progress in the next report', () => {
    const first = edit(
      REPORT_2026,
      'act-a: { status: in-progress, progress: 40 }',
      'act-a: { status: done, progress: 100 }',
    );
    const second = edit(
      REPORT_2027,
      'act-a: { status: done, progress: 100 }',
      'act-a: { status: in-progress, progress: 90 }',
    );
    const f = one(withReports({ '2026.report.yaml': first, '2027.report.yaml': second }), 'report/status-backward');
    assert.equal(f.severity, 'warning');
    assert.equal(f.file, '2027.report.yaml');
    assertCovers(f, second, 'status: in-progress', 'in-progress');
    assert.equal(
      f.message,
      "Action 'act-a' goes back from 'done' (report of 2026-12, 2026.report.yaml:4) to 'in-progress'; if it was reopened, say why in `note`, otherwise correct the status.",
    );
    assert.equal(
      f.fr,
      "L’action 'act-a' revient de 'done' (bilan de 2026-12, 2026.report.yaml:4) à 'in-progress' ; si l’élément a été rouvert, dites pourquoi dans `note`, sinon corrigez le statut.",
    );
  });
  test('does not fire going forward, nor to cancelled', () => {
    assert.deepEqual(
      ofRule(
        withReports({ '2026.report.yaml': REPORT_2026, '2027.report.yaml': REPORT_2027 }),
        'report/status-backward',
      ),
      [],
    );
    const cancelled = edit(REPORT_2027, 'act-a: { status: done, progress: 100 }', 'act-a: { status: cancelled }');
    assert.deepEqual(
      ofRule(withReports({ '2026.report.yaml': REPORT_2026, '2027.report.yaml': cancelled }), 'report/status-backward'),
      [],
    );
  });
});

describe('report/overdue', () => {
  test("fires on an action still in progress after its end, at the report's date", () => {
    const text = edit(REPORT_2027, 'as_of: 2027-12', 'as_of: 2028-03').replace(
      'act-a: { status: done, progress: 100 }',
      'act-a: { status: in-progress, progress: 90, end_forecast: 2028-06 }',
    );
    const f = one(withReports({ 'r.report.yaml': text }), 'report/overdue');
    assert.equal(f.severity, 'warning');
    assertCovers(f, text, 'status: in-progress', 'in-progress');
    assert.equal(
      f.message,
      "Action 'act-a' is 'in-progress' at the report's date (as_of 2028-03), but should have ended in 2027 (forecast 2028-06): it is overdue; report it done, or say in `note` what holds it up.",
    );
    assert.equal(
      f.fr,
      "L’action 'act-a' est 'in-progress' à la date du bilan (as_of 2028-03), mais devait finir en 2027 (prévision 2028-06) : elle est en retard ; déclarez-la terminée, ou dites dans `note` ce qui la retient.",
    );
  });
  test('fires on a milestone whose status comes from the previous report', () => {
    const later = `report_of: demo\nas_of: 2029-03\nmilestones:\n  act-b#1: { note: Waiting for the committee. }\n`;
    const f = one(withReports({ '2026.report.yaml': REPORT_2026, '2029.report.yaml': later }), 'report/overdue');
    assertCovers(f, later, '  act-b#1: {', 'act-b#1');
    assert.equal(
      f.fr,
      "Le jalon 'Step' de l’action 'act-b' est 'planned' à la date du bilan (as_of 2029-03), mais devait finir en 2028-S2 : il est en retard ; déclarez-le atteint, ou dites dans `note` ce qui le retient.",
    );
  });
  test('does not fire before the end, nor on a done action', () => {
    assert.deepEqual(
      ofRule(withReports({ '2026.report.yaml': REPORT_2026, '2027.report.yaml': REPORT_2027 }), 'report/overdue'),
      [],
    );
  });
});

describe('report/off-trajectory', () => {
  test('fires on a value behind the line from the baseline to the target', () => {
    const text = edit(REPORT_2027, 'patients: { value: 700 }', 'patients: { value: 550 }');
    const f = one(withReports({ 'r.report.yaml': text }), 'report/off-trajectory');
    assert.equal(f.severity, 'warning');
    assertCovers(f, text, 'value: 550', '550');
    assert.equal(
      f.message,
      "Indicator 'patients' is off its trajectory: 550 at 2027-12, where the straight line from 500 (2024) to 1000 (2030) passes 749.89; say in `note` what is being done.",
    );
    assert.equal(
      f.fr,
      "L’indicateur 'patients' s’écarte de sa trajectoire : 550 en 2027-12, alors que la droite de 500 (2024) à 1000 (2030) passe par 749.89 ; dites dans `note` ce qui est entrepris.",
    );
  });
  test('does not fire within 10 % of the planned change', () => {
    const text = edit(REPORT_2027, 'patients: { value: 700 }', 'patients: { value: 701 }');
    assert.deepEqual(ofRule(withReports({ 'r.report.yaml': text }), 'report/off-trajectory'), []);
  });
});

describe('report/stale', () => {
  test('fires on an item of the previous report left out of the next one', () => {
    const second = edit(REPORT_2027, 'objectives:\n  obj: { note: On track. }\n', '');
    const f = one(withReports({ '2026.report.yaml': REPORT_2026, '2027.report.yaml': second }), 'report/stale');
    assert.equal(f.severity, 'info');
    assert.equal(f.file, '2027.report.yaml');
    assertCovers(f, second, 'as_of: 2027-12', '2027-12');
    assert.equal(
      f.message,
      "Objective 'obj' was updated in the previous report (2026.report.yaml, as_of 2026-12) but not in this one; add it under `objectives`, even to say it has not moved.",
    );
    assert.equal(
      f.fr,
      "L’objectif 'obj' figurait dans le bilan précédent (2026.report.yaml, as_of 2026-12) mais pas dans celui-ci ; ajoutez-le sous `objectives`, même pour dire qu’il n’a pas bougé.",
    );
  });
  test('does not fire on the first report', () => {
    assert.deepEqual(ofRule(withReports({ '2027.report.yaml': REPORT_2027 }), 'report/stale'), []);
  });
});

describe('report/progress-not-done', () => {
  test('fires on 100 % with another status', () => {
    const text = edit(REPORT_2026, 'progress: 40', 'progress: 100');
    const f = one(withReports({ 'r.report.yaml': text }), 'report/progress-not-done');
    assert.equal(f.severity, 'warning');
    assertCovers(f, text, 'progress: 100', '100');
    assert.equal(
      f.message,
      "Action 'act-a' of the report is at 100 % but its status is 'in-progress'; set `status: done`, or lower `progress`.",
    );
    assert.equal(
      f.fr,
      "L’action 'act-a' du bilan est à 100 % mais son statut est 'in-progress' ; passez-la à `status: done`, ou baissez `progress`.",
    );
  });
  test('does not fire on 100 % and done', () => {
    assert.deepEqual(ofRule(withReports({ 'r.report.yaml': REPORT_2027 }), 'report/progress-not-done'), []);
  });
});

test('examples/: the fictional plan, its part and two reports have no error', () => {
  const folder = path.resolve(__dirname, '../../../examples');
  const files = Object.fromEntries(
    readdirSync(folder)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [f, readFileSync(path.join(folder, f), 'utf8')]),
  );
  assert.equal(Object.keys(files).length, 4);
  const found = checkFiles(files);
  assert.deepEqual(
    found.map((f) => `${f.file} ${f.severity} ${f.rule}`),
    ['2027-12.report.yaml warning report/off-trajectory'],
  );
});
