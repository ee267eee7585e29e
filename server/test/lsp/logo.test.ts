import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol';
import { EXPORT_PLAN, type ExportPlanResult } from '../../src/lsp/protocol';
import { CLEAN_PLAN, edit } from '../helpers';
import { BIN } from '../cli/run';
import { newClient, uriOf, workspaceFolder } from './client';

const withLogo = (logo: string) => edit(CLEAN_PLAN, '  horizon: 2040\n', `  horizon: 2040\n  logo: ${logo}\n`);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('the logo over stdio', () => {
  test('a missing logo: the diagnostic `jalon check` prints, gone when the image appears on disk', async () => {
    const folder = workspaceFolder({ 'demo.plan.yaml': withLogo('images/logo.png') });
    const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
    const c = newClient();
    await c.initialize(folder, undefined, 'en');
    await c.indexed();
    const diagnostics = await c.diagnosticsOf(uri);
    assert.deepEqual(
      diagnostics.map((d) => ({ code: d.code, severity: d.severity, range: d.range, message: d.message })),
      [
        {
          code: 'logo/unreadable',
          severity: 2,
          range: { start: { line: 7, character: 8 }, end: { line: 7, character: 23 } },
          message:
            "The logo 'images/logo.png' does not exist: the cover has no logo; put the image there or correct `logo` (a path relative to the plan file's folder).",
        },
      ],
    );
    // Diagnostics equal `jalon check` (invariant 5): the same rule, place and message.
    const check = spawnSync(process.execPath, [BIN, 'check', '.'], {
      cwd: folder,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LANG: 'C' },
    });
    assert.equal(check.stdout.split('\n')[0], `demo.plan.yaml:8:9 warning logo/unreadable ${diagnostics[0].message}`);
    // The image put in place: the server hears of it (its watcher) and checks the plan again.
    assert.ok(c.registrations.includes('workspace/didChangeWatchedFiles'));
    spawnSync('mkdir', ['-p', path.join(folder, 'images')]);
    writeFileSync(path.join(folder, 'images/logo.png'), PNG);
    await c.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: uriOf(path.join(folder, 'images/logo.png')), type: FileChangeType.Created }],
    });
    await c.waitFor(() => c.diagnostics.get(uri)?.diagnostics.length === 0, 'the logo finding to clear');
  });

  test('an SVG logo with a script: logo/script, and the export says so in its warnings', async () => {
    const folder = workspaceFolder({
      'demo.plan.yaml': withLogo('logo.svg'),
      'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>a()</script><rect width="1" height="1"/></svg>',
    });
    const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
    const c = newClient();
    await c.initialize(folder, undefined, 'fr');
    await c.indexed();
    const diagnostics = await c.diagnosticsOf(uri);
    const message =
      "Le logo SVG 'logo.svg' contient 1 script : le document intègre le logo sans eux ; retirez-les du fichier (enregistrez-le de nouveau en SVG simple) pour voir ce qui sera imprimé.";
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.message]),
      [['logo/script', message]],
    );
    const exported = await c.connection.sendRequest<ExportPlanResult>(EXPORT_PLAN, {
      uri,
      format: 'html',
      audience: 'public',
    });
    assert.deepEqual(exported.warnings, [message]);
    const html = Buffer.from(exported.data, 'base64').toString('utf8');
    const logo = /<img class="logo" src="data:image\/svg\+xml;base64,([^"]+)"/.exec(html)?.[1] ?? '';
    assert.ok(!Buffer.from(logo, 'base64').toString('utf8').includes('script'));
  });

  test('an open document not saved on disk: its logo cannot be read, and it says why', async () => {
    const c = newClient();
    await c.initialize(undefined, undefined, 'en');
    const uri = 'untitled:Untitled-1';
    await c.open(uri, withLogo('logo.png'));
    const diagnostics = await c.diagnosticsOf(uri);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.message]),
      [
        [
          'logo/unreadable',
          "The logo 'logo.png' cannot be read: the plan is not a file on disk (`untitled:`): the cover has no logo; save the plan in the folder of its logo.",
        ],
      ],
    );
  });
});
