import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { definitionsAt } from '../../src/core/features/navigation/definition';
import type { IdSpot } from '../../src/core/features/navigation/idSpots';
import { highlightsAt, referencesAt } from '../../src/core/features/navigation/references';
import { isRefusal, prepareRenameAt, renameAt, type FileEdits } from '../../src/core/features/navigation/rename';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import { checkFiles, CLEAN_PLAN, edit } from '../helpers';
import { PART_A, PART_B } from '../fixtures/rootWithParts';

/** A root (CLEAN_PLAN) and two parts: part A defines `beds` and `act-c`, part B uses them and the root's ids. */
const FILES: Record<string, string> = {
  'root.plan.yaml': CLEAN_PLAN,
  'part-a.plan.yaml': PART_A,
  'part-b.plan.yaml': PART_B,
};

function workspace(files: Record<string, string> = FILES): PlanWorkspace {
  const ws = new PlanWorkspace();
  for (const [uri, text] of Object.entries(files)) ws.setFile(uri, text);
  return ws;
}

/** The offset of the n-th `needle` in a file, plus `delta` (to stand inside it). */
function offsetIn(text: string, needle: string, occurrence = 0, delta = 1): number {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`no ${JSON.stringify(needle)} #${occurrence}`);
  }
  return index + delta;
}

/** Where the cursor stands: a file of the workspace and an offset in it. */
function cursor(ws: PlanWorkspace, uri: string, needle: string, occurrence = 0, delta = 1) {
  const file = ws.file(uri)!;
  return { plan: ws.planOf(uri)!, file, offset: offsetIn(file.text, needle, occurrence, delta) };
}

/** A spot as `file:line:column-column` (1-based) with the text it covers. */
function shown(spot: IdSpot): string {
  const start = spot.file.lineIndex.positionAt(spot.range.start);
  const end = spot.file.lineIndex.positionAt(spot.range.end);
  return `${spot.file.uri}:${start.line + 1}:${start.character + 1}-${end.character + 1} ${spot.role} ${spot.file.text.slice(spot.range.start, spot.range.end)}`;
}

function applied(text: string, edits: FileEdits['edits']): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start))
    out = out.slice(0, e.range.start) + e.text + out.slice(e.range.end);
  return out;
}

/** Renames at a cursor and returns every file's new text (unchanged files included). */
function renamed(ws: PlanWorkspace, uri: string, needle: string, newName: string, delta = 1): Record<string, string> {
  const { plan, file, offset } = cursor(ws, uri, needle, 0, delta);
  const result = renameAt(plan, file, offset, newName, {
    planIds: ws.plans().flatMap((p) => (p.root && p.id ? [p.id] : [])),
  });
  if (isRefusal(result)) throw new Error(result.refused.en);
  const out: Record<string, string> = {};
  for (const uri of ws.uris()) {
    const edits = result.find((f) => f.file.uri === uri)?.edits ?? [];
    out[uri] = applied(ws.file(uri)!.text, edits);
  }
  return out;
}

function refusalOf(ws: PlanWorkspace, uri: string, needle: string, newName: string, delta = 1) {
  const { plan, file, offset } = cursor(ws, uri, needle, 0, delta);
  const result = renameAt(plan, file, offset, newName, {
    planIds: ws.plans().flatMap((p) => (p.root && p.id ? [p.id] : [])),
  });
  assert.ok(isRefusal(result), 'expected a refusal');
  return result.refused;
}

