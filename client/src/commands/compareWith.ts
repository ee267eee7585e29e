import * as vscode from 'vscode';
import { DIFF, type DiffParams, type DiffResult } from '../../../server/src/lsp/protocol';
import type { JalonClient } from '../languageClient';
import { fromWebview } from '../preview/messages';
import { newNonce } from '../preview/previewHtml';
import { webviewOptions } from '../preview/planPreview';

/** The part of the built-in git extension's API (`vscode.git`, API 1) this command uses. */
interface GitRef {
  type: number;
  name?: string;
}
interface GitRepository {
  rootUri: vscode.Uri;
  state: { refs: GitRef[] };
  getRefs?(): Promise<GitRef[]>;
  show(ref: string, path: string): Promise<string>;
}
interface GitApi {
  getRepository(uri: vscode.Uri): GitRepository | null;
}

const REF_TAG = 2;
const REF_REMOTE = 1;

/** The git extension's API, or nothing when it is absent or off (`git.enabled: false`: its getAPI throws "Git model not found"). */
async function gitApi(): Promise<GitApi | undefined> {
  const extension = vscode.extensions.getExtension<{ getAPI(version: 1): GitApi }>('vscode.git');
  if (!extension) return undefined;
  try {
    const exports = extension.isActive ? extension.exports : await extension.activate();
    return exports.getAPI(1);
  } catch {
    return undefined;
  }
}

interface BasePick extends vscode.QuickPickItem {
  ref?: string;
  file?: true;
}

/** HEAD, the branches and tags of the document's repository, or another file. */
async function pickBase(document: vscode.Uri, repository: GitRepository | undefined): Promise<BasePick | undefined> {
  const items: BasePick[] = [];
  if (repository) {
    items.push({ label: 'HEAD', description: vscode.l10n.t('the last commit'), ref: 'HEAD' });
    const refs = repository.getRefs ? await repository.getRefs() : repository.state.refs;
    for (const ref of refs) {
      if (!ref.name) continue;
      const kind =
        ref.type === REF_TAG
          ? vscode.l10n.t('tag')
          : ref.type === REF_REMOTE
            ? vscode.l10n.t('remote branch')
            : vscode.l10n.t('branch');
      items.push({ label: ref.name, description: kind, ref: ref.name });
    }
  }
  items.push({ label: vscode.l10n.t('Another file…'), file: true });
  return vscode.window.showQuickPick(items, {
    placeHolder: vscode.l10n.t('Compare {0} with…', vscode.workspace.asRelativePath(document)),
  });
}

/** The plan files of the repository as they were at `ref` (a file absent there is left out). */
async function filesAt(repository: GitRepository, ref: string): Promise<DiffParams['base']['files']> {
  const uris = await vscode.workspace.findFiles(
    new vscode.RelativePattern(repository.rootUri, '**/*.plan.{yaml,yml}'),
    '**/{node_modules,dist,.git}/**',
  );
  const files: DiffParams['base']['files'] = [];
  for (const uri of uris) {
    try {
      files.push({ uri: uri.toString(), text: await repository.show(ref, uri.fsPath) });
    } catch {
      // Not in that revision: added since.
    }
  }
  return files;
}

/**
 * "Jalon: Compare Plan With…": the active plan against HEAD, a branch or a tag (read through
 * the built-in git extension) or another file, shown as the rendered plan with the changes
 * marked; a click on a change opens its line.
 */
export async function compareWith(jalon: JalonClient, extensionUri: vscode.Uri): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'jalon-plan') {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a plan file (*.plan.yaml) to compare it.'));
    return;
  }
  const document = editor.document.uri;
  const repository = (await gitApi())?.getRepository(document) ?? undefined;
  const pick = await pickBase(document, repository);
  if (!pick) return;
  let base: DiffParams['base'];
  if (pick.file) {
    const chosen = await vscode.window.showOpenDialog({
      canSelectMany: false,
      filters: { [vscode.l10n.t('Plans')]: ['yaml', 'yml'] },
    });
    if (!chosen?.[0]) return;
    base = {
      label: vscode.workspace.asRelativePath(chosen[0]),
      files: [
        { uri: chosen[0].toString(), text: new TextDecoder().decode(await vscode.workspace.fs.readFile(chosen[0])) },
      ],
    };
  } else {
    base = { label: pick.ref!, files: await filesAt(repository!, pick.ref!) };
  }
  const panel = vscode.window.createWebviewPanel(
    'jalon.compare',
    vscode.l10n.t('Compare'),
    vscode.ViewColumn.Beside,
    webviewOptions(extensionUri),
  );
  const webview = panel.webview;
  const params: DiffParams = {
    uri: document.toString(),
    base,
    cspSource: webview.cspSource,
    nonce: newNonce(),
    scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.js')).toString(),
    styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'client', 'media', 'preview.css')).toString(),
  };
  const result = await jalon.client.sendRequest<DiffResult>(DIFF, params);
  panel.title = result.title;
  webview.html = result.html;
  panel.webview.onDidReceiveMessage(async (raw: unknown) => {
    const message = fromWebview(raw, '');
    if (message?.type !== 'openSource') return;
    const position = new vscode.Position(message.line, 0);
    await vscode.window.showTextDocument(vscode.Uri.parse(message.uri), {
      viewColumn: vscode.ViewColumn.One,
      selection: new vscode.Range(position, position),
    });
  });
}
