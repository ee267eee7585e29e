import { LSPErrorCodes, ResponseError, SemanticTokensBuilder } from 'vscode-languageserver';
import { semanticTokens, TOKEN_MODIFIERS, TOKEN_TYPES } from '../../core';
import { planFileOf } from '../context';
import type { Feature } from './feature';

/** Semantic tokens of a whole document: ids defined, references (resolved or not), dates, statuses. */
export const semanticTokensFeature: Feature = {
  capabilities: () => ({
    semanticTokensProvider: {
      legend: { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] },
      full: true,
    },
  }),
  register: (context) => {
    context.connection.languages.semanticTokens.on(({ textDocument }, token) => {
      const builder = new SemanticTokensBuilder();
      const found = planFileOf(context, textDocument.uri);
      if (!found) return builder.build();
      const tokens = semanticTokens(found.plan, found.file, () => token.isCancellationRequested);
      if (!tokens) return new ResponseError<void>(LSPErrorCodes.RequestCancelled, 'cancelled');
      for (const t of tokens) {
        const start = found.file.lineIndex.positionAt(t.range.start);
        const modifiers = t.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
        builder.push(start.line, start.character, t.range.end - t.range.start, TOKEN_TYPES.indexOf(t.type), modifiers);
      }
      return builder.build();
    });
  },
};
