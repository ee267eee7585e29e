import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OUTLINE, type OutlineNode, type OutlineParams } from '../../src/lsp/protocol';
import { CLEAN_PLAN, edit } from '../helpers';
import { LspClient, ROOT, uriOf, workspaceFolder, newClient } from './client';

function outline(c: LspClient, params: OutlineParams = {}): Promise<OutlineNode[]> {
  return c.connection.sendRequest<OutlineNode[]>(OUTLINE, params);
}

const all = (nodes: readonly OutlineNode[]): OutlineNode[] => nodes.flatMap((n) => [n, ...all(n.children)]);
const span = (n: OutlineNode) =>
  `${n.range.start.line}:${n.range.start.character}-${n.range.end.line}:${n.range.end.character}`;

const ROOT_PLAN = edit(
  edit(CLEAN_PLAN, '  horizon: 2040\n', '  horizon: 2040\n  as_of: 2028-06-30\n'),
  '                end: 2027\n',
  '                end: 2027\n                status: planned\n',
);

const PART = `part_of: demo
axis: care-axis
objectives:
  - id: listen
    title: Listen to patients
    owner: care
    actions:
      - id: survey
        title: Yearly survey
        due: 2027-S2
        status: done
`;

describe('jalon/outline', () => {
  test('root and part as one plan: the part objective under its axis, with its file and the range of its title', async () => {
    const folder = workspaceFolder({ 'demo.plan.yaml': ROOT_PLAN, 'parts/listen.plan.yaml': PART });
    const c = newClient();
    await c.initialize(folder);
    await c.indexed();
    const [plan, ...others] = await outline(c);
    assert.equal(others.length, 0);
    const rootUri = uriOf(path.join(folder, 'demo.plan.yaml'));
    const partUri = uriOf(path.join(folder, 'parts', 'listen.plan.yaml'));
    assert.deepEqual(
      [plan.kind, plan.id, plan.label, plan.description, plan.uri, span(plan)],
      ['plan', 'demo', 'Demo plan', '2026 – 2030', rootUri, '2:9-2:18'],
    );
    const axis = plan.children[0];
    assert.deepEqual(
      axis.children.map((c) => `${c.kind} ${c.id}`),
      ['ambition quality', 'objective listen'],
    );
    const listen = axis.children[1];
    assert.deepEqual([listen.uri, span(listen), listen.owner], [partUri, '4:11-4:29', 'care']);
    assert.deepEqual(
      listen.children.map((a) => [a.label, a.description, a.status, a.owner]),
      [['Yearly survey', '2027-S2', 'done', 'care']],
    );
    const actionA = all([plan]).find((n) => n.id === 'act-a')!;
    assert.deepEqual([actionA.status, actionA.description, actionA.warnings], ['overdue', '2026 – 2027', 1]);
    assert.equal(plan.children.at(-1)!.kind, 'indicators');
    // Asked for the part's plan: the same tree.
    assert.deepEqual(await outline(c, { uri: partUri }), [plan]);
  });

  test('follows the editor: an error typed into the part counts up to the plan; an unknown document has no outline', async () => {
    const folder = workspaceFolder({ 'demo.plan.yaml': ROOT_PLAN, 'listen.plan.yaml': PART });
    const c = newClient();
    await c.initialize(folder, undefined, 'fr');
    await c.indexed();
    const partUri = uriOf(path.join(folder, 'listen.plan.yaml'));
    await c.open(partUri, PART);
    const version = await c.change(partUri, [{ text: edit(PART, 'status: done', 'status: fini') }]);
    await c.diagnosticsOf(partUri, version);
    const [plan] = await outline(c);
    const survey = all([plan]).find((n) => n.id === 'survey')!;
    assert.deepEqual([survey.status, survey.errors], [undefined, 1]);
    assert.deepEqual([plan.errors, plan.children[0].errors], [1, 1]);
    assert.equal(plan.children.at(-1)!.label, 'Indicateurs');
    assert.deepEqual(await outline(c, { uri: uriOf(path.join(folder, 'nothing.plan.yaml')) }), []);
  });

  test('the Gustave Roussy seed: 4 axes, 11 ambitions, 38 objectives', async () => {
    const folder = workspaceFolder({
      'gr.plan.yaml': readFileSync(path.join(ROOT, 'seeds', 'gustave-roussy-2026-2030.plan.yaml'), 'utf8'),
    });
    const c = newClient();
    await c.initialize(folder);
    await c.indexed();
    const [plan] = await outline(c);
    assert.equal(plan.label, "Projet d'établissement 2026-2030");
    const count = (kind: OutlineNode['kind']) => all([plan]).filter((n) => n.kind === kind).length;
    assert.deepEqual(
      [count('axis'), count('ambition'), count('objective'), count('action'), count('indicator')],
      [4, 11, 38, 129, 13],
    );
    assert.deepEqual(
      plan.children.map((n) => n.kind),
      ['axis', 'axis', 'axis', 'axis', 'indicators'],
    );
    const patients = all([plan]).find((n) => n.id === 'inclusions-ditep')!;
    assert.equal(patients.description, '→ 1\u202f000 patients (2030)');
  });
});
