import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  HoverRequest,
  ResponseError,
  ShutdownRequest,
  ExitNotification,
  DocumentSymbolRequest,
} from 'vscode-languageserver-protocol/node';
import { CLEAN_PLAN } from '../helpers';
import { newClient, uriOf, workspaceFolder } from './client';

const POSITION = { line: 0, character: 0 };

async function errorCodeOf(request: Promise<unknown>): Promise<number | string> {
  try {
    return `answered ${JSON.stringify(await request)}`;
  } catch (error) {
    return error instanceof ResponseError ? error.code : `failed with ${String(error)}`;
  }
}

describe('the protocol lifecycle, as the LSP specification says', () => {
  test('a request before initialize is answered ServerNotInitialized (-32002)', async () => {
    const c = newClient();
    assert.equal(
      await errorCodeOf(
        c.connection.sendRequest(HoverRequest.type, {
          textDocument: { uri: 'file:///a.plan.yaml' },
          position: POSITION,
        }),
      ),
      -32002,
    );
  });

  test('a didOpen before initialize is dropped: the document gets no diagnostics, one opened after does', async () => {
    const folder = workspaceFolder({});
    const early = uriOf(path.join(folder, 'early.plan.yaml'));
    const late = uriOf(path.join(folder, 'late.plan.yaml'));
    const c = newClient();
    await c.open(early, 'plan: { id: x }\n');
    await c.initialize(folder);
    await c.open(late, 'plan: { id: x }\n');
    assert.ok((await c.diagnosticsOf(late)).length > 0);
    assert.equal(c.diagnostics.has(early), false);
    assert.deepEqual(await c.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: early } }), []);
  });

  test('a request after shutdown is answered InvalidRequest (-32600); exit then ends the server with code 0', async () => {
    const c = newClient();
    await c.initialize(undefined);
    await c.connection.sendRequest(ShutdownRequest.type);
    assert.equal(
      await errorCodeOf(
        c.connection.sendRequest(HoverRequest.type, {
          textDocument: { uri: 'file:///a.plan.yaml' },
          position: POSITION,
        }),
      ),
      -32600,
    );
    await c.connection.sendNotification(ExitNotification.type);
    assert.equal(await c.exitCode(), 0);
  });
});

describe('parameters of the wrong types are answered InvalidParams (-32602), for every request', () => {
  const doc = { uri: 'file:///a.plan.yaml' };
  const range = { start: POSITION, end: POSITION };
  const BAD: [string, unknown][] = [
    ['textDocument/hover', { textDocument: doc, position: { line: 'zero', character: 0 } }],
    ['textDocument/definition', { textDocument: { uri: 1 }, position: POSITION }],
    ['textDocument/references', { textDocument: doc, position: POSITION, context: { includeDeclaration: 'yes' } }],
    ['textDocument/documentHighlight', { textDocument: doc, position: { line: -1, character: 0 } }],
    ['textDocument/prepareRename', { textDocument: doc }],
    ['textDocument/rename', { textDocument: doc, position: POSITION, newName: 42 }],
    ['textDocument/completion', { textDocument: doc, position: { line: 0, character: 1.5 } }],
    ['textDocument/documentSymbol', { textDocument: 'file:///a.plan.yaml' }],
    ['workspace/symbol', { query: null }],
    ['textDocument/codeAction', { textDocument: doc, range, context: { diagnostics: 'none' } }],
    ['textDocument/codeLens', {}],
    ['textDocument/foldingRange', { textDocument: {} }],
    ['textDocument/selectionRange', { textDocument: doc, positions: [{ line: 0 }] }],
    ['textDocument/semanticTokens/full', { textDocument: [] }],
    ['textDocument/inlayHint', { textDocument: doc, range: { start: POSITION } }],
    ['jalon/renderHtml', { uri: doc.uri }],
    ['jalon/outline', { uri: 3 }],
  ];
  test(`${BAD.length} requests, each with one field of the wrong type`, async () => {
    const c = newClient();
    await c.initialize(undefined);
    const codes = await Promise.all(
      BAD.map(async ([method, params]) => [method, await errorCodeOf(c.connection.sendRequest(method, params))]),
    );
    assert.deepEqual(
      codes,
      BAD.map(([method]) => [method, -32602]),
    );
    assert.deepEqual(c.errorLogs, []);
  });
});

describe('a framing error ends the server with code 1, so that the client starts a fresh one', () => {
  const CASES: [string, string][] = [
    ['a Content-Length that is not a number', 'Content-Length: abc\r\n\r\n{}'],
    ['no Content-Length', 'Content-Type: application/vscode-jsonrpc\r\n\r\n{}'],
    [
      'a body cut short, then the next message',
      'Content-Length: 60\r\n\r\n{"jsonrpc":"2.0"Content-Length: 44\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"shutdown"}',
    ],
  ];
  for (const [name, bytes] of CASES) {
    test(name, async () => {
      const c = newClient();
      await c.initialize(undefined);
      c.writeRaw(bytes);
      assert.equal(await c.exitCode(), 1);
    });
  }
});

describe('a file whose check throws', () => {
  // `*Important*` is an alias to nothing: on b5f1dba the core throws on it. Once the core reports
  // it as a finding instead, the file gets that finding; either way it is never left silent.
  test('gets diagnostics (one internal/check-failed when the core throws), and the server goes on answering other documents', async () => {
    const folder = workspaceFolder({ 'demo.plan.yaml': CLEAN_PLAN });
    const broken = uriOf(path.join(folder, 'broken.plan.yaml'));
    const demo = uriOf(path.join(folder, 'demo.plan.yaml'));
    const c = newClient();
    await c.initialize(folder);
    await c.indexed();
    await c.open(broken, 'plan:\n  id: broken\n  title: *Important* plan\n');
    const diagnostics = await c.diagnosticsOf(broken, 1);
    const failed = diagnostics.filter((d) => d.code === 'internal/check-failed');
    if (failed.length > 0) {
      assert.equal(diagnostics.length, 1);
      assert.deepEqual(failed[0].range, { start: POSITION, end: POSITION });
      assert.match(
        failed[0].message as string,
        /^Jalon could not check this file: .+\. This is a bug in Jalon, not in your plan; please report it at https:\/\/github\.com\/jalon-plan\/jalon\/issues \(the details are in the Jalon output\)\.$/,
      );
      assert.equal(
        failed[0].codeDescription?.href,
        'https://github.com/jalon-plan/jalon/blob/main/docs/rules.md#internalcheck-failed',
      );
      assert.ok(
        c.errorLogs.some(
          (log) =>
            log.startsWith(`Jalon: textDocument/didOpen on ${broken} failed: `) ||
            log.startsWith(`Jalon: textDocument/publishDiagnostics on ${broken} failed: `),
        ),
        c.errorLogs.join('\n'),
      );
    } else {
      assert.ok(diagnostics.length > 0);
    }
    await c.open(demo, CLEAN_PLAN);
    assert.deepEqual(await c.diagnosticsOf(demo, 1), []);
    const hover = await c.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: demo },
      position: { line: 1, character: 3 },
    });
    assert.notEqual(hover, undefined);
  });
});
