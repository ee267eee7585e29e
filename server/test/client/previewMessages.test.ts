import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromWebview, previewState, toWebview } from '../../../client/src/preview/messages';
import { handleMessage, type PreviewPage } from '../../../client/src/preview/webview/handleMessage';

const SOURCE = 'file:///plans/demo.plan.yaml';
const PART = 'file:///plans/parts/care.plan.yaml';

test('messages from the webview: ours and about this preview, well formed, lines whole', () => {
  assert.deepEqual(fromWebview({ type: 'ready', source: SOURCE, version: 3 }, SOURCE), {
    type: 'ready',
    source: SOURCE,
    version: 3,
  });
  assert.deepEqual(fromWebview({ type: 'revealLine', source: SOURCE, uri: PART, line: 12.7 }, SOURCE), {
    type: 'revealLine',
    source: SOURCE,
    uri: PART,
    line: 12,
  });
  assert.deepEqual(fromWebview({ type: 'openSource', source: SOURCE, uri: PART, line: 4 }, SOURCE), {
    type: 'openSource',
    source: SOURCE,
    uri: PART,
    line: 4,
  });
  // Another preview's, unknown, or malformed: ignored.
  assert.equal(fromWebview({ type: 'revealLine', source: PART, uri: PART, line: 1 }, SOURCE), undefined);
  assert.equal(fromWebview({ type: 'navigate', source: SOURCE }, SOURCE), undefined);
  assert.equal(fromWebview({ type: 'openSource', source: SOURCE, uri: PART, line: -1 }, SOURCE), undefined);
  assert.equal(fromWebview({ type: 'openSource', source: SOURCE, line: 2 }, SOURCE), undefined);
  assert.equal(fromWebview('ready', SOURCE), undefined);
  assert.equal(fromWebview(null, SOURCE), undefined);
});

test('messages to the webview are checked the same way', () => {
  assert.deepEqual(toWebview({ type: 'update', source: SOURCE, version: 2, body: '<p>x</p>' }, SOURCE), {
    type: 'update',
    source: SOURCE,
    version: 2,
    body: '<p>x</p>',
  });
  assert.deepEqual(toWebview({ type: 'scrollTo', source: SOURCE, uri: PART, line: 3.5 }, SOURCE), {
    type: 'scrollTo',
    source: SOURCE,
    uri: PART,
    line: 3.5,
  });
  assert.deepEqual(toWebview({ type: 'error', source: SOURCE, message: 'stopped' }, SOURCE), {
    type: 'error',
    source: SOURCE,
    message: 'stopped',
  });
  assert.equal(toWebview({ type: 'update', source: SOURCE, body: '<p>x</p>' }, SOURCE), undefined);
  assert.equal(toWebview({ type: 'update', source: PART, version: 2, body: '' }, SOURCE), undefined);
});

test('the persisted state: the source, and the line at the top when known', () => {
  assert.deepEqual(previewState({ uri: SOURCE, line: 40, lineUri: PART }), { uri: SOURCE, line: 40, lineUri: PART });
  assert.deepEqual(previewState({ uri: SOURCE, line: 'top' }), { uri: SOURCE, line: undefined, lineUri: undefined });
  assert.equal(previewState({ line: 3 }), undefined);
  assert.equal(previewState(undefined), undefined);
});

/** A page that records what it was asked to do. */
function fakePage(version = 1): PreviewPage & { calls: string[] } {
  const calls: string[] = [];
  return {
    version,
    calls,
    replaceBody: (body) => calls.push(`body ${body}`),
    scrollToLine: (uri, line) => calls.push(`scroll ${uri}:${line}`),
    showError: (message) => calls.push(`error ${message}`),
    clearError: () => calls.push('clear'),
  };
}

test('the webview applies a newer update (clearing a failure), and never an older one', () => {
  const page = fakePage(3);
  assert.equal(handleMessage({ type: 'update', source: SOURCE, version: 2, body: 'old' }, SOURCE, page), false);
  assert.equal(handleMessage({ type: 'update', source: SOURCE, version: 3, body: 'same' }, SOURCE, page), false);
  assert.equal(handleMessage({ type: 'update', source: SOURCE, version: 5, body: 'new' }, SOURCE, page), true);
  assert.equal(handleMessage({ type: 'update', source: SOURCE, version: 4, body: 'late' }, SOURCE, page), false);
  assert.equal(page.version, 5);
  assert.deepEqual(page.calls, ['body new', 'clear']);
});

test('the webview scrolls when told, shows failures, and ignores what is about another preview', () => {
  const page = fakePage();
  handleMessage({ type: 'scrollTo', source: SOURCE, uri: PART, line: 7 }, SOURCE, page);
  handleMessage({ type: 'error', source: SOURCE, message: 'The preview stopped updating: boom' }, SOURCE, page);
  handleMessage({ type: 'scrollTo', source: PART, uri: PART, line: 9 }, SOURCE, page);
  handleMessage({ type: 'update', source: PART, version: 9, body: 'other' }, SOURCE, page);
  assert.deepEqual(page.calls, [`scroll ${PART}:7`, 'error The preview stopped updating: boom']);
});
