import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  CodeLensRequest,
  DidChangeConfigurationNotification,
  type CodeLens,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../src/core/text/lineIndex';
import { CLEAN_PLAN, edit } from '../helpers';
import { FULL_CAPABILITIES, LspClient, uriOf, workspaceFolder, newClient } from './client';

async function session(
  files: Record<string, string>,
  name: string,
  locale = 'en',
  settings: Record<string, unknown> = {},
) {
  const folder = workspaceFolder(files);
  const c = newClient();
  c.settings = settings;
  await c.initialize(folder, FULL_CAPABILITIES, locale);
  const uri = uriOf(path.join(folder, name));
  await c.open(uri, files[name]);
  await c.diagnosticsOf(uri, 1);
  return { c, uri, folder };
}

function lenses(c: LspClient, uri: string): Promise<CodeLens[]> {
  return c.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }) as Promise<CodeLens[]>;
}

/** The LSP range of the `occurrence`-th `needle` in `text`. */
function rangeOf(text: string, needle: string, occurrence = 0) {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = text.indexOf(needle, index + 1);
  assert.notEqual(index, -1, needle);
  const lines = new LineIndex(text);
  return { start: lines.positionAt(index), end: lines.positionAt(index + needle.length) };
}

const TEXT = edit(
  edit(CLEAN_PLAN, '                end: 2027\n', '                end: 2027\n                status: done\n'),
  '                end: 2029\n',
  '                end: 2029\n                status: planned\n',
);

describe('code lenses over stdio', () => {
  test('on indicators (their uses) and objectives (their actions by status), with a jalon.showReferences command', async () => {
    const { c, uri } = await session({ 'a.plan.yaml': TEXT }, 'a.plan.yaml');
    assert.deepEqual(c.initializeResult!.capabilities.codeLensProvider, { resolveProvider: false });
    const lens = (id: string, title: string, places: [string, number][]): CodeLens => {
      const at = rangeOf(TEXT, `id: ${id}\n`).start;
      const range = {
        start: { line: at.line, character: at.character + 4 },
        end: { line: at.line, character: at.character + 4 + id.length },
      };
      return {
        range,
        command: {
          title,
          command: 'jalon.showReferences',
          arguments: [
            uri,
            range.start,
            places.map(([n, occurrence]) => ({ uri, range: rangeOf(TEXT, n, occurrence) })),
          ],
        },
      };
    };
    assert.deepEqual(await lenses(c, uri), [
      lens('patients', 'used by 1 objective, 1 action', [
        ['patients', 3],
        ['patients', 4],
      ]),
      lens('funds', 'used by 1 objective, 1 action', [
        ['funds', 2],
        ['funds', 3],
      ]),
      lens('obj', '2 actions: 1 done, 1 planned', [
        ['act-a', 0],
        ['act-b', 0],
      ]),
    ]);
  });

  test('in French, counting uses from the parts of the plan', async () => {
    const part =
      'part_of: demo\naxis: care-axis\nobjectives:\n  - id: beds\n    title: Open beds\n    indicators: [funds]\n    actions:\n      - { id: open-beds, title: Open the beds, due: 2027, status: in-progress }\n';
    const { c, uri, folder } = await session(
      { 'root.plan.yaml': TEXT, 'part.plan.yaml': part },
      'root.plan.yaml',
      'fr',
    );
    const partUri = uriOf(path.join(folder, 'part.plan.yaml'));
    // The part joins the plan once the workspace is read from disk.
    await c.diagnosticsOf(partUri);
    const found = await lenses(c, uri);
    assert.deepEqual(
      found.map((l) => l.command!.title),
      ['utilisé par 1 objectif, 1 action', 'utilisé par 2 objectifs, 1 action', '2 actions : 1 terminée, 1 prévue'],
    );
    const places = found[1].command!.arguments![2] as { uri: string }[];
    assert.deepEqual(
      places.map((p) => p.uri),
      [uri, uri, partUri],
    );
    const partLenses = await lenses(c, partUri);
    assert.deepEqual(
      partLenses.map((l) => [l.range.start.line, l.command!.title]),
      [[3, '1 action : 1 en cours']],
    );
  });

  test('none when jalon.codeLens.enabled is off, and back when it is turned on', async () => {
    const { c, uri } = await session({ 'a.plan.yaml': TEXT }, 'a.plan.yaml', 'en', { codeLens: { enabled: false } });
    assert.deepEqual(await lenses(c, uri), []);
    c.settings = {};
    c.diagnostics.delete(uri);
    await c.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await c.diagnosticsOf(uri);
    assert.equal((await lenses(c, uri)).length, 3);
  });
});
