import * as vscode from 'vscode';

/**
 * vscode-languageclient (10 and later) traces the protocol only when its trace channel's log
 * level is Trace, and reads `jalon.trace.server` only then. So that the setting alone turns
 * tracing on, as its description says, the client gets this channel: its level follows the
 * setting, and its trace lines go to the "Jalon" output channel.
 */
export class SettingTraceChannel implements vscode.LogOutputChannel {
  private readonly levelChanged = new vscode.EventEmitter<vscode.LogLevel>();
  private readonly watcher: vscode.Disposable;
  readonly onDidChangeLogLevel = this.levelChanged.event;

  constructor(private readonly output: vscode.LogOutputChannel) {
    this.watcher = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('jalon.trace.server')) this.levelChanged.fire(this.logLevel);
    });
  }

  get logLevel(): vscode.LogLevel {
    const setting = vscode.workspace.getConfiguration('jalon').get<string>('trace.server', 'off');
    return setting === 'off' ? vscode.LogLevel.Info : vscode.LogLevel.Trace;
  }

  get name(): string {
    return this.output.name;
  }

  trace(message: string, ...args: unknown[]): void {
    this.output.info(message, ...args);
  }
  debug(message: string, ...args: unknown[]): void {
    this.output.debug(message, ...args);
  }
  info(message: string, ...args: unknown[]): void {
    this.output.info(message, ...args);
  }
  warn(message: string, ...args: unknown[]): void {
    this.output.warn(message, ...args);
  }
  error(error: string | Error, ...args: unknown[]): void {
    this.output.error(error, ...args);
  }
  append(value: string): void {
    this.output.append(value);
  }
  appendLine(value: string): void {
    this.output.appendLine(value);
  }
  replace(value: string): void {
    this.output.replace(value);
  }
  clear(): void {
    this.output.clear();
  }
  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserveFocus === 'boolean') this.output.show(columnOrPreserveFocus);
    else this.output.show(columnOrPreserveFocus, preserveFocus);
  }
  hide(): void {
    this.output.hide();
  }
  /** The "Jalon" channel itself belongs to the extension, which disposes of it. */
  dispose(): void {
    this.watcher.dispose();
    this.levelChanged.dispose();
  }
}
