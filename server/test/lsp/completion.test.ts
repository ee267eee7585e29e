import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  CompletionRequest,
  CompletionItemKind,
  CompletionTriggerKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type ClientCapabilities,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { CLEAN_PLAN, edit, at } from '../helpers';
import { FULL_CAPABILITIES, LspClient, uriOf, workspaceFolder, newClient } from './client';

async function started(
  files: Record<string, string>,
  capabilities: ClientCapabilities = FULL_CAPABILITIES,
  locale = 'en',
  clientName?: string,
): Promise<{ c: LspClient; folder: string }> {
  const folder = workspaceFolder(files);
  const c = newClient();
  await c.initialize(
    folder,
    capabilities,
    locale,
    clientName === undefined ? undefined : { name: clientName, version: '1.100.0' },
  );
  return { c, folder };
}

/** The 0-based position where `needle` ends in `text` (its n-th occurrence). */
function after_(text: string, needle: string, occurrence = 0): Position {
  const start = at(text, needle, occurrence);
  return { line: start.line - 1, character: start.column - 1 + needle.length };
}

async function complete(
  c: LspClient,
  uri: string,
  position: Position,
  triggerCharacter?: string,
): Promise<CompletionItem[]> {
  const result = await c.connection.sendRequest(CompletionRequest.type, {
    textDocument: { uri },
    position,
    context: triggerCharacter
      ? { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter }
      : { triggerKind: CompletionTriggerKind.Invoked },
  });
  assert.ok(result && !Array.isArray(result), 'a completion list');
  assert.equal((result as CompletionList).isIncomplete, false);
  return (result as CompletionList).items;
}

/** VS Code's completion capabilities, with how it inserts multi-line text. */
const VSCODE_LIKE: ClientCapabilities = {
  ...FULL_CAPABILITIES,
  textDocument: {
    ...FULL_CAPABILITIES.textDocument,
    completion: {
      completionItem: {
        snippetSupport: true,
        documentationFormat: [MarkupKind.Markdown, MarkupKind.PlainText],
        labelDetailsSupport: true,
        insertTextModeSupport: { valueSet: [InsertTextMode.asIs, InsertTextMode.adjustIndentation] },
      },
    },
  },
};

/** A client that inserts plain text only, shows plain documentation and no label details. */
const PLAIN: ClientCapabilities = {
  ...FULL_CAPABILITIES,
  textDocument: {
    ...FULL_CAPABILITIES.textDocument,
    completion: { completionItem: { snippetSupport: false, documentationFormat: [MarkupKind.PlainText] } },
  },
};

const PART = `part_of: demo
axis: care-axis
indicators:
  - id: trials
    label: Trials opened
    unit: essais
    baseline: { value: 2, year: 2024 }
    targets: [{ value: 4, by: 2030 }]
`;

const ACTION_DOC =
  'A project, action or key step ("Projets, actions et jalons clés"). It has a span (`start`/`end`), a single deadline (`due`), or neither.';

const OWNER_DOC =
  'Who carries this item: an `id` from the plan\'s `owners` list when the plan has one, otherwise a free name ("Direction des soins").';

