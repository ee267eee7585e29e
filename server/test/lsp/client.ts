import { after } from 'node:test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  ExitNotification,
  ConfigurationRequest,
  RegistrationRequest,
  WorkDoneProgressCreateRequest,
  WorkDoneProgress,
  LogMessageNotification,
  MessageType,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';

export const ROOT = path.resolve(__dirname, '../../..');
/** The built server, as editors run it. */
export const SERVER = path.join(ROOT, 'dist', 'server.js');

/** Everything a full-featured client (VS Code) advertises that the server looks at. */
export const FULL_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    symbol: {},
  },
  window: { workDoneProgress: true },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    completion: {
      completionItem: {
        snippetSupport: true,
        documentationFormat: ['markdown', 'plaintext'],
        labelDetailsSupport: true,
      },
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } },
      dataSupport: true,
    },
    rename: { prepareSupport: true },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
    inlayHint: {},
    semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] },
    foldingRange: {},
    selectionRange: {},
  },
};

export function uriOf(file: string): string {
  return URI.file(file).toString();
}

/** A fresh folder holding the given files (name → text). */
export function workspaceFolder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'jalon-lsp-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

/**
 * A test client: runs dist/server.js over stdio, as an editor does, and records what the
 * server sends. Every wait is for a condition, with a deadline; none is a fixed sleep.
 */
export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly process: ChildProcess;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** Every publishDiagnostics, in the order received. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly progress: unknown[] = [];
  /** The server's log (window/logMessage), line by line. */
  readonly logs: string[] = [];
  readonly registrations: string[] = [];
  /** What the server logged as errors to the client's output (a failed handler, an uncaught exception). */
  readonly errorLogs: string[] = [];
  /** The end of what the server wrote on its standard error (a crash's last words). */
  stderrTail = '';
  private listeners: (() => void)[] = [];
  settings: Record<string, unknown> = {};
  initializeResult?: InitializeResult;
  private versions = new Map<string, number>();

  /** `env`: the server's environment instead of this process's (`LANG`...). */
  constructor(env?: NodeJS.ProcessEnv) {
    this.process = spawn(process.execPath, [SERVER, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(env ? { env } : {}),
    });
    this.process.stderr!.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString()).slice(-4000);
    });
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      this.published.push(params);
      this.notify();
    });
    // One handler per method: every log line, and the errors apart.
    this.connection.onNotification(LogMessageNotification.type, ({ type, message }) => {
      this.logs.push(message);
      if (type === MessageType.Error) this.errorLogs.push(message);
      this.notify();
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => (item.section === 'jalon' ? this.settings : null)),
    );
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      for (const r of params.registrations) this.registrations.push(r.method);
    });
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
      this.connection.onProgress(WorkDoneProgress.type, token, (value) => {
        this.progress.push({ token, value });
        this.notify();
      });
    });
    this.connection.listen();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** Waits until `check` returns a value (other than undefined/false), re-checking on each message. */
  waitFor<T>(check: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = () => {
        const value = check();
        if (value !== undefined && value !== false) {
          this.listeners = this.listeners.filter((l) => l !== attempt);
          clearTimeout(timer);
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== attempt);
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      this.listeners.push(attempt);
      attempt();
    });
  }

  /** `clientInfo` names the editor (`Visual Studio Code`), for what the server offers only some clients; none by default. */
  async initialize(
    folder: string | undefined,
    capabilities: ClientCapabilities = FULL_CAPABILITIES,
    locale = 'en',
    clientInfo?: { name: string; version?: string },
  ): Promise<InitializeResult> {
    this.initializeResult = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      locale,
      capabilities,
      ...(clientInfo ? { clientInfo } : {}),
      rootUri: folder ? uriOf(folder) : null,
      workspaceFolders: folder ? [{ uri: uriOf(folder), name: path.basename(folder) }] : null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return this.initializeResult;
  }

  async open(uri: string, text: string, languageId = 'jalon-plan'): Promise<void> {
    this.versions.set(uri, 1);
    this.diagnostics.delete(uri);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** The diagnostics of `uri` once the server has published them (for `version`, when given). */
  diagnosticsOf(uri: string, version?: number): Promise<Diagnostic[]> {
    return this.waitFor(
      () => {
        const published = this.diagnostics.get(uri);
        if (!published || (version !== undefined && published.version !== version)) return undefined;
        return published.diagnostics;
      },
      `diagnostics of ${uri}${version ? ` v${version}` : ''}`,
    );
  }

  /** Resolves once the server has reported the end of indexing the workspace. */
  async indexed(): Promise<void> {
    await this.waitFor(
      () => this.progress.some((p) => (p as { value?: { kind?: string } }).value?.kind === 'end'),
      'the workspace to be indexed',
    );
  }

  /** The server's exit code once it has exited (-1 when killed by a signal), null when it did not within the deadline. */
  exitCode(timeoutMs = 5000): Promise<number | null> {
    return new Promise((resolve) => {
      if (this.process.exitCode !== null || this.process.signalCode !== null)
        return resolve(this.process.exitCode ?? -1);
      const exited = (code: number | null) => {
        clearTimeout(timer);
        resolve(code ?? -1);
      };
      const timer = setTimeout(() => {
        this.process.off('exit', exited);
        resolve(null);
      }, timeoutMs);
      this.process.once('exit', exited);
    });
  }

  /** Writes raw bytes to the server's input, framing and all (for the protocol's error cases). */
  writeRaw(bytes: string): void {
    this.process.stdin!.write(bytes);
  }

  async shutdown(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // Already gone.
    }
    await new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) resolve();
      else this.process.once('exit', () => resolve());
      setTimeout(() => {
        this.process.kill();
        resolve();
      }, 2000);
    });
    this.connection.dispose();
  }
}

const started: LspClient[] = [];
// Every server a test file starts is shut down when the file's tests are done.
after(() => Promise.all(started.map((c) => c.shutdown())));

/** A new client with its own server (in `env`, when given), shut down after the test file. */
export function newClient(env?: NodeJS.ProcessEnv): LspClient {
  const c = new LspClient(env);
  started.push(c);
  return c;
}
