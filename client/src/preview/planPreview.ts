import * as vscode from 'vscode';
import { ErrorCodes, ResponseError, State, type LanguageClient } from 'vscode-languageclient/node';
import { RENDER_HTML, type PlanAudience, type RenderHtmlResult } from '../../../server/src/lsp/protocol';
import { Debouncer } from './debouncer';
import { fromWebview, type FromWebview, type ToWebview } from './messages';
import { PreviewContent, type ContentStep } from './previewContent';
import { errorPageHtml, newNonce } from './previewHtml';
import { ScrollGuard } from './scrollSync';

/** What a preview needs from its manager. */
export interface PreviewHost {
  client: LanguageClient;
  extensionUri: vscode.Uri;
  /** The webview asked for something about the editors (scroll one, open a file). */
  onWebviewMessage(preview: PlanPreview, message: FromWebview): void;
  /** Who the previews show the plan to: `review` (with the findings) unless the user switched to `public`. */
  readonly audience: PlanAudience;
}

/** The preview's own stylesheet (the plan's styles come with the rendered page). */
const STYLESHEET = ['client', 'media', 'preview.css'];

/** What a webview page gives the server: its policy's source and nonce, its script's and stylesheet's URIs. */
export interface PageParams {
  uri: string;
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
}

/** What differs between the panels the server renders: the plan's preview and its dashboard. */
export interface PanelKind {
  /** The script of the page, in dist/. */
  script: string;
  /** The request that renders the page, with its parameters. */
  request(page: PageParams, host: PreviewHost): { method: string; params: object };
  /** The panel's title, from the file's name or the page's title. */
  title(name: string): string;
  /** What the page says when rendering fails. */
  failure(reason: string): string;
}

export const PREVIEW_KIND: PanelKind = {
  script: 'webview.js',
  request: (page, host) => ({ method: RENDER_HTML, params: { ...page, audience: host.audience } }),
  title: (name) => vscode.l10n.t('Preview: {0}', name),
  failure: (reason) => vscode.l10n.t('The preview stopped updating: {0}', reason),
};

/** The folders a preview may load from: the built script, the extension's media and the preview's stylesheet. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
  return {
    enableScripts: true,
    enableFindWidget: true,
    localResourceRoots: [
      vscode.Uri.joinPath(extensionUri, 'dist'),
      vscode.Uri.joinPath(extensionUri, 'media'),
      vscode.Uri.joinPath(extensionUri, 'client', 'media'),
    ],
  };
}

/** One key per file however it is spelled (`c%3A` or `c:`), to compare a page's `data-uri` with an editor's. */
export function uriKey(uri: string | vscode.Uri): string {
  return (typeof uri === 'string' ? vscode.Uri.parse(uri) : uri).toString();
}

/**
 * One preview panel: the plan of `source` rendered by the server. The first render goes out
 * at once; later ones, after a pause in typing (`jalon.preview.debounceMs`), post the new
 * body to the page instead of reloading it. A hidden panel renders again when shown.
 */
