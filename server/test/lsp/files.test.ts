import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  FileChangeType,
  DiagnosticSeverity,
  InitializeRequest,
  InitializedNotification,
} from 'vscode-languageserver-protocol/node';
import { CLEAN_PLAN, edit } from '../helpers';
import { PART_B } from '../fixtures/rootWithParts';
import { BIN } from '../cli/run';
import { BINARY, LATIN1_PART, NOT_A_FILE, NOT_UTF8, TOO_LARGE } from '../fixtures/fileProblems';
import { uriOf, workspaceFolder, newClient, FULL_CAPABILITIES } from './client';

const AT_START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

describe('the server reads files on disk as jalon check does', () => {
  test('a part that is not UTF-8 text gets one finding, the same as jalon check; the rest of its plan is checked', async () => {
    const folder = workspaceFolder({ 'root.plan.yaml': CLEAN_PLAN, 'b.plan.yaml': PART_B });
    writeFileSync(path.join(folder, 'a.plan.yaml'), LATIN1_PART);
    writeFileSync(
      path.join(folder, 'image.plan.yaml'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    const c = newClient();
    await c.initialize(folder);
    await c.indexed();
    const a = await c.diagnosticsOf(uriOf(path.join(folder, 'a.plan.yaml')));
    assert.deepEqual(
      a.map((d) => [d.code, d.severity, d.range, d.message]),
      [['file/unreadable', DiagnosticSeverity.Error, AT_START, NOT_UTF8('0xE9', 16)]],
    );
    const image = await c.diagnosticsOf(uriOf(path.join(folder, 'image.plan.yaml')));
    assert.deepEqual(
      image.map((d) => d.message),
      [BINARY],
    );
    // Not replacement characters checked as a plan: the part that needs its ids says they are missing.
    const b = await c.diagnosticsOf(uriOf(path.join(folder, 'b.plan.yaml')));
    assert.ok(
      b.some((d) => d.code === 'ref/unknown' && typeof d.message === 'string' && d.message.includes("'act-c'")),
    );
    const cli = spawnSync(process.execPath, [BIN, 'check', '.', '--format', 'json'], { cwd: folder, encoding: 'utf8' });
    const fromCli = (JSON.parse(cli.stdout) as { findings: { file: string; message: string }[] }).findings.filter(
      (f) => f.file === 'a.plan.yaml',
    );
    assert.deepEqual(
      fromCli.map((f) => f.message),
      a.map((d) => d.message),
    );
  });

  test('a part that becomes unreadable is reported on it, not left out silently', async () => {
    const folder = workspaceFolder({ 'root.plan.yaml': CLEAN_PLAN, 'b.plan.yaml': PART_B });
    const c = newClient();
    await c.initialize(folder);
    await c.indexed();
    const uri = uriOf(path.join(folder, 'b.plan.yaml'));
    assert.ok((await c.diagnosticsOf(uri)).every((d) => d.code !== 'file/unreadable'));
    writeFileSync(path.join(folder, 'b.plan.yaml'), Buffer.from('part_of: demo\n# \xe9\n', 'latin1'));
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri, type: FileChangeType.Changed }],
    });
    await c.waitFor(
      () => c.diagnostics.get(uri)?.diagnostics[0]?.message === NOT_UTF8('0xE9', 2),
      'the part to be reported',
    );
  });

  test('only regular files are read: a link to /dev/zero gets a finding, a FIFO and a folder are skipped, and indexing ends', async () => {
    const folder = workspaceFolder({ 'ok.plan.yaml': CLEAN_PLAN });
    execFileSync('mkfifo', [path.join(folder, 'pipe.plan.yaml')]);
    symlinkSync('/dev/zero', path.join(folder, 'zero.plan.yaml'));
    mkdirSync(path.join(folder, 'folder.plan.yaml'));
    const c = newClient();
    await c.initialize(folder);
    await c.indexed();
    const zero = await c.diagnosticsOf(uriOf(path.join(folder, 'zero.plan.yaml')));
    assert.deepEqual(
      zero.map((d) => d.message),
      [NOT_A_FILE('a device')],
    );
    assert.deepEqual(await c.diagnosticsOf(uriOf(path.join(folder, 'ok.plan.yaml'))), []);
    assert.equal(c.diagnostics.has(uriOf(path.join(folder, 'pipe.plan.yaml'))), false);
  });

  test('a file over max_file_size, on disk or opened, is reported as too large and not parsed', async () => {
    const big = edit(CLEAN_PLAN, '  title: Demo plan', `  title: Demo plan\n  vision: "${'x'.repeat(2000)}"`);
    const folder = workspaceFolder({
      'jalon.config.yaml': 'max_file_size: 2 KB\n',
      'big.plan.yaml': big,
      'small.plan.yaml': 'part_of: demo\naxis: care-axis\n',
    });
    const c = newClient();
    await c.initialize(folder);
    await c.indexed();
    const uri = uriOf(path.join(folder, 'big.plan.yaml'));
    const size = `${Math.round(Buffer.byteLength(big) / 100) / 10} KB`;
    assert.deepEqual(
      (await c.diagnosticsOf(uri)).map((d) => [d.code, d.message]),
      [['file/too-large', TOO_LARGE(size, '2 KB')]],
    );
    await c.open(uri, big);
    assert.deepEqual(
      (await c.diagnosticsOf(uri, 1)).map((d) => d.code),
      ['file/too-large'],
    );
  });

  test('a jalon.config.yaml that cannot be read is an error on it, and in the log', async () => {
    const folder = workspaceFolder({ 'a.plan.yaml': CLEAN_PLAN });
    mkdirSync(path.join(folder, 'jalon.config.yaml'));
    const c = newClient();
    await c.initialize(folder);
    await c.indexed();
    const config = await c.diagnosticsOf(uriOf(path.join(folder, 'jalon.config.yaml')));
    const message = `${NOT_A_FILE('a folder')} Until it can be read, its settings (rules, files, max_file_size) do not apply.`;
    assert.deepEqual(
      config.map((d) => [d.code, d.severity, d.range, d.message]),
      [['config', DiagnosticSeverity.Error, AT_START, message]],
    );
    await c.waitFor(
      () => c.logs.some((l) => l.includes('jalon.config.yaml') && l.includes(NOT_A_FILE('a folder'))),
      'the log line',
    );
  });

  test('a workspace folder that is not on disk is kept and said to be unreadable; its open documents are still checked', async () => {
    const folder = workspaceFolder({ 'b.plan.yaml': 'part_of: nowhere\naxis: x\n' });
    const remote = 'vscode-vfs://github/jalon-plan/plans';
    const c = newClient();
    await c.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      locale: 'en',
      capabilities: FULL_CAPABILITIES,
      rootUri: null,
      workspaceFolders: [
        { uri: remote, name: 'plans' },
        { uri: uriOf(folder), name: 'local' },
      ],
    });
    await c.connection.sendNotification(InitializedNotification.type, {});
    await c.indexed();
    assert.ok(
      c.logs.includes(
        `Jalon cannot read the workspace folder ${remote}: this server reads only folders on disk (file:).`,
      ),
    );
    assert.deepEqual(
      (await c.diagnosticsOf(uriOf(path.join(folder, 'b.plan.yaml')))).map((d) => d.code),
      ['ref/unknown-plan'],
    );
    const opened = `${remote}/demo.plan.yaml`;
    await c.open(
      opened,
      edit(CLEAN_PLAN, '                end: 2029\n', '                end: 2029\n                status: plannd\n'),
    );
    assert.deepEqual(
      (await c.diagnosticsOf(opened, 1)).map((d) => d.code),
      ['schema/enum'],
    );
  });

  test('a workspace folder added later is read (its plans get diagnostics), and one removed takes its plans along', async () => {
    const first = workspaceFolder({ 'a.plan.yaml': CLEAN_PLAN });
    const broken = edit(
      CLEAN_PLAN,
      '                end: 2029\n',
      '                end: 2029\n                status: plannd\n',
    );
    const second = workspaceFolder({ 'b.plan.yaml': broken.replace(/id: demo\b/, 'id: other') });
    const b = uriOf(path.join(second, 'b.plan.yaml'));
    const c = newClient();
    await c.initialize(first);
    await c.indexed();
    await c.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
      event: { added: [{ uri: uriOf(second), name: 'second' }], removed: [] },
    });
    assert.deepEqual(
      (await c.diagnosticsOf(b)).map((d) => d.code),
      ['schema/enum'],
    );
    await c.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
      event: { added: [], removed: [{ uri: uriOf(second), name: 'second' }] },
    });
    await c.waitFor(() => c.diagnostics.get(b)?.diagnostics.length === 0, "the removed folder's diagnostics cleared");
    assert.deepEqual(c.errorLogs, []);
  });
});
