import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  DefinitionRequest,
  DocumentHighlightRequest,
  DocumentHighlightKind,
  LSPErrorCodes,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type ClientCapabilities,
  type Location,
  type Position,
  type Range,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { CLEAN_PLAN, at, edit } from '../helpers';
import { FULL_CAPABILITIES, LspClient, uriOf, workspaceFolder, newClient } from './client';
import { PART_A, PART_B } from '../fixtures/rootWithParts';

/** A root (CLEAN_PLAN) and two parts in a folder: part A defines `beds` and `act-c`, part B uses them and the root's ids. */
const TEXTS: Record<string, string> = {
  'demo.plan.yaml': CLEAN_PLAN,
  'parts/a.plan.yaml': PART_A,
  'parts/b.plan.yaml': PART_B,
};

/** The LSP position `delta` characters into the n-th `needle` of a text. */
function pos(text: string, needle: string, delta = 0, occurrence = 0): Position {
  const p = at(text, needle, occurrence);
  return { line: p.line - 1, character: p.column - 1 + delta };
}

/** The range of the n-th `needle` itself. */
function rangeOf(text: string, needle: string, occurrence = 0): Range {
  const start = pos(text, needle, 0, occurrence);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: Position) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  let out = text;
  for (const e of [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))) {
    out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  }
  return out;
}

/** A server over the three files on disk, indexed; `opened` files are also open in the editor. */
async function session(options: { capabilities?: ClientCapabilities; locale?: string; opened?: string[] } = {}) {
  const folder = workspaceFolder(TEXTS);
  const uri = (name: string) => uriOf(path.join(folder, name));
  const c = newClient();
  await c.initialize(folder, options.capabilities ?? FULL_CAPABILITIES, options.locale ?? 'en');
  for (const name of Object.keys(TEXTS)) await c.diagnosticsOf(uri(name));
  for (const name of options.opened ?? []) {
    await c.open(uri(name), TEXTS[name]);
    await c.diagnosticsOf(uri(name), 1);
  }
  return { c, uri };
}

