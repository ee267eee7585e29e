import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RENDER_DASHBOARD, type RenderDashboardParams, type RenderHtmlResult } from '../../src/lsp/protocol';
import { newClient, ROOT, uriOf, workspaceFolder } from './client';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const EXAMPLES = path.join(ROOT, 'examples');

function params(uri: string): RenderDashboardParams {
  return {
    uri,
    cspSource: CSP_SOURCE,
    nonce: 'dashNONCE42',
    scriptUri: `${CSP_SOURCE}/ext/dist/dashboard.js`,
    styleUri: `${CSP_SOURCE}/ext/client/media/preview.css`,
  };
}

test('jalon/renderDashboard: the plan of a report, with its parts and reports, as the view shows it; edits count', async () => {
  const folder = workspaceFolder(
    Object.fromEntries(readdirSync(EXAMPLES).map((f) => [f, readFileSync(path.join(EXAMPLES, f), 'utf8')])),
  );
  const uri = (name: string) => uriOf(path.join(folder, name));
  const c = newClient();
  await c.initialize(folder);
  await c.indexed();
  const render = (p: RenderDashboardParams) => c.connection.sendRequest<RenderHtmlResult>(RENDER_DASHBOARD, p);
  // Asked from the latest report: the dashboard of its plan, in the plan's language.
  const result = await render(params(uri('2027-12.report.yaml')));
  assert.equal(result.title, "Tableau de bord — Projet d'établissement 2026-2030 (exemple fictif)");
  const { html } = result;
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
  assert.equal(
    csp,
    `default-src 'none'; img-src ${CSP_SOURCE} data:; style-src ${CSP_SOURCE} 'nonce-dashNONCE42'; font-src ${CSP_SOURCE}; script-src 'nonce-dashNONCE42'`,
  );
  assert.deepEqual(html.match(/<script[^>]*>/g), [
    `<script nonce="dashNONCE42" src="${CSP_SOURCE}/ext/dist/dashboard.js">`,
  ]);
  assert.match(html, /<p>Au 2027-12 · Bilan d'étape 2027<\/p>/);
  // Every file it reads is named (the view renders again when one of them changes).
  for (const name of readdirSync(EXAMPLES)) assert.ok(html.includes(`data-uri="${uri(name)}"`), name);
  // The note of the report links to its line in the report.
  assert.ok(
    html.includes(
      `<a class="source-link" href="#" data-uri="${uri('2027-12.report.yaml')}" data-line="7"><code>circuit-court</code></a>`,
    ),
  );

  // An edit of the report, as typed in the editor: the dashboard reads it.
  const report = readFileSync(path.join(EXAMPLES, '2027-12.report.yaml'), 'utf8');
  await c.open(uri('2027-12.report.yaml'), report.replace('progress: 45', 'progress: 85'));
  const edited = await render(params(uri('valbrume-2026-2030.plan.yaml')));
  assert.match(
    edited.html,
    /<th>Des soins plus rapides<\/th><td class="n">1<\/td><td class="n">0<\/td><td class="n">1<\/td><td class="n">92,5 %<\/td>/,
  );
  assert.equal(edited.version, undefined, 'the root is not open');

  // Parameters of the wrong shape are refused before the core sees them.
  await assert.rejects(
    c.connection.sendRequest(RENDER_DASHBOARD, { uri: 7 }),
    (e: { code: number; message: string }) =>
      e.code === -32602 && e.message === 'Invalid parameters for jalon/renderDashboard: params.uri must be a string.',
  );
  await c.shutdown();
});

test('jalon/renderDashboard of a file that is no plan: a page that says so, with the same policy', async () => {
  const folder = workspaceFolder({ 'notes.plan.yaml': 'just: text\n' });
  const c = newClient();
  await c.initialize(folder);
  await c.indexed();
  const result = await c.connection.sendRequest<RenderHtmlResult>(
    RENDER_DASHBOARD,
    params(uriOf(path.join(folder, 'notes.plan.yaml'))),
  );
  assert.equal(result.title, 'notes.plan.yaml');
  assert.match(result.html, /script-src 'nonce-dashNONCE42'/);
  assert.doesNotMatch(result.html, /Tableau de bord|Dashboard/);
  await c.shutdown();
});
