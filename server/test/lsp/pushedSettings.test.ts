import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  DidChangeConfigurationNotification,
  InitializeRequest,
  InitializedNotification,
  type ClientCapabilities,
} from 'vscode-languageserver-protocol/node';
import { CLEAN_PLAN, edit } from '../helpers';
import { PART_A } from '../fixtures/rootWithParts';
import { uriOf, workspaceFolder, newClient, FULL_CAPABILITIES, type LspClient } from './client';

/** A client like Neovim 0.7: no workspace/configuration, no dynamic registration. */
const NO_CONFIGURATION: ClientCapabilities = {
  ...FULL_CAPABILITIES,
  workspace: { workspaceFolders: true, symbol: {} },
};

/** CLEAN_PLAN with action 'act-a' starting before the cycle: one date/outside-cycle warning. */
const EARLY = edit(CLEAN_PLAN, '                start: 2026\n', '                start: 2025\n');
const FRENCH = "L’action 'act-a' commence en 2025, avant le cycle du plan (2026–2030).";
const ENGLISH = "Action 'act-a' starts in 2025, before the plan's cycle (2026–2030).";

/** Initializes as a client that sends no `locale`, with these initializationOptions. */
async function initialize(c: LspClient, folder: string, initializationOptions?: unknown): Promise<void> {
  await c.connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    capabilities: NO_CONFIGURATION,
    rootUri: uriOf(folder),
    workspaceFolders: [{ uri: uriOf(folder), name: path.basename(folder) }],
    ...(initializationOptions ? { initializationOptions } : {}),
  });
  await c.connection.sendNotification(InitializedNotification.type, {});
}

const ENGLISH_ENV = { PATH: process.env.PATH, LANG: 'C' };

describe('settings and locale from clients without workspace/configuration', () => {
  test('French from initializationOptions', async () => {
    const folder = workspaceFolder({ 'a.plan.yaml': EARLY });
    const c = newClient(ENGLISH_ENV);
    await initialize(c, folder, { jalon: { locale: 'fr' } });
    const uri = uriOf(path.join(folder, 'a.plan.yaml'));
    await c.open(uri, EARLY);
    assert.deepEqual(
      (await c.diagnosticsOf(uri, 1)).map((d) => d.message),
      [FRENCH],
    );
  });

  test('French, and a rule set off, after a didChangeConfiguration that pushes them', async () => {
    const folder = workspaceFolder({ 'a.plan.yaml': EARLY });
    const c = newClient(ENGLISH_ENV);
    await initialize(c, folder);
    const uri = uriOf(path.join(folder, 'a.plan.yaml'));
    await c.open(uri, EARLY);
    assert.deepEqual(
      (await c.diagnosticsOf(uri, 1)).map((d) => d.message),
      [ENGLISH],
    );
    await c.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { jalon: { locale: 'fr' } },
    });
    await c.waitFor(() => c.diagnostics.get(uri)?.diagnostics[0]?.message === FRENCH, 'French messages');
    await c.connection.sendNotification(DidChangeConfigurationNotification.type, {
      settings: { jalon: { locale: 'fr', rules: { 'date/outside-cycle': 'off' } } },
    });
    await c.waitFor(() => c.diagnostics.get(uri)?.diagnostics.length === 0, 'the rule to be off');
  });

  test('jalon.rules from initializationOptions, in the dotted form too', async () => {
    const folder = workspaceFolder({ 'a.plan.yaml': EARLY });
    const c = newClient(ENGLISH_ENV);
    await initialize(c, folder, { 'jalon.rules': { 'date/outside-cycle': 'error' } });
    const uri = uriOf(path.join(folder, 'a.plan.yaml'));
    await c.open(uri, EARLY);
    assert.deepEqual(
      (await c.diagnosticsOf(uri, 1)).map((d) => [d.message, d.severity]),
      [[ENGLISH, 1]],
    );
  });

  test('French from LANG when the client names no locale', async () => {
    const folder = workspaceFolder({ 'a.plan.yaml': EARLY });
    const c = newClient({ PATH: process.env.PATH, LANG: 'fr_FR.UTF-8' });
    await initialize(c, folder);
    const uri = uriOf(path.join(folder, 'a.plan.yaml'));
    await c.open(uri, EARLY);
    assert.deepEqual(
      (await c.diagnosticsOf(uri, 1)).map((d) => d.message),
      [FRENCH],
    );
  });

  test("the client's locale wins over LANG", async () => {
    const folder = workspaceFolder({ 'a.plan.yaml': EARLY });
    const c = newClient({ PATH: process.env.PATH, LANG: 'fr_FR.UTF-8' });
    await c.initialize(folder, NO_CONFIGURATION, 'en-US');
    const uri = uriOf(path.join(folder, 'a.plan.yaml'));
    await c.open(uri, EARLY);
    assert.deepEqual(
      (await c.diagnosticsOf(uri, 1)).map((d) => d.message),
      [ENGLISH],
    );
  });
});

describe('no transient finding at start', () => {
  test('a root opened at once, whose ids are defined in a part on disk, is first published without ref/unknown', async () => {
    const root = edit(
      CLEAN_PLAN,
      '            indicators: [patients, funds]',
      '            indicators: [patients, funds, beds]',
    );
    const folder = workspaceFolder({ 'root.plan.yaml': root, 'z-part.plan.yaml': PART_A });
    const c = newClient();
    const uri = uriOf(path.join(folder, 'root.plan.yaml'));
    await c.initialize(folder);
    await c.open(uri, root);
    await c.diagnosticsOf(uri, 1);
    const first = c.published.find((p) => p.uri === uri)!;
    assert.deepEqual(
      first.diagnostics.map((d) => d.code),
      [],
    );
  });
});
