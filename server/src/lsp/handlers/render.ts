import path from 'node:path';
import {
  notAPlanMessage,
  planDocumentTitle,
  renderMessageDocument,
  renderPlanDocument,
  type WebviewOptions,
} from '../../core';
import { planFileOf, type ServerContext } from '../context';
import { RENDER_HTML, type RenderHtmlParams, type RenderHtmlResult } from '../protocol';
import { normalizeUri, uriToPath } from '../uris';
import { assetsOf } from './exportPlan';
import { webviewOptions } from './webviewPage';
import type { Feature } from './feature';

/** A file as the diagnostics summary names it: its path in its workspace folder, else its name. */
function fileLabelIn(context: ServerContext): (uri: string) => string {
  return (uri) => {
    const file = uriToPath(uri);
    if (!file) return uri.split('/').pop() ?? uri;
    const folder = context.index.folders.find((f) => !path.relative(f, file).startsWith('..'));
    return (folder ? path.relative(folder, file) : path.basename(file)).split(path.sep).join('/');
  };
}

/**
 * `jalon/renderHtml`: the preview's HTML, rendered by the same renderer as `jalon render`
 * from the whole plan of the document (root and parts, open documents as typed), with the
 * findings of every file of the plan. The labels follow the plan's language.
 */
export const renderFeature: Feature = {
  capabilities: () => ({}),
  register(context) {
    context.connection.onRequest(RENDER_HTML, (params: RenderHtmlParams): RenderHtmlResult => {
      const options: WebviewOptions = {
        ...webviewOptions(params),
        fileLabel: fileLabelIn(context),
        audience: params.audience ?? 'review',
      };
      const version = context.index.document(params.uri)?.version;
      const found = planFileOf(context, params.uri);
      if (!found) {
        const locale = context.locale();
        return {
          html: renderMessageDocument(notAPlanMessage(locale), { ...options, locale }),
          title: path.basename(uriToPath(params.uri) ?? params.uri),
          version,
        };
      }
      const { plan } = found;
      options.assets = assetsOf(context, plan);
      const findings = plan.files.flatMap((f) => context.index.workspace.diagnostics(normalizeUri(f.uri)));
      return { html: renderPlanDocument(plan, findings, options), title: planDocumentTitle(plan, options), version };
    });
  },
};
