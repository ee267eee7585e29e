import {
  diffPlans,
  loadSide,
  markChanges,
  notAPlanMessage,
  planDocumentTitle,
  renderMessageDocument,
  renderPlanDocument,
} from '../../core';
import { planFileOf } from '../context';
import { DIFF, type DiffParams, type DiffResult } from '../protocol';
import { normalizeUri } from '../uris';
import type { Feature } from './feature';
import { webviewOptions } from './webviewPage';

/**
 * `jalon/diff`: the document's plan (open documents as typed) compared with the base files
 * the client read (at a git revision, or another file), rendered as the preview renders it,
 * with the changes marked where they stand.
 */
export const diffFeature: Feature = {
  capabilities: () => ({}),
  register(context) {
    context.connection.onRequest(DIFF, (params: DiffParams): DiffResult => {
      const options = webviewOptions(params);
      const found = planFileOf(context, params.uri);
      const locale = context.locale();
      if (!found)
        return {
          html: renderMessageDocument(notAPlanMessage(locale), { ...options, locale }),
          title: params.base.label,
          changes: [],
        };
      const { plan } = found;
      const base = loadSide(params.base.files.map((f) => ({ uri: normalizeUri(f.uri), text: f.text })));
      // A single other file is that plan's base whatever its id; files of a revision are matched by plan id.
      const single = params.base.files.length === 1 && base.plans.length === 1 ? base.plans[0] : undefined;
      const before = single ? [{ ...single, id: plan.id }] : base.plans.filter((p) => p.id === plan.id);
      // The classes of jalon.config.yaml (`diff:`), as `jalon diff` reads them.
      const changes = diffPlans(before, [plan], { classes: context.index.configFor(normalizeUri(params.uri))?.diff });
      const findings = plan.files.flatMap((f) => context.index.workspace.diagnostics(normalizeUri(f.uri)));
      const html = markChanges(renderPlanDocument(plan, findings, options), changes, {
        locale,
        baseLabel: params.base.label,
        nonce: params.nonce,
      });
      return {
        html,
        title: `${planDocumentTitle(plan, options)} ↔ ${params.base.label}`,
        changes: changes.map((c) => ({
          change: c.change,
          type: c.type,
          id: c.id,
          class: c.class,
          message: c.message[locale],
          ...(c.head ? { head: { uri: c.head.file, line: c.head.line } } : {}),
        })),
      };
    });
  },
};
