import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  InitializeRequest,
  InitializedNotification,
  DidOpenTextDocumentNotification,
  DidChangeTextDocumentNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  ExitNotification,
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  WorkDoneProgressCreateRequest,
  WorkDoneProgress,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

/** A client session with the built server over stdio, for measuring what an editor would feel. */
export class LspSession {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcess;
  private readonly waiters: (() => void)[] = [];
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** How many times each file's diagnostics were published (for servers that send no version). */
  readonly publishes = new Map<string, number>();
  progressEnded = false;

  /** `settings` answers the server's configuration requests, by section (empty settings by default). */
  constructor(
    serverPath: string,
    private readonly settings?: (section: string | undefined) => unknown,
  ) {
    this.process = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      this.diagnostics.set(p.uri, p);
      this.publishes.set(p.uri, (this.publishes.get(p.uri) ?? 0) + 1);
      this.wake();
    });
    this.connection.onRequest(ConfigurationRequest.type, (p) =>
      p.items.map((item) => this.settings?.(item.section) ?? {}),
    );
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
      this.connection.onProgress(WorkDoneProgress.type, token, (value) => {
        if (value.kind === 'end') {
          this.progressEnded = true;
          this.wake();
        }
      });
    });
    this.connection.listen();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolves when `check` holds, re-checked on every message from the server. */
  async until(check: () => boolean, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error('the server did not answer in time');
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  async initialize(folderUri: string | null): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folderUri,
      workspaceFolders: folderUri ? [{ uri: folderUri, name: 'bench' }] : null,
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          completion: { completionItem: { snippetSupport: true } },
          hover: { contentFormat: ['markdown'] },
        },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    // Servers that pull their settings only when told they changed (yaml-language-server) read them now.
    if (this.settings)
      await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  open(uri: string, text: string, languageId = 'jalon-plan'): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: changes,
    });
  }

  diagnosticsFor(uri: string, version: number): Promise<void> {
    return this.until(() => this.diagnostics.get(uri)?.version === version);
  }

  /** Waits for the file's next publication after `count` of them (for servers that send no version). */
  publishedAfter(uri: string, count: number): Promise<void> {
    return this.until(() => (this.publishes.get(uri) ?? 0) > count);
  }

  /** Resident memory of the server process, in MB (Linux /proc). */
  rssMb(): number {
    try {
      const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
      return Math.round(kb / 1024);
    } catch {
      return NaN;
    }
  }

  async close(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // gone already
    }
    this.process.kill();
    this.connection.dispose();
  }
}
