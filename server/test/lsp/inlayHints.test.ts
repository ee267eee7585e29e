import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  DidChangeConfigurationNotification,
  InlayHintRequest,
  type InlayHint,
  type Range,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../src/core/text/lineIndex';
import { CLEAN_PLAN, edit } from '../helpers';
import { FULL_CAPABILITIES, LspClient, uriOf, workspaceFolder, newClient } from './client';

async function session(text: string, locale = 'en', settings: Record<string, unknown> = {}) {
  const folder = workspaceFolder({ 'a.plan.yaml': text });
  const c = newClient();
  c.settings = settings;
  await c.initialize(folder, FULL_CAPABILITIES, locale);
  const uri = uriOf(path.join(folder, 'a.plan.yaml'));
  await c.open(uri, text);
  // Diagnostics come after the settings are read: the hints below see them.
  await c.diagnosticsOf(uri, 1);
  return { c, uri };
}

const WHOLE: Range = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };

function hints(c: LspClient, uri: string, range: Range = WHOLE): Promise<InlayHint[]> {
  return c.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range }) as Promise<InlayHint[]>;
}

/** The hint expected right after the `occurrence`-th `needle` of `text`. */
function after_(text: string, needle: string, label: string, occurrence = 0): InlayHint {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = text.indexOf(needle, index + 1);
  assert.notEqual(index, -1, needle);
  return { position: new LineIndex(text).positionAt(index + needle.length), label, paddingLeft: true };
}

const TEXT = edit(
  edit(CLEAN_PLAN, '                start: 2028\n', '                start: 2027-Q2\n'),
  '                end: 2029\n',
  '                end: 2029-06-30\n',
);

describe('inlay hints over stdio', () => {
  test('after partial dates (not full days) and after a change, with exact positions', async () => {
    const { c, uri } = await session(TEXT);
    assert.equal(c.initializeResult!.capabilities.inlayHintProvider, true);
    assert.deepEqual(await hints(c, uri), [
      after_(TEXT, 'start: 2026', '1 Jan – 31 Dec 2026'),
      after_(TEXT, 'end: 2030', '1 Jan – 31 Dec 2030'),
      after_(TEXT, 'horizon: 2040', '1 Jan – 31 Dec 2040'),
      after_(TEXT, 'by: 2030', '1 Jan – 31 Dec 2030'),
      after_(TEXT, 'change: x2', '= 80 M€'),
      after_(TEXT, 'by: 2030', '1 Jan – 31 Dec 2030', 1),
      after_(TEXT, 'start: 2026', '1 Jan – 31 Dec 2026', 1),
      after_(TEXT, 'end: 2027', '1 Jan – 31 Dec 2027'),
      after_(TEXT, 'start: 2027-Q2', '1 Apr – 30 Jun 2027'),
      after_(TEXT, 'due: 2028-S2', '1 Jul – 31 Dec 2028'),
    ]);
  });

  test('only in the range asked for, and in French for a French client', async () => {
    const { c, uri } = await session(TEXT, 'fr-FR');
    const lines = new LineIndex(TEXT);
    const from = lines.positionAt(TEXT.indexOf('  - id: funds'));
    const to = lines.positionAt(TEXT.indexOf('axes:'));
    assert.deepEqual(await hints(c, uri, { start: from, end: to }), [
      after_(TEXT, 'change: x2', '= 80 M€'),
      after_(TEXT, 'by: 2030', '1 janv. – 31 déc. 2030', 1),
    ]);
    const quarter = lines.positionAt(TEXT.indexOf('2027-Q2'));
    assert.deepEqual(await hints(c, uri, { start: quarter, end: { line: quarter.line + 1, character: 0 } }), [
      after_(TEXT, 'start: 2027-Q2', '1 avr. – 30 juin 2027'),
    ]);
  });

  test('none when jalon.inlayHints.enabled is off, and back when it is turned on', async () => {
    const { c, uri } = await session(TEXT, 'en', { inlayHints: { enabled: false } });
    assert.deepEqual(await hints(c, uri), []);
    c.settings = { inlayHints: { enabled: true } };
    c.diagnostics.delete(uri);
    await c.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    // The server re-checks the files once it has read the new settings.
    await c.diagnosticsOf(uri);
    assert.equal((await hints(c, uri)).length, 10);
  });

  test('none for a file that is not a plan file the server knows', async () => {
    const { c } = await session(TEXT);
    assert.deepEqual(await hints(c, 'untitled:nothing'), []);
  });
});
