import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { SemanticTokensRequest, type SemanticTokensLegend } from 'vscode-languageserver-protocol/node';
import { CLEAN_PLAN, edit } from '../helpers';
import { LineIndex } from '../../src/core/text/lineIndex';
import { LspClient, ROOT, uriOf, workspaceFolder, newClient } from './client';

/** Decodes the relative encoding into `line:col text type+modifiers`, in document order. */
async function tokens(c: LspClient, uri: string, text: string): Promise<string[]> {
  const legend = (c.initializeResult!.capabilities.semanticTokensProvider as { legend: SemanticTokensLegend }).legend;
  const result = await c.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
  const data = result?.data ?? [];
  const lines = new LineIndex(text);
  const out: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifiers] = data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const start = lines.offsetAt({ line, character });
    const names = legend.tokenModifiers.filter((_, bit) => (modifiers & (1 << bit)) !== 0);
    out.push(
      `${line}:${character} ${text.slice(start, start + length)} ${[legend.tokenTypes[type], ...names].join('+')}`,
    );
  }
  return out;
}

const PART = `part_of: demo
axis: care-axis
ambition: quality
objectives:
  - id: part-obj
    title: From a part
    owner: care
    indicators: [patients, beds]
    actions:
      - id: part-act
        title: Part action
        due: "2027-Q2"
        status: in-progress
        depends_on: [act-b]
`;

describe('semantic tokens', () => {
  test('declare a legend of standard types, with one custom modifier for unresolved references', async () => {
    const c = newClient();
    const init = await c.initialize(workspaceFolder({}));
    assert.deepEqual(init.capabilities.semanticTokensProvider, {
      legend: { tokenTypes: ['variable', 'number', 'enumMember'], tokenModifiers: ['declaration', 'unresolved'] },
      full: true,
    });
  });

  test('mark ids where defined, references resolved or not, dates and statuses', async () => {
    const text = edit(
      edit(CLEAN_PLAN, 'depends_on: [act-a]', 'depends_on: [act-a, act-z]'),
      '                end: 2029\n',
      '                end: 2029\n                status: in-progress\n',
    );
    const folder = workspaceFolder({ 'demo.plan.yaml': text });
    const c = newClient();
    await c.initialize(folder);
    const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
    await c.open(uri, text);
    assert.deepEqual(await tokens(c, uri, text), [
      '1:6 demo variable+declaration',
      '5:18 2026 number',
      '5:29 2030 number',
      '6:11 2040 number',
      '8:10 care variable+declaration',
      '10:8 patients variable+declaration',
      '14:34 2024 number',
      '17:12 2030 number',
      '19:8 funds variable+declaration',
      '24:33 2024 number',
      '28:12 2030 number',
      '31:8 care-axis variable+declaration',
      '35:12 quality variable+declaration',
      '39:16 obj variable+declaration',
      '42:19 care variable',
      '43:25 patients variable',
      '43:35 funds variable',
      '45:20 act-a variable+declaration',
      '47:23 2026 number',
      '48:21 2027 number',
      '49:33 patients variable',
      '50:20 act-b variable+declaration',
      '52:23 2028 number',
      '53:21 2029 number',
      '54:24 in-progress enumMember',
      '55:29 act-a variable',
      '55:36 act-z variable+unresolved',
      '56:33 funds variable',
      '58:40 2028-S2 number',
    ]);
  });

  test('across a root and its parts: references to the root resolve, unknown ones do not', async () => {
    const folder = workspaceFolder({ 'demo.plan.yaml': CLEAN_PLAN, 'part.plan.yaml': PART });
    const c = newClient();
    await c.initialize(folder);
    const uri = uriOf(path.join(folder, 'part.plan.yaml'));
    await c.open(uri, PART);
    await c.waitFor(
      () => c.progress.some((p) => (p as { value?: { kind?: string } }).value?.kind === 'end'),
      'the root to be read',
    );
    assert.deepEqual(await tokens(c, uri, PART), [
      '0:9 demo variable',
      '1:6 care-axis variable',
      '2:10 quality variable',
      '4:8 part-obj variable+declaration',
      '6:11 care variable',
      '7:17 patients variable',
      '7:27 beds variable+unresolved',
      '9:12 part-act variable+declaration',
      '11:14 2027-Q2 number',
      '12:16 in-progress enumMember',
      '13:21 act-b variable',
    ]);
  });

  test('a part whose root is missing: its plan, axis and ambition are unresolved', async () => {
    const folder = workspaceFolder({ 'part.plan.yaml': PART });
    const c = newClient();
    await c.initialize(folder);
    const uri = uriOf(path.join(folder, 'part.plan.yaml'));
    await c.open(uri, PART);
    const found = await tokens(c, uri, PART);
    assert.deepEqual(found.slice(0, 3), [
      '0:9 demo variable+unresolved',
      '1:6 care-axis variable+unresolved',
      '2:10 quality variable+unresolved',
    ]);
  });

  test('a file broken mid-edit still gets the tokens of what parses', async () => {
    const text = edit(CLEAN_PLAN, '    title: Care\n', '    title: [Care\n');
    const folder = workspaceFolder({});
    const c = newClient();
    await c.initialize(folder);
    const uri = uriOf(path.join(folder, 'broken.plan.yaml'));
    await c.open(uri, text);
    const found = await tokens(c, uri, text);
    assert.deepEqual(found.slice(0, 5), [
      '1:6 demo variable+declaration',
      '5:18 2026 number',
      '5:29 2030 number',
      '6:11 2040 number',
      '8:10 care variable+declaration',
    ]);
  });

  test('owners are references only where the plan keeps a registry of owners', async () => {
    const text = edit(CLEAN_PLAN, 'owners:\n  - { id: care, name: Care directorate }\n', '');
    const folder = workspaceFolder({ 'demo.plan.yaml': text });
    const c = newClient();
    await c.initialize(folder);
    const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
    await c.open(uri, text);
    assert.ok(!(await tokens(c, uri, text)).some((t) => t.includes(' care ')));
  });

  test('the seeds: every status an enum member, every date a number, no unresolved reference', async () => {
    const c = newClient();
    await c.initialize(path.join(ROOT, 'seeds'));
    const file = path.join(ROOT, 'seeds', 'gustave-roussy-2026-2030.plan.yaml');
    const uri = uriOf(file);
    await c.diagnosticsOf(uri);
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(file, 'utf8');
    const found = await tokens(c, uri, text);
    assert.equal(found.filter((t) => t.endsWith('unresolved')).length, 0);
    assert.equal(
      found.filter((t) => t.endsWith('variable+declaration')).length,
      (text.match(/^\s*(?:- )?(?:\{ )?id: /gm) ?? []).length,
    );
    assert.deepEqual(found.slice(0, 6), [
      '1:6 gustave-roussy-2026-2030 variable+declaration',
      '5:18 2026 number',
      '5:29 2030 number',
      '6:11 2040 number',
      '32:12 psi-2020-2030 variable+declaration',
      '35:8 gr-international variable+declaration',
    ]);
  });
});
