import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { itemLenses } from '../../src/core/features/codeLens';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import { CLEAN_PLAN, edit } from '../helpers';

/** The lenses of one file, as `line: title` (1-based lines), in English and French. */
function lensesOf(files: Record<string, string>, uri: string) {
  const workspace = new PlanWorkspace();
  for (const [u, text] of Object.entries(files)) workspace.setFile(u, text);
  const file = workspace.file(uri)!;
  const lenses = itemLenses(workspace.planOf(uri)!, file);
  return {
    en: lenses.map((l) => `${file.lineIndex.positionAt(l.range.start).line + 1}: ${l.title.en}`),
    fr: lenses.map((l) => `${file.lineIndex.positionAt(l.range.start).line + 1}: ${l.title.fr}`),
    places: lenses.map((l) =>
      l.places.map((p) => `${p.file.uri}:${p.file.lineIndex.positionAt(p.range.start).line + 1}`),
    ),
  };
}

const WITH_STATUSES = edit(
  edit(CLEAN_PLAN, '                end: 2027\n', '                end: 2027\n                status: done\n'),
  '                end: 2029\n',
  '                end: 2029\n                status: planned\n',
);

describe('code lenses', () => {
  test('on each indicator, who uses it; on each objective, its actions by status', () => {
    const lenses = lensesOf({ 'a.plan.yaml': WITH_STATUSES }, 'a.plan.yaml');
    assert.deepEqual(lenses.en, [
      '11: used by 1 objective, 1 action',
      '20: used by 1 objective, 1 action',
      '40: 2 actions: 1 done, 1 planned',
    ]);
    assert.deepEqual(lenses.fr, [
      '11: utilisé par 1 objectif, 1 action',
      '20: utilisé par 1 objectif, 1 action',
      '40: 2 actions : 1 terminée, 1 prévue',
    ]);
    // Where the objective and the action name the indicator; the objective's actions.
    assert.deepEqual(lenses.places, [
      ['a.plan.yaml:44', 'a.plan.yaml:51'],
      ['a.plan.yaml:44', 'a.plan.yaml:58'],
      ['a.plan.yaml:46', 'a.plan.yaml:52'],
    ]);
  });

  test('counts, plurals and statuses in both languages', () => {
    const actions = ['done', 'done', 'in-progress', 'delayed', 'planned', 'planned', 'cancelled', 'finished', undefined]
      .map(
        (status, i) =>
          `              - { id: a${i}, title: Action ${i}, due: 2027, contributes_to: [patients]${status ? `, status: ${status}` : ''} }\n`,
      )
      .join('');
    const text = CLEAN_PLAN.slice(0, CLEAN_PLAN.indexOf('              - id: act-a')) + actions;
    const lenses = lensesOf({ 'a.plan.yaml': text }, 'a.plan.yaml');
    assert.deepEqual(lenses.en, [
      '11: used by 1 objective, 9 actions',
      '20: used by 1 objective, 0 actions',
      '40: 9 actions: 2 done, 1 in progress, 1 delayed, 2 planned, 1 cancelled, 2 without status',
    ]);
    assert.deepEqual(lenses.fr, [
      '11: utilisé par 1 objectif, 9 actions',
      '20: utilisé par 1 objectif, 0 action',
      '40: 9 actions : 2 terminées, 1 en cours, 1 en retard, 2 prévues, 1 annulée, 2 sans statut',
    ]);
  });

  test('an unused indicator, an objective without actions', () => {
    let text = edit(CLEAN_PLAN, '            indicators: [patients, funds]\n', '            indicators: [patients]\n');
    text = edit(text, '                contributes_to: [funds]\n', '');
    text = edit(
      text,
      '          - id: obj\n',
      '          - id: empty\n            title: Nothing yet\n          - id: obj\n',
    );
    const lenses = lensesOf({ 'a.plan.yaml': text }, 'a.plan.yaml');
    assert.deepEqual(lenses.en.slice(1, 3), ['20: used by 0 objectives, 0 actions', '40: no actions']);
    assert.deepEqual(lenses.fr.slice(1, 3), ['20: utilisé par 0 objectif, 0 action', '40: aucune action']);
  });

  test("uses in the parts of the plan count, and a part's objectives get their lens", () => {
    const part =
      'part_of: demo\naxis: care-axis\nobjectives:\n  - id: beds\n    title: Open beds\n    indicators: [funds]\n    actions:\n      - { id: open-beds, title: Open the beds, due: 2027, status: in-progress, contributes_to: [funds] }\n';
    const files = { 'root.plan.yaml': CLEAN_PLAN, 'part.plan.yaml': part };
    assert.deepEqual(lensesOf(files, 'root.plan.yaml').en[1], '20: used by 2 objectives, 2 actions');
    assert.deepEqual(lensesOf(files, 'root.plan.yaml').places[1], [
      'root.plan.yaml:44',
      'root.plan.yaml:56',
      'part.plan.yaml:6',
      'part.plan.yaml:8',
    ]);
    assert.deepEqual(lensesOf(files, 'part.plan.yaml').en, ['4: 1 action: 1 in progress']);
  });
});
