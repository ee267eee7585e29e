import { MarkupKind, type Hover } from 'vscode-languageserver';
import { hoverAt } from '../../core';
import { planFileOf } from '../context';
import { toOffset, toRange } from '../convert';
import type { Feature } from './feature';

/** Markdown as plain text, for a client that shows no Markdown: the marks go, the words stay. */
function plainText(markdown: string): string {
  return markdown.replace(/\\([\\`*_[\]<>])|[`*]/g, (_, escaped: string | undefined) => escaped ?? '');
}

/** Hover: an id (indicator, action, any item, the plan), a partial date, or a field key, explained in the client's language. */
export const hoverFeature: Feature = {
  capabilities: () => ({ hoverProvider: true }),
  register(context) {
    context.connection.onHover(({ textDocument, position }, token): Hover | null => {
      const found = planFileOf(context, textDocument.uri);
      if (!found || token.isCancellationRequested) return null;
      const result = hoverAt(found.plan, found.file, toOffset(found.file, position), context.locale());
      if (!result) return null;
      const formats = context.capabilities.textDocument?.hover?.contentFormat;
      const markdown = !formats || formats.includes(MarkupKind.Markdown);
      return {
        contents: {
          kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText,
          value: markdown ? result.markdown : plainText(result.markdown),
        },
        range: toRange(found.file, result.range),
      };
    });
  },
};
