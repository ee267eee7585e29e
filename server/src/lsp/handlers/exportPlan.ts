import { ResponseError } from 'vscode-languageserver';
import {
  renderPlanDocument,
  type Locale,
  type Localized,
  type Plan,
  type RenderAssets,
  type StandaloneOptions,
} from '../../core';
import { HostError } from '../../host/hostError';
import { planFileOf, type ServerContext } from '../context';
import { EXPORT_PLAN, type ExportPlanParams, type ExportPlanResult } from '../protocol';
import { normalizeUri } from '../uris';
import type { Feature } from './feature';

/** The logo as the check read it (its findings are the plan's) and the titles of the workspace's plans (the cover names `previous` by its title). */
export function assetsOf(context: ServerContext, plan: Plan): RenderAssets {
  const planTitles = new Map(
    context.index.workspace
      .plans()
      .flatMap((p) => (p.id && p.header?.title ? [[p.id, p.header.title.value] as const] : [])),
  );
  return { planTitles, logo: context.index.workspace.logo(plan).logo };
}

function options(context: ServerContext, plan: Plan, audience: ExportPlanParams['audience']): StandaloneOptions {
  return { mode: 'standalone', audience, assets: assetsOf(context, plan) };
}

async function exportBytes(
  plan: Plan,
  params: ExportPlanParams,
  context: ServerContext,
  locale: Locale,
): Promise<ExportPlanResult> {
  const warnings: string[] = [];
  const warn = (problem: Localized) => warnings.push(problem[locale]);
  const findings = plan.files.flatMap((f) => context.index.workspace.diagnostics(normalizeUri(f.uri)));
  // The author hears what keeps the logo off the file (its findings, as configured).
  for (const f of findings) if (f.ruleId.startsWith('logo/')) warn(f.message);
  const rendered = options(context, plan, params.audience);
  const chrome = { env: process.env };
  // The PDF and Word hosts (playwright-core, docx) are loaded on the first export in their format.
  const bytes =
    params.format === 'pdf'
      ? await (await import('../../host/pdf/printPdf.js')).printPlanPdf(plan, findings, rendered, chrome)
      : params.format === 'docx'
        ? await (
            await import('../../host/docx/planDocx.js')
          ).renderPlanDocx(plan, findings, rendered, { ...chrome, warn })
        : new TextEncoder().encode(renderPlanDocument(plan, findings, rendered));
  return { data: Buffer.from(bytes).toString('base64'), warnings };
}

/**
 * `jalon/exportPlan`: the plan of a document as an HTML, PDF or Word file, by the same code
 * as `jalon render` (the PDF through a Chrome or Chromium found on the machine). A missing
 * browser is an error whose message says what to install.
 */
export const exportPlanFeature: Feature = {
  capabilities: () => ({}),
  register(context) {
    context.connection.onRequest(EXPORT_PLAN, async (params: ExportPlanParams): Promise<ExportPlanResult> => {
      const locale = context.locale();
      const found = planFileOf(context, params.uri);
      if (!found || found.file.kind === 'unknown') {
        throw new ResponseError(
          1,
          locale === 'fr'
            ? 'Ce fichier n’appartient à aucun plan : ouvrez un fichier *.plan.yaml avec un bloc `plan:` ou `part_of:`.'
            : 'This file belongs to no plan: open a *.plan.yaml file with a `plan:` or `part_of:` block.',
        );
      }
      try {
        return await exportBytes(found.plan, params, context, locale);
      } catch (error) {
        if (error instanceof HostError) throw new ResponseError(1, error.text[locale]);
        throw error;
      }
    });
  },
};
