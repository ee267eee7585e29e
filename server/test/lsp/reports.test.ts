import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import {
  CompletionRequest,
  DefinitionRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  HoverRequest,
  RenameRequest,
} from 'vscode-languageserver-protocol/node';
import { CLEAN_PLAN } from '../helpers';
import { positionOf, rangeOfNeedle } from './positions';
import { FULL_CAPABILITIES, newClient, uriOf, workspaceFolder, type LspClient } from './client';

const REPORT_2026 = `report_of: demo
as_of: 2026-12
actions:
  act-a: { status: in-progress, progress: 40, note: Kick-off done. }
milestones:
  act-b#1: { status: planned }
indicators:
  patients: { value: 650 }
`;
const REPORT_2027 = `report_of: demo
as_of: 2027-12
actions:
  act-a: { status: done, progress: 100 }
  
`;
const TEXTS: Record<string, string> = {
  'demo.plan.yaml': CLEAN_PLAN,
  '2026-12.report.yaml': REPORT_2026,
  '2027-12.report.yaml': REPORT_2027,
};

const pos = positionOf;
const rangeOf = rangeOfNeedle;

describe('progress reports over stdio', () => {
  let c: LspClient;
  let uri: (name: string) => string;
  let folder: string;
  before(async () => {
    folder = workspaceFolder(TEXTS);
    uri = (name) => uriOf(path.join(folder, name));
    c = newClient();
    await c.initialize(folder, FULL_CAPABILITIES, 'en');
    for (const name of Object.keys(TEXTS)) await c.diagnosticsOf(uri(name));
    await c.open(uri('2027-12.report.yaml'), REPORT_2027);
    await c.diagnosticsOf(uri('2027-12.report.yaml'), 1);
  });
  after(() => c.shutdown());

  test("a report found on disk is checked with its plan: its diagnostics name the plan's items", async () => {
    assert.deepEqual(await c.diagnosticsOf(uri('2026-12.report.yaml')), []);
  });

  test("go to definition: from a report's key to the item in the plan, and from report_of to the plan", async () => {
    const definition = (needle: string, delta: number) =>
      c.connection.sendRequest(DefinitionRequest.type, {
        textDocument: { uri: uri('2026-12.report.yaml') },
        position: pos(REPORT_2026, needle, delta),
      });
    assert.deepEqual(await definition('act-a:', 2), [
      { uri: uri('demo.plan.yaml'), range: rangeOf(CLEAN_PLAN, 'act-a') },
    ]);
    assert.deepEqual(await definition('patients:', 3), [
      { uri: uri('demo.plan.yaml'), range: rangeOf(CLEAN_PLAN, 'patients') },
    ]);
    assert.deepEqual(await definition('act-b#1', 2), [
      { uri: uri('demo.plan.yaml'), range: rangeOf(CLEAN_PLAN, 'act-b') },
    ]);
    assert.deepEqual(await definition('report_of: demo', 12), [
      { uri: uri('demo.plan.yaml'), range: rangeOf(CLEAN_PLAN, 'demo') },
    ]);
  });

  test('rename an action in the plan: the edit follows into both reports, `act-b#1` included', async () => {
    const result = await c.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: uri('demo.plan.yaml') },
      position: pos(CLEAN_PLAN, 'id: act-b', 5),
      newName: 'act-bb',
    });
    assert.deepEqual(result, {
      changes: {
        [uri('demo.plan.yaml')]: [{ range: rangeOf(CLEAN_PLAN, 'act-b'), newText: 'act-bb' }],
        [uri('2026-12.report.yaml')]: [{ range: rangeOf(REPORT_2026, 'act-b'), newText: 'act-bb' }],
      },
    });
    const plan = await c.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: uri('2027-12.report.yaml') },
      position: pos(REPORT_2027, 'act-a', 2),
      newName: 'act-first',
    });
    assert.deepEqual(
      Object.keys(plan!.changes!).sort(),
      [uri('2026-12.report.yaml'), uri('2027-12.report.yaml'), uri('demo.plan.yaml')].sort(),
    );
    assert.deepEqual(plan!.changes![uri('2027-12.report.yaml')], [
      { range: rangeOf(REPORT_2027, 'act-a'), newText: 'act-first' },
    ]);
  });

  test("hover on a report's key: the item, and its history across the reports", async () => {
    const hover = await c.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: uri('2027-12.report.yaml') },
      position: pos(REPORT_2027, 'act-a', 1),
    });
    const markdown = (hover!.contents as { value: string }).value;
    assert.match(markdown, /^\*\*Action A\*\* · action `act-a`/);
    assert.ok(markdown.includes('\n- Status: `done` · 100 % (report 2027-12)\n'), markdown);
    assert.ok(
      markdown.includes(
        '**History** (progress reports)\n\n- 2026-12: `in-progress` · 40 % — Kick-off done.\n- 2027-12: `done` · 100 %\n',
      ),
      markdown,
    );
    assert.deepEqual(hover!.range, rangeOf(REPORT_2027, 'act-a'));
  });

  test("completion under `actions:` of a report: the plan's action ids not written yet", async () => {
    const result = await c.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: uri('2027-12.report.yaml') },
      position: { line: 4, character: 2 },
    });
    const items = Array.isArray(result) ? result : result!.items;
    assert.deepEqual(
      items.map((i) => [i.label, i.textEdit && 'newText' in i.textEdit ? i.textEdit.newText : i.insertText]),
      [['act-b', 'act-b: ']],
    );
  });

  test('a report written on disk behind the server is checked with its plan', async () => {
    writeFileSync(
      path.join(folder, '2028-12.report.yaml'),
      'report_of: demo\nas_of: 2028-12\nactions:\n  act-z: { status: done }\n',
    );
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uri('2028-12.report.yaml'), type: FileChangeType.Created }],
    });
    await c.waitFor(
      () => c.diagnostics.get(uri('2028-12.report.yaml'))?.diagnostics.some((d) => d.code === 'report/unknown-id'),
      "the new report's report/unknown-id",
    );
  });
});
