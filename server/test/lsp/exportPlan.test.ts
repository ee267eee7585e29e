import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  EXPORT_PLAN,
  RENDER_HTML,
  type ExportPlanParams,
  type ExportPlanResult,
  type RenderHtmlParams,
  type RenderHtmlResult,
} from '../../src/lsp/protocol';
import { CLEAN_PLAN, edit } from '../helpers';
import { uriOf, workspaceFolder, newClient } from './client';

const FLAWED = edit(CLEAN_PLAN, '                start: 2026\n', '                start: 2025\n');
const CSP = 'https://file+.vscode-resource.vscode-cdn.net';

describe('jalon/exportPlan and the preview’s audience', () => {
  test('the preview shows the review audience unless asked for the public one', async () => {
    const folder = workspaceFolder({ 'demo.plan.yaml': FLAWED });
    const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
    const c = newClient();
    await c.initialize(folder, undefined, 'en');
    await c.indexed();
    const params: RenderHtmlParams = {
      uri,
      cspSource: CSP,
      nonce: 'n0nce',
      scriptUri: `${CSP}/w.js`,
      styleUri: `${CSP}/p.css`,
    };
    const review = await c.connection.sendRequest<RenderHtmlResult>(RENDER_HTML, params);
    assert.ok(
      review.html.includes('data-audience="review"') &&
        review.html.includes('<li class="finding-marker finding-warning"'),
    );
    const published = await c.connection.sendRequest<RenderHtmlResult>(RENDER_HTML, { ...params, audience: 'public' });
    assert.ok(
      published.html.includes('data-audience="public"') && !published.html.includes('<li class="finding-marker'),
    );
  });

  test('the preview’s cover: the logo beside the plan, the previous plan by its title', async () => {
    const root = edit(CLEAN_PLAN, '  horizon: 2040\n', '  horizon: 2040\n  logo: logo.png\n  previous: old\n');
    const old =
      'plan:\n  id: old\n  title: The old plan\n  institution: Demo hospital\n  cycle: { start: 2021, end: 2025 }\n';
    const folder = workspaceFolder({
      'demo.plan.yaml': root,
      'old.plan.yaml': old,
      'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    });
    const c = newClient();
    await c.initialize(folder, undefined, 'en');
    await c.indexed();
    const params: RenderHtmlParams = {
      uri: uriOf(path.join(folder, 'demo.plan.yaml')),
      cspSource: CSP,
      nonce: 'n',
      scriptUri: `${CSP}/w.js`,
      styleUri: `${CSP}/p.css`,
    };
    const { html } = await c.connection.sendRequest<RenderHtmlResult>(RENDER_HTML, params);
    assert.ok(html.includes('<img class="logo" src="data:image/png;base64,iVBORw==" alt="Demo hospital">'));
    assert.ok(html.includes('Follows: The old plan'));
  });

  test('HTML and Word files of the plan, as bytes in base64; a file that is no plan is refused', async () => {
    const folder = workspaceFolder({ 'demo.plan.yaml': FLAWED, 'notes.plan.yaml': 'just: text\n' });
    const uri = uriOf(path.join(folder, 'demo.plan.yaml'));
    const c = newClient();
    await c.initialize(folder, undefined, 'en');
    await c.indexed();
    const exportAs = (p: Partial<ExportPlanParams>) =>
      c.connection.sendRequest<ExportPlanResult>(EXPORT_PLAN, { uri, format: 'html', audience: 'public', ...p });
    const html = Buffer.from((await exportAs({})).data, 'base64').toString('utf8');
    assert.ok(
      html.startsWith('<!DOCTYPE html>') &&
        html.includes('data-audience="public"') &&
        !html.includes('finding-marker finding'),
    );
    const docx = await exportAs({ format: 'docx' });
    assert.equal(Buffer.from(docx.data, 'base64').subarray(0, 2).toString('latin1'), 'PK', 'a zip archive');
    await assert.rejects(exportAs({ uri: uriOf(path.join(folder, 'notes.plan.yaml')) }), {
      message: 'This file belongs to no plan: open a *.plan.yaml file with a `plan:` or `part_of:` block.',
    });
  });
});
