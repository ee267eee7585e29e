import {
  LSPErrorCodes,
  ResponseError,
  SymbolKind,
  type DocumentSymbol,
  type SymbolInformation,
} from 'vscode-languageserver';
import {
  documentSymbols,
  type PlanSymbol,
  type PlanSymbolKind,
  workspaceSymbols,
  byKind,
  type PlanFile,
} from '../../core';
import { planFileOf } from '../context';
import { toRange } from '../convert';
import type { Feature } from './feature';
import { cancelledWhileWaiting } from '../yieldToClient';

/** The plan's levels as editors draw them: the plan a namespace, its axes packages, down to actions as methods. */
const SYMBOL_KINDS: Record<PlanSymbolKind, SymbolKind> = {
  plan: SymbolKind.Namespace,
  ...byKind((info) => SymbolKind[info.symbol]),
  indicators: SymbolKind.Array,
  owners: SymbolKind.Array,
};

/** Document symbols (the outline, hierarchical or flat as the client supports) and workspace symbols. */
export const symbolsFeature: Feature = {
  capabilities: () => ({ documentSymbolProvider: true, workspaceSymbolProvider: true }),
  register: (context) => {
    context.connection.onDocumentSymbol(({ textDocument }) => {
      const found = planFileOf(context, textDocument.uri);
      if (!found) return [];
      const symbols = documentSymbols(found.file, context.locale());
      if (context.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport) {
        return symbols.map((s) => toDocumentSymbol(found.file, s));
      }
      return flatten(found.file, textDocument.uri, symbols, undefined);
    });

    context.connection.onWorkspaceSymbol(async ({ query }, token) => {
      if (await cancelledWhileWaiting(token))
        return new ResponseError<void>(LSPErrorCodes.RequestCancelled, 'cancelled');
      const cancelled = () => token.isCancellationRequested;
      const matches = workspaceSymbols(context.index.workspace.plans(), query, context.locale(), cancelled);
      if (!matches) return new ResponseError<void>(LSPErrorCodes.RequestCancelled, 'cancelled');
      return matches.map(({ item, name, container, range }): SymbolInformation => ({
        name,
        kind: SYMBOL_KINDS[item.kind],
        containerName: container,
        location: { uri: item.file.uri, range: toRange(item.file, range) },
      }));
    });
  },
};

function toDocumentSymbol(file: PlanFile, symbol: PlanSymbol): DocumentSymbol {
  return {
    name: symbol.name,
    detail: symbol.detail,
    kind: SYMBOL_KINDS[symbol.kind],
    range: toRange(file, symbol.range),
    selectionRange: toRange(file, symbol.selectionRange),
    children: symbol.children.map((c) => toDocumentSymbol(file, c)),
  };
}

/** For clients without hierarchical symbols: every symbol in document order, named within its parent. */
function flatten(
  file: PlanFile,
  uri: string,
  symbols: PlanSymbol[],
  container: string | undefined,
): SymbolInformation[] {
  return symbols.flatMap((symbol) => [
    {
      name: symbol.name,
      kind: SYMBOL_KINDS[symbol.kind],
      containerName: container,
      location: { uri, range: toRange(file, symbol.range) },
    },
    ...flatten(file, uri, symbol.children, symbol.name),
  ]);
}
