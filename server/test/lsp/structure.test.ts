import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  FoldingRangeRequest,
  SelectionRangeRequest,
  type FoldingRange,
  type Position,
  type SelectionRange,
} from 'vscode-languageserver-protocol/node';
import { CLEAN_PLAN, at } from '../helpers';
import { LineIndex } from '../../src/core/text/lineIndex';
import { FULL_CAPABILITIES, LspClient, ROOT, uriOf, workspaceFolder, newClient } from './client';

async function opened(text: string, capabilities = FULL_CAPABILITIES): Promise<{ c: LspClient; uri: string }> {
  const folder = workspaceFolder({});
  const c = newClient();
  await c.initialize(folder, capabilities);
  const uri = uriOf(path.join(folder, 'plan.plan.yaml'));
  await c.open(uri, text);
  return { c, uri };
}

async function folding(c: LspClient, uri: string): Promise<FoldingRange[]> {
  return (await c.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) ?? [];
}

/** The position of the `offset`-th character of `needle` in `text`. */
function inside(text: string, needle: string, offset = 1, occurrence = 0): Position {
  const where = at(text, needle, occurrence);
  return { line: where.line - 1, character: where.column - 1 + offset };
}

/** A selection chain as `line:col-line:col` ranges, innermost first, with the text of the short ones. */
function chain(text: string, selection: SelectionRange | undefined): string[] {
  const lines = new LineIndex(text);
  const out: string[] = [];
  for (let s = selection; s; s = s.parent) {
    const { start, end } = s.range;
    const slice = text.slice(lines.offsetAt(start), lines.offsetAt(end));
    out.push(`${start.line}:${start.character}-${end.line}:${end.character}${slice.includes('\n') ? '' : ` ${slice}`}`);
  }
  return out;
}

async function selections(c: LspClient, uri: string, positions: Position[]): Promise<SelectionRange[]> {
  return (await c.connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri }, positions })) ?? [];
}

const TEXTS = `# Demo plan,
# to fold and select in.
plan:
  id: demo
  title: "Demo plan"
  institution: Demo hospital
  cycle: { start: 2026, end: 2030 }
  vision: |
    First paragraph of the vision,
    on two lines.

    Second paragraph.
axes:
  - id: care-axis
    title: Care
    objectives:
      - id: obj
        title: Better care for all
        actions:
          - id: act
            title: Act
            details:
              - One bullet
                written on two lines
              - Another bullet
`;

describe('folding ranges', () => {
  test('fold every block of a plan: header, lists, each item, down to milestones', async () => {
    const { c, uri } = await opened(CLEAN_PLAN);
    assert.equal(c.initializeResult?.capabilities.foldingRangeProvider, true);
    assert.deepEqual(await folding(c, uri), [
      { startLine: 0, endLine: 6 }, // plan:
      { startLine: 7, endLine: 8 }, // owners:
      { startLine: 9, endLine: 29 }, // indicators:
      { startLine: 10, endLine: 18 }, // - id: patients
      { startLine: 15, endLine: 18 }, // targets:
      { startLine: 16, endLine: 18 }, // - value: 1000
      { startLine: 19, endLine: 29 }, // - id: funds
      { startLine: 25, endLine: 29 }, // targets:
      { startLine: 26, endLine: 29 }, // - value: 80
      { startLine: 30, endLine: 57 }, // axes:
      { startLine: 31, endLine: 57 }, // - id: care-axis
      { startLine: 34, endLine: 57 }, // ambitions:
      { startLine: 35, endLine: 57 }, // - id: quality
      { startLine: 38, endLine: 57 }, // objectives:
      { startLine: 39, endLine: 57 }, // - id: obj
      { startLine: 44, endLine: 57 }, // actions:
      { startLine: 45, endLine: 49 }, // - id: act-a
      { startLine: 50, endLine: 57 }, // - id: act-b
      { startLine: 56, endLine: 57 }, // milestones:
    ]);
  });

  test('fold comments, multi-line texts and bullets written over several lines', async () => {
    const { c, uri } = await opened(TEXTS);
    assert.deepEqual(await folding(c, uri), [
      { startLine: 0, endLine: 1, kind: 'comment' },
      { startLine: 2, endLine: 11 }, // plan:
      { startLine: 7, endLine: 11 }, // vision: | (its blank line inside, none after)
      { startLine: 12, endLine: 24 }, // axes:
      { startLine: 13, endLine: 24 }, // - id: care-axis
      { startLine: 15, endLine: 24 }, // objectives:
      { startLine: 16, endLine: 24 }, // - id: obj
      { startLine: 18, endLine: 24 }, // actions:
      { startLine: 19, endLine: 24 }, // - id: act
      { startLine: 21, endLine: 24 }, // details:
      { startLine: 22, endLine: 23 }, // - One bullet / written on two lines
    ]);
  });

  test('the Gustave Roussy seed: its four axes fold, each from its dash to its last line', async () => {
    const c = newClient();
    await c.initialize(path.join(ROOT, 'seeds'));
    const uri = uriOf(path.join(ROOT, 'seeds', 'gustave-roussy-2026-2030.plan.yaml'));
    await c.diagnosticsOf(uri);
    const ranges = await folding(c, uri);
    const axes = ranges.find((r) => r.startLine === 184);
    assert.deepEqual(axes, { startLine: 184, endLine: 1159 });
    assert.deepEqual(
      ranges.filter((r) => [185, 426, 679, 967].includes(r.startLine)),
      [
        { startLine: 185, endLine: 425 },
        { startLine: 426, endLine: 678 },
        { startLine: 679, endLine: 966 },
        { startLine: 967, endLine: 1159 },
      ],
    );
  });

  test("honour the client's range limit, keeping the first ranges", async () => {
    const capabilities = {
      ...FULL_CAPABILITIES,
      textDocument: { ...FULL_CAPABILITIES.textDocument, foldingRange: { rangeLimit: 3 } },
    };
    const { c, uri } = await opened(CLEAN_PLAN, capabilities);
    assert.deepEqual(await folding(c, uri), [
      { startLine: 0, endLine: 6 },
      { startLine: 7, endLine: 8 },
      { startLine: 9, endLine: 29 },
    ]);
  });

  test('still fold what parses in a file broken mid-edit', async () => {
    const broken = TEXTS.replace('        title: Better care for all\n', '        title: [Better care for all\n');
    const { c, uri } = await opened(broken);
    const ranges = await folding(c, uri);
    assert.deepEqual(ranges.slice(0, 3), [
      { startLine: 0, endLine: 1, kind: 'comment' },
      { startLine: 2, endLine: 11 },
      { startLine: 7, endLine: 11 },
    ]);
  });
});

