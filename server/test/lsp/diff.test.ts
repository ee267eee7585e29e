import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { DIFF, type DiffParams, type DiffResult } from '../../src/lsp/protocol';
import { CLEAN_PLAN, edit } from '../helpers';
import { newClient, uriOf, workspaceFolder } from './client';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';

describe('jalon/diff (Jalon: Compare Plan With…)', () => {
  test('the plan rendered with its changes marked where they stand, and a summary of attention changes at the top', async () => {
    const edited = edit(
      edit(CLEAN_PLAN, '      - value: 1000\n', '      - value: 800\n'),
      '              - id: act-a\n                title: Action A\n',
      '              - id: act-a\n                title: Action A, revised\n',
    );
    const folder = workspaceFolder({ 'demo.plan.yaml': edited });
    const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
    const c = newClient();
    await c.initialize(folder);
    await c.indexed();
    const params: DiffParams = {
      uri,
      base: { label: 'HEAD', files: [{ uri, text: CLEAN_PLAN }] },
      cspSource: CSP_SOURCE,
      nonce: 'n0nce',
      scriptUri: `${CSP_SOURCE}/dist/webview.js`,
      styleUri: `${CSP_SOURCE}/media/preview.css`,
    };
    const result = await c.connection.sendRequest<DiffResult>(DIFF, params);
    assert.equal(result.title, 'Demo plan ↔ HEAD');
    assert.deepEqual(
      result.changes.map((ch) => `${ch.class} ${ch.message}`),
      [
        "attention Indicator 'patients': ambition lowered: 1000 → 800 patients by 2030.",
        "notice Action 'act-a': title “Action A” → “Action A, revised”.",
      ],
    );
    const { html } = result;
    assert.ok(
      html.includes(
        '<section class="diff-summary" id="diff-summary"><h2>Changes since HEAD</h2><p>2 changes, 1 needing attention</p><ul><li><a href="#" data-line="16" data-uri="',
      ),
      html.slice(0, 3000),
    );
    assert.ok(html.includes('<style nonce="n0nce">'));
    // The action's mark stands in the action's block: after its opening tag, before its title.
    const action = html.indexOf('<li class="action" id="');
    const mark = html.indexOf("Action 'act-a': title", action);
    assert.ok(
      action !== -1 && mark > action && mark < html.indexOf('class="action-title"', action),
      'the mark is inside the action, before its title',
    );
    await c.shutdown();
  });

  test('the classes of jalon.config.yaml apply (diff: { target-lowered: notice })', async () => {
    const edited = edit(CLEAN_PLAN, '      - value: 1000\n', '      - value: 800\n');
    const folder = workspaceFolder({
      'demo.plan.yaml': edited,
      'jalon.config.yaml': 'diff:\n  target-lowered: notice\n',
    });
    const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
    const c = newClient();
    await c.initialize(folder);
    await c.indexed();
    const result = await c.connection.sendRequest<DiffResult>(DIFF, {
      uri,
      base: { label: 'HEAD', files: [{ uri, text: CLEAN_PLAN }] },
      cspSource: CSP_SOURCE,
      nonce: 'n',
      scriptUri: 's',
      styleUri: 't',
    });
    assert.deepEqual(
      result.changes.map((ch) => ch.class),
      ['notice'],
    );
    await c.shutdown();
  });
});
