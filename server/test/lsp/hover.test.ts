import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  HoverRequest,
  MarkupKind,
  type ClientCapabilities,
  type Hover,
  type Position,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { CLEAN_PLAN, at } from '../helpers';
import { FULL_CAPABILITIES, uriOf, workspaceFolder, newClient } from './client';

/** A root (CLEAN_PLAN) and a part that uses its ids. */
const PART = `part_of: demo
axis: care-axis
ambition: quality
indicators:
  - id: beds
    label: Beds opened
    unit: beds
    direction: increase
    baseline: { value: 1200, year: 2024 }
    targets:
      - { value: 1500, by: 2027-Q2 }
objectives:
  - id: obj-a
    title: Open beds
    owner: care
    indicators: [beds, funds]
    actions:
      - id: act-c
        title: Action C
        start: 2027-Q2
        end: 2028
        status: in-progress
        progress: 40
        owner: care
        depends_on: [act-b]
        contributes_to: [beds]
`;
const TEXTS: Record<string, string> = { 'demo.plan.yaml': CLEAN_PLAN, 'parts/beds.plan.yaml': PART };

function pos(text: string, needle: string, delta = 0, occurrence = 0): Position {
  const p = at(text, needle, occurrence);
  return { line: p.line - 1, character: p.column - 1 + delta };
}

function rangeOf(text: string, needle: string, occurrence = 0): Range {
  const start = pos(text, needle, 0, occurrence);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

/** A server over the two files on disk, with the part open in the editor. */
async function session(
  options: { capabilities?: ClientCapabilities; locale?: string; settings?: Record<string, unknown> } = {},
) {
  const folder = workspaceFolder(TEXTS);
  const uri = (name: string) => uriOf(path.join(folder, name));
  const c = newClient();
  if (options.settings) c.settings = options.settings;
  await c.initialize(folder, options.capabilities ?? FULL_CAPABILITIES, options.locale ?? 'en');
  await c.diagnosticsOf(uri('demo.plan.yaml'));
  await c.open(uri('parts/beds.plan.yaml'), PART);
  await c.diagnosticsOf(uri('parts/beds.plan.yaml'), 1);
  const hover = (name: string, position: Position) =>
    c.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uri(name) }, position });
  return { c, uri, hover };
}

function markdown(value: string, range: Range): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

