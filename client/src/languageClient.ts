import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  RevealOutputChannelOn,
  State,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { CrashPolicy } from './crashPolicy';
import type { PlanStatusBar } from './statusBar';
import { SettingTraceChannel } from './traceChannel';

/** The client id: vscode-languageclient reads `jalon.trace.server` from it. */
export const CLIENT_ID = 'jalon';

export interface ClientParts {
  output: vscode.LogOutputChannel;
  statusBar: PlanStatusBar;
}

/**
 * The language client for the bundled server (dist/server.js over Node IPC), for documents
 * of the `jalon-plan` language. It restarts the server when it crashes, up to the policy's
 * limit; past it, the user is told and offered a restart.
 */
export interface JalonClient {
  client: LanguageClient;
  /** Restarts the server at the user's request (the crash count starts afresh). */
  restart(): Promise<void>;
}

export function createLanguageClient(context: vscode.ExtensionContext, parts: ClientParts): JalonClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
  const crashes = new CrashPolicy();
  const errorHandler: ErrorHandler = {
    // As the default handler: a few write errors are survivable, more mean the connection is gone.
    error: (_error, _message, count): ErrorHandlerResult => ({
      action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
    }),
    closed: (): CloseHandlerResult => {
      if (crashes.closed() === 'restart') return { action: CloseAction.Restart, handled: true };
      void offerRestart(crashes);
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
  const traceChannel = new SettingTraceChannel(parts.output);
  context.subscriptions.push(traceChannel);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'jalon-plan' }],
    // No synchronize.fileEvents: the server registers its own watchers (plan and config files),
    // as it does with any client; both would send every change twice.
    outputChannel: parts.output,
    traceOutputChannel: traceChannel,
    // The status bar says when something is wrong; the output does not jump at the user.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler,
    middleware: {
      handleDiagnostics(uri, diagnostics, next) {
        next(uri, diagnostics);
        parts.statusBar.diagnosticsPublished(uri);
      },
    },
  };
  const client = new LanguageClient(CLIENT_ID, vscode.l10n.t('Jalon Language Server'), serverOptions, clientOptions);
  context.subscriptions.push(
    client.onDidChangeState(({ newState }) => parts.statusBar.setServerState(serverState(newState))),
  );

  async function offerRestart(policy: CrashPolicy) {
    const restart = vscode.l10n.t('Restart');
    const showOutput = vscode.l10n.t('Show Output');
    const choice = await vscode.window.showErrorMessage(
      vscode.l10n.t(
        'The Jalon language server crashed {0} times in the last {1} minutes and will not be restarted.',
        policy.maxRestarts + 1,
        policy.windowMs / 60000,
      ),
      restart,
      showOutput,
    );
    if (choice === restart) await vscode.commands.executeCommand('jalon.restartServer');
    else if (choice === showOutput) parts.output.show();
  }
  return {
    client,
    restart: async () => {
      crashes.reset();
      await client.restart();
    },
  };
}

function serverState(state: State): 'starting' | 'running' | 'stopped' {
  if (state === State.Running) return 'running';
  return state === State.Starting ? 'starting' : 'stopped';
}
