import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { CodeActionRequest, type CodeAction, type WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { CLEAN_PLAN, edit } from '../helpers';
import { LineIndex } from '../../src/core/text/lineIndex';
import { FULL_CAPABILITIES, newClient, uriOf, workspaceFolder } from './client';

describe('YAML slips over stdio: the diagnostic says what to write, the preferred quick fix writes it', () => {
  test('`title: Action A: pilot` and `title: *Important* plan`: quoting fixes, and the diagnostics go', async () => {
    let text = edit(CLEAN_PLAN, 'title: Action A', 'title: Action A: pilot');
    text = edit(text, 'title: Action B', 'title: *Important* plan');
    const folder = workspaceFolder({
      'a.plan.yaml': text,
      'good.plan.yaml': edit(CLEAN_PLAN, 'id: demo\n', 'id: good\n'),
    });
    const c = newClient();
    await c.initialize(folder, FULL_CAPABILITIES, 'fr');
    const uri = uriOf(path.join(folder, 'a.plan.yaml'));
    await c.open(uri, text);
    const diagnostics = await c.diagnosticsOf(uri, 1);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.message]),
      [
        [
          'yaml/syntax',
          'Le titre contient « : », que YAML lit comme le début d’une nouvelle clé : mettez le titre entre guillemets : title: "Action A: pilot"',
        ],
        [
          'yaml/syntax',
          'YAML lit « *Important* » comme un alias (un renvoi à une ancre « &… »), et le fichier n’a pas cette ancre : pour écrire ce texte, mettez-le entre guillemets : title: "*Important* plan"',
        ],
      ],
    );
    let next = text;
    const lines = new LineIndex(text);
    const edits = [];
    for (const diagnostic of diagnostics) {
      const actions = (await c.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      })) as CodeAction[];
      const preferred = actions.find((a) => a.isPreferred)!;
      assert.equal(preferred.title, 'Mettre le texte entre guillemets');
      edits.push(...(preferred.edit as WorkspaceEdit).changes![uri]);
    }
    for (const e of edits
      .map((x) => ({ start: lines.offsetAt(x.range.start), end: lines.offsetAt(x.range.end), text: x.newText }))
      .sort((a, b) => b.start - a.start)) {
      next = next.slice(0, e.start) + e.text + next.slice(e.end);
    }
    assert.equal(
      next,
      edit(
        edit(CLEAN_PLAN, 'title: Action A', 'title: "Action A: pilot"'),
        'title: Action B',
        'title: "*Important* plan"',
      ),
    );
    const version = await c.change(uri, [{ text: next }]);
    assert.deepEqual(await c.diagnosticsOf(uri, version), []);
  });
});
