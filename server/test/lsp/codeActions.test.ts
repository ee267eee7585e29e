import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  CodeActionRequest,
  type ClientCapabilities,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../../src/core/text/lineIndex';
import { CLEAN_PLAN, edit } from '../helpers';
import { FULL_CAPABILITIES, LspClient, uriOf, workspaceFolder, newClient } from './client';

/** A server with `files` on disk, and `name` opened with its text. */
async function session(
  files: Record<string, string>,
  name: string,
  locale = 'en',
  capabilities: ClientCapabilities = FULL_CAPABILITIES,
) {
  const folder = workspaceFolder(files);
  const c = newClient();
  await c.initialize(folder, capabilities, locale);
  const uri = uriOf(path.join(folder, name));
  await c.open(uri, files[name]);
  const diagnostics = await c.diagnosticsOf(uri, 1);
  return { c, uri, folder, diagnostics };
}

function codeActions(c: LspClient, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  return c.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics, ...(only ? { only } : {}) },
  }) as Promise<CodeAction[]>;
}

/** The text once LSP edits are applied (they never overlap: last first keeps positions right). */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const offsets = edits.map((e) => ({
    start: lines.offsetAt(e.range.start),
    end: lines.offsetAt(e.range.end),
    text: e.newText,
  }));
  offsets.sort((a, b) => b.start - a.start);
  return offsets.reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
}

function editsFor(action: CodeAction, uri: string): TextEdit[] {
  return (action.edit as WorkspaceEdit).changes![uri];
}

/** Applies an action's edits to the open document as the editor would, and returns the diagnostics that follow. */
async function apply(
  c: LspClient,
  uri: string,
  text: string,
  action: CodeAction,
): Promise<{ text: string; diagnostics: Diagnostic[] }> {
  assert.deepEqual(Object.keys((action.edit as WorkspaceEdit).changes!), [uri]);
  const next = applyEdits(text, editsFor(action, uri));
  const version = await c.change(uri, [{ text: next }]);
  return { text: next, diagnostics: await c.diagnosticsOf(uri, version) };
}

/** An LSP range from 1-based line and column of `needle` in `text`, `length` long. */
function rangeOf(text: string, needle: string, length = needle.length, occurrence = 0) {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) index = text.indexOf(needle, index + 1);
  const lines = new LineIndex(text);
  return { start: lines.positionAt(index), end: lines.positionAt(index + length) };
}

const insertAt = (text: string, needle: string) => {
  const p = new LineIndex(text).positionAt(text.indexOf(needle));
  return { start: p, end: p };
};

