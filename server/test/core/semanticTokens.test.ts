import { test } from 'node:test';
import assert from 'node:assert/strict';
import { semanticTokens } from '../../src/core/features/semanticTokens';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import { CLEAN_PLAN, edit } from '../helpers';

function tokensOf(files: Record<string, string>, uri: string, isCancelled?: () => boolean) {
  const workspace = new PlanWorkspace();
  for (const [name, text] of Object.entries(files)) workspace.setFile(name, text);
  const file = workspace.file(uri)!;
  const found = semanticTokens(workspace.planOf(uri)!, file, isCancelled);
  return found?.map((t) => `${file.text.slice(t.range.start, t.range.end)} ${[t.type, ...t.modifiers].join('+')}`);
}

test('quoted ids and dates are marked without their quotes; a reference of the wrong kind is unresolved', () => {
  let text = edit(CLEAN_PLAN, '  - id: funds\n', '  - id: "funds"\n');
  text = edit(
    text,
    '                  - { title: Step, due: 2028-S2 }',
    "                  - { title: Step, due: '2028-S2', status: done }",
  );
  text = edit(text, 'depends_on: [act-a]', 'depends_on: [act-a, patients]');
  const found = tokensOf({ demo: text }, 'demo')!;
  assert.ok(found.includes('funds variable+declaration'));
  assert.deepEqual(found.slice(-5), [
    'act-a variable',
    'patients variable+unresolved',
    'funds variable',
    '2028-S2 number',
    'done enumMember',
  ]);
});

test("the plan's status and reference ids, and the baseline year", () => {
  const text = edit(
    CLEAN_PLAN,
    '  horizon: 2040\n',
    '  horizon: 2040\n  status: adopted\n  references:\n    - { id: sdlc, title: Stratégie décennale }\n',
  );
  const found = tokensOf({ demo: text }, 'demo')!;
  assert.deepEqual(found.slice(0, 7), [
    'demo variable+declaration',
    '2026 number',
    '2030 number',
    '2040 number',
    'adopted enumMember',
    'sdlc variable+declaration',
    'care variable+declaration',
  ]);
  assert.equal(found.filter((t) => t === '2024 number').length, 2);
});

test('semantic tokens stop when the request is cancelled', () => {
  assert.equal(
    tokensOf({ demo: CLEAN_PLAN }, 'demo', () => true),
    undefined,
  );
  assert.equal(tokensOf({ demo: CLEAN_PLAN }, 'demo', () => false)?.length, 27);
});

test('a value holding a lone CR spans two lines for the editor: it gets no token', () => {
  const text = edit(CLEAN_PLAN, '  - id: funds\n', '  - id: "fu\rnds"\n');
  const found = tokensOf({ demo: text }, 'demo')!;
  assert.ok(!found.some((t) => t.includes('\r')));
  assert.ok(found.includes('patients variable+declaration'));
});