describe('completion over stdio', () => {
  test('is advertised with its trigger characters', async () => {
    const { c } = await started({});
    assert.deepEqual(c.initializeResult?.capabilities.completionProvider, {
      triggerCharacters: [' ', '[', ',', '-'],
      resolveProvider: false,
      completionItem: { labelDetailsSupport: true },
    });
  });

  test('a new action under `actions:`: `- id:` and `title:` as tab stops, indented, inserted as is', async () => {
    const text = edit(
      CLEAN_PLAN,
      '                  - { title: Step, due: 2028-S2 }\n',
      '                  - { title: Step, due: 2028-S2 }\n              \n',
    );
    const { c, folder } = await started({ 'demo.plan.yaml': text }, VSCODE_LIKE);
    const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
    await c.open(uri, text);
    const line = at(text, '                  - { title: Step').line;
    const items = await complete(c, uri, { line, character: 14 });
    const range = { start: { line, character: 14 }, end: { line, character: 14 } };
    assert.deepEqual(items, [
      {
        label: 'New action',
        kind: CompletionItemKind.Snippet,
        sortText: '0',
        textEdit: { range, newText: '- id: ${1:action-id}\n                title: $2' },
        insertTextFormat: InsertTextFormat.Snippet,
        documentation: { kind: MarkupKind.Markdown, value: ACTION_DOC },
        insertTextMode: InsertTextMode.asIs,
      },
    ]);
  });

  test('a client without snippet support gets plain text, plain documentation and the detail line', async () => {
    const text = edit(
      CLEAN_PLAN,
      '                end: 2029\n',
      '                end: 2029\n                status: \n',
    );
    const { c, folder } = await started({ 'demo.plan.yaml': text }, PLAIN);
    const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
    await c.open(uri, text);
    const position = after_(text, '                status: ');
    const items = await complete(c, uri, position);
    assert.deepEqual(items[0], {
      label: 'planned',
      kind: CompletionItemKind.EnumMember,
      sortText: '0-00000',
      textEdit: { range: { start: position, end: position }, newText: 'planned' },
      insertTextFormat: InsertTextFormat.PlainText,
      detail: 'Not started yet.',
      documentation: 'Not started yet.',
    });
    // A key with a snippet: its tab stops left out.
    const keyText = edit(
      CLEAN_PLAN,
      '            title: Objective\n',
      '            title: Objective\n            \n',
    ).replace('            actions:\n', '            acts:\n');
    await c.change(uri, [{ text: keyText }]);
    const keys = await complete(c, uri, { line: at(keyText, '            title: Objective').line, character: 12 });
    const actions = keys.find((i) => i.label === 'actions')!;
    assert.deepEqual(actions.textEdit, {
      range: {
        start: { line: at(keyText, '            title: Objective').line, character: 12 },
        end: { line: at(keyText, '            title: Objective').line, character: 12 },
      },
      newText: 'actions:\n              - id: \n                title: ',
    });
    assert.equal(actions.insertTextFormat, InsertTextFormat.PlainText);
    assert.equal(actions.insertTextMode, undefined);
    assert.equal(actions.documentation, 'Projects, actions and key steps ("Projets, actions et jalons clés").');
  });

  test('indicator ids from the root and a part on disk, with label and unit', async () => {
    const text = edit(CLEAN_PLAN, 'indicators: [patients, funds]', 'indicators: [patients, ]');
    const { c, folder } = await started({ 'demo.plan.yaml': text, 'trials.plan.yaml': PART });
    const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
    await c.diagnosticsOf(uriOf(path.join(folder, 'trials.plan.yaml')));
    await c.open(uri, text);
    const position = after_(text, 'indicators: [patients, ');
    const items = await complete(c, uri, position, ' ');
    assert.deepEqual(items, [
      {
        label: 'funds',
        kind: CompletionItemKind.Reference,
        sortText: '0-00000',
        textEdit: { range: { start: position, end: position }, newText: 'funds' },
        insertTextFormat: InsertTextFormat.Snippet,
        labelDetails: { detail: ' (M€)', description: 'Funds raised' },
        detail: 'Funds raised (M€)',
        documentation: { kind: MarkupKind.Markdown, value: '**Funds raised**\n\nUnit: M€' },
      },
      {
        label: 'trials',
        kind: CompletionItemKind.Reference,
        sortText: '0-00001',
        textEdit: { range: { start: position, end: position }, newText: 'trials' },
        insertTextFormat: InsertTextFormat.Snippet,
        labelDetails: { detail: ' (essais)', description: 'Trials opened' },
        detail: 'Trials opened (essais)',
        documentation: {
          kind: MarkupKind.Markdown,
          value: '**Trials opened**\n\nUnit: essais\n\nDefined in `trials.plan.yaml`.',
        },
      },
    ]);
  });

  test('malformed YAML mid-edit: the server keeps answering, and completes above the error', async () => {
    const { c, folder } = await started({ 'demo.plan.yaml': CLEAN_PLAN });
    const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
    await c.open(uri, CLEAN_PLAN);
    await c.diagnosticsOf(uri, 1);
    // Typing a new dependency whose list is not closed yet, with a broken line below it.
    const where = at(CLEAN_PLAN, 'depends_on: [act-a]');
    const version = await c.change(uri, [
      {
        range: {
          start: { line: where.line - 1, character: where.column - 1 },
          end: { line: where.line - 1, character: where.column - 1 + 'depends_on: [act-a]'.length },
        },
        text: 'depends_on: [\n                status: "oops\n  - id: [',
      },
    ]);
    const diagnostics = await c.diagnosticsOf(uri, version);
    assert.ok(
      diagnostics.some((d) => d.code === 'yaml/syntax'),
      'the syntax error is reported',
    );
    const items = await complete(
      c,
      uri,
      { line: where.line - 1, character: where.column - 1 + 'depends_on: ['.length },
      '[',
    );
    assert.deepEqual(
      items.map((i) => i.label),
      ['act-a'],
    );
    const statusLine = at(CLEAN_PLAN, '                start: 2028').line - 1;
    await c.change(uri, [
      {
        range: { start: { line: statusLine, character: 0 }, end: { line: statusLine, character: 0 } },
        text: '                status: \n',
      },
    ]);
    const statuses = await complete(c, uri, { line: statusLine, character: 24 });
    assert.deepEqual(
      statuses.map((i) => i.label),
      ['planned', 'in-progress', 'done', 'delayed', 'cancelled'],
    );
  });

  test('in French: new items are named in French, dates read in French', async () => {
    const text = edit(
      CLEAN_PLAN,
      '                  - { title: Step, due: 2028-S2 }\n',
      '                  - { title: Step, due: 2028-S2 }\n              - \n                due: \n',
    );
    const { c, folder } = await started({ 'demo.plan.yaml': text }, FULL_CAPABILITIES, 'fr');
    const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
    await c.open(uri, text);
    const dash = at(text, '              - \n').line - 1;
    const items = await complete(c, uri, { line: dash, character: 16 });
    assert.equal(items[0].label, 'Nouvelle action');
    assert.deepEqual(items[0].textEdit, {
      range: { start: { line: dash, character: 16 }, end: { line: dash, character: 16 } },
      newText: 'id: ${1:action-id}\n                title: $2',
    });
    const dates = await complete(c, uri, { line: dash + 1, character: 21 });
    const q2 = dates.find((i) => i.label === '2027-Q2')!;
    assert.deepEqual(
      [q2.labelDetails, q2.detail],
      [{ description: '1er avril – 30 juin 2027' }, '1er avril – 30 juin 2027'],
    );
  });

  test('in VS Code, accepting a key whose value is an id, a date or a unit opens the list of its values', async () => {
    const text = edit(
      CLEAN_PLAN,
      '                  - { title: Step, due: 2028-S2 }\n',
      '                  - { title: Step, due: 2028-S2 }\n              - \n',
    );
    const line = at(text, '              - \n').line - 1;
    const position = { line, character: 16 };
    /** The labels of the items that carry a command, and the commands, for a client of that name. */
    const commandsFor = async (clientName: string | undefined, capabilities = VSCODE_LIKE) => {
      const { c, folder } = await started({ 'demo.plan.yaml': text }, capabilities, 'en', clientName);
      const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
      await c.open(uri, text);
      const items = await complete(c, uri, position, ' ');
      return { items, commands: items.filter((i) => i.command).map((i) => [i.label, i.command]) };
    };
    const suggest = { title: 'Suggest', command: 'editor.action.triggerSuggest' };
    const opening = ['start', 'end', 'due', 'owner', 'contributes_to', 'depends_on'].map((label) => [label, suggest]);
    const [vscode, insiders, codeServer, neovim, unnamed, plain] = await Promise.all([
      commandsFor('Visual Studio Code'),
      commandsFor('Visual Studio Code - Insiders'),
      commandsFor('code-server'),
      commandsFor('Neovim'),
      commandsFor(undefined),
      commandsFor('Visual Studio Code', PLAIN),
    ]);
    assert.deepEqual(vscode.commands, opening);
    assert.deepEqual(insiders.commands, opening);
    assert.deepEqual(codeServer.commands, opening);
    assert.deepEqual(
      vscode.items.find((i) => i.label === 'owner'),
      {
        label: 'owner',
        kind: CompletionItemKind.Property,
        sortText: '1-00008',
        textEdit: { range: { start: position, end: position }, newText: 'owner: $1' },
        insertTextFormat: InsertTextFormat.Snippet,
        documentation: { kind: MarkupKind.Markdown, value: OWNER_DOC },
        command: suggest,
      },
    );
    // An enum's key already offers its members as a snippet choice.
    assert.equal(vscode.items.find((i) => i.label === 'status')?.command, undefined);
    // Other clients would send VS Code's command back to the server; without snippets the cursor ends after `[]`.
    assert.deepEqual([neovim.commands, unnamed.commands, plain.commands], [[], [], []]);
  });

  test('a space typed in a title asks for nothing; a file the server does not know gets no list', async () => {
    const text = edit(CLEAN_PLAN, '                title: Action B', '                title: Action B and more');
    const { c, folder } = await started({ 'demo.plan.yaml': text });
    const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
    await c.open(uri, text);
    assert.deepEqual(await complete(c, uri, after_(text, 'title: Action B '), ' '), []);
    const none = await c.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri: uriOf(path.join(folder, 'notes.md')) },
      position: { line: 0, character: 0 },
    });
    assert.equal(none, null);
  });
});
