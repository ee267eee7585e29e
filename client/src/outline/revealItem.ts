import * as vscode from 'vscode';

/** An LSP range, as the server's outline nodes carry it. */
interface WireRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

function isWireRange(value: unknown): value is WireRange {
  const position = (p: unknown) =>
    typeof p === 'object' &&
    p !== null &&
    typeof (p as { line?: unknown }).line === 'number' &&
    typeof (p as { character?: unknown }).character === 'number';
  return (
    typeof value === 'object' &&
    value !== null &&
    position((value as WireRange).start) &&
    position((value as WireRange).end)
  );
}

/**
 * `jalon.revealItem` (uri string, LSP range): opens the file, selects the item's title and
 * shows it in the middle of the editor, as the Outline view does.
 */
export async function revealItem(uri: unknown, range: unknown): Promise<void> {
  if (typeof uri !== 'string') return;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const target = isWireRange(range)
    ? document.validateRange(
        new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character),
      )
    : new vscode.Range(0, 0, 0, 0);
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false });
  editor.selection = new vscode.Selection(target.start, target.end);
  editor.revealRange(target, vscode.TextEditorRevealType.InCenter);
}
