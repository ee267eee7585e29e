import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  EXPORT_PLAN,
  type ExportFormat,
  type ExportPlanParams,
  type ExportPlanResult,
  type PlanAudience,
} from '../../../server/src/lsp/protocol';

interface FormatChoice extends vscode.QuickPickItem {
  format: ExportFormat;
  extension: string;
}

function formatChoices(): FormatChoice[] {
  return [
    {
      format: 'pdf',
      extension: 'pdf',
      label: vscode.l10n.t('PDF'),
      description: vscode.l10n.t('printed by Chrome or Chromium, with page numbers and bookmarks'),
    },
    {
      format: 'docx',
      extension: 'docx',
      label: vscode.l10n.t('Word'),
      description: vscode.l10n.t('real Word styles, to lay out in Word'),
    },
    {
      format: 'html',
      extension: 'html',
      label: vscode.l10n.t('HTML'),
      description: vscode.l10n.t('one self-contained file, print styles'),
    },
  ];
}

/** `gr.plan.yaml` → `gr.pdf` beside it. */
function defaultTarget(source: vscode.Uri, extension: string): vscode.Uri {
  const name = source.path.slice(source.path.lastIndexOf('/') + 1).replace(/(\.plan)?\.ya?ml$/i, '');
  return vscode.Uri.joinPath(source, '..', `${name}.${extension}`);
}

/**
 * "Jalon: Export Plan…": asks for the format and the file, lets the server render it (as
 * `jalon render` does) under a progress notification, writes it, and offers to open or
 * reveal it. A plan file is never the target.
 */
export async function exportPlan(
  client: LanguageClient,
  source: vscode.Uri | undefined,
  audience: PlanAudience,
): Promise<void> {
  if (!source) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a plan file (*.plan.yaml) to export it.'));
    return;
  }
  const choice = await vscode.window.showQuickPick(formatChoices(), {
    title: vscode.l10n.t('Export the plan as'),
    placeHolder: vscode.l10n.t('The document as published (no findings)'),
  });
  if (!choice) return;
  const target = await vscode.window.showSaveDialog({
    defaultUri: defaultTarget(source, choice.extension),
    filters: { [choice.label]: [choice.extension] },
    title: vscode.l10n.t('Export the plan'),
  });
  if (!target) return;
  if (/\.ya?ml$/i.test(target.path) || target.toString() === source.toString()) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Jalon does not write over a plan file: choose a .{0} file.', choice.extension),
    );
    return;
  }
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  try {
    const result = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: vscode.l10n.t('Exporting {0}…', name),
        cancellable: false,
      },
      async () => {
        const params: ExportPlanParams = { uri: source.toString(), format: choice.format, audience };
        const answer = await client.sendRequest<ExportPlanResult>(EXPORT_PLAN, params);
        await vscode.workspace.fs.writeFile(target, Buffer.from(answer.data, 'base64'));
        return answer;
      },
    );
    for (const warning of result.warnings) void vscode.window.showWarningMessage(warning);
    const open = vscode.l10n.t('Open');
    const reveal = vscode.l10n.t('Reveal in File Explorer');
    const picked = await vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}.', name), open, reveal);
    if (picked === open) await vscode.env.openExternal(target);
    else if (picked === reveal) await vscode.commands.executeCommand('revealFileInOS', target);
  } catch (error) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('The plan was not exported: {0}', error instanceof Error ? error.message : String(error)),
    );
  }
}
