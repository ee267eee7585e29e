import * as vscode from 'vscode';

export const EXAMPLE_PLAN = 'valbrume-2026-2030.plan.yaml';
/** The example folder whose dashboard opens once the window has opened it (set when opening it reloads the window). */
const PENDING = 'jalon.example.pending';

/**
 * `jalon.openExample` (the walkthrough's "Open the dashboard"): the fictional Valbrume plan of
 * examples/ (a root, a part and two progress reports a year apart), copied once into the
 * extension's storage so that it may be edited, opened with its dashboard beside. Its reports
 * are read as a workspace folder's files: the folder joins the workspace, or, in a window
 * with no folder, the window opens it and the dashboard follows after the reload.
 */
export async function openExample(context: vscode.ExtensionContext): Promise<void> {
  const folder = await exampleCopy(context);
  const plan = vscode.Uri.joinPath(folder, EXAMPLE_PLAN);
  if (!vscode.workspace.getWorkspaceFolder(plan)) {
    const count = vscode.workspace.workspaceFolders?.length ?? 0;
    if (count === 0) {
      await context.globalState.update(PENDING, folder.toString());
      await vscode.commands.executeCommand('vscode.openFolder', folder);
      return;
    }
    vscode.workspace.updateWorkspaceFolders(count, 0, { uri: folder, name: vscode.l10n.t('Jalon example') });
  }
  await showExample(plan);
}

/** After the reload that opened the example's folder: its plan and dashboard. */
export async function resumeExample(context: vscode.ExtensionContext): Promise<void> {
  const pending = context.globalState.get<string>(PENDING);
  if (!pending) return;
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.uri.toString() === pending);
  if (!folder) return;
  await context.globalState.update(PENDING, undefined);
  await showExample(vscode.Uri.joinPath(folder.uri, EXAMPLE_PLAN));
}

async function showExample(plan: vscode.Uri): Promise<void> {
  const document = await vscode.workspace.openTextDocument(plan);
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('jalon.showDashboard', plan);
}

/** The example's files in the extension's storage (copied the first time), else the shipped folder. */
async function exampleCopy(context: vscode.ExtensionContext): Promise<vscode.Uri> {
  const shipped = vscode.Uri.joinPath(context.extensionUri, 'examples');
  const copy = vscode.Uri.joinPath(context.globalStorageUri, 'examples');
  try {
    await vscode.workspace.fs.createDirectory(copy);
    for (const [name, type] of await vscode.workspace.fs.readDirectory(shipped)) {
      if (type !== vscode.FileType.File) continue;
      const target = vscode.Uri.joinPath(copy, name);
      const exists = await vscode.workspace.fs.stat(target).then(
        () => true,
        () => false,
      );
      if (!exists) await vscode.workspace.fs.copy(vscode.Uri.joinPath(shipped, name), target);
    }
    return copy;
  } catch {
    // No writable storage (a restricted host): the shipped files themselves.
    return shipped;
  }
}
