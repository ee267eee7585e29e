import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RENDER_HTML, type RenderHtmlParams, type RenderHtmlResult } from '../../src/lsp/protocol';
import { CLEAN_PLAN } from '../helpers';
import { LspClient, ROOT, uriOf, workspaceFolder, newClient } from './client';

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
function params(uri: string, nonce = 'abcDEF123'): RenderHtmlParams {
  return {
    uri,
    cspSource: CSP_SOURCE,
    nonce,
    scriptUri: `${CSP_SOURCE}/ext/dist/webview.js`,
    styleUri: `${CSP_SOURCE}/ext/media/preview.css`,
  };
}

function renderHtml(c: LspClient, p: RenderHtmlParams): Promise<RenderHtmlResult> {
  return c.connection.sendRequest<RenderHtmlResult>(RENDER_HTML, p);
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

const PART = `part_of: demo
axis: care-axis
ambition: quality
objectives:
  - id: listen
    title: Listen to patients
    actions:
      - id: survey
        title: Yearly survey
        due: 2027-S2
        owner: nobody-knows
`;

describe('jalon/renderHtml', () => {
  test('the plan of the document, parts included, with a CSP of the nonce and cspSource', async () => {
    const folder = workspaceFolder({ 'demo.plan.yaml': CLEAN_PLAN, 'parts/listen.plan.yaml': PART });
    const rootUri = uriOf(path.join(folder, 'demo.plan.yaml'));
    const partUri = uriOf(path.join(folder, 'parts', 'listen.plan.yaml'));
    const c = newClient();
    await c.initialize(folder);
    await c.indexed();
    const result = await renderHtml(c, params(rootUri));
    assert.equal(result.title, 'Demo plan');
    assert.equal(result.version, undefined, 'not open: rendered from the disk');
    const { html } = result;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
    assert.match(csp, /^default-src 'none'; /);
    assert.ok(csp.includes(`script-src 'nonce-abcDEF123'`), csp);
    assert.ok(csp.includes(`style-src ${CSP_SOURCE} 'nonce-abcDEF123'`), csp);
    assert.ok(!/unsafe-(inline|eval)/.test(csp));
    assert.deepEqual(html.match(/<script[^>]*>/g), [
      `<script nonce="abcDEF123" src="${CSP_SOURCE}/ext/dist/webview.js">`,
    ]);
    assert.ok(html.includes(`<link rel="stylesheet" href="${CSP_SOURCE}/ext/media/preview.css">`));
    // The part's objective is rendered under its ambition, tied to the part's file and line.
    assert.equal(count(html, '<article class="objective-card"'), 2);
    assert.ok(
      new RegExp(
        `<article class="objective-card" id="objective-listen" data-line="4" data-uri="${partUri.replace(/[.+]/g, '\\$&')}">`,
      ).test(html),
    );
    assert.ok(html.includes(`data-uri="${rootUri}"`));
    // The findings of every file of the plan, named by their path in the workspace folder.
    assert.ok(
      html.includes("parts/listen.plan.yaml:5:9</a> Objective 'listen' names no indicator"),
      'the info of the part',
    );
    assert.ok(
      html.includes("parts/listen.plan.yaml:11:16</a> <code>owner</code> of action 'survey' names 'nobody-knows'"),
      'the error of the part',
    );
    assert.ok(html.includes('1 error · 0 warnings · 1 info'));
    // Both parts and the root: the same request from the part gives the same document.
    const fromPart = await renderHtml(c, params(partUri));
    assert.equal(fromPart.html, html);
  });

  test('open documents render as typed, with their version; a fresh nonce each time', async () => {
    const folder = workspaceFolder({});
    const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
    const c = newClient();
    await c.initialize(folder);
    await c.open(uri, CLEAN_PLAN);
    const first = await renderHtml(c, params(uri, 'first'));
    assert.equal(first.version, 1);
    const titleAt = CLEAN_PLAN.split('\n').findIndex((l) => l.includes('title: Demo plan'));
    const version = await c.change(uri, [
      {
        range: { start: { line: titleAt, character: 9 }, end: { line: titleAt, character: 18 } },
        text: '<script>alert(1)</script>',
      },
    ]);
    const second = await renderHtml(c, params(uri, 'second'));
    assert.equal(second.version, version);
    assert.equal(second.title, '<script>alert(1)</script>');
    assert.ok(second.html.includes('<h1 class="plan-title">&lt;script&gt;alert(1)&lt;/script&gt;</h1>'));
    assert.deepEqual(second.html.match(/<script[^>]*>/g), [
      `<script nonce="second" src="${CSP_SOURCE}/ext/dist/webview.js">`,
    ]);
    assert.ok(
      !second.html.includes('"first"') && !second.html.includes('nonce-first'),
      'the first nonce is not reused',
    );
  });

  test('the Gustave Roussy seed: 38 objective cards, French labels, the timeline', async () => {
    const folder = workspaceFolder({
      'gr.plan.yaml': readFileSync(path.join(ROOT, 'seeds/gustave-roussy-2026-2030.plan.yaml'), 'utf8'),
    });
    const uri = uriOf(path.join(folder, 'gr.plan.yaml'));
    const c = newClient();
    await c.initialize(folder, undefined, 'en');
    await c.indexed();
    const { html, title } = await renderHtml(c, params(uri));
    assert.equal(title, 'Projet d’établissement 2026-2030', 'the author’s apostrophe set as French typography wants');
    assert.equal(count(html, '<article class="objective-card"'), 38);
    assert.ok(html.includes('Projets, actions et jalons clés') && html.includes('Enjeux et ambition'));
    assert.ok(html.includes('<svg class="timeline-chart"'));
  });

  test('a document that is no plan gets a page saying so, under the same CSP', async () => {
    const folder = workspaceFolder({});
    const c = newClient();
    await c.initialize(folder, undefined, 'fr');
    const result = await renderHtml(c, params(uriOf(path.join(folder, 'nothing.plan.yaml'))));
    assert.equal(result.title, 'nothing.plan.yaml');
    assert.ok(result.html.includes('n’est pas un plan'));
    assert.ok(result.html.includes(`script-src 'nonce-abcDEF123'`));
  });
});
