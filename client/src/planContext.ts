import * as vscode from 'vscode';

const LANGUAGE_ID = 'jalon-plan';
const PLAN_FILES = '**/*.plan.{yaml,yml}';

/**
 * Keeps the `jalon.hasPlans` context key true while the workspace holds a plan file or a plan
 * is open (the sample plan opens from outside the workspace): the Plan Outline view shows then.
 */
export function trackPlanContext(planWatcher: vscode.FileSystemWatcher): vscode.Disposable {
  let generation = 0;
  const update = async () => {
    const mine = ++generation;
    const open = vscode.workspace.textDocuments.some((d) => d.languageId === LANGUAGE_ID);
    const found = open || (await vscode.workspace.findFiles(PLAN_FILES, '**/node_modules/**', 1)).length > 0;
    // A later update may have finished first: only the newest one sets the key.
    if (mine === generation) await vscode.commands.executeCommand('setContext', 'jalon.hasPlans', found);
  };
  const refresh = () => void update();
  void update();
  return vscode.Disposable.from(
    planWatcher.onDidCreate(refresh),
    planWatcher.onDidDelete(refresh),
    vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.languageId === LANGUAGE_ID) refresh();
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.languageId === LANGUAGE_ID) refresh();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(refresh),
  );
}
