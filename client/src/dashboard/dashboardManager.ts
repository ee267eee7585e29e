import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { RENDER_DASHBOARD } from '../../../server/src/lsp/protocol';
import { previewState, type FromWebview } from '../preview/messages';
import { openSourceLine, watchPlanChanges } from '../preview/planPanels';
import { PlanPreview, uriKey, webviewOptions, type PanelKind, type PreviewHost } from '../preview/planPreview';

export const DASHBOARD_VIEW_TYPE = 'jalon.dashboard';

/** The dashboard's page: rendered by `jalon/renderDashboard`, run by dist/dashboard.js. */
const DASHBOARD_KIND: PanelKind = {
  script: 'dashboard.js',
  request: (page) => ({ method: RENDER_DASHBOARD, params: page }),
  title: (name) => name,
  failure: (reason) => vscode.l10n.t('The dashboard stopped updating: {0}', reason),
};

/**
 * The plans' dashboards ("Jalon: Open Dashboard"): one panel per plan, beside the editor or
 * the preview, rendered by the server as the preview is, again after an edit of the plan, a
 * part or a report; its filters run in the page; a click on an item opens where it is
 * written. Dashboards left open come back after a window reload.
 */
export class DashboardManager implements vscode.WebviewPanelSerializer, PreviewHost, vscode.Disposable {
  private readonly dashboards = new Set<PlanPreview>();
  private readonly disposables: vscode.Disposable[] = [];
  /** The dashboard shows the plan as it stands, findings left to the preview. */
  readonly audience = 'review';

  constructor(
    readonly client: LanguageClient,
    readonly extensionUri: vscode.Uri,
  ) {
    this.disposables.push(...watchPlanChanges(client, () => this.dashboards));
  }

  /** `jalon.showDashboard`: the dashboard of the plan of `source` (a plan, a part or a report), beside. */
  show(source: vscode.Uri | undefined): void {
    if (!source) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a plan file (*.plan.yaml) to see its dashboard.'));
      return;
    }
    const existing =
      [...this.dashboards].find((d) => uriKey(d.source) === uriKey(source)) ??
      [...this.dashboards].find((d) => d.shows(source));
    if (existing) {
      existing.panel.reveal(existing.panel.viewColumn ?? vscode.ViewColumn.Beside, true);
      return;
    }
    const panel = vscode.window.createWebviewPanel(
      DASHBOARD_VIEW_TYPE,
      vscode.l10n.t('Dashboard'),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      webviewOptions(this.extensionUri),
    );
    this.track(new PlanPreview(panel, source, this, DASHBOARD_KIND));
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const saved = previewState(state);
    if (!saved) {
      panel.dispose();
      return;
    }
    this.track(new PlanPreview(panel, vscode.Uri.parse(saved.uri), this, DASHBOARD_KIND));
  }

  onWebviewMessage(dashboard: PlanPreview, message: FromWebview): void {
    if (message.type === 'openSource') void openSourceLine(dashboard.source, message.uri, message.line);
  }

  private track(dashboard: PlanPreview): void {
    this.dashboards.add(dashboard);
    dashboard.onDidDispose(() => this.dashboards.delete(dashboard));
  }

  dispose(): void {
    for (const dashboard of [...this.dashboards]) dashboard.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