describe('navigation over stdio, across a root and two parts', () => {
  let c: LspClient;
  let uri: (name: string) => string;
  before(async () => {
    ({ c, uri } = await session({ opened: ['parts/b.plan.yaml'] }));
  });

  test('advertises definition, references, highlights and rename with prepareRename', () => {
    const capabilities = c.initializeResult!.capabilities;
    assert.equal(capabilities.definitionProvider, true);
    assert.equal(capabilities.referencesProvider, true);
    assert.equal(capabilities.documentHighlightProvider, true);
    assert.deepEqual(capabilities.renameProvider, { prepareProvider: true });
  });

  test('go to definition: from part B to an indicator of part A, an action of the root, the root plan', async () => {
    const definition = (needle: string, delta: number) =>
      c.connection.sendRequest(DefinitionRequest.type, {
        textDocument: { uri: uri('parts/b.plan.yaml') },
        position: pos(PART_B, needle, delta),
      });
    assert.deepEqual(await definition('[beds]', 2), [
      { uri: uri('parts/a.plan.yaml'), range: rangeOf(PART_A, 'beds') },
    ]);
    assert.deepEqual(await definition('act-a]', 2), [
      { uri: uri('demo.plan.yaml'), range: rangeOf(CLEAN_PLAN, 'act-a') },
    ]);
    assert.deepEqual(await definition('act-c', 5), [
      { uri: uri('parts/a.plan.yaml'), range: rangeOf(PART_A, 'act-c') },
    ]);
    assert.deepEqual(await definition('part_of: demo', 10), [
      { uri: uri('demo.plan.yaml'), range: rangeOf(CLEAN_PLAN, 'demo') },
    ]);
    assert.deepEqual(await definition('axis: care-axis', 8), [
      { uri: uri('demo.plan.yaml'), range: rangeOf(CLEAN_PLAN, 'care-axis') },
    ]);
    assert.equal(await definition('Measure beds', 3), null);
  });

  test('find references: every file of the plan, with or without the declaration', async () => {
    const references = (includeDeclaration: boolean) =>
      c.connection.sendRequest(ReferencesRequest.type, {
        textDocument: { uri: uri('parts/b.plan.yaml') },
        position: pos(PART_B, 'patients', 3),
        context: { includeDeclaration },
      });
    const all: Location[] = [
      { uri: uri('demo.plan.yaml'), range: rangeOf(CLEAN_PLAN, 'patients') },
      { uri: uri('demo.plan.yaml'), range: rangeOf(CLEAN_PLAN, 'patients', 3) },
      { uri: uri('demo.plan.yaml'), range: rangeOf(CLEAN_PLAN, 'patients', 4) },
      { uri: uri('parts/a.plan.yaml'), range: rangeOf(PART_A, 'patients') },
      { uri: uri('parts/b.plan.yaml'), range: rangeOf(PART_B, 'patients') },
    ];
    assert.deepEqual(await references(true), all);
    assert.deepEqual(await references(false), all.slice(1));
  });

  test("document highlight: the id's occurrences in this file, the definition written, references read", async () => {
    const highlights = await c.connection.sendRequest(DocumentHighlightRequest.type, {
      textDocument: { uri: uri('parts/a.plan.yaml') },
      position: pos(PART_A, 'contributes_to: [beds]', 18),
    });
    assert.deepEqual(highlights, [
      { range: rangeOf(PART_A, 'beds'), kind: DocumentHighlightKind.Write },
      { range: rangeOf(PART_A, 'beds', 3), kind: DocumentHighlightKind.Read },
      { range: rangeOf(PART_A, 'beds', 4), kind: DocumentHighlightKind.Read },
    ]);
  });

  test('prepareRename: the id and its range, or a refusal where there is no id', async () => {
    const prepare = (needle: string, delta: number) =>
      c.connection.sendRequest(PrepareRenameRequest.type, {
        textDocument: { uri: uri('parts/b.plan.yaml') },
        position: pos(PART_B, needle, delta),
      });
    assert.deepEqual(await prepare('act-c', 2), { range: rangeOf(PART_B, 'act-c'), placeholder: 'act-c' });
    assert.deepEqual(await prepare('part_of: demo', 12), { range: rangeOf(PART_B, 'demo'), placeholder: 'demo' });
    await assert.rejects(prepare('Measure beds', 2), {
      code: LSPErrorCodes.RequestFailed,
      message: 'Only an id can be renamed: place the cursor on an item’s `id` or on a reference to it.',
    });
  });

  test('rename an indicator from part B: one workspace edit over the root and both parts, leaving the plan clean', async () => {
    const result = await c.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: uri('parts/b.plan.yaml') },
      position: pos(PART_B, 'patients', 1),
      newName: 'patients-included',
    });
    const edits = (text: string, occurrences: number[]) =>
      occurrences.map((n) => ({ range: rangeOf(text, 'patients', n), newText: 'patients-included' }));
    assert.deepEqual(result, {
      changes: {
        [uri('demo.plan.yaml')]: edits(CLEAN_PLAN, [0, 3, 4]),
        [uri('parts/a.plan.yaml')]: edits(PART_A, [0]),
        [uri('parts/b.plan.yaml')]: edits(PART_B, [0]),
      },
    });
    assert.equal(
      applyEdits(PART_A, result!.changes![uri('parts/a.plan.yaml')]),
      edit(PART_A, '[beds, patients]', '[beds, patients-included]'),
    );
  });

  test("rename the plan id: the root's `id` and each part's `part_of`", async () => {
    const result = await c.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: uri('demo.plan.yaml') },
      position: pos(CLEAN_PLAN, 'id: demo', 5),
      newName: 'demo-2026',
    });
    assert.deepEqual(result, {
      changes: {
        [uri('demo.plan.yaml')]: [{ range: rangeOf(CLEAN_PLAN, 'demo'), newText: 'demo-2026' }],
        [uri('parts/a.plan.yaml')]: [{ range: rangeOf(PART_A, 'demo'), newText: 'demo-2026' }],
        [uri('parts/b.plan.yaml')]: [{ range: rangeOf(PART_B, 'demo'), newText: 'demo-2026' }],
      },
    });
  });

  test('rename refuses an id already used in another file, and an invalid id, with a message', async () => {
    const rename = (newName: string) =>
      c.connection.sendRequest(RenameRequest.type, {
        textDocument: { uri: uri('parts/b.plan.yaml') },
        position: pos(PART_B, 'act-c', 1),
        newName,
      });
    await assert.rejects(rename('act-a'), {
      code: LSPErrorCodes.RequestFailed,
      message: "The id 'act-a' is already used by action 'act-a' (demo.plan.yaml:46); choose another.",
    });
    await assert.rejects(rename('act c'), {
      code: LSPErrorCodes.RequestFailed,
      message: "'act c' is not a valid id: use letters, digits, '.', '_' or '-', starting with a letter or digit.",
    });
  });

  test("follow the editor's text: a reference typed in the open part is found at once", async () => {
    const line = pos(PART_B, '    indicators: [beds]').line;
    const version = await c.change(uri('parts/b.plan.yaml'), [
      { range: { start: { line, character: 21 }, end: { line, character: 21 } }, text: ', funds' },
    ]);
    await c.diagnosticsOf(uri('parts/b.plan.yaml'), version);
    const references = await c.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: uri('demo.plan.yaml') },
      position: pos(CLEAN_PLAN, 'id: funds', 5),
      context: { includeDeclaration: false },
    });
    assert.deepEqual(
      (references ?? []).map((l) => [l.uri, l.range.start.line]),
      [
        [uri('demo.plan.yaml'), 43],
        [uri('demo.plan.yaml'), 55],
        [uri('parts/b.plan.yaml'), line],
      ],
    );
  });
});

