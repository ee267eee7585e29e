import * as vscode from 'vscode';

interface LspPosition {
  line: number;
  character: number;
}
interface LspRange {
  start: LspPosition;
  end: LspPosition;
}
interface LspLocation {
  uri: string;
  range: LspRange;
}

/**
 * `jalon.showReferences`, the command of the server's code lenses. Its arguments arrive as
 * JSON (a uri string, an LSP position, LSP locations); `editor.action.showReferences` wants
 * the same three as VS Code types.
 */
export async function showReferences(uri: string, position: LspPosition, locations: LspLocation[]): Promise<void> {
  const toPosition = (p: LspPosition) => new vscode.Position(p.line, p.character);
  await vscode.commands.executeCommand(
    'editor.action.showReferences',
    vscode.Uri.parse(uri),
    toPosition(position),
    locations.map(
      (l) =>
        new vscode.Location(
          vscode.Uri.parse(l.uri),
          new vscode.Range(toPosition(l.range.start), toPosition(l.range.end)),
        ),
    ),
  );
}