describe('code actions over stdio', () => {
  test('are advertised as quick fixes only to clients that take code action literals', async () => {
    const full = await session({ 'a.plan.yaml': CLEAN_PLAN }, 'a.plan.yaml');
    assert.deepEqual(full.c.initializeResult!.capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
    const bare: ClientCapabilities = {
      ...FULL_CAPABILITIES,
      textDocument: { ...FULL_CAPABILITIES.textDocument, codeAction: {} },
    };
    const text = edit(CLEAN_PLAN, 'indicators: [patients, funds]', 'indicators: [patient, funds]');
    const old = await session({ 'a.plan.yaml': text }, 'a.plan.yaml', 'en', bare);
    assert.equal(old.c.initializeResult!.capabilities.codeActionProvider, undefined);
    assert.deepEqual(await codeActions(old.c, old.uri, old.diagnostics), []);
  });

  test('ref/unknown: did you mean (preferred), create the indicator, disable on the line; the fix clears the diagnostic', async () => {
    const text = edit(CLEAN_PLAN, 'indicators: [patients, funds]', 'indicators: [patient, funds]');
    const { c, uri, diagnostics } = await session({ 'a.plan.yaml': text }, 'a.plan.yaml');
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['ref/unknown'],
    );
    assert.deepEqual(diagnostics[0].data, { suggestions: ['patients'] });
    const actions = await codeActions(c, uri, diagnostics);
    assert.deepEqual(actions, [
      {
        title: "Change to 'patients'",
        kind: 'quickfix',
        diagnostics,
        isPreferred: true,
        edit: { changes: { [uri]: [{ range: rangeOf(text, 'patient, funds', 7), newText: 'patients' }] } },
      },
      {
        title: "Create indicator 'patient' in the catalogue",
        kind: 'quickfix',
        diagnostics,
        edit: {
          changes: { [uri]: [{ range: insertAt(text, 'axes:'), newText: '  - id: patient\n    label: Patient\n' }] },
        },
      },
      {
        title: 'Disable ref/unknown on this line',
        kind: 'quickfix',
        diagnostics,
        edit: {
          changes: {
            [uri]: [
              {
                range: insertAt(text, '            indicators: [patient'),
                newText: '            # jalon-disable-next-line ref/unknown\n',
              },
            ],
          },
        },
      },
    ]);
    const fixed = await apply(c, uri, text, actions[0]);
    assert.equal(fixed.text, CLEAN_PLAN);
    assert.deepEqual(fixed.diagnostics, []);
  });

  test("a French word gets the format's word as the first, preferred fix", async () => {
    const text = edit(
      CLEAN_PLAN,
      '                end: 2027\n',
      '                end: 2027\n                status: en cours\n',
    );
    const { c, uri, diagnostics } = await session({ 'a.plan.yaml': text }, 'a.plan.yaml', 'fr');
    const actions = await codeActions(c, uri, diagnostics);
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred]),
      [
        ["Remplacer par 'in-progress'", true],
        ['Désactiver schema/enum sur cette ligne', undefined],
      ],
    );
    const fixed = await apply(c, uri, text, actions[0]);
    assert.ok(fixed.text.includes('                status: in-progress\n'));
    assert.deepEqual(fixed.diagnostics, []);
  });

  test("titles follow the client's locale", async () => {
    const text = edit(CLEAN_PLAN, 'indicators: [patients, funds]', 'indicators: [patient, funds]');
    const { c, uri, diagnostics } = await session({ 'a.plan.yaml': text }, 'a.plan.yaml', 'fr');
    assert.deepEqual(
      (await codeActions(c, uri, diagnostics)).map((a) => a.title),
      [
        "Remplacer par 'patients'",
        "Créer l’indicateur 'patient' dans le catalogue",
        'Désactiver ref/unknown sur cette ligne',
      ],
    );
  });

  test("creating the missing indicator clears the diagnostic, leaving only the new entry's reminders", async () => {
    const text = edit(CLEAN_PLAN, 'contributes_to: [patients]', 'contributes_to: [patients, beds]');
    const { c, uri, diagnostics } = await session({ 'a.plan.yaml': text }, 'a.plan.yaml');
    const actions = await codeActions(c, uri, diagnostics);
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred]),
      [
        ["Create indicator 'beds' in the catalogue", true],
        ['Disable ref/unknown on this line', undefined],
      ],
    );
    const fixed = await apply(c, uri, text, actions[0]);
    assert.ok(fixed.text.includes('80M€ in 2030"\n  - id: beds\n    label: Beds\naxes:\n'));
    assert.deepEqual(
      fixed.diagnostics.map((d) => [d.code, d.range.start.line]),
      [
        ['coverage/indicator-without-baseline', 30],
        ['coverage/indicator-without-target', 30],
      ],
    );
  });

  test("a reference in a part creates the owner in the root file's list", async () => {
    const part =
      'part_of: demo\naxis: care-axis\nobjectives:\n  - id: beds\n    title: Open beds\n    owner: board\n    indicators: [patients]\n    actions:\n      - { id: open-beds, title: Open the beds, due: 2027 }\n';
    const { c, uri, folder } = await session(
      { 'root.plan.yaml': CLEAN_PLAN, 'part.plan.yaml': part },
      'part.plan.yaml',
    );
    // The root joins the plan once the workspace is read from disk.
    const diagnostics = await c.waitFor(() => {
      const published = c.diagnostics.get(uri)?.diagnostics;
      return published?.some((d) => d.code === 'ref/unknown') && published;
    }, "the part's ref/unknown");
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['ref/unknown'],
    );
    const rootUri = uriOf(path.join(folder, 'root.plan.yaml'));
    const [create] = await codeActions(c, uri, diagnostics);
    assert.equal(create.title, "Create owner 'board' in the owners list");
    assert.deepEqual(create.edit, {
      changes: {
        [rootUri]: [{ range: insertAt(CLEAN_PLAN, 'indicators:\n'), newText: '  - { id: board, name: Board }\n' }],
      },
    });
    // The editor opens the root and edits it: the part's diagnostic goes.
    await c.open(rootUri, applyEdits(CLEAN_PLAN, editsFor(create, rootUri)));
    await c.waitFor(() => c.diagnostics.get(uri)?.diagnostics.length === 0, "the part's ref/unknown to clear");
  });

  test('schema/enum and schema/unknown-field: the value or key is replaced', async () => {
    let text = edit(
      CLEAN_PLAN,
      '                end: 2029\n',
      '                end: 2029\n                status: plannd   # to confirm\n',
    );
    text = edit(text, '    direction: increase\n    measure', '    direciton: increase\n    measure');
    const session_ = await session({ 'a.plan.yaml': text }, 'a.plan.yaml');
    const { c, uri } = session_;
    const [unknownField, enumValue] = session_.diagnostics;
    assert.deepEqual([unknownField.code, enumValue.code], ['schema/unknown-field', 'schema/enum']);
    const fieldFix = (await codeActions(c, uri, [unknownField]))[0];
    assert.deepEqual(fieldFix, {
      title: "Change to 'direction'",
      kind: 'quickfix',
      diagnostics: [unknownField],
      isPreferred: true,
      edit: { changes: { [uri]: [{ range: rangeOf(text, 'direciton'), newText: 'direction' }] } },
    });
    const once = await apply(c, uri, text, fieldFix);
    assert.deepEqual(
      once.diagnostics.map((d) => d.code),
      ['schema/enum'],
    );
    const valueFix = (await codeActions(c, uri, once.diagnostics))[0];
    assert.deepEqual(valueFix.edit, {
      changes: { [uri]: [{ range: rangeOf(once.text, 'plannd'), newText: 'planned' }] },
    });
    const twice = await apply(c, uri, once.text, valueFix);
    assert.ok(twice.text.includes('                status: planned   # to confirm\n'));
    assert.deepEqual(twice.diagnostics, []);
  });

  test('date/end-before-start: the two dates are swapped', async () => {
    const text = edit(
      CLEAN_PLAN,
      '                start: 2028\n                end: 2029\n',
      '                start: 2029\n                end: 2028-Q3\n',
    );
    const { c, uri, diagnostics } = await session({ 'a.plan.yaml': text }, 'a.plan.yaml');
    const ends = diagnostics.filter((d) => d.code === 'date/end-before-start');
    const [swap] = await codeActions(c, uri, ends);
    assert.deepEqual(swap, {
      title: 'Swap start and end (2029 ↔ 2028-Q3)',
      kind: 'quickfix',
      diagnostics: ends,
      isPreferred: true,
      edit: {
        changes: {
          [uri]: [
            { range: rangeOf(text, '2029\n                end: 2028-Q3', 4), newText: '2028-Q3' },
            { range: rangeOf(text, '2028-Q3', 7), newText: '2029' },
          ],
        },
      },
    });
    const fixed = await apply(c, uri, text, swap);
    assert.ok(!fixed.diagnostics.some((d) => d.code === 'date/end-before-start'));
  });

  test('date/target-beyond-horizon: `horizon: <year>` is inserted after the cycle', async () => {
    const text = edit(
      edit(CLEAN_PLAN, '  horizon: 2040\n', ''),
      '        by: 2030\n        quote: "double',
      '        by: 2035-S1\n        quote: "double',
    );
    const { c, uri, diagnostics } = await session({ 'a.plan.yaml': text }, 'a.plan.yaml');
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['date/target-beyond-horizon', 'target/quote-mismatch'],
    );
    const [setHorizon, disable] = await codeActions(c, uri, [diagnostics[0]]);
    assert.deepEqual(setHorizon.edit, {
      changes: { [uri]: [{ range: insertAt(text, 'owners:'), newText: '  horizon: 2035\n' }] },
    });
    assert.deepEqual(
      [setHorizon.title, setHorizon.isPreferred, disable.title],
      ["Set the plan's horizon to 2035", true, 'Disable date/target-beyond-horizon on this line'],
    );
    const fixed = await apply(c, uri, text, setHorizon);
    assert.deepEqual(
      fixed.diagnostics.map((d) => d.code),
      ['target/quote-mismatch'],
    );
  });

  test('disable on this line: a comment above, indented like the line, silences it', async () => {
    const text = edit(
      CLEAN_PLAN,
      '                  - { title: Step, due: 2028-S2 }\n',
      '                  - { title: Step, due: 2030-S2 }\n',
    );
    const { c, uri, diagnostics } = await session({ 'a.plan.yaml': text }, 'a.plan.yaml');
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['date/milestone-outside-action'],
    );
    const [disable] = await codeActions(c, uri, diagnostics);
    assert.deepEqual(disable, {
      title: 'Disable date/milestone-outside-action on this line',
      kind: 'quickfix',
      diagnostics,
      edit: {
        changes: {
          [uri]: [
            {
              range: insertAt(text, '                  - { title: Step'),
              newText: '                  # jalon-disable-next-line date/milestone-outside-action\n',
            },
          ],
        },
      },
    });
    assert.deepEqual((await apply(c, uri, text, disable)).diagnostics, []);
  });

  test('still answered while the YAML is broken further down', async () => {
    let text = edit(CLEAN_PLAN, 'indicators: [patients, funds]', 'indicators: [patient, funds]');
    text = edit(text, '                title: Action B\n', '                title: Action B: "unclosed\n');
    const { c, uri, diagnostics } = await session({ 'a.plan.yaml': text }, 'a.plan.yaml');
    const unknown = diagnostics.filter((d) => d.code === 'ref/unknown');
    assert.ok(diagnostics.some((d) => d.code === 'yaml/syntax'));
    const fixed = await apply(c, uri, text, (await codeActions(c, uri, unknown))[0]);
    assert.ok(!fixed.diagnostics.some((d) => d.code === 'ref/unknown'));
    assert.ok(fixed.diagnostics.some((d) => d.code === 'yaml/syntax'));
  });

  test('nothing for other kinds, other sources, or a diagnostic the text no longer has', async () => {
    const text = edit(CLEAN_PLAN, 'indicators: [patients, funds]', 'indicators: [patient, funds]');
    const { c, uri, diagnostics } = await session({ 'a.plan.yaml': text }, 'a.plan.yaml');
    assert.deepEqual(await codeActions(c, uri, diagnostics, ['refactor']), []);
    assert.equal((await codeActions(c, uri, diagnostics, ['quickfix'])).length, 3);
    assert.deepEqual(await codeActions(c, uri, [{ ...diagnostics[0], source: 'yaml' }]), []);
    const moved = { ...diagnostics[0], range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } } };
    assert.deepEqual(await codeActions(c, uri, [moved]), []);
  });
});
