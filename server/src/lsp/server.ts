import {
  CodeLensRefreshRequest, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, TextDocumentSyncKind,
  type ClientCapabilities, type Connection, type InitializeResult, type ServerCapabilities,
} from 'vscode-languageserver';
import type { Locale } from '../core/i18n/locale';
import { effectiveLocale, readSettings, DEFAULT_SETTINGS, type JalonSettings } from './settings';
import type { ServerContext } from './context';
import { PlanIndex } from './planIndex';
import { publishConfigProblems, toDiagnostic } from './diagnostics';
import { uriToPath, normalizeUri } from './uris';
import { registerFeatures, featureCapabilities } from './handlers/register';
import { warmUp } from '../core/workspace/warmUp';
import { IdleCollector } from './idleCollector';

export const SERVER_NAME = 'jalon';

/**
 * Starts the Jalon language server on a connection (stdio or IPC). A thin adapter: the core
 * does the checking and the language features; this keeps documents, the workspace index,
 * configuration and diagnostics in step with the client.
 */
export function startServer(connection: Connection): void {
  const index = new PlanIndex();
  let capabilities: ClientCapabilities = {};
  let settings: JalonSettings = DEFAULT_SETTINGS;
  let clientLocale: string | undefined;
  let clientName: string | undefined;
  const locale = (): Locale => effectiveLocale(settings, clientLocale);
  const context: ServerContext = {
    connection, index, get capabilities() { return capabilities; }, clientName: () => clientName, locale, settings: () => settings,
  };

  // Diagnostics are pushed (every client understands publishDiagnostics). Changes are gathered
  // and checked together once the messages already received are handled: typing fast does not
  // queue a check per keystroke, and nothing waits on a timer.
  const dirty = new Set<string>();
  const published = new Set<string>();
  let flushing = false;
  const schedule = (uris: Iterable<string>) => {
    for (const uri of uris) dirty.add(uri);
    if (!flushing) {
      flushing = true;
      setImmediate(flush);
    }
  };
  const idle = new IdleCollector();
  let superseded = 0;
  const flush = () => {
    flushing = false;
    idle.poke(superseded);
    superseded = 0;
    // Open documents first: the one being typed in is what the author is looking at.
    const order = [...dirty].sort((a, b) => Number(index.isOpen(b)) - Number(index.isOpen(a)));
    dirty.clear();
    for (const uri of order) publish(uri);
    // A part's change moves the usage counts shown on its root's indicators.
    if (order.length > 1) refreshViews();
  };
  const publish = (uri: string) => {
    const file = index.workspace.file(uri);
    if (!file) {
      if (published.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const findings = index.workspace.diagnostics(uri);
    published.add(uri);
    void connection.sendDiagnostics({ uri, version: index.document(uri)?.version, diagnostics: findings.map((f) => toDiagnostic(file, f, locale())) });
  };
  /** Inlay hints and code lenses depend on settings and on other files of the plan: ask the client to fetch them again. */
  const refreshViews = () => {
    if (capabilities.workspace?.inlayHint?.refreshSupport) void connection.languages.inlayHint.refresh();
    if (capabilities.workspace?.codeLens?.refreshSupport) void connection.sendRequest(CodeLensRefreshRequest.type);
  };
  const publishConfigs = () => {
    for (const config of index.configurations()) publishConfigProblems(connection, config, locale());
  };

  connection.onInitialize((params): InitializeResult => {
    // Compile what checking a plan runs (schema validator, parser, rules) before the first
    // document arrives: the editor is still starting up, the author not waiting yet.
    warmUp();
    capabilities = params.capabilities;
    clientLocale = params.locale;
    clientName = params.clientInfo?.name;
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    index.folders = folders.flatMap((uri) => uriToPath(uri) ?? []);
    const serverCapabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      ...featureCapabilities(capabilities),
    };
    return { capabilities: serverCapabilities, serverInfo: { name: SERVER_NAME, version: process.env.JALON_VERSION ?? '0.1.0' } };
  });

  const readClientSettings = async () => {
    if (!capabilities.workspace?.configuration) return;
    try {
      const [raw] = await connection.workspace.getConfiguration([{ section: 'jalon' }]);
      settings = readSettings(raw);
      index.setSettings(settings);
    } catch {
      // A client that fails to answer keeps the defaults.
    }
  };

  connection.onInitialized(async () => {
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'jalon' });
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.plan.{yaml,yml}' }, { globPattern: '**/*.report.{yaml,yml}' }, { globPattern: '**/jalon.config.yaml' }],
      });
    }
    await readClientSettings();
    await indexWorkspace();
  });

  /** Reads the workspace's plan files, yielding between files so that requests are answered meanwhile. */
  const indexWorkspace = async () => {
    const progress = capabilities.window?.workDoneProgress ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    const files = index.discover();
    progress?.begin(locale() === 'fr' ? 'Jalon : lecture des plans' : 'Jalon: reading plans', 0, `0/${files.length}`, false);
    const changed = new Set<string>();
    for (let i = 0; i < files.length; i++) {
      for (const uri of await index.loadFromDisk(files[i])) changed.add(uri);
      progress?.report(Math.round(((i + 1) / files.length) * 100), `${i + 1}/${files.length}`);
      await new Promise((resolve) => setImmediate(resolve));
    }
    progress?.done();
    schedule(changed);
    publishConfigs();
  };

  connection.onDidOpenTextDocument(({ textDocument: d }) => schedule(index.openDocument(d.uri, d.languageId, d.version, d.text)));
  connection.onDidChangeTextDocument(({ textDocument: d, contentChanges }) => {
    superseded += index.document(d.uri)?.getText().length ?? 0;
    schedule(index.changeDocument(d.uri, d.version, contentChanges));
  });
  connection.onDidCloseTextDocument(async ({ textDocument: d }) => schedule(await index.closeDocument(d.uri)));

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    let configChanged = false;
    for (const change of changes) {
      const result = await index.fileChanged(normalizeUri(change.uri), change.type === FileChangeType.Deleted);
      configChanged ||= result.configChanged;
      schedule(result.uris);
    }
    if (configChanged) {
      schedule(await index.refreshAll());
      publishConfigs();
    }
  });

  connection.onDidChangeConfiguration(async () => {
    await readClientSettings();
    schedule(index.workspace.uris());
    refreshViews();
  });

  registerFeatures(context);
  connection.listen();
}
