import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import {
  DidChangeWatchedFilesNotification,
  DidChangeConfigurationNotification,
  FileChangeType,
  DiagnosticSeverity,
  DocumentSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { CLEAN_PLAN, edit, at } from '../helpers';
import { ROOT, uriOf, workspaceFolder, newClient } from './client';

describe('diagnostics over stdio', () => {
  test('are pushed on open with rule code, docs link and exact range, as jalon check reports them', async () => {
    const text = edit(
      CLEAN_PLAN,
      '                end: 2029\n',
      '                end: 2029\n                status: plannd\n',
    );
    const folder = workspaceFolder({ 'demo.plan.yaml': text });
    const c = newClient();
    await c.initialize(folder);
    const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
    await c.open(uri, text);
    const [d] = await c.diagnosticsOf(uri, 1);
    const where = at(text, 'plannd');
    assert.deepEqual(d, {
      range: {
        start: { line: where.line - 1, character: where.column - 1 },
        end: { line: where.line - 1, character: where.column + 5 },
      },
      severity: DiagnosticSeverity.Error,
      code: 'schema/enum',
      codeDescription: { href: 'https://github.com/jalon-plan/jalon/blob/main/docs/rules.md#schemaenum' },
      source: 'jalon',
      message:
        "`status` of action 'act-b' is 'plannd'; expected one of planned, in-progress, done, delayed, cancelled — did you mean 'planned'?",
      data: { suggestions: ['planned'] },
    });
  });

  test('equal `jalon check` on the seeds, finding for finding', async () => {
    const c = newClient();
    await c.initialize(path.join(ROOT, 'seeds'));
    const cli = spawnSync(process.execPath, ['bin/jalon.js', 'check', 'seeds', '--format', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    const expected = JSON.parse(cli.stdout).findings as {
      file: string;
      line: number;
      column: number;
      ruleId: string;
      message: string;
      severity: string;
    }[];
    const severity = { 1: 'error', 2: 'warning', 3: 'info' } as Record<number, string>;
    for (const name of ['gustave-roussy-2026-2030.plan.yaml', 'centre-antoine-lacassagne-2020-2024.plan.yaml']) {
      const uri = uriOf(path.join(ROOT, 'seeds', name));
      const diagnostics = await c.diagnosticsOf(uri);
      const seen = diagnostics.map(
        (d) =>
          `${d.range.start.line + 1}:${d.range.start.character + 1} ${severity[d.severity!]} ${d.code} ${d.message}`,
      );
      const want = expected
        .filter((f) => f.file === `seeds/${name}`)
        .map((f) => `${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`);
      assert.deepEqual(seen, want);
      assert.ok(want.length > 10);
    }
  });

  test("follow incremental edits, and a part that fixes a reference clears the root's diagnostic", async () => {
    const root = edit(
      CLEAN_PLAN,
      '            indicators: [patients, funds]',
      '            indicators: [patients, funds, beds]',
    );
    const folder = workspaceFolder({ 'root.plan.yaml': root });
    const c = newClient();
    await c.initialize(folder);
    const rootUri = uriOf(path.join(folder, 'root.plan.yaml'));
    await c.open(rootUri, root);
    const before = await c.diagnosticsOf(rootUri, 1);
    assert.deepEqual(
      before.map((d) => d.code),
      ['ref/unknown'],
    );
    // An incremental edit in the open document: a typo in a status.
    const where = at(root, '                end: 2029\n');
    const version = await c.change(rootUri, [
      {
        range: { start: { line: where.line, character: 0 }, end: { line: where.line, character: 0 } },
        text: '                status: donne\n',
      },
    ]);
    const afterEdit = await c.diagnosticsOf(rootUri, version);
    assert.deepEqual(
      afterEdit.map((d) => d.code),
      ['ref/unknown', 'schema/enum'],
    );
    // A part file, written on disk behind the server, defines the missing indicator.
    const part =
      'part_of: demo\naxis: care-axis\nindicators:\n  - id: beds\n    label: Beds\n    targets: [{ value: 10, by: 2030 }]\n    baseline: { value: 8, year: 2024 }\n';
    writeFileSync(path.join(folder, 'beds.plan.yaml'), part);
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uriOf(path.join(folder, 'beds.plan.yaml')), type: FileChangeType.Created }],
    });
    await c.waitFor(() => {
      const d = c.diagnostics.get(rootUri);
      return (
        d && d.diagnostics.every((x) => x.code !== 'ref/unknown') && d.diagnostics.some((x) => x.code === 'schema/enum')
      );
    }, "the root's ref/unknown to clear");
    // The part deleted: the finding comes back.
    unlinkSync(path.join(folder, 'beds.plan.yaml'));
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uriOf(path.join(folder, 'beds.plan.yaml')), type: FileChangeType.Deleted }],
    });
    await c.waitFor(
      () => c.diagnostics.get(rootUri)?.diagnostics.some((x) => x.code === 'ref/unknown'),
      'the ref/unknown to come back',
    );
  });

  test('jalon.config.yaml and the jalon.rules setting change severities without a restart', async () => {
    const text = edit(CLEAN_PLAN, '                start: 2026\n', '                start: 2025\n');
    const folder = workspaceFolder({ 'a.plan.yaml': text });
    const c = newClient();
    await c.initialize(folder);
    const uri = uriOf(path.join(folder, 'a.plan.yaml'));
    await c.open(uri, text);
    assert.deepEqual(
      (await c.diagnosticsOf(uri, 1)).map((d) => [d.code, d.severity]),
      [['date/outside-cycle', DiagnosticSeverity.Warning]],
    );
    writeFileSync(path.join(folder, 'jalon.config.yaml'), 'rules:\n  date/outside-cycle: error\n');
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uriOf(path.join(folder, 'jalon.config.yaml')), type: FileChangeType.Created }],
    });
    await c.waitFor(
      () => c.diagnostics.get(uri)?.diagnostics[0]?.severity === DiagnosticSeverity.Error,
      'the config to apply',
    );
    c.settings = { rules: { 'date/outside-cycle': 'off' } };
    await c.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await c.waitFor(() => c.diagnostics.get(uri)?.diagnostics.length === 0, 'the setting to apply');
  });

  test("messages follow the client's locale", async () => {
    const text = edit(CLEAN_PLAN, '                start: 2026\n', '                start: 2025\n');
    const folder = workspaceFolder({ 'a.plan.yaml': text });
    const c = newClient();
    await c.initialize(folder, undefined, 'fr-FR');
    const uri = uriOf(path.join(folder, 'a.plan.yaml'));
    await c.open(uri, text);
    const [d] = await c.diagnosticsOf(uri, 1);
    assert.equal(d.message, "L’action 'act-a' commence en 2025, avant le cycle du plan (2026–2030).");
    assert.deepEqual(d.codeDescription, {
      href: 'https://github.com/jalon-plan/jalon/blob/main/docs/fr/rules.md#dateoutside-cycle',
    });
  });

  test('the workspace is indexed with progress reported, and files on disk get diagnostics', async () => {
    const folder = workspaceFolder({ 'a.plan.yaml': CLEAN_PLAN, 'b.plan.yaml': 'part_of: nowhere\naxis: x\n' });
    const c = newClient();
    await c.initialize(folder);
    const uri = uriOf(path.join(folder, 'b.plan.yaml'));
    const diagnostics = await c.diagnosticsOf(uri);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['ref/unknown-plan'],
    );
    await c.waitFor(
      () => c.progress.some((p) => (p as { value?: { kind?: string } }).value?.kind === 'end'),
      'progress to end',
    );
    assert.ok(c.registrations.includes('workspace/didChangeWatchedFiles'));
    assert.equal(readFileSync(path.join(folder, 'a.plan.yaml'), 'utf8'), CLEAN_PLAN);
  });

  test('a file of more than 1,000 findings gets 1,000 (errors first) and a note that gives the total, as VS Code would show no more', async () => {
    // 1,200 unknown keys (warnings) before the plan, whose one error comes after all of them.
    const keys = Array.from({ length: 1200 }, (_, i) => `unknown_${i}: ${i}\n`).join('');
    const text =
      keys +
      edit(CLEAN_PLAN, '                end: 2029\n', '                end: 2029\n                status: plannd\n');
    const folder = workspaceFolder({ 'big.plan.yaml': text });
    const c = newClient();
    await c.initialize(folder);
    const uri = uriOf(path.join(folder, 'big.plan.yaml'));
    await c.open(uri, text);
    const diagnostics = await c.diagnosticsOf(uri, 1);
    assert.equal(diagnostics.length, 1001);
    assert.deepEqual(
      diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).map((d) => d.code),
      ['schema/enum'],
    );
    const warnings = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Warning);
    assert.equal(warnings.length, 999);
    assert.deepEqual([warnings[0].range.start.line, warnings[998].range.start.line], [0, 998]);
    assert.deepEqual(diagnostics[1000], {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      code: 'internal/too-many-findings',
      codeDescription: {
        href: 'https://github.com/jalon-plan/jalon/blob/main/docs/rules.md#internaltoo-many-findings',
      },
      source: 'jalon',
      message:
        'Jalon found 1,201 problems in this file; the editor shows 1,000 of them, errors first. Run `jalon check big.plan.yaml` to see them all.',
    });
    const cli = spawnSync(
      process.execPath,
      [path.join(ROOT, 'bin/jalon.js'), 'check', 'big.plan.yaml', '--format', 'json'],
      {
        cwd: folder,
        encoding: 'utf8',
      },
    );
    assert.equal((JSON.parse(cli.stdout) as { findings: unknown[] }).findings.length, 1201);
  });

  /** A client with CLEAN_PLAN open and checked, and a keystroke that types `: plannd` after `title: Action B`, one letter a change. */
  async function typingAfterActionB() {
    const folder = workspaceFolder({ 'demo.plan.yaml': CLEAN_PLAN });
    const c = newClient();
    await c.initialize(folder);
    const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
    await c.open(uri, CLEAN_PLAN);
    await c.diagnosticsOf(uri, 1);
    const where = at(CLEAN_PLAN, 'title: Action B\n');
    const position = (i: number) => ({
      line: where.line - 1,
      character: where.column - 1 + 'title: Action B'.length + i,
    });
    const keystroke = (i: number) =>
      c.change(uri, [{ range: { start: position(i), end: position(i) }, text: ': plannd'[i] }]);
    return { c, uri, keystroke, letters: ': plannd'.length };
  }

  test('a burst of changes is parsed and checked once, for its last version', async () => {
    const { c, uri, keystroke, letters } = await typingAfterActionB();
    const before = c.published.length;
    // Each letter its own didChange, sent without waiting: the unquoted `: ` is a YAML error.
    const versions = await Promise.all(Array.from({ length: letters }, (_, i) => keystroke(i)));
    const last = versions[versions.length - 1];
    const diagnostics = await c.diagnosticsOf(uri, last);
    assert.deepEqual(
      diagnostics.map((d) => d.message),
      [
        'The title contains `: `, which YAML reads as the start of a new key: put the title in quotes: title: "Action B: plannd"',
      ],
    );
    // The pipe may hand the burst over in two reads, with a check between them: at most two
    // publications, never one a keystroke (before, each letter was published).
    const publishedVersions = c.published.slice(before).map((p) => p.version);
    assert.equal(publishedVersions[publishedVersions.length - 1], last);
    assert.ok(publishedVersions.length <= 2, JSON.stringify(publishedVersions));
    await c.shutdown();
  });

  test('a request amid a burst of changes reads the text of the changes sent before it', async () => {
    const { c, uri, keystroke, letters } = await typingAfterActionB();
    const sent = [keystroke(0), keystroke(1), keystroke(2)];
    const symbols = c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    for (let i = 3; i < letters; i++) sent.push(keystroke(i));
    const versions = await Promise.all(sent);
    assert.ok(JSON.stringify(await symbols).includes('"name":"Action B: p"'));
    assert.equal((await c.diagnosticsOf(uri, versions[versions.length - 1])).length, 1);
    await c.shutdown();
  });
});
