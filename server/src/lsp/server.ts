import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { warmUp, type Locale } from '../core';
import { effectiveLocale, pushedSection, readSettings, DEFAULT_SETTINGS, type JalonSettings } from './settings';
import type { ServerContext } from './context';
import { PlanIndex } from './planIndex';
import { publishConfigProblems, toDiagnostic } from './diagnostics';
import { normalizeUri, pathInWorkspace } from './uris';
import { limitFindings, tooManyFindingsDiagnostic } from './diagnosticLimit';
import { registerFeatures, featureCapabilities } from './handlers/register';
import type { PlanHost } from '../host/planHost';
import { answerWithin } from './answerWithin';
import { Guard } from './guard/guardConnection';
import { checkFailedDiagnostic } from './guard/checkFailed';

export const SERVER_NAME = 'jalon';
/** How long the server waits for the client's settings and progress token before indexing without them. */
const CLIENT_ANSWER_MS = 5000;
/** How long publishing runs before it lets the requests received meanwhile be answered. */
const PUBLISH_SLICE_MS = 50;
/** A flood of changes that does not stop is still checked after this many turns. */
const MAX_WAITS = 100;

/** Told when document text is superseded, so that a runtime that can may collect garbage once the author pauses. */
export interface MemoryCollector {
  poke(replaced?: number): void;
}

/**
 * Starts the Jalon language server on a connection (stdio or IPC). A thin adapter: the core
 * does the checking and the language features; this keeps documents, the workspace index,
 * configuration and diagnostics in step with the client. Every file it reads comes through
 * `host` (`main.ts` passes the Node one). Every handler is registered through the guard's
 * connection (see guard/guardConnection.ts); what it returns tells `main` whether `shutdown` came.
 */