describe('selection ranges', () => {
  test('expand from a word of a text: the line, the text, the pair, the header, the file', async () => {
    const { c, uri } = await opened(TEXTS);
    assert.equal(c.initializeResult?.capabilities.selectionRangeProvider, true);
    const [selection] = await selections(c, uri, [inside(TEXTS, 'paragraph of', 2)]);
    assert.deepEqual(chain(TEXTS, selection), [
      '8:10-8:19 paragraph',
      '8:4-8:34 First paragraph of the vision,',
      '8:4-11:21',
      '7:10-11:21',
      '7:2-11:21',
      '3:2-11:21',
      '2:0-11:21',
      '2:0-24:30', // every top-level key, without the comments above
      '0:0-25:0',
    ]);
  });

  test('expand from a date in a milestone: value, pair, mapping, item, list, key, action... up to the file', async () => {
    const { c, uri } = await opened(CLEAN_PLAN);
    const [selection] = await selections(c, uri, [inside(CLEAN_PLAN, '2028-S2', 3)]);
    assert.deepEqual(chain(CLEAN_PLAN, selection), [
      '57:40-57:47 2028-S2',
      '57:35-57:47 due: 2028-S2',
      '57:20-57:49 { title: Step, due: 2028-S2 }',
      '57:18-57:49 - { title: Step, due: 2028-S2 }',
      '56:16-57:49', // milestones: ...
      '50:16-57:49', // act-b's mapping, from its first key
      '50:14-57:49', // - id: act-b
      '45:14-57:49', // the list of actions
      '44:12-57:49', // actions: ...
      '39:12-57:49', // obj's mapping
      '39:10-57:49', // - id: obj (and the list of objectives, its only item)
      '38:8-57:49', // objectives:
      '35:8-57:49', // quality's mapping
      '35:6-57:49', // - id: quality
      '34:4-57:49', // ambitions:
      '31:4-57:49', // care-axis's mapping
      '31:2-57:49', // - id: care-axis (and the list of axes)
      '30:0-57:49', // axes:
      '0:0-57:49', // every top-level key
      '0:0-58:0',
    ]);
  });

  test('expand from a word in quotes, from a key, and from a bullet over two lines, in one request', async () => {
    const { c, uri } = await opened(TEXTS);
    const [quoted, key, bullet] = await selections(c, uri, [
      inside(TEXTS, 'Demo plan"', 6),
      inside(TEXTS, 'institution', 3),
      inside(TEXTS, 'written', 2),
    ]);
    assert.deepEqual(chain(TEXTS, quoted), [
      '4:15-4:19 plan',
      '4:10-4:19 Demo plan',
      '4:9-4:20 "Demo plan"',
      '4:2-4:20 title: "Demo plan"',
      '3:2-11:21',
      '2:0-11:21',
      '2:0-24:30',
      '0:0-25:0',
    ]);
    assert.deepEqual(chain(TEXTS, key), [
      '5:2-5:13 institution',
      '5:2-5:28 institution: Demo hospital',
      '3:2-11:21',
      '2:0-11:21',
      '2:0-24:30',
      '0:0-25:0',
    ]);
    assert.deepEqual(chain(TEXTS, bullet), [
      '23:16-23:23 written',
      '23:16-23:36 written on two lines',
      '22:16-23:36', // One bullet / written on two lines
      '22:14-23:36', // - One bullet ...
      '22:14-24:30', // the bullets
      '21:12-24:30', // details:
      '19:12-24:30', // act's mapping, from its first key
      '19:10-24:30', // - id: act
      '18:8-24:30', // actions:
      '16:8-24:30', // obj's mapping
      '16:6-24:30', // - id: obj
      '15:4-24:30', // objectives:
      '13:4-24:30', // care-axis's mapping
      '13:2-24:30', // - id: care-axis
      '12:0-24:30', // axes:
      '2:0-24:30',
      '0:0-25:0',
    ]);
  });
});
