import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { CancellationTokenSource, LSPErrorCodes, WorkspaceSymbolRequest, ResponseError } from 'vscode-languageserver-protocol/node';
import { LspClient, ROOT, uriOf } from './client';

const client = new LspClient();
after(() => client.shutdown());

test('a request cancelled before it is answered gets RequestCancelled, and the server goes on answering', async () => {
  await client.initialize(path.join(ROOT, 'seeds'));
  await client.diagnosticsOf(uriOf(path.join(ROOT, 'seeds/gustave-roussy-2026-2030.plan.yaml')));
  const source = new CancellationTokenSource();
  const pending = client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'parcours' }, source.token);
  source.cancel();
  await assert.rejects(pending, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
  const answer = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'parcours' });
  assert.ok(Array.isArray(answer) && answer.length > 0);
});