export function startServer(rawConnection: Connection, host: PlanHost, idle: MemoryCollector = { poke() {} }): Guard {
  const guard = new Guard(rawConnection, { onFileFailed: (uri, error) => fileFailed(normalizeUri(uri), error) });
  const { connection } = guard;
  const index = new PlanIndex(host);
  index.onParseFailed = (uri, error) => fileFailed(uri, error);
  let capabilities: ClientCapabilities = {};
  let settings: JalonSettings = DEFAULT_SETTINGS;
  let clientLocale: string | undefined;
  let clientName: string | undefined;
  const locale = (): Locale => effectiveLocale(settings, clientLocale, host.environmentLocale());
  const context: ServerContext = {
    connection,
    index,
    get capabilities() {
      return capabilities;
    },
    clientName: () => clientName,
    locale,
    settings: () => settings,
  };

  // Diagnostics are pushed (every client understands publishDiagnostics). Changes are gathered
  // and checked together once the messages already received are handled: typing fast does not
  // queue a check per keystroke, and nothing waits on a timer.
  // Nothing is published before the workspace is indexed: a root opened at start would
  // otherwise get ref/unknown for the ids its parts, not read yet, define.
  const dirty = new Set<string>();
  const published = new Set<string>();
  /** Files showing the internal/check-failed diagnostic: kept until the file is checked again. */
  const failedChecks = new Set<string>();
  let flushing = false;
  let indexed = false;
  const schedule = (uris: Iterable<string>) => {
    for (const uri of uris) dirty.add(uri);
    if (!flushing && indexed) {
      flushing = true;
      setImmediate(flush);
    }
  };
  let superseded = 0;
  /** Changes received since the flush last looked, and how many times it has waited for a burst to end. */
  let changesSinceLook = 0;
  let waited = 0;
  const flush = async () => {
    // The connection hands over one message per turn of the event loop: while changes keep coming
    // (a burst of typing, a replace-all), the flush waits a turn, so that their text is parsed once.
    if (changesSinceLook > 0 && waited < MAX_WAITS) {
      changesSinceLook = 0;
      waited++;
      setImmediate(flush);
      return;
    }
    changesSinceLook = 0;
    waited = 0;
    index.parseChanges();
    for (const uri of index.takeTouched()) dirty.add(uri);
    // The configurations of the files to check are read first: the check reads them from memory.
    if (await index.loadConfigs(dirty)) publishConfigs();
    flushing = false;
    idle.poke(superseded);
    superseded = 0;
    // Open documents first: the one being typed in is what the author is looking at.
    const order = [...dirty].sort((a, b) => Number(index.isOpen(b)) - Number(index.isOpen(a)));
    dirty.clear();
    // A file whose check throws gets one diagnostic saying so; the others are published still.
    let slice = performance.now();
    for (const uri of order) {
      guard.attempt(
        'textDocument/publishDiagnostics',
        uri,
        () => publish(uri),
        (error) => publishCheckFailed(uri, error),
      );
      // The first check of a large workspace publishes hundreds of files (their schema checked
      // then): requests are answered in between. Each publish reads the files as they are then.
      if (performance.now() - slice > PUBLISH_SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        slice = performance.now();
      }
    }
    // A part's change moves the usage counts shown on its root's indicators.
    if (order.length > 1) refreshViews();
  };
  const publish = (uri: string) => {
    const file = index.workspace.file(uri);
    if (!file) {
      if (failedChecks.has(uri) && index.isOpen(uri)) return;
      failedChecks.delete(uri);
      if (published.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const findings = index.workspace.diagnostics(uri);
    failedChecks.delete(uri);
    published.add(uri);
    const language = locale();
    const { shown, omitted } = limitFindings(findings);
    const diagnostics = shown.map((f) => toDiagnostic(file, f, language));
    if (omitted > 0)
      diagnostics.push(
        tooManyFindingsDiagnostic(findings.length, shown.length, pathInWorkspace(uri, index.folderUris), language),
      );
    void connection.sendDiagnostics({ uri, version: index.document(uri)?.version, diagnostics });
  };
  /** A file whose new text could not be taken in: its old text must not answer requests any more. */
  const fileFailed = (uri: string, error: unknown) => {
    guard.attempt(
      'workspace/removeFile',
      uri,
      () => index.workspace.removeFile(uri),
      () => undefined,
    );
    publishCheckFailed(uri, error);
  };
  const publishCheckFailed = (uri: string, error: unknown) => {
    failedChecks.add(uri);
    published.add(uri);
    void connection.sendDiagnostics({
      uri,
      version: index.document(uri)?.version,
      diagnostics: [checkFailedDiagnostic(error, locale())],
    });
  };
  /** Inlay hints and code lenses depend on settings and on other files of the plan: ask the client to fetch them again. */
  const refreshViews = () => {
    if (capabilities.workspace?.inlayHint?.refreshSupport) void connection.languages.inlayHint.refresh();
    if (capabilities.workspace?.codeLens?.refreshSupport) void connection.sendRequest(CodeLensRefreshRequest.type);
  };
  const publishConfigs = () => {
    for (const config of index.configurations()) publishConfigProblems(connection, config, locale());
  };
  const applySettings = (raw: unknown) => {
    settings = readSettings(raw);
    index.setSettings(settings);
  };

  connection.onInitialize((params): InitializeResult => {
    // Compile what checking a plan runs (schema validator, parser, rules) before the first
    // document arrives: the editor is still starting up, the author not waiting yet.
    warmUp();
    capabilities = params.capabilities;
    clientLocale = params.locale;
    clientName = params.clientInfo?.name;
    // Clients without workspace/configuration (Neovim 0.7) pass settings here.
    const initial = pushedSection(params.initializationOptions);
    if (initial) applySettings(initial);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    index.folderUris = folders.map(normalizeUri);
    const serverCapabilities: ServerCapabilities = {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      ...featureCapabilities(capabilities),
    };
    return {
      capabilities: serverCapabilities,
      serverInfo: { name: SERVER_NAME, version: process.env.JALON_VERSION ?? '0.1.0' },
    };
  });

  const readClientSettings = async () => {
    if (!capabilities.workspace?.configuration) return;
    // A client that fails to answer keeps the defaults; one that knows no `jalon` section, what initializationOptions gave.
    const [raw] = await answerWithin(connection.workspace.getConfiguration([{ section: 'jalon' }]), CLIENT_ANSWER_MS, [
      undefined,
    ]);
    if (raw !== null && raw !== undefined) applySettings(raw);
  };

  connection.onInitialized(async () => {
    if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'jalon' });
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: '**/*.plan.{yaml,yml}' },
          { globPattern: '**/*.report.{yaml,yml}' },
          { globPattern: '**/jalon.config.yaml' },
          // A plan's logo: its findings change when the image appears, changes or goes away.
          { globPattern: '**/*.{png,PNG,jpg,JPG,jpeg,JPEG,svg,SVG}' },
        ],
      });
    }
    // A folder added to the workspace (the walkthrough's example) or removed: its plans join or leave.
    if (capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(async ({ added, removed }) => {
        const gone = new Set(removed.map((f) => normalizeUri(f.uri)));
        const kept = index.folderUris.filter((f) => !gone.has(f));
        const joined = added.map((f) => normalizeUri(f.uri)).filter((f) => !kept.includes(f));
        index.folderUris = [...kept, ...joined];
        schedule(await index.refreshAll());
        publishConfigs();
      });
    }
    await readClientSettings();
    await indexWorkspace();
  });

  /** Reads the workspace's plan files, yielding between files so that requests are answered meanwhile. */
  const indexWorkspace = async () => {
    const progress = capabilities.window?.workDoneProgress
      ? await answerWithin(connection.window.createWorkDoneProgress(), CLIENT_ANSWER_MS, undefined)
      : undefined;
    for (const folder of index.folderUris.filter((f) => !host.canRead(f))) {
      connection.console.warn(
        `Jalon cannot read the workspace folder ${folder}: this server reads only folders on disk (file:).`,
      );
    }
    const changed = new Set<string>();
    try {
      const files = await index.discover();
      progress?.begin(
        locale() === 'fr' ? 'Jalon : lecture des plans' : 'Jalon: reading plans',
        0,
        `0/${files.length}`,
        false,
      );
      for (let i = 0; i < files.length; i++) {
        const uri = files[i];
        // One file that cannot be read or checked does not stop the others from being indexed.
        for (const u of await guard.attempt(
          'workspace/index',
          uri,
          () => index.loadFromDisk(uri),
          (error) => (fileFailed(uri, error), []),
        ))
          changed.add(u);
        progress?.report(Math.round(((i + 1) / files.length) * 100), `${i + 1}/${files.length}`);
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      // Even when indexing failed: the documents the author opened are checked, with what was read.
      progress?.done();
      indexed = true;
      schedule(changed);
      publishConfigs();
    }
  };

  connection.onDidOpenTextDocument(({ textDocument: d }) =>
    schedule(index.openDocument(d.uri, d.languageId, d.version, d.text)),
  );
  connection.onDidChangeTextDocument(({ textDocument: d, contentChanges }) => {
    superseded += index.document(d.uri)?.getText().length ?? 0;
    changesSinceLook++;
    schedule(index.changeDocument(d.uri, d.version, contentChanges));
  });
  connection.onDidCloseTextDocument(async ({ textDocument: d }) => schedule(await index.closeDocument(d.uri)));

  connection.onDidChangeWatchedFiles(async ({ changes }) => {
    let configChanged = false;
    for (const change of changes) {
      const uri = normalizeUri(change.uri);
      const unchanged = { uris: [], configChanged: false };
      const result = await guard.attempt(
        'workspace/didChangeWatchedFiles',
        uri,
        () => index.fileChanged(uri, change.type === FileChangeType.Deleted),
        (error) => (fileFailed(uri, error), unchanged),
      );
      configChanged ||= result.configChanged;
      schedule(result.uris);
    }
    if (configChanged) {
      schedule(await index.refreshAll());
      publishConfigs();
    }
  });

  connection.onDidChangeConfiguration(async ({ settings: pushed }) => {
    // Pulled when the client answers workspace/configuration; else what it pushed, if it holds a `jalon` section.
    const section = capabilities.workspace?.configuration ? undefined : pushedSection(pushed);
    if (section) applySettings(section);
    await readClientSettings();
    schedule(index.workspace.uris());
    refreshViews();
  });

  registerFeatures(context);
  connection.listen();
  return guard;
}