describe('go to definition', () => {
  const ws = workspace();

  test('the fixture is a clean plan of three files', () => {
    assert.deepEqual(checkFiles(FILES), []);
    assert.deepEqual(
      ws.planOf('part-b.plan.yaml')!.files.map((f) => f.uri),
      ['root.plan.yaml', 'part-a.plan.yaml', 'part-b.plan.yaml'],
    );
  });

  test('from a reference in one part to the indicator defined in another part', () => {
    const { plan, file, offset } = cursor(ws, 'part-b.plan.yaml', 'indicators: [beds]', 0, 14);
    const found = definitionsAt(plan, file, offset)!;
    assert.equal(shown(found.origin), 'part-b.plan.yaml:7:18-22 reference beds');
    assert.deepEqual(found.targets.map(shown), ['part-a.plan.yaml:5:9-13 definition beds']);
    // The whole item, from its first key to the end of its last line.
    const itemRange = found.targets[0].itemRange!;
    assert.equal(
      PART_A.slice(itemRange.start, itemRange.end),
      PART_A.slice(PART_A.indexOf('id: beds'), PART_A.indexOf('objectives:') - 1),
    );
  });

  test('from a part to the root: an action in depends_on, an indicator, the owner, the axis, the ambition', () => {
    const at = (uri: string, needle: string, occurrence: number, delta: number) => {
      const c = cursor(ws, uri, needle, occurrence, delta);
      return definitionsAt(c.plan, c.file, c.offset)!.targets.map(shown);
    };
    assert.deepEqual(at('part-a.plan.yaml', 'depends_on: [act-a]', 0, 14), [
      'root.plan.yaml:46:21-26 definition act-a',
    ]);
    assert.deepEqual(at('part-b.plan.yaml', 'act-c', 0, 2), ['part-a.plan.yaml:20:13-18 definition act-c']);
    assert.deepEqual(at('part-a.plan.yaml', 'patients', 0, 0), ['root.plan.yaml:11:9-17 definition patients']);
    assert.deepEqual(at('part-b.plan.yaml', 'owner: care', 0, 8), ['root.plan.yaml:9:11-15 definition care']);
    assert.deepEqual(at('part-a.plan.yaml', 'care-axis', 0, 3), ['root.plan.yaml:32:9-18 definition care-axis']);
    assert.deepEqual(at('part-a.plan.yaml', 'quality', 0, 3), ['root.plan.yaml:36:13-20 definition quality']);
  });

  test("`part_of` leads to the root plan's id; a definition leads to itself", () => {
    const c = cursor(ws, 'part-b.plan.yaml', 'demo', 0, 0);
    assert.deepEqual(definitionsAt(c.plan, c.file, c.offset)!.targets.map(shown), [
      'root.plan.yaml:2:7-11 definition demo',
    ]);
    const root = ws.file('root.plan.yaml')!;
    const header = definitionsAt(c.plan, root, root.header!.id!.range.end)!.targets[0].itemRange!;
    assert.equal(
      CLEAN_PLAN.slice(header.start, header.end),
      CLEAN_PLAN.slice(CLEAN_PLAN.indexOf('id: demo'), CLEAN_PLAN.indexOf('\nowners:')),
    );
    const d = cursor(ws, 'root.plan.yaml', 'id: funds', 0, 6);
    assert.deepEqual(definitionsAt(d.plan, d.file, d.offset)!.targets.map(shown), [
      'root.plan.yaml:20:9-14 definition funds',
    ]);
  });

  test('a reference to an item of the wrong kind leads to that item; no id, no definition', () => {
    const text = edit(PART_B, 'depends_on: [act-c, act-a]', 'depends_on: [act-c, beds]');
    const wrong = workspace({ ...FILES, 'part-b.plan.yaml': text });
    const c = cursor(wrong, 'part-b.plan.yaml', 'beds]', 0, 1);
    assert.deepEqual(definitionsAt(c.plan, c.file, c.offset)!.targets.map(shown), [
      'part-a.plan.yaml:5:9-13 definition beds',
    ]);
    const title = cursor(ws, 'part-b.plan.yaml', 'Measure beds', 0, 2);
    assert.equal(definitionsAt(title.plan, title.file, title.offset), undefined);
    const unknown = cursor(
      workspace({ ...FILES, 'part-b.plan.yaml': edit(PART_B, 'act-c,', 'act-z,') }),
      'part-b.plan.yaml',
      'act-z',
      0,
      1,
    );
    assert.deepEqual(definitionsAt(unknown.plan, unknown.file, unknown.offset)!.targets, []);
  });
});

