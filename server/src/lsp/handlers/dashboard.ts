import path from 'node:path';
import { dashboardTitle, localeFromTag, notAPlanMessage, renderDashboard, renderMessageDocument } from '../../core';
import { planFileOf } from '../context';
import { RENDER_DASHBOARD, type RenderDashboardParams, type RenderHtmlResult } from '../protocol';
import { uriToPath } from '../uris';
import { webviewOptions } from './webviewPage';
import type { Feature } from './feature';

/**
 * `jalon/renderDashboard`: the dashboard view's HTML, rendered by the same code as
 * `jalon render --dashboard` from the document's whole plan (root, parts and reports, open
 * documents as typed) at its latest report, in the plan's language (the editor's when the
 * plan names none), with the webview's policy, script and filters.
 */
export const dashboardFeature: Feature = {
  capabilities: () => ({}),
  register(context) {
    context.connection.onRequest(RENDER_DASHBOARD, (params: RenderDashboardParams): RenderHtmlResult => {
      const version = context.index.document(params.uri)?.version;
      const found = planFileOf(context, params.uri);
      if (!found || !found.plan.root) {
        const locale = context.locale();
        return {
          html: renderMessageDocument(notAPlanMessage(locale), { ...webviewOptions(params), locale }),
          title: path.basename(uriToPath(params.uri) ?? params.uri),
          version,
        };
      }
      const { plan } = found;
      const language = plan.header?.language?.value;
      const locale = language ? localeFromTag(language) : context.locale();
      return { html: renderDashboard(plan, locale, undefined, params), title: dashboardTitle(plan, locale), version };
    });
  },
};
