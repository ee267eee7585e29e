import * as vscode from 'vscode';

export const SEED_FILE = 'gustave-roussy-2026-2030.plan.yaml';

/**
 * `jalon.openSeed` (the walkthrough's first step): opens the sample plan shipped in the
 * extension. It opens a copy in the extension's global storage, made the first time, so that
 * the author may edit and save it without touching the installed extension.
 */
export async function openSeed(context: vscode.ExtensionContext): Promise<void> {
  const shipped = vscode.Uri.joinPath(context.extensionUri, 'seeds', SEED_FILE);
  const folder = vscode.Uri.joinPath(context.globalStorageUri, 'seeds');
  const copy = vscode.Uri.joinPath(folder, SEED_FILE);
  let target = copy;
  try {
    await vscode.workspace.fs.stat(copy);
  } catch {
    try {
      await vscode.workspace.fs.createDirectory(folder);
      await vscode.workspace.fs.copy(shipped, copy, { overwrite: false });
    } catch {
      // No writable storage (a restricted host): open the shipped file itself.
      target = shipped;
    }
  }
  const document = await vscode.workspace.openTextDocument(target);
  await vscode.window.showTextDocument(document, { preview: false });
}
