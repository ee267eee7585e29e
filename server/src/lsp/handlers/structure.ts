import { FoldingRangeKind, type FoldingRange, type SelectionRange } from 'vscode-languageserver';
import { foldingBlocks, selectionChain } from '../../core';
import { planFileOf } from '../context';
import { toOffset, toRange } from '../convert';
import type { Feature } from './feature';

/** Folding ranges (every block of the plan) and selection ranges (expand selection). */
export const structureFeature: Feature = {
  capabilities: () => ({ foldingRangeProvider: true, selectionRangeProvider: true }),
  register: (context) => {
    context.connection.onFoldingRanges(({ textDocument }) => {
      const found = planFileOf(context, textDocument.uri);
      if (!found) return [];
      const ranges = foldingBlocks(found.file).map((block): FoldingRange => ({
        startLine: block.startLine,
        endLine: block.endLine,
        ...(block.kind === 'comment' ? { kind: FoldingRangeKind.Comment } : {}),
      }));
      // A client may cap how many ranges it takes; the outer ones (listed first) matter most.
      const limit = context.capabilities.textDocument?.foldingRange?.rangeLimit;
      return limit !== undefined ? ranges.slice(0, limit) : ranges;
    });

    context.connection.onSelectionRanges(({ textDocument, positions }) => {
      const found = planFileOf(context, textDocument.uri);
      if (!found) return [];
      const { file } = found;
      return positions.map((position) => {
        const chain = selectionChain(file, toOffset(file, position));
        let parent: SelectionRange | undefined;
        for (const range of [...chain].reverse()) parent = { range: toRange(file, range), parent };
        return parent ?? { range: { start: position, end: position } };
      });
    });
  },
};
