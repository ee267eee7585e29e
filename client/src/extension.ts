import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands/registerCommands';
import { createLanguageClient } from './languageClient';
import { registerOutline } from './outline/registerOutline';
import { trackPlanContext } from './planContext';
import { registerPreview } from './preview/registerPreview';
import { PlanStatusBar } from './statusBar';

let client: LanguageClient | undefined;

/**
 * Starts the Jalon language server and the views built on it: the status-bar item, the plan
 * outline and the preview. Activated by a plan file, a Jalon command or view, a workspace that
 * holds plans, or a preview restored after a window reload.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Jalon', { log: true });
  const statusBar = new PlanStatusBar();
  // Tells the views whether the workspace holds plans (the server watches files on its own).
  const planWatcher = vscode.workspace.createFileSystemWatcher('**/*.plan.{yaml,yml}');
  context.subscriptions.push(output, statusBar, planWatcher, trackPlanContext(planWatcher));

  const jalon = createLanguageClient(context, { output, statusBar });
  client = jalon.client;
  registerCommands(context, jalon, output);
  // Registered before the client starts: a preview restored at start-up has its serializer,
  // and both send their requests once the client is ready.
  registerOutline(context, jalon.client);
  registerPreview(context, jalon.client);

  try {
    await jalon.client.start();
  } catch (error) {
    // The client already logged why; the status bar shows "stopped" with the restart action.
    output.error(`Jalon language server failed to start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function deactivate(): Promise<void> {
  const stopping = client;
  client = undefined;
  // A client that never started, or is already stopped, has nothing to stop.
  await stopping?.stop().catch(() => undefined);
}
