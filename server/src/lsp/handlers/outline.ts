import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { workspaceOutline, type OutlineItem } from '../../core';
import { toRange } from '../convert';
import { OUTLINE, type OutlineNode, type OutlineParams } from '../protocol';
import { normalizeUri } from '../uris';
import type { Feature } from './feature';

/**
 * `jalon/outline`: the plan outline tree of the extension's view, every plan of the workspace
 * (or the plan of one document), root and parts together, with each item's findings counted
 * as the Problems panel shows them.
 */
export const outlineFeature: Feature = {
  capabilities: () => ({}),
  register(context) {
    context.connection.onRequest(
      OUTLINE,
      (params: OutlineParams | undefined, token): OutlineNode[] | ResponseError<void> => {
        const workspace = context.index.workspace;
        const only = params?.uri ? workspace.planOf(normalizeUri(params.uri)) : undefined;
        if (params?.uri && !only) return [];
        const plans = only ? [only] : workspace.plans();
        const findingsOf = (file: { uri: string }) =>
          workspace.diagnostics(file.uri, () => token.isCancellationRequested);
        const trees = workspaceOutline(plans, findingsOf, context.locale(), () => token.isCancellationRequested);
        if (!trees || token.isCancellationRequested)
          return new ResponseError<void>(LSPErrorCodes.RequestCancelled, 'cancelled');
        return trees.map(toOutlineNode);
      },
    );
  },
};

function toOutlineNode(item: OutlineItem): OutlineNode {
  return {
    kind: item.kind,
    id: item.id,
    label: item.label,
    description: item.description,
    status: item.status,
    owner: item.owner,
    errors: item.errors,
    warnings: item.warnings,
    uri: item.file.uri,
    range: toRange(item.file, item.range),
    children: item.children.map(toOutlineNode),
  };
}
