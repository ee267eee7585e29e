import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { Guard } from '../../src/lsp/guard/guardConnection';

type Handler = (...args: unknown[]) => unknown;

/** A connection that keeps the handlers registered on it, to call them as the protocol would. */
function fakeConnection() {
  const handlers = new Map<string, Handler>();
  const logs: string[] = [];
  const register = (name: string) => (handler: Handler) => {
    handlers.set(name, handler);
    return { dispose: () => undefined };
  };
  const connection = {
    onInitialize: register('initialize'),
    onShutdown: register('shutdown'),
    onHover: register('hover'),
    onCodeAction: register('codeAction'),
    onRenameRequest: register('rename'),
    onDidOpenTextDocument: register('didOpen'),
    onRequest: (method: string, handler: Handler) => register(method)(handler),
    languages: { inlayHint: { on: register('inlayHint') } },
    console: { error: (message: string) => logs.push(message) },
  };
  return { connection: connection as unknown as Connection, handlers, logs };
}

const URI = 'file:///plans/a.plan.yaml';
const AT = { textDocument: { uri: URI }, position: { line: 0, character: 0 } };
const boom = () => {
  throw new Error('boom');
};

/** A guard over a fake connection, initialized unless told otherwise, with the failed files it was told of. */
function guarded(initialize = true) {
  const fake = fakeConnection();
  const failedFiles: string[] = [];
  const guard = new Guard(fake.connection, { onFileFailed: (uri) => failedFiles.push(uri) });
  guard.connection.onInitialize(() => ({ capabilities: {} }));
  const call = (name: string, ...args: unknown[]) => fake.handlers.get(name)!(...args);
  if (initialize) call('initialize', {});
  return { guard, call, logs: fake.logs, failedFiles };
}

function assertError(result: unknown, code: number, message?: string) {
  assert.ok(result instanceof ResponseError, `expected a ResponseError, got ${JSON.stringify(result)}`);
  assert.equal(result.code, code);
  if (message !== undefined) assert.equal(result.message, message);
}

describe('the guard every handler is registered through', () => {
  test('a request that throws is logged with its method and file and answered with its empty result', () => {
    const { guard, call, logs } = guarded();
    guard.connection.onHover(boom);
    assert.equal(call('hover', AT), null);
    assert.equal(logs.length, 1);
    assert.match(
      logs[0],
      /^Jalon: textDocument\/hover on file:\/\/\/plans\/a\.plan\.yaml failed: Error: boom\n {4}at /,
    );
  });

  test('a rejected async request is answered with its empty result too', async () => {
    const { guard, call, logs } = guarded();
    guard.connection.onCodeAction(async () => boom());
    assert.deepEqual(
      await call('codeAction', {
        ...AT,
        range: { start: AT.position, end: AT.position },
        context: { diagnostics: [] },
      }),
      [],
    );
    assert.match(logs[0], /^Jalon: textDocument\/codeAction on file:\/\/\/plans\/a\.plan\.yaml failed: Error: boom/);
  });

  test('nested registrations (languages.inlayHint.on) are guarded', () => {
    const { guard, call } = guarded();
    guard.connection.languages.inlayHint.on(boom);
    assert.deepEqual(
      call('inlayHint', { textDocument: { uri: URI }, range: { start: AT.position, end: AT.position } }),
      [],
    );
  });

  test('a request without an empty result is answered InternalError naming the method and file', () => {
    const { guard, call } = guarded();
    guard.connection.onRenameRequest(boom);
    assertError(
      call('rename', { ...AT, newName: 'x' }),
      ErrorCodes.InternalError,
      'Jalon could not answer textDocument/rename on file:///plans/a.plan.yaml: boom. Please report it.',
    );
  });

  test('a ResponseError a handler throws on purpose (a refused rename) reaches the client as it is', () => {
    const { guard, call, logs } = guarded();
    guard.connection.onRenameRequest(() => {
      throw new ResponseError(-32803, 'No id here');
    });
    assert.throws(
      () => call('rename', { ...AT, newName: 'x' }),
      (e: unknown) => e instanceof ResponseError && e.code === -32803 && e.message === 'No id here',
    );
    assert.deepEqual(logs, []);
  });

  test('a notification that fails on a file tells the server which file, for its diagnostic', async () => {
    const { guard, call, logs, failedFiles } = guarded();
    guard.connection.onDidOpenTextDocument(async () => boom());
    await call('didOpen', { textDocument: { uri: URI, languageId: 'jalon-plan', version: 1, text: '' } });
    assert.deepEqual(failedFiles, [URI]);
    assert.match(logs[0], /^Jalon: textDocument\/didOpen on file:\/\/\/plans\/a\.plan\.yaml failed: Error: boom/);
  });

  test('before initialize: a request is answered ServerNotInitialized, a notification is dropped', () => {
    const { guard, call } = guarded(false);
    let opened = false;
    guard.connection.onHover(() => null);
    guard.connection.onDidOpenTextDocument(() => {
      opened = true;
    });
    assertError(
      call('hover', AT),
      -32002,
      'The server is not initialized: "textDocument/hover" must come after "initialize".',
    );
    call('didOpen', { textDocument: { uri: URI, languageId: 'jalon-plan', version: 1, text: '' } });
    assert.equal(opened, false);
  });

  test('after shutdown: a request is answered InvalidRequest', () => {
    const { guard, call } = guarded();
    guard.connection.onHover(() => null);
    call('shutdown');
    assert.equal(guard.shutDown, true);
    assertError(call('hover', AT), -32600, 'The server is shut down: "textDocument/hover" came after "shutdown".');
  });

  test('parameters of the wrong shape are answered InvalidParams, naming the field; the handler does not run', () => {
    const { guard, call } = guarded();
    let ran = false;
    guard.connection.onHover(() => {
      ran = true;
      return null;
    });
    assertError(
      call('hover', { textDocument: { uri: URI }, position: { line: '0', character: 0 } }),
      -32602,
      'Invalid parameters for textDocument/hover: params.position.line must be a non-negative integer.',
    );
    assertError(
      call('hover', { textDocument: { uri: 7 }, position: AT.position }),
      -32602,
      'Invalid parameters for textDocument/hover: params.textDocument.uri must be a string.',
    );
    assertError(call('hover', null), -32602, 'Invalid parameters for textDocument/hover: params must be an object.');
    assert.equal(ran, false);
  });

  test('attempt: work that throws or rejects is logged, then its fallback answers', async () => {
    const { guard, logs } = guarded();
    assert.equal(
      guard.attempt('textDocument/publishDiagnostics', URI, boom, () => 'fallback'),
      'fallback',
    );
    assert.equal(
      await guard.attempt(
        'workspace/index',
        URI,
        async (): Promise<string> => boom(),
        () => 'later',
      ),
      'later',
    );
    assert.equal(
      guard.attempt(
        'textDocument/publishDiagnostics',
        URI,
        () => 'fine',
        () => 'fallback',
      ),
      'fine',
    );
    assert.equal(logs.length, 2);
    assert.match(
      logs[0],
      /^Jalon: textDocument\/publishDiagnostics on file:\/\/\/plans\/a\.plan\.yaml failed: Error: boom/,
    );
    assert.match(logs[1], /^Jalon: workspace\/index on file:\/\/\/plans\/a\.plan\.yaml failed: Error: boom/);
  });
});
