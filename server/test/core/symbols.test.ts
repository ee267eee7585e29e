import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { documentSymbols, keepInside, type PlanSymbol } from '../../src/core/features/symbols';
import { searchWords, workspaceSymbols } from '../../src/core/features/workspaceSymbols';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import { CLEAN_PLAN } from '../helpers';

const ROOT = path.resolve(__dirname, '../../..');
const seedWorkspace = () => {
  const workspace = new PlanWorkspace();
  for (const name of ['gustave-roussy-2026-2030', 'centre-antoine-lacassagne-2020-2024']) {
    workspace.setFile(name, readFileSync(path.join(ROOT, 'seeds', `${name}.plan.yaml`), 'utf8'));
  }
  return workspace;
};

const names = (symbols: PlanSymbol[]): unknown[] =>
  symbols.map((s) => (s.children.length > 0 ? [`${s.kind} ${s.name}`, names(s.children)] : `${s.kind} ${s.name}`));

test('the outline of a plan follows the file, each item named by its title with its id as detail', () => {
  const workspace = new PlanWorkspace();
  workspace.setFile('demo', CLEAN_PLAN);
  const symbols = documentSymbols(workspace.file('demo')!, 'fr');
  assert.deepEqual(names(symbols), [
    'plan Demo plan',
    ['owners Responsables', ['owner Care directorate']],
    ['indicators Indicateurs', ['indicator Patients included', 'indicator Funds raised']],
    [
      'axis Care',
      [['ambition Quality', [['objective Objective', ['action Action A', ['action Action B', ['milestone Step']]]]]]],
    ],
  ]);
  const action = symbols[3].children[0].children[0].children[1];
  assert.deepEqual({ name: action.name, detail: action.detail }, { name: 'Action B', detail: 'act-b' });
  assert.equal(CLEAN_PLAN.slice(action.selectionRange.start, action.selectionRange.end), 'Action B');
  assert.ok(CLEAN_PLAN.slice(action.range.start, action.range.end).startsWith('- id: act-b\n'));
  assert.ok(CLEAN_PLAN.slice(action.range.start, action.range.end).endsWith('- { title: Step, due: 2028-S2 }'));
});

test('the Gustave Roussy seed: four axes by their titles, 11 ambitions, 38 objectives, 129 actions', () => {
  const workspace = seedWorkspace();
  const symbols = documentSymbols(workspace.file('gustave-roussy-2026-2030')!, 'en');
  const axes = symbols.filter((s) => s.kind === 'axis');
  assert.deepEqual(
    axes.map((a) => a.name),
    [
      'Déployer des parcours individualisés',
      'Intensifier une recherche à fort impact sociétal',
      "Garantir l'adaptation de nos ressources à nos ambitions",
      "Accélérer la transformation numérique et le déploiement de l'IA",
    ],
  );
  const all = (list: PlanSymbol[]): PlanSymbol[] => list.flatMap((s) => [s, ...all(s.children)]);
  const count = (kind: string) => all(symbols).filter((s) => s.kind === kind).length;
  assert.deepEqual(
    [count('ambition'), count('objective'), count('action'), count('indicator'), count('owner')],
    [11, 38, 129, 13, 4],
  );
  // Children lie inside their parent, and what is revealed inside the item.
  for (const parent of all(symbols)) {
    assert.ok(parent.range.start <= parent.selectionRange.start && parent.selectionRange.end <= parent.range.end);
    for (const child of parent.children)
      assert.ok(parent.range.start <= child.range.start && child.range.end <= parent.range.end);
  }
});

test('search words ignore case, accents and ligatures, and split ids', () => {
  assert.deepEqual(searchWords('Haute Fiabilité des SOINS'), ['haute', 'fiabilite', 'des', 'soins']);
  assert.deepEqual(searchWords('Mise en œuvre — Æther'), ['mise', 'en', 'oeuvre', 'aether']);
  assert.deepEqual(searchWords('principes-juste-soin'), ['principes', 'juste', 'soin']);
  assert.deepEqual(searchWords("l'équipe  n°2"), ['l', 'equipe', 'n', '2']);
});

