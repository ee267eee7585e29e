import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { planOutline, workspaceOutline, type OutlineItem } from '../../src/core/features/outline';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import { CLEAN_PLAN, edit } from '../helpers';

const ROOT = path.resolve(__dirname, '../../..');

/** The demo plan, reported at mid-2028: action A (2026–2027) is overdue unless done. */
const ROOT_PLAN = edit(
  edit(CLEAN_PLAN, '  horizon: 2040\n', '  horizon: 2040\n  as_of: 2028-06-30\n'),
  '                end: 2027\n',
  '                end: 2027\n                status: in-progress\n',
);

/** A part adding an objective under the demo plan's ambition, with its own indicator and one error. */
const PART = `part_of: demo
axis: care-axis
ambition: quality
indicators:
  - id: satisfaction
    label: Patients satisfied
    unit: '%'
    direction: increase
    baseline: { value: 70, year: 2024 }
    targets:
      - { value: 90, by: 2030, quote: "90 % of patients satisfied in 2030" }
objectives:
  - id: listen
    title: Listen to patients
    owner: care
    indicators: [satisfaction]
    actions:
      - id: survey
        title: Yearly survey
        due: 2027-S2
        status: done
        contributes_to: [satisfaction]
      - id: panel
        title: Patient panel
        start: 2029
        end: 2030
        status: planed
        owner: someone-else
        contributes_to: [satisfaction]
`;

function workspaceOf(files: Record<string, string>): PlanWorkspace {
  const workspace = new PlanWorkspace();
  for (const [uri, text] of Object.entries(files)) workspace.setFile(uri, text);
  return workspace;
}

function outlineOf(workspace: PlanWorkspace, locale: 'en' | 'fr' = 'en'): OutlineItem[] {
  return workspaceOutline(workspace.plans(), (f) => workspace.diagnostics(f.uri), locale)!;
}

/** The tree as lines: `kind label [id] description status owner eN wN`, children indented. */
function lines(items: readonly OutlineItem[], depth = 0): string[] {
  return items.flatMap((n) => [
    `${'  '.repeat(depth)}${[n.kind, n.label, n.id && `[${n.id}]`, n.description, n.status, n.owner && `@${n.owner}`, `e${n.errors}`, `w${n.warnings}`].filter(Boolean).join(' ')}`,
    ...lines(n.children, depth + 1),
  ]);
}

const all = (items: readonly OutlineItem[]): OutlineItem[] => items.flatMap((n) => [n, ...all(n.children)]);

test('root and part as one tree: the part objective under its ambition, indicators of both files, statuses against as_of', () => {
  const workspace = workspaceOf({ 'demo.plan.yaml': ROOT_PLAN, 'listen.plan.yaml': PART });
  const tree = outlineOf(workspace);
  assert.deepEqual(lines(tree), [
    'plan Demo plan [demo] 2026 – 2030 e2 w1',
    '  axis Care [care-axis] e2 w1',
    '    ambition Quality [quality] e2 w1',
    '      objective Objective [obj] @care e0 w1',
    '        action Action A [act-a] 2026 – 2027 overdue @care e0 w1',
    '        action Action B [act-b] 2028 – 2029 @care e0 w0',
    '          milestone Step 2028-S2 @care e0 w0',
    '      objective Listen to patients [listen] @care e2 w0',
    '        action Yearly survey [survey] 2027-S2 done @care e0 w0',
    '        action Patient panel [panel] 2029 – 2030 @someone-else e2 w0',
    '  indicators Indicators e0 w0',
    '    indicator Patients included [patients] → 1,000 patients (2030) e0 w0',
    '    indicator Funds raised [funds] → 80 M€ (2030) e0 w0',
    '    indicator Patients satisfied [satisfaction] → 90 % (2030) e0 w0',
  ]);
  // The part's two errors (a misspelt status, an unknown owner) count on the action and every node above it,
  // across files; the overdue action's warning on its objective and above.
  assert.deepEqual(
    workspace.diagnostics('listen.plan.yaml').map((f) => f.ruleId),
    ['schema/enum', 'ref/unknown'],
  );
  assert.deepEqual(
    workspace.diagnostics('demo.plan.yaml').map((f) => f.ruleId),
    ['date/status-vs-as-of'],
  );
});

test('each node says where it is written: its file, and the range of its title', () => {
  const workspace = workspaceOf({ 'demo.plan.yaml': ROOT_PLAN, 'listen.plan.yaml': PART });
  const nodes = all(outlineOf(workspace));
  const text = (n: OutlineItem) => n.file.text.slice(n.range.start, n.range.end);
  const byId = (id: string) => nodes.find((n) => n.id === id)!;
  assert.deepEqual([byId('demo').file.uri, text(byId('demo'))], ['demo.plan.yaml', 'Demo plan']);
  assert.deepEqual([byId('listen').file.uri, text(byId('listen'))], ['listen.plan.yaml', 'Listen to patients']);
  assert.deepEqual(
    [byId('satisfaction').file.uri, text(byId('satisfaction'))],
    ['listen.plan.yaml', 'Patients satisfied'],
  );
  const indicators = nodes.find((n) => n.kind === 'indicators')!;
  assert.deepEqual([indicators.file.uri, text(indicators)], ['demo.plan.yaml', 'indicators']);
  const milestone = nodes.find((n) => n.kind === 'milestone')!;
  assert.equal(text(milestone), 'Step');
});

