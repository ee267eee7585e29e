import * as vscode from 'vscode';
import { statusView, type ServerState } from './statusView';

const LANGUAGE_ID = 'jalon-plan';
const SOURCE = 'jalon';

/**
 * The status-bar item: "checking" while the active plan's diagnostics are on their way, then
 * its error and warning counts, or "stopped" with the restart command. Diagnostics are "on
 * their way" from an edit of a plan until the server publishes that file's diagnostics (the
 * client's middleware calls `diagnosticsPublished`), so the spinner means exactly that. It sits on
 * the right, beside the language mode: the counts are the active file's, not the workspace's.
 */
export class PlanStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('jalon.status', vscode.StatusBarAlignment.Right, 101);
  private readonly subscriptions: vscode.Disposable[] = [];
  private server: ServerState = 'starting';
  /** Files edited since their last diagnostics arrived. */
  private readonly awaiting = new Set<string>();
  /** Files whose diagnostics arrived since the server (re)started. */
  private readonly published = new Set<string>();
  /** The plan in view: the active editor's, kept while a webview such as the preview has the focus. */
  private planUri: vscode.Uri | undefined;

  constructor() {
    this.item.name = vscode.l10n.t('Jalon');
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.followEditor(editor)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document.languageId !== LANGUAGE_ID || e.contentChanges.length === 0) return;
        this.awaiting.add(e.document.uri.toString());
        this.update();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => this.awaiting.delete(document.uri.toString())),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.planUri && e.uris.some((uri) => uri.toString() === this.planUri?.toString())) this.update();
      }),
    );
    this.followEditor(vscode.window.activeTextEditor);
  }

  /** The language client's state. */
  setServerState(state: ServerState): void {
    this.server = state;
    if (state !== 'running') {
      this.published.clear();
      this.awaiting.clear();
    }
    this.update();
  }

  /** The server published the diagnostics of `uri`. */
  diagnosticsPublished(uri: vscode.Uri): void {
    const key = uri.toString();
    this.published.add(key);
    this.awaiting.delete(key);
    this.update();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  private followEditor(editor: vscode.TextEditor | undefined): void {
    // No text editor (a webview or a panel has the focus): keep showing the last plan.
    if (editor) this.planUri = editor.document.languageId === LANGUAGE_ID ? editor.document.uri : undefined;
    this.update();
  }

  private update(): void {
    const uri = this.planUri;
    const key = uri?.toString();
    const diagnostics = uri ? vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE) : [];
    const view = statusView(
      {
        server: this.server,
        planActive: uri !== undefined,
        checking: key !== undefined && (this.awaiting.has(key) || !this.published.has(key)),
        errors: diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length,
        warnings: diagnostics.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length,
      },
      vscode.l10n.t,
    );
    if (!view) {
      this.item.hide();
      return;
    }
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.command = view.command;
    this.item.accessibilityInformation = { label: view.tooltip };
    this.item.backgroundColor = view.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }
}
