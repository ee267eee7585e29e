import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DASHBOARD_VIEW_TYPE, DashboardManager } from '../dashboard/dashboardManager';
import { exportPlan } from './exportPlan';
import { PREVIEW_VIEW_TYPE, PreviewManager } from './previewManager';

/**
 * The plan preview: `jalon.showPreview` (in the active editor's column),
 * `jalon.showPreviewToSide` (beside it, keeping the focus on the editor), `jalon.showSource`,
 * the audience toggle of the preview's title bar, "Export Plan…", and the serializer that
 * brings previews back after a window reload; the plan's dashboard (`jalon.showDashboard`), beside.
 */
export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): void {
  const manager = new PreviewManager(client, context.extensionUri, context.workspaceState);
  const dashboards = new DashboardManager(client, context.extensionUri);
  const uriArgument = (value: unknown) => (value instanceof vscode.Uri ? value : undefined);
  context.subscriptions.push(
    manager,
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, manager),
    dashboards,
    vscode.window.registerWebviewPanelSerializer(DASHBOARD_VIEW_TYPE, dashboards),
    vscode.commands.registerCommand('jalon.showDashboard', (uri?: unknown) =>
      dashboards.show(uriArgument(uri) ?? manager.exportSource()),
    ),
    vscode.commands.registerCommand('jalon.showPreview', (uri?: unknown) =>
      manager.showPreview(uriArgument(uri), vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One, false),
    ),
    vscode.commands.registerCommand('jalon.showPreviewToSide', (uri?: unknown) =>
      manager.showPreview(uriArgument(uri), vscode.ViewColumn.Beside, true),
    ),
    vscode.commands.registerCommand('jalon.showSource', () => manager.showSource()),
    vscode.commands.registerCommand('jalon.preview.showPublic', () => manager.setAudience('public')),
    vscode.commands.registerCommand('jalon.preview.showReview', () => manager.setAudience('review')),
    vscode.commands.registerCommand('jalon.exportPlan', (uri?: unknown) =>
      exportPlan(client, uriArgument(uri) ?? manager.exportSource(), 'public'),
    ),
  );
}
