import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bodyOf,
  errorPageHtml,
  escapeHtml,
  newNonce,
  unescapeHtml,
  urisIn,
  withPreviewMeta,
} from '../../../client/src/preview/previewHtml';
import { renderPlanDocument } from '../../src/core/render/renderPlan';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import { CLEAN_PLAN } from '../helpers';

const ROOT = 'file:///plans/demo.plan.yaml';
const PART = 'file:///plans/parts/care%20team.plan.yaml';

test('an update carries the body without its scripts', () => {
  const html =
    '<!DOCTYPE html><html><head><script nonce="a" src="x.js"></script></head><body class="x" data-uri="u">\n<main>hi</main>\n<SCRIPT nonce="a" src="webview.js"></SCRIPT>\n</body></html>';
  assert.equal(bodyOf(html), '\n<main>hi</main>\n\n');
  assert.equal(bodyOf('<p>no body</p>'), '<p>no body</p>');
});

test('the page is stamped with its preview and render, escaped', () => {
  const stamped = withPreviewMeta(
    '<html><head><title>t</title></head><body></body></html>',
    'file:///a"b.plan.yaml',
    4,
  );
  assert.equal(
    stamped,
    '<html><head><meta name="jalon-preview-source" content="file:///a&quot;b.plan.yaml"><meta name="jalon-preview-version" content="4"><title>t</title></head><body></body></html>',
  );
  assert.ok(withPreviewMeta('<p>x</p>', 's', 1).startsWith('<meta name="jalon-preview-source"'));
});

test('the files a page shows, once each, as written before escaping', () => {
  const html = `<body data-uri="${ROOT}"><section data-line="3" data-uri="${ROOT}"></section><div data-line='1' data-uri='${PART.replace('%20', '&#37;20')}'></div><p data-uri="file:///x&amp;y"></p></body>`;
  assert.deepEqual(urisIn(html), [ROOT, PART, 'file:///x&y']);
  assert.equal(unescapeHtml('&lt;a&gt; &amp;amp; &#x27;&#39;&quot;&apos;'), "<a> &amp; ''\"'");
});

test('the renderer and the preview agree: blocks of the root and of a part carry data-line and data-uri', () => {
  const workspace = new PlanWorkspace();
  workspace.setFile(ROOT, CLEAN_PLAN);
  workspace.setFile(
    PART,
    'part_of: demo\naxis: care-axis\nobjectives:\n  - id: listen\n    title: Listen\n    actions:\n      - { id: survey, title: Survey, due: 2027 }\n',
  );
  const plan = workspace.planOf(ROOT)!;
  const findings = plan.files.flatMap((f) => workspace.diagnostics(f.uri));
  const html = renderPlanDocument(plan, findings, {
    mode: 'webview',
    cspSource: 'vscode-webview://x',
    nonce: 'NONCE',
    scriptUri: 'https://x/webview.js',
    styleUri: 'https://x/preview.css',
  });
  assert.deepEqual(urisIn(html).sort(), [ROOT, PART].sort());
  const body = bodyOf(html);
  assert.ok(!/<script/i.test(body));
  assert.match(body, /data-line="\d+"/);
});

test('nonces: 32 letters or digits, new each time', () => {
  const a = newNonce();
  assert.match(a, /^[A-Za-z0-9]{32}$/);
  assert.notEqual(a, newNonce());
});

test('the error page runs nothing and shows the reason as text', () => {
  const page = errorPageHtml({
    cspSource: 'vscode-webview://x',
    styleUri: 'https://x/p.css',
    lang: 'fr',
    title: 'Preview: <b>',
    message: 'Failed: <img src=x onerror=alert(1)>',
  });
  assert.ok(!/<script/i.test(page));
  assert.match(page, /default-src 'none'; style-src vscode-webview:\/\/x;/);
  assert.ok(page.includes('Failed: &lt;img src=x onerror=alert(1)&gt;'));
  assert.ok(page.includes('<title>Preview: &lt;b&gt;</title>'));
  assert.equal(escapeHtml(`<&>"'`), '&lt;&amp;&gt;&quot;&#39;');
});