export class PlanPreview implements vscode.Disposable {
  private readonly content: PreviewContent;
  private readonly debouncer = new Debouncer(() => void this.render());
  private readonly disposables: vscode.Disposable[] = [];
  private readonly disposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposeEmitter.event;
  /** Set while the editor scrolls because the preview did: its scroll is not sent back. */
  readonly editorGuard = new ScrollGuard();
  private stale = false;
  private disposed = false;
  /** The page's spelling of each file it shows, by key. */
  private pageUris = new Map<string, string>();

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly source: vscode.Uri,
    private readonly host: PreviewHost,
    private readonly kind: PanelKind = PREVIEW_KIND,
  ) {
    this.content = new PreviewContent(source.toString());
    panel.webview.options = webviewOptions(host.extensionUri);
    panel.title = kind.title(baseName(source));
    this.pageUris.set(uriKey(source), source.toString());
    this.disposables.push(
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        const message = fromWebview(raw, this.content.source);
        if (!message) return;
        if (message.type === 'ready') this.apply(this.content.ready(message.version));
        else host.onWebviewMessage(this, message);
      }),
      panel.onDidChangeViewState(({ webviewPanel }) => {
        if (webviewPanel.visible && this.stale) void this.render();
      }),
      panel.onDidDispose(() => this.dispose()),
    );
    void this.render();
  }

  /** True when the page shows `uri` (the source, or a file of its plan). */
  shows(uri: vscode.Uri): boolean {
    return this.pageUris.has(uriKey(uri));
  }

  /** The page's own spelling of a file it shows, to name it in a message. */
  pageUriOf(uri: vscode.Uri): string | undefined {
    return this.pageUris.get(uriKey(uri));
  }

  get failing(): boolean {
    return this.content.failing;
  }

  /** A file of the plan changed (its text or its findings): render after a pause, or when next shown. */
  planChanged(): void {
    if (this.disposed) return;
    if (!this.panel.visible) {
      this.stale = true;
      return;
    }
    const delay = vscode.workspace.getConfiguration('jalon', this.source).get<number>('preview.debounceMs', 300);
    this.debouncer.trigger(delay);
  }

  post(message: ToWebview): void {
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }

  /** Renders now: asks the server for the page, then loads it or posts it, unless a newer render was applied. */
  async render(): Promise<void> {
    if (this.disposed) return;
    this.debouncer.cancel();
    this.stale = false;
    const id = this.content.begin();
    const webview = this.panel.webview;
    const { method, params } = this.kind.request(
      {
        uri: this.source.toString(),
        cspSource: webview.cspSource,
        nonce: newNonce(),
        scriptUri: webview
          .asWebviewUri(vscode.Uri.joinPath(this.host.extensionUri, 'dist', this.kind.script))
          .toString(),
        styleUri: this.styleUri().toString(),
      },
      this.host,
    );
    let steps: ContentStep[];
    try {
      if (this.host.client.state === State.Stopped) throw new ResponseError(ErrorCodes.ConnectionInactive, 'stopped');
      const result = await this.host.client.sendRequest<RenderHtmlResult>(method, params);
      steps = this.content.rendered(id, result.html, result.title);
    } catch (error) {
      steps = this.content.failed(id, this.kind.failure(reasonOf(error)));
    }
    if (this.disposed) return;
    this.apply(steps);
  }

  private styleUri(): vscode.Uri {
    return this.panel.webview.asWebviewUri(vscode.Uri.joinPath(this.host.extensionUri, ...STYLESHEET));
  }

  private apply(steps: readonly ContentStep[]): void {
    for (const step of steps) {
      if (step.kind === 'setHtml') this.panel.webview.html = step.html;
      else if (step.kind === 'post') this.post(step.message);
      else {
        this.panel.webview.html = errorPageHtml({
          cspSource: this.panel.webview.cspSource,
          styleUri: this.styleUri().toString(),
          lang: vscode.env.language,
          title: this.panel.title,
          message: step.message,
        });
      }
    }
    if (this.content.title) this.panel.title = this.kind.title(this.content.title);
    this.pageUris = new Map([
      [uriKey(this.source), this.source.toString()],
      ...this.content.uris.map((u): [string, string] => [uriKey(u), u]),
    ]);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.debouncer.cancel();
    this.disposeEmitter.fire();
    this.disposeEmitter.dispose();
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** Why a render failed, in words a user can act on. */
function reasonOf(error: unknown): string {
  if (error instanceof ResponseError && error.code === ErrorCodes.ConnectionInactive) {
    return vscode.l10n.t(
      'the Jalon language server is not running (restart it with "Jalon: Restart Language Server").',
    );
  }
  if (error instanceof Error && error.message) return error.message;
  return vscode.l10n.t('the language server did not answer.');
}