test('a done or delayed action is never overdue; without as_of nothing is', () => {
  const done = edit(ROOT_PLAN, 'status: in-progress', 'status: done');
  const delayed = edit(ROOT_PLAN, 'status: in-progress', 'status: delayed');
  const noAsOf = edit(ROOT_PLAN, '  as_of: 2028-06-30\n', '');
  const statusOfA = (plan: string) =>
    all(outlineOf(workspaceOf({ 'demo.plan.yaml': plan }))).find((n) => n.id === 'act-a')!.status;
  assert.deepEqual(
    [statusOfA(ROOT_PLAN), statusOfA(done), statusOfA(delayed), statusOfA(noAsOf)],
    ['overdue', 'done', 'delayed', 'in-progress'],
  );
  // Due in the same year as as_of: not before it, so not overdue.
  const sameYear = edit(ROOT_PLAN, '                end: 2027\n', '                end: 2028\n');
  assert.equal(statusOfA(sameYear), 'in-progress');
});

test('warnings are counted apart from errors, on the item that holds them and its ancestors', () => {
  // An action ending after the cycle is a warning (date/outside-cycle).
  const late = edit(CLEAN_PLAN, '                end: 2029\n', '                end: 2031\n');
  const workspace = workspaceOf({ 'demo.plan.yaml': late });
  const findings = workspace.diagnostics('demo.plan.yaml');
  assert.ok(
    findings.length > 0 && findings.every((f) => f.severity === 'warning'),
    JSON.stringify(findings.map((f) => f.ruleId)),
  );
  const nodes = all(outlineOf(workspace));
  const counts = (id: string) => {
    const n = nodes.find((x) => x.id === id)!;
    return [n.errors, n.warnings];
  };
  assert.deepEqual(counts('act-b'), [0, findings.length]);
  assert.deepEqual(counts('care-axis'), [0, findings.length]);
  assert.deepEqual(counts('act-a'), [0, 0]);
  assert.deepEqual(counts('demo'), [0, findings.length]);
});

test('a part whose root is missing still has a tree: its objectives at the top, the plan named by part_of', () => {
  const workspace = workspaceOf({ 'listen.plan.yaml': PART });
  const [tree] = outlineOf(workspace);
  assert.equal(tree.label, 'demo');
  assert.deepEqual(
    tree.children.map((c) => `${c.kind} ${c.id ?? c.label}`),
    ['objective listen', 'indicators Indicators'],
  );
  assert.equal(tree.file.uri, 'listen.plan.yaml');
});

test('a file that is neither root nor part has no tree; the group of indicators speaks the locale', () => {
  const workspace = workspaceOf({ 'stray.plan.yaml': 'foo: 1\n', 'demo.plan.yaml': CLEAN_PLAN });
  const trees = outlineOf(workspace, 'fr');
  assert.deepEqual(
    trees.map((t) => t.id),
    ['demo'],
  );
  assert.equal(trees[0].children.at(-1)!.label, 'Indicateurs');
  assert.equal(
    planOutline(workspace.planOf('stray.plan.yaml')!, () => [], 'en'),
    undefined,
  );
});

test('targets read in the plan language: figures with units, changes, spans and each year', () => {
  const french = edit(CLEAN_PLAN, '  language: en\n', '  language: fr\n');
  const plan = edit(
    edit(
      french,
      '      - value: 1000\n        by: 2030\n',
      '      - value: 1000\n        by: 2030\n      - { value: 300, each_year: true, quote: "300 a year" }\n',
    ),
    '      - value: 80\n        change: x2\n        by: 2030\n',
    '      - change: x2\n        by: 2030\n',
  );
  const nodes = all(outlineOf(workspaceOf({ 'demo.plan.yaml': plan }), 'fr'));
  const description = (id: string) => nodes.find((n) => n.id === id)!.description;
  assert.equal(description('patients'), '→ 1\u202f000 patients (2030), 300 patients (chaque année)');
  assert.equal(description('funds'), '→ x2 (2030)');
});

test('the Gustave Roussy seed: 4 axes, 11 ambitions, 38 objectives, 129 actions, 12 indicators', () => {
  const workspace = workspaceOf({
    gr: readFileSync(path.join(ROOT, 'seeds', 'gustave-roussy-2026-2030.plan.yaml'), 'utf8'),
  });
  const [tree] = outlineOf(workspace, 'fr');
  assert.equal(tree.label, "Projet d'établissement 2026-2030");
  assert.deepEqual(
    tree.children.map((c) => c.kind),
    ['axis', 'axis', 'axis', 'axis', 'indicators'],
  );
  const count = (kind: string) => all([tree]).filter((n) => n.kind === kind).length;
  assert.deepEqual([count('ambition'), count('objective'), count('action'), count('indicator')], [11, 38, 129, 13]);
  // Every finding of the seed is counted once, at the plan.
  const findings = workspace.diagnostics('gr');
  assert.equal(tree.errors, findings.filter((f) => f.severity === 'error').length);
  assert.equal(tree.warnings, findings.filter((f) => f.severity === 'warning').length);
  // An objective's owner passes to its actions that name none.
  const objective = all([tree]).find((n) => n.id === 'valoriser-savoirs')!;
  assert.equal(objective.owner, 'gr-education');
  assert.ok(objective.children.every((a) => a.owner !== undefined));
});