describe('find references and highlights', () => {
  const ws = workspace();

  test("an indicator's references across the root and both parts, the definition first when asked for", () => {
    const { plan, file, offset } = cursor(ws, 'root.plan.yaml', 'id: patients', 0, 5);
    assert.deepEqual(referencesAt(plan, file, offset, true).map(shown), [
      'root.plan.yaml:11:9-17 definition patients',
      'root.plan.yaml:44:26-34 reference patients',
      'root.plan.yaml:50:34-42 reference patients',
      'part-a.plan.yaml:18:24-32 reference patients',
      'part-b.plan.yaml:9:98-106 reference patients',
    ]);
    assert.deepEqual(
      referencesAt(plan, file, offset, false)
        .map(shown)
        .map((s) => s.split(' ')[0]),
      ['root.plan.yaml:44:26-34', 'root.plan.yaml:50:34-42', 'part-a.plan.yaml:18:24-32', 'part-b.plan.yaml:9:98-106'],
    );
  });

  test("the same list from any occurrence; an owner's and the plan id's occurrences", () => {
    const fromPart = cursor(ws, 'part-b.plan.yaml', 'patients', 0, 3);
    assert.equal(referencesAt(fromPart.plan, fromPart.file, fromPart.offset, true).length, 5);
    const owner = cursor(ws, 'part-a.plan.yaml', 'owner: care', 1, 8);
    assert.deepEqual(
      referencesAt(owner.plan, owner.file, owner.offset, true).map((s) => shown(s).split(' ')[0]),
      [
        'root.plan.yaml:9:11-15',
        'root.plan.yaml:43:20-24',
        'part-a.plan.yaml:17:12-16',
        'part-a.plan.yaml:26:16-20',
        'part-b.plan.yaml:6:12-16',
      ],
    );
    const plan = cursor(ws, 'part-a.plan.yaml', 'demo', 0, 1);
    assert.deepEqual(referencesAt(plan.plan, plan.file, plan.offset, true).map(shown), [
      'root.plan.yaml:2:7-11 definition demo',
      'part-a.plan.yaml:1:10-14 reference demo',
      'part-b.plan.yaml:1:10-14 reference demo',
    ]);
  });

  test('highlights stay in the file, with the definition marked', () => {
    const { plan, file, offset } = cursor(ws, 'part-a.plan.yaml', 'beds', 0, 0);
    assert.deepEqual(highlightsAt(plan, file, offset).map(shown), [
      'part-a.plan.yaml:5:9-13 definition beds',
      'part-a.plan.yaml:18:18-22 reference beds',
      'part-a.plan.yaml:28:26-30 reference beds',
    ]);
    const title = cursor(ws, 'part-a.plan.yaml', 'Open beds', 0, 6);
    assert.deepEqual(highlightsAt(title.plan, title.file, title.offset), []);
  });
});

