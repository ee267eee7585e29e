import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver';
import { type QuickFix, quickFixes, type PlanFile, type Plan, type Finding } from '../../core';
import { planFileOf, type ServerContext } from '../context';
import { toOffset, toRange } from '../convert';
import type { Feature } from './feature';

/** A request may ask only for some kinds (`context.only`): quick fixes are answered when one of them covers `quickfix`. */
function wantsQuickFixes(params: CodeActionParams): boolean {
  const only = params.context.only;
  return !only || only.some((kind) => kind === CodeActionKind.QuickFix || kind === CodeActionKind.Empty);
}

/**
 * The current finding a client's diagnostic stands for (same rule, same range). A diagnostic
 * from an older version of the text matches none and gets no fix: its edits would land wrong.
 */
function findingOf(file: PlanFile, findings: readonly Finding[], diagnostic: Diagnostic): Finding | undefined {
  if (diagnostic.source !== 'jalon') return undefined;
  const start = toOffset(file, diagnostic.range.start);
  const end = toOffset(file, diagnostic.range.end);
  return findings.find((f) => f.ruleId === diagnostic.code && f.range.start === start && f.range.end === end);
}

function toCodeAction(
  plan: Plan,
  file: PlanFile,
  requestUri: string,
  fix: QuickFix,
  diagnostic: Diagnostic,
  context: ServerContext,
): CodeAction {
  const changes: Record<string, TextEdit[]> = {};
  for (const edit of fix.edits) {
    const target = plan.files.find((f) => f.uri === edit.uri) ?? file;
    // The request's own document keeps the client's spelling of its uri.
    const uri = target === file ? requestUri : target.uri;
    (changes[uri] ??= []).push({ range: toRange(target, edit.range), newText: edit.newText });
  }
  const action: CodeAction = {
    title: fix.title[context.locale()],
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes },
  };
  if (fix.preferred) action.isPreferred = true;
  return action;
}

/**
 * Quick fixes for Jalon's diagnostics (did you mean, create the missing catalogue entry, swap
 * dates, set the horizon, disable the rule on the line). Offered only to clients that take code
 * action literals, the edits computed with the actions (they are small).
 */
export const codeActionsFeature: Feature = {
  capabilities: (client) =>
    client.textDocument?.codeAction?.codeActionLiteralSupport
      ? { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } }
      : {},
  register(context) {
    context.connection.onCodeAction((params, token) => {
      if (!context.capabilities.textDocument?.codeAction?.codeActionLiteralSupport || !wantsQuickFixes(params))
        return [];
      const target = planFileOf(context, params.textDocument.uri);
      const diagnostics = params.context.diagnostics.filter((d) => d.source === 'jalon');
      if (!target || diagnostics.length === 0) return [];
      const { file, plan } = target;
      const findings = context.index.workspace.diagnostics(file.uri, () => token.isCancellationRequested);
      const actions: CodeAction[] = [];
      for (const diagnostic of diagnostics) {
        if (token.isCancellationRequested) return [];
        const finding = findingOf(file, findings, diagnostic);
        if (!finding) continue;
        for (const fix of quickFixes({ plan, file, finding }))
          actions.push(toCodeAction(plan, file, params.textDocument.uri, fix, diagnostic, context));
      }
      return actions;
    });
  },
};
