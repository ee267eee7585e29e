import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { FromWebview } from './messages';
import { previewState } from './messages';
import type { PlanAudience } from '../../../server/src/lsp/protocol';
import { activePlanEditorUri, openSourceLine, watchPlanChanges } from './planPanels';
import { PlanPreview, uriKey, webviewOptions, type PreviewHost } from './planPreview';

export const PREVIEW_VIEW_TYPE = 'jalon.preview';
/** The workspace state key, and the context key the preview's title bar reads, of the audience the previews show. */
const AUDIENCE_STATE = 'jalon.preview.audience';
const AUDIENCE_CONTEXT = 'jalon.previewAudience';

/**
 * The plan previews: opens them (or shows the one already open on the plan), brings them
 * back after a window reload (`WebviewPanelSerializer`), tells them when a file of their plan
 * changes, and keeps editors and previews scrolled together.
 */
export class PreviewManager implements vscode.WebviewPanelSerializer, PreviewHost, vscode.Disposable {
  private readonly previews = new Set<PlanPreview>();
  private active: PlanPreview | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly client: LanguageClient,
    readonly extensionUri: vscode.Uri,
    private readonly state: vscode.Memento,
  ) {
    void vscode.commands.executeCommand('setContext', AUDIENCE_CONTEXT, this.audience);
    this.disposables.push(
      ...watchPlanChanges(client, () => this.previews),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor, visibleRanges }) =>
        this.editorScrolled(textEditor, visibleRanges),
      ),
    );
  }

  /** `jalon.showPreview` / `jalon.showPreviewToSide`: the plan of `uri` (else of the active editor) in `column`. */
  showPreview(uri: vscode.Uri | undefined, column: vscode.ViewColumn, preserveFocus: boolean): void {
    const source = uri ?? this.activePlanUri();
    if (!source) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a plan file (*.plan.yaml) to preview it.'));
      return;
    }
    const existing =
      [...this.previews].find((p) => uriKey(p.source) === uriKey(source)) ??
      [...this.previews].find((p) => p.shows(source));
    if (existing) {
      existing.panel.reveal(existing.panel.viewColumn ?? column, preserveFocus);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      vscode.l10n.t('Preview'),
      { viewColumn: column, preserveFocus },
      webviewOptions(this.extensionUri),
    );
    this.track(new PlanPreview(panel, source, this));
  }

  /** Who the previews show the plan to, kept in the workspace's state across reloads. */
  get audience(): PlanAudience {
    return this.state.get<PlanAudience>(AUDIENCE_STATE) === 'public' ? 'public' : 'review';
  }

  /** `jalon.preview.showPublic` / `jalon.preview.showReview`: every preview shows the plan to that audience. */
  async setAudience(audience: PlanAudience): Promise<void> {
    await this.state.update(AUDIENCE_STATE, audience);
    await vscode.commands.executeCommand('setContext', AUDIENCE_CONTEXT, audience);
    for (const preview of this.previews) void preview.render();
  }

  /** The plan file the active preview (else the active editor) shows: what "Export Plan…" exports. */
  exportSource(): vscode.Uri | undefined {
    return this.active?.source ?? this.activePlanUri();
  }

  /** `jalon.showSource`: the document the active preview was opened on. */
  async showSource(): Promise<void> {
    const preview = this.active ?? [...this.previews].find((p) => p.panel.visible);
    if (!preview) return;
    const shown = vscode.window.visibleTextEditors.find((e) => uriKey(e.document.uri) === uriKey(preview.source));
    await vscode.window.showTextDocument(preview.source, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One });
  }

  /** A preview left open when the window closed comes back, on the same document. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = previewState(state);
    if (!saved) {
      panel.dispose();
      return;
    }
    this.track(new PlanPreview(panel, vscode.Uri.parse(saved.uri), this));
  }

  onWebviewMessage(preview: PlanPreview, message: FromWebview): void {
    if (message.type === 'revealLine') this.revealLine(preview, message.uri, message.line);
    else if (message.type === 'openSource') void openSourceLine(preview.source, message.uri, message.line);
  }

  private track(preview: PlanPreview): void {
    this.previews.add(preview);
    if (preview.panel.active) this.active = preview;
    const viewState = preview.panel.onDidChangeViewState(({ webviewPanel }) => {
      if (webviewPanel.active) this.active = preview;
      else if (this.active === preview) this.active = undefined;
    });
    preview.onDidDispose(() => {
      viewState.dispose();
      this.previews.delete(preview);
      if (this.active === preview) this.active = undefined;
    });
  }

  private activePlanUri(): vscode.Uri | undefined {
    return activePlanEditorUri() ?? this.active?.source;
  }

  private scrollSync(uri: vscode.Uri): boolean {
    return vscode.workspace.getConfiguration('jalon', uri).get<boolean>('preview.scrollSync', true);
  }

  /** Editor → preview: the line at the top of the editor goes to the top of each preview showing the file. */
  private editorScrolled(editor: vscode.TextEditor, visibleRanges: readonly vscode.Range[]): void {
    const uri = editor.document.uri;
    if (visibleRanges.length === 0 || !this.scrollSync(uri)) return;
    for (const preview of this.previews) {
      const pageUri = preview.pageUriOf(uri);
      if (!pageUri || !preview.panel.visible || preview.editorGuard.held) continue;
      preview.post({
        type: 'scrollTo',
        source: preview.source.toString(),
        uri: pageUri,
        line: visibleRanges[0].start.line,
      });
    }
  }

  /** Preview → editor: each editor showing the file scrolls the line to its top; files not open stay closed. */
  private revealLine(preview: PlanPreview, uri: string, line: number): void {
    if (!this.scrollSync(preview.source)) return;
    for (const editor of vscode.window.visibleTextEditors) {
      if (uriKey(editor.document.uri) !== uriKey(uri)) continue;
      const position = editor.document.validatePosition(new vscode.Position(line, 0));
      preview.editorGuard.hold();
      editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
    }
  }

  dispose(): void {
    for (const preview of [...this.previews]) preview.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