describe('hover over stdio', () => {
  let s: Awaited<ReturnType<typeof session>>;
  before(async () => {
    s = await session();
  });

  test('is advertised', () => {
    assert.equal(s.c.initializeResult!.capabilities.hoverProvider, true);
  });

  test('an indicator referenced from the part, defined in the root: label, unit, baseline → targets, who uses it, where it is', async () => {
    assert.deepEqual(
      await s.hover('parts/beds.plan.yaml', pos(PART, 'funds', 2)),
      markdown(
        [
          '**Funds raised** · indicator `funds`',
          '',
          '- Unit: M€ · measure `annual` · direction `increase`',
          '- 40 M€ (2024) → 80 M€ by 2030 (x2)',
          '- Objectives: `obj` Objective, `obj-a` Open beds',
          '- Actions: `act-b` Action B',
          '',
          'File: `demo.plan.yaml:20`',
        ].join('\n'),
        rangeOf(PART, 'funds'),
      ),
    );
  });

  test('an action named in `depends_on`: span, status, dependencies both ways, milestones, objective', async () => {
    assert.deepEqual(
      await s.hover('parts/beds.plan.yaml', pos(PART, 'act-b', 1)),
      markdown(
        [
          '**Action B** · action `act-b`',
          '',
          '- Span: 2028 → 2029 (1 January 2028 – 31 December 2029)',
          '- Status: not set',
          '- Depends on: `act-a` Action A',
          '- Needed by: `act-c` Action C',
          '- Milestones: Step (2028-S2)',
          '- Objective: `obj` Objective',
          '',
          'File: `demo.plan.yaml:51`',
        ].join('\n'),
        rangeOf(PART, 'act-b'),
      ),
    );
  });

  test('a partial date, and a field key with its schema description', async () => {
    assert.deepEqual(
      await s.hover('parts/beds.plan.yaml', pos(PART, '2027-Q2 }', 4)),
      markdown('2027-Q2: 1 April – 30 June 2027\n\n`by` reads its last day: 30 June 2027.', rangeOf(PART, '2027-Q2')),
    );
    assert.deepEqual(
      await s.hover('parts/beds.plan.yaml', pos(PART, 'ambition:', 2)),
      markdown(
        '**`ambition`**\n\nId of an ambition of that axis, if the objectives belong to one.',
        rangeOf(PART, 'ambition'),
      ),
    );
  });

  test('nothing on free text', async () => {
    assert.equal(await s.hover('parts/beds.plan.yaml', pos(PART, 'Open beds', 3)), null);
  });

  test("follows the editor's text", async () => {
    const line = pos(PART, 'baseline: { value: 1200').line;
    const version = await s.c.change(s.uri('parts/beds.plan.yaml'), [
      { range: { start: { line, character: 23 }, end: { line, character: 27 } }, text: '1300' },
    ]);
    await s.c.diagnosticsOf(s.uri('parts/beds.plan.yaml'), version);
    const hover = await s.hover('parts/beds.plan.yaml', pos(PART, 'beds', 0));
    assert.equal(
      (hover!.contents as { value: string }).value.split('\n')[3],
      '- 1,300 beds (2024) → 1,500 beds by 2027-Q2',
    );
  });
});

describe('hover for other clients', () => {
  test("in the client's language: French", async () => {
    const { hover } = await session({ locale: 'fr-FR' });
    assert.deepEqual(
      await hover('parts/beds.plan.yaml', pos(PART, 'start: 2027-Q2', 9)),
      markdown(
        '2027-Q2 : 1er avril – 30 juin 2027\n\n`start` en retient le premier jour : 1er avril 2027.',
        rangeOf(PART, '2027-Q2', 1),
      ),
    );
    assert.deepEqual(
      await hover('demo.plan.yaml', pos(CLEAN_PLAN, 'id: act-a', 5)),
      markdown(
        [
          '**Action A** · action `act-a`',
          '',
          '- Période : 2026 → 2027 (1er janvier 2026 – 31 décembre 2027)',
          '- Statut : non renseigné',
          '- Requise par : `act-b` Action B',
          '- Objectif : `obj` Objective',
        ].join('\n'),
        rangeOf(CLEAN_PLAN, 'act-a'),
      ),
    );
  });

  test("the jalon.locale setting wins over the client's language", async () => {
    const { hover } = await session({ locale: 'en', settings: { locale: 'fr' } });
    const result = await hover('parts/beds.plan.yaml', pos(PART, 'id: beds', 5));
    assert.equal((result!.contents as { value: string }).value.split('\n')[0], '**Beds opened** · indicateur `beds`');
  });

  test('plain text for a client that shows no Markdown', async () => {
    const capabilities: ClientCapabilities = {
      ...FULL_CAPABILITIES,
      textDocument: { ...FULL_CAPABILITIES.textDocument, hover: { contentFormat: [MarkupKind.PlainText] } },
    };
    const { hover } = await session({ capabilities });
    assert.deepEqual(await hover('parts/beds.plan.yaml', pos(PART, 'id: beds', 5)), {
      contents: {
        kind: MarkupKind.PlainText,
        value: [
          'Beds opened · indicator beds',
          '',
          '- Unit: beds · direction increase',
          '- 1,200 beds (2024) → 1,500 beds by 2027-Q2',
          '- Objectives: obj-a Open beds',
          '- Actions: act-c Action C',
        ].join('\n'),
      },
      range: rangeOf(PART, 'beds'),
    });
  });
});