test('workspace symbols: every query word starts a word of the title or id; an exact id comes first', () => {
  const plans = seedWorkspace().plans();
  const found = (query: string) =>
    workspaceSymbols(plans, query, 'en')!.map((m) => `${m.item.kind} ${m.item.id?.value}`);
  assert.deepEqual(found('fiabilite'), ['objective haute-fiabilite', 'action leadership-haute-fiabilite']);
  assert.deepEqual(found('Fiabilité HAUTE'), found('fiabilite'));
  assert.deepEqual(found('fiabilites'), []);
  // `parcours` is the id of an axis, listed first, and a word of many titles.
  assert.equal(found('parcours')[0], 'axis parcours');
  assert.ok(found('parcours').length > 10);
  assert.deepEqual(found('   '), found(''));
  const everything = plans.reduce(
    (n, p) => n + p.axes.length + p.ambitions.length + p.objectives.length + p.actions.length + p.indicators.length,
    0,
  );
  assert.equal(found('').length, everything);
  assert.equal(everything, 222);
});

test('workspace symbols stop when the request is cancelled', () => {
  const plans = seedWorkspace().plans();
  let checks = 0;
  assert.equal(
    workspaceSymbols(plans, 'soins', 'en', () => ++checks > 10),
    undefined,
  );
  assert.equal(checks, 11);
  assert.ok(workspaceSymbols(plans, 'soins', 'en', () => false)!.length > 10);
});

test('keepInside cuts a child to its parent and a selection to its symbol', () => {
  const leaf = (start: number, end: number, selection: [number, number]): PlanSymbol => ({
    name: 'x',
    kind: 'action',
    range: { start, end },
    selectionRange: { start: selection[0], end: selection[1] },
    children: [],
  });
  const child = leaf(15, 40, [38, 45]);
  const far = leaf(60, 70, [60, 61]);
  const parent: PlanSymbol = { ...leaf(10, 30, [5, 12]), children: [child, far] };
  keepInside([parent], { start: 0, end: 50 });
  assert.deepEqual(parent.selectionRange, { start: 10, end: 12 });
  assert.deepEqual(child.range, { start: 15, end: 30 });
  assert.deepEqual(child.selectionRange, { start: 30, end: 30 });
  assert.deepEqual(far.range, { start: 30, end: 30 });
});

test('in broken YAML, with CRLF or lone CR line ends, every symbol lies inside its parent', () => {
  const nests = (symbols: PlanSymbol[], parent: { start: number; end: number }): boolean =>
    symbols.every(
      (s) =>
        parent.start <= s.range.start &&
        s.range.start <= s.range.end &&
        s.range.end <= parent.end &&
        s.range.start <= s.selectionRange.start &&
        s.selectionRange.end <= s.range.end &&
        nests(s.children, s.range),
    );
  const breakers = ['\n  - ', ': [', '\n    title: "x', '\t', '\r', '{', '\n- id: z\n'];
  for (const ends of [
    (t: string) => t,
    (t: string) => t.replace(/\n/g, '\r\n'),
    (t: string) => t.replace(/\n/g, '\r'),
  ]) {
    for (let at = 40; at < CLEAN_PLAN.length; at += 97) {
      for (const piece of breakers) {
        const text = ends(CLEAN_PLAN.slice(0, at) + piece + CLEAN_PLAN.slice(at));
        const workspace = new PlanWorkspace(() => undefined);
        workspace.setFile('a.plan.yaml', text);
        const symbols = documentSymbols(workspace.file('a.plan.yaml')!, 'en');
        assert.ok(nests(symbols, { start: 0, end: text.length }), JSON.stringify(text));
      }
    }
  }
});