describe('rename', () => {
  const ws = workspace();

  test("prepareRename gives the id's range and text, or refuses where there is no id", () => {
    const { plan, file, offset } = cursor(ws, 'part-b.plan.yaml', 'act-c', 0, 5);
    assert.deepEqual(prepareRenameAt(plan, file, offset), {
      range: { start: offset - 5, end: offset },
      placeholder: 'act-c',
    });
    const title = cursor(ws, 'part-b.plan.yaml', 'Action D', 0, 2);
    assert.deepEqual(prepareRenameAt(title.plan, title.file, title.offset), {
      refused: {
        en: 'Only an id can be renamed: place the cursor on an item’s `id` or on a reference to it.',
        fr: 'Seul un identifiant peut être renommé : placez le curseur sur l’`id` d’un élément ou sur une référence à celui-ci.',
      },
    });
  });

  test('an indicator renamed from a part edits its definition in the root and every reference in the three files', () => {
    const out = renamed(ws, 'part-b.plan.yaml', 'patients', 'patients-included');
    assert.equal(
      out['root.plan.yaml'],
      CLEAN_PLAN.replace('id: patients', 'id: patients-included')
        .replace('indicators: [patients, funds]', 'indicators: [patients-included, funds]')
        .replace('contributes_to: [patients]', 'contributes_to: [patients-included]'),
    );
    assert.equal(out['part-a.plan.yaml'], edit(PART_A, '[beds, patients]', '[beds, patients-included]'));
    assert.equal(
      out['part-b.plan.yaml'],
      edit(PART_B, 'contributes_to: [patients]', 'contributes_to: [patients-included]'),
    );
    assert.deepEqual(checkFiles(out), []);
  });

  test("an action defined in a part, renamed from the root's file order: definition and depends_on elsewhere", () => {
    const out = renamed(ws, 'part-a.plan.yaml', 'id: act-c', 'act-beds', 5);
    assert.equal(out['root.plan.yaml'], CLEAN_PLAN);
    assert.equal(out['part-a.plan.yaml'], edit(PART_A, 'id: act-c', 'id: act-beds'));
    assert.equal(out['part-b.plan.yaml'], edit(PART_B, '[act-c, act-a]', '[act-beds, act-a]'));
  });

  test("the plan id is renamed in the root and in every part's `part_of`", () => {
    const out = renamed(ws, 'root.plan.yaml', 'id: demo', 'demo-2026', 5);
    assert.equal(out['root.plan.yaml'], edit(CLEAN_PLAN, 'id: demo', 'id: demo-2026'));
    assert.equal(out['part-a.plan.yaml'], edit(PART_A, 'part_of: demo', 'part_of: demo-2026'));
    assert.equal(out['part-b.plan.yaml'], edit(PART_B, 'part_of: demo', 'part_of: demo-2026'));
    assert.deepEqual(checkFiles(out), []);
  });

  test('the axis and the ambition a part names, and the owner, are renamed with it', () => {
    const axis = renamed(ws, 'part-b.plan.yaml', 'care-axis', 'soins');
    assert.equal(axis['root.plan.yaml'], edit(CLEAN_PLAN, 'id: care-axis', 'id: soins'));
    assert.equal(axis['part-a.plan.yaml'], edit(PART_A, 'axis: care-axis', 'axis: soins'));
    assert.equal(axis['part-b.plan.yaml'], edit(PART_B, 'axis: care-axis', 'axis: soins'));
    const ambition = renamed(ws, 'root.plan.yaml', 'id: quality', 'qualite', 5);
    assert.equal(ambition['part-a.plan.yaml'], edit(PART_A, 'ambition: quality', 'ambition: qualite'));
    const owner = renamed(ws, 'root.plan.yaml', 'id: care', 'direction-soins', 5);
    assert.equal(owner['part-a.plan.yaml'], PART_A.replaceAll('owner: care', 'owner: direction-soins'));
    assert.deepEqual(checkFiles(owner), []);
  });

  test('a quoted id is renamed inside its quotes; an id YAML would read as a number is written quoted', () => {
    const quoted = workspace({ ...FILES, 'part-b.plan.yaml': edit(PART_B, '[act-c, act-a]', '["act-c", act-a]') });
    const out = renamed(quoted, 'part-a.plan.yaml', 'id: act-c', 'act-e', 5);
    assert.equal(out['part-b.plan.yaml'], edit(PART_B, '[act-c, act-a]', '["act-e", act-a]'));
    const numeric = renamed(ws, 'part-b.plan.yaml', 'act-c', '2027');
    assert.equal(numeric['part-a.plan.yaml'], edit(PART_A, 'id: act-c', 'id: "2027"'));
    assert.equal(numeric['part-b.plan.yaml'], edit(PART_B, '[act-c, act-a]', '["2027", act-a]'));
    assert.deepEqual(checkFiles(numeric), []);
  });

  test("refuses an id already used in the plan (in any file), an invalid id, or another plan's id", () => {
    assert.deepEqual(refusalOf(ws, 'part-b.plan.yaml', 'act-c', 'beds'), {
      en: "The id 'beds' is already used by indicator 'beds' (part-a.plan.yaml:5); choose another.",
      fr: "L’identifiant 'beds' est déjà utilisé par l’indicateur 'beds' (part-a.plan.yaml:5) ; choisissez-en un autre.",
    });
    assert.deepEqual(refusalOf(ws, 'root.plan.yaml', 'id: funds', 'act-a', 5), {
      en: "The id 'act-a' is already used by action 'act-a' (line 46); choose another.",
      fr: "L’identifiant 'act-a' est déjà utilisé par l’action 'act-a' (ligne 46) ; choisissez-en un autre.",
    });
    assert.deepEqual(refusalOf(ws, 'root.plan.yaml', 'id: funds', 'new funds', 5), {
      en: "'new funds' is not a valid id: use letters, digits, '.', '_' or '-', starting with a letter or digit.",
      fr: "'new funds' n’est pas un identifiant valide : utilisez des lettres, des chiffres, '.', '_' ou '-', en commençant par une lettre ou un chiffre.",
    });
    assert.equal(
      refusalOf(ws, 'root.plan.yaml', 'id: funds', '-funds', 5).en.startsWith("'-funds' is not a valid id"),
      true,
    );
    assert.equal(refusalOf(ws, 'root.plan.yaml', 'id: funds', '', 5).en.startsWith("'' is not a valid id"), true);
    const other = workspace({ ...FILES, 'other.plan.yaml': edit(CLEAN_PLAN, 'id: demo', 'id: other') });
    assert.deepEqual(refusalOf(other, 'part-a.plan.yaml', 'demo', 'other'), {
      en: "The plan id 'other' is already used by another plan of the workspace; choose another.",
      fr: "L’identifiant de plan 'other' est déjà utilisé par un autre plan de l’espace de travail ; choisissez-en un autre.",
    });
  });

  test('the same name changes nothing; surrounding spaces are dropped', () => {
    const { plan, file, offset } = cursor(ws, 'root.plan.yaml', 'id: funds', 0, 5);
    assert.deepEqual(renameAt(plan, file, offset, 'funds'), []);
    const out = renamed(ws, 'root.plan.yaml', 'id: funds', ' money ', 5);
    assert.equal(
      out['root.plan.yaml'],
      CLEAN_PLAN.replace('id: funds', 'id: money')
        .replace('[patients, funds]', '[patients, money]')
        .replace('[funds]', '[money]'),
    );
  });

  test('owners written without a registry are free names, renamed together; one in use or an empty one is refused', () => {
    const free = edit(CLEAN_PLAN, 'owners:\n  - { id: care, name: Care directorate }\n', '').replace(
      '                end: 2027\n',
      '                end: 2027\n                owner: nurses\n',
    );
    const noRegistry = workspace({ 'root.plan.yaml': free, 'part-a.plan.yaml': PART_A, 'part-b.plan.yaml': PART_B });
    const out = renamed(noRegistry, 'part-b.plan.yaml', 'owner: care', 'care-team', 8);
    assert.equal(out['root.plan.yaml'], edit(free, 'owner: care', 'owner: care-team'));
    assert.equal(out['part-b.plan.yaml'], edit(PART_B, 'owner: care', 'owner: care-team'));
    assert.equal(
      refusalOf(noRegistry, 'part-b.plan.yaml', 'owner: care', 'nurses', 8).en,
      "The id 'nurses' is already used by owner 'nurses' (root.plan.yaml:48); choose another.",
    );
    // Without a registry an owner is a free name: a name that is no id is written quoted.
    const named = renamed(noRegistry, 'root.plan.yaml', 'owner: nurses', 'Direction des soins, pôle 2', 8);
    assert.equal(named['root.plan.yaml'], edit(free, 'owner: nurses', 'owner: "Direction des soins, pôle 2"'));
    const spaced = workspace({ 'root.plan.yaml': named['root.plan.yaml'] });
    const back = renamed(spaced, 'root.plan.yaml', 'Direction', 'nurses', 1);
    assert.equal(back['root.plan.yaml'], edit(free, 'owner: nurses', 'owner: "nurses"'));
    // A free name that happens to be an item's id names an owner, not that item.
    const clash = workspace({ 'root.plan.yaml': edit(free, 'owner: nurses', 'owner: quality') });
    const c = cursor(clash, 'root.plan.yaml', 'owner: quality', 0, 8);
    assert.deepEqual(definitionsAt(c.plan, c.file, c.offset)!.targets, []);
    assert.equal(
      renamed(clash, 'root.plan.yaml', 'owner: quality', 'funds', 8)['root.plan.yaml'],
      edit(free, 'owner: nurses', 'owner: funds'),
    );
    assert.deepEqual(refusalOf(noRegistry, 'root.plan.yaml', 'owner: nurses', '  ', 8), {
      en: 'An owner’s name must be one line of text, not empty.',
      fr: 'Le nom d’un responsable doit tenir sur une ligne et ne pas être vide.',
    });
  });
});