describe('navigation for other clients', () => {
  test('links for a client with linkSupport: the whole item revealed, the id selected', async () => {
    const capabilities: ClientCapabilities = {
      ...FULL_CAPABILITIES,
      textDocument: { ...FULL_CAPABILITIES.textDocument, definition: { linkSupport: true } },
    };
    const { c, uri } = await session({ capabilities });
    const links = await c.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri: uri('parts/b.plan.yaml') },
      position: pos(PART_B, 'act-c', 1),
    });
    // The item's mapping, from its first key to the end of its last line.
    const itemStart = pos(PART_A, 'id: act-c');
    assert.deepEqual(links, [
      {
        originSelectionRange: rangeOf(PART_B, 'act-c'),
        targetUri: uri('parts/a.plan.yaml'),
        targetRange: { start: itemStart, end: { line: pos(PART_A, 'contributes_to: [beds]').line, character: 30 } },
        targetSelectionRange: rangeOf(PART_A, 'act-c'),
      },
    ]);
  });

  test('versioned document edits, refusals in French, and a rename without prepareRename support', async () => {
    const capabilities: ClientCapabilities = {
      ...FULL_CAPABILITIES,
      workspace: { ...FULL_CAPABILITIES.workspace, workspaceEdit: { documentChanges: true } },
      textDocument: { ...FULL_CAPABILITIES.textDocument, rename: {} },
    };
    const { c, uri } = await session({ capabilities, locale: 'fr', opened: ['parts/a.plan.yaml'] });
    assert.equal(c.initializeResult!.capabilities.renameProvider, true);
    const result = await c.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: uri('parts/a.plan.yaml') },
      position: pos(PART_A, 'id: beds', 5),
      newName: 'lits',
    });
    const beds = (text: string, n: number) => ({ range: rangeOf(text, 'beds', n), newText: 'lits' });
    assert.deepEqual(result, {
      documentChanges: [
        {
          textDocument: { uri: uri('parts/a.plan.yaml'), version: 1 },
          edits: [beds(PART_A, 0), beds(PART_A, 3), beds(PART_A, 4)],
        },
        { textDocument: { uri: uri('parts/b.plan.yaml'), version: null }, edits: [beds(PART_B, 1)] },
      ],
    });
    await assert.rejects(
      c.connection.sendRequest(RenameRequest.type, {
        textDocument: { uri: uri('parts/a.plan.yaml') },
        position: pos(PART_A, 'id: beds', 5),
        newName: 'funds',
      }),
      {
        message:
          "L’identifiant 'funds' est déjà utilisé par l’indicateur 'funds' (demo.plan.yaml:20) ; choisissez-en un autre.",
      },
    );
    await assert.rejects(
      c.connection.sendRequest(PrepareRenameRequest.type, {
        textDocument: { uri: uri('parts/a.plan.yaml') },
        position: pos(PART_A, 'Open beds', 2),
      }),
      {
        message:
          'Seul un identifiant peut être renommé : placez le curseur sur l’`id` d’un élément ou sur une référence à celui-ci.',
      },
    );
  });
});
