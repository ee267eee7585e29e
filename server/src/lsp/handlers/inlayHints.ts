import type { InlayHint } from 'vscode-languageserver';
import { valueHints } from '../../core';
import { planFileOf } from '../context';
import { toOffset, toPosition } from '../convert';
import type { Feature } from './feature';

/**
 * Inlay hints after dates (the interval a partial date denotes) and after `change` values (the
 * value implied from the baseline), when the `jalon.inlayHints.enabled` setting is on.
 */
export const inlayHintsFeature: Feature = {
  capabilities: () => ({ inlayHintProvider: true }),
  register(context) {
    context.connection.languages.inlayHint.on((params, token): InlayHint[] => {
      if (!context.settings().inlayHints.enabled) return [];
      const target = planFileOf(context, params.textDocument.uri);
      if (!target) return [];
      const { file, plan } = target;
      const range = { start: toOffset(file, params.range.start), end: toOffset(file, params.range.end) };
      return valueHints(plan, file, range, context.locale(), () => token.isCancellationRequested).map((hint) => ({
        position: toPosition(file, hint.offset),
        label: hint.label,
        paddingLeft: true,
      }));
    });
  },
};
