import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/core/config/config';
import type { LogoFile } from '../../src/core';
import { decodePlanText } from '../../src/core/text/decodeText';
import type { HostConfig, PlanHost, ReadResult } from '../../src/host/planHost';
import { PlanIndex } from '../../src/lsp/planIndex';
import { CLEAN_PLAN, edit } from '../helpers';

/**
 * A host with no disk, as a browser build would pass: files by URI in memory, any scheme. The
 * index reads only through it, and the check reads the configuration from memory.
 */
class MemoryHost implements PlanHost {
  reads: string[] = [];
  constructor(private readonly files: Record<string, string | Uint8Array>) {}
  canRead(uri: string): boolean {
    return uri.startsWith('memfs:');
  }
  async listPlanFiles(folderUri: string): Promise<string[]> {
    return Object.keys(this.files)
      .filter((uri) => uri.startsWith(`${folderUri}/`) && uri.endsWith('.plan.yaml'))
      .sort();
  }
  async readText(uri: string, maxBytes: number): Promise<ReadResult> {
    this.reads.push(uri);
    const content = this.files[uri];
    if (content === undefined) return { missing: true };
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    return bytes.length > maxBytes
      ? { problem: { kind: 'too-large', size: bytes.length, limit: maxBytes } }
      : decodePlanText(bytes);
  }
  async loadConfig(folderUri: string): Promise<HostConfig | undefined> {
    const uri = `${folderUri}/jalon.config.yaml`;
    const text = this.files[uri];
    this.reads.push(uri);
    return typeof text === 'string' ? { uri, text, ...parseConfig(text) } : undefined;
  }
  readLogo(): LogoFile {
    return { missing: true };
  }
  forgetConfigs(): void {}
  environmentLocale(): string | undefined {
    return undefined;
  }
}

const EARLY = edit(CLEAN_PLAN, '                start: 2026\n', '                start: 2025\n');

describe('PlanIndex over a host that is not the disk', () => {
  test('lists, reads and checks the files of a memfs: folder, with its configuration read before the check', async () => {
    const host = new MemoryHost({
      'memfs:/plans/a.plan.yaml': EARLY,
      'memfs:/plans/jalon.config.yaml': 'rules:\n  date/outside-cycle: error\n',
      'memfs:/plans/latin1.plan.yaml': Uint8Array.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]),
    });
    const index = new PlanIndex(host);
    index.folderUris = ['memfs:/plans'];
    const files = await index.discover();
    assert.deepEqual(files, ['memfs:/plans/a.plan.yaml', 'memfs:/plans/latin1.plan.yaml']);
    for (const uri of files) await index.loadFromDisk(uri);
    const readsBeforeCheck = host.reads.length;
    assert.deepEqual(
      index.workspace.diagnostics('memfs:/plans/a.plan.yaml').map((f) => [f.ruleId, f.severity]),
      [['date/outside-cycle', 'error']],
    );
    assert.deepEqual(
      index.workspace.diagnostics('memfs:/plans/latin1.plan.yaml').map((f) => f.ruleId),
      ['file/unreadable'],
    );
    assert.equal(host.reads.length, readsBeforeCheck, 'checking reads nothing');
    assert.deepEqual(
      index.configurations().map((c) => c.uri),
      ['memfs:/plans/jalon.config.yaml'],
    );
  });

  test('a document opened before its configuration is loaded gets it once loadConfigs has run', async () => {
    const host = new MemoryHost({ 'memfs:/plans/jalon.config.yaml': 'rules:\n  date/outside-cycle: off\n' });
    const index = new PlanIndex(host);
    index.openDocument('memfs:/plans/b.plan.yaml', 'jalon-plan', 1, EARLY);
    assert.deepEqual(
      index.workspace.diagnostics('memfs:/plans/b.plan.yaml').map((f) => f.ruleId),
      ['date/outside-cycle'],
    );
    assert.equal(await index.loadConfigs(['memfs:/plans/b.plan.yaml']), true);
    assert.deepEqual(index.workspace.diagnostics('memfs:/plans/b.plan.yaml'), []);
    assert.equal(await index.loadConfigs(['memfs:/plans/b.plan.yaml']), false);
  });

  test('the size limit of max_file_size applies to what the host reads and to open documents', async () => {
    const host = new MemoryHost({
      'memfs:/p/a.plan.yaml': CLEAN_PLAN,
      'memfs:/p/jalon.config.yaml': 'max_file_size: 100\n',
    });
    const index = new PlanIndex(host);
    index.folderUris = ['memfs:/p'];
    for (const uri of await index.discover()) await index.loadFromDisk(uri);
    assert.deepEqual(
      index.workspace.diagnostics('memfs:/p/a.plan.yaml').map((f) => f.ruleId),
      ['file/too-large'],
    );
    index.openDocument('memfs:/p/b.plan.yaml', 'jalon-plan', 1, CLEAN_PLAN.replace('id: demo', 'id: other'));
    assert.deepEqual(
      index.workspace.diagnostics('memfs:/p/b.plan.yaml').map((f) => f.ruleId),
      ['file/too-large'],
    );
  });
  test('changes to an open document are parsed once, when the workspace is next read', () => {
    const index = new PlanIndex(new MemoryHost({}));
    const uri = 'memfs:/plans/a.plan.yaml';
    index.openDocument(uri, 'jalon-plan', 1, CLEAN_PLAN);
    const parsed: string[] = [];
    const files = index.workspace;
    const setFile = files.setFile.bind(files);
    files.setFile = (u, text) => (parsed.push(text), setFile(u, text));
    const end = { line: 0, character: 0 };
    for (let version = 2; version <= 6; version++)
      assert.deepEqual(index.changeDocument(uri, version, [{ range: { start: end, end }, text: '#' }]), [uri]);
    assert.deepEqual(parsed, []);
    assert.equal(index.workspace.file(uri)?.text, `#####${CLEAN_PLAN}`);
    assert.deepEqual(parsed, [`#####${CLEAN_PLAN}`]);
    assert.deepEqual(index.takeTouched(), [uri]);
    assert.deepEqual(index.takeTouched(), []);
  });
});
