import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  CancellationTokenSource,
  LSPErrorCodes,
  WorkspaceSymbolRequest,
  ResponseError,
} from 'vscode-languageserver-protocol/node';
import { generatePlan } from '../../src/core/generate/generatePlan';
import { newClient, ROOT, uriOf } from './client';

const client = newClient();

test('a request cancelled before it is answered gets RequestCancelled, and the server goes on answering', async () => {
  await client.initialize(path.join(ROOT, 'seeds'));
  await client.diagnosticsOf(uriOf(path.join(ROOT, 'seeds/gustave-roussy-2026-2030.plan.yaml')));
  // Opening a large plan keeps the server busy for a while: the request and its cancellation
  // sent meanwhile wait in its input together, so the cancellation is read before the answer.
  await client.open('file:///tmp/large.plan.yaml', generatePlan({ actions: 1200 }));
  const source = new CancellationTokenSource();
  const pending = client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'parcours' }, source.token);
  source.cancel();
  await assert.rejects(
    pending,
    (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled,
  );
  const answer = await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'parcours' });
  assert.ok(Array.isArray(answer) && answer.length > 0);
});
