import type { CodeLens, Location } from 'vscode-languageserver';
import { itemLenses } from '../../core';
import { planFileOf } from '../context';
import { toRange } from '../convert';
import type { Feature } from './feature';

/**
 * The command a lens carries. The extension may define it as VS Code's "show references"
 * (`editor.action.showReferences` takes the same three arguments, as VS Code types):
 * the document's uri, the lens's position, and the places it counts.
 */
export const SHOW_REFERENCES_COMMAND = 'jalon.showReferences';

/**
 * Code lenses, when the `jalon.codeLens.enabled` setting is on: above each indicator, how
 * many objectives and actions use it; above each objective, its actions by status.
 */
export const codeLensFeature: Feature = {
  capabilities: () => ({ codeLensProvider: { resolveProvider: false } }),
  register(context) {
    context.connection.onCodeLens((params, token): CodeLens[] => {
      if (!context.settings().codeLens.enabled) return [];
      const target = planFileOf(context, params.textDocument.uri);
      if (!target) return [];
      const { file, plan } = target;
      const uriOf = (f: typeof file) => (f === file ? params.textDocument.uri : f.uri);
      return itemLenses(plan, file, () => token.isCancellationRequested).map((lens) => {
        const range = toRange(file, lens.range);
        const places: Location[] = lens.places.map((p) => ({ uri: uriOf(p.file), range: toRange(p.file, p.range) }));
        return {
          range,
          command: {
            title: lens.title[context.locale()],
            command: SHOW_REFERENCES_COMMAND,
            arguments: [params.textDocument.uri, range.start, places],
          },
        };
      });
    });
  },
};
