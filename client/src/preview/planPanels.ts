import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { uriKey, type PlanPreview } from './planPreview';

const LANGUAGE_ID = 'jalon-plan';

/**
 * What makes the panels of a plan (previews, dashboards) render again: an edit of one of its
 * files, or of a file that may just have joined it (its text says `part_of:` or `report_of:`,
 * and the server decides); new diagnostics of one of its files (the server publishes a plan's
 * again when any of its files changes, on disk too, or the rules do); a setting; the server
 * running again.
 */
export function watchPlanChanges(client: LanguageClient, panels: () => Iterable<PlanPreview>): vscode.Disposable[] {
  return [
    vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
      if (document.languageId !== LANGUAGE_ID || contentChanges.length === 0) return;
      for (const panel of panels()) {
        if (panel.shows(document.uri) || /^(part_of|report_of)\s*:/m.test(document.getText())) panel.planChanged();
      }
    }),
    vscode.languages.onDidChangeDiagnostics(({ uris }) => {
      for (const panel of panels()) if (uris.some((uri) => panel.shows(uri))) panel.planChanged();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('jalon')) return;
      for (const panel of panels()) panel.planChanged();
    }),
    client.onDidChangeState(({ newState }) => {
      if (newState !== State.Running) return;
      for (const panel of panels()) if (panel.failing || panel.panel.visible) void panel.render();
    }),
  ];
}

/** A click in a panel: the file at that line, in the editor that shows it, else beside the panel's source. */
export async function openSourceLine(source: vscode.Uri, uri: string, line: number): Promise<void> {
  const target = vscode.Uri.parse(uri);
  const shown =
    vscode.window.visibleTextEditors.find((e) => uriKey(e.document.uri) === uriKey(target)) ??
    vscode.window.visibleTextEditors.find((e) => uriKey(e.document.uri) === uriKey(source));
  const document = await vscode.workspace.openTextDocument(target);
  const position = document.validatePosition(new vscode.Position(line, 0));
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One,
    preserveFocus: false,
  });
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The plan file of the active editor (a plan, a part or a report). */
export function activePlanEditorUri(): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === LANGUAGE_ID ? document.uri : undefined;
}
