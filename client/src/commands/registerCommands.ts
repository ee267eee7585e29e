import * as vscode from 'vscode';
import type { JalonClient } from '../languageClient';
import { compareWith } from './compareWith';
import { openExample, resumeExample } from './openExample';
import { openSeed } from './openSeed';
import { showReferences } from './showReferences';

/** The client's own commands (the outline and the preview register theirs). */
export function registerCommands(
  context: vscode.ExtensionContext,
  jalon: JalonClient,
  output: vscode.OutputChannel,
): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('jalon.restartServer', async () => {
      try {
        // From a stopped client (given up after crashes) as well as a running one.
        await jalon.restart();
      } catch (error) {
        output.appendLine(String(error));
        void vscode.window.showErrorMessage(
          vscode.l10n.t(
            'The Jalon language server could not be restarted: {0}',
            error instanceof Error ? error.message : String(error),
          ),
        );
      }
    }),
    vscode.commands.registerCommand('jalon.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('jalon.openSeed', () => openSeed(context)),
    vscode.commands.registerCommand('jalon.openExample', () => openExample(context)),
    vscode.commands.registerCommand('jalon.showReferences', showReferences),
    vscode.commands.registerCommand('jalon.compareWith', () => compareWith(jalon, context.extensionUri)),
  );
  void resumeExample(context);
}
