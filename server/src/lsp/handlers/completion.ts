import {
  CompletionItemKind,
  InsertTextFormat,
  InsertTextMode,
  MarkupKind,
  type ClientCapabilities,
  type Command,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
} from 'vscode-languageserver';
import {
  type Locale,
  type Localized,
  completionsAt,
  type CompletionKind,
  type PlanCompletion,
  type PlanFile,
} from '../../core';
import { planFileOf, type ServerContext } from '../context';
import { toOffset, toRange } from '../convert';
import type { Feature } from './feature';

const KINDS: Record<CompletionKind, CompletionItemKind> = {
  key: CompletionItemKind.Property,
  enum: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
  date: CompletionItemKind.Constant,
  unit: CompletionItemKind.Unit,
  value: CompletionItemKind.Value,
  'new-item': CompletionItemKind.Snippet,
};

/** What the client's completion supports, read once per request from its capabilities and name. */
interface ClientSupport {
  snippets: boolean;
  labelDetails: boolean;
  markdown: boolean;
  insertAsIs: boolean;
  /** The client runs `editor.action.triggerSuggest` itself, so an item may reopen the list. */
  triggerSuggest: boolean;
}

/**
 * VS Code and its builds: vscode-languageclient sends `vscode.env.appName` as the client's name
 * ("Visual Studio Code", "Visual Studio Code - Insiders", "VSCodium", "Code - OSS", and
 * "code-server" from its product.json). Other clients do not know VS Code's commands and would
 * send them back to the server as `workspace/executeCommand`.
 */
const VSCODE_NAMES = /^(?:Visual Studio Code|VSCodium|Code - OSS|code-server)\b/;

/** Opens the completion list again: after a key, its values. */
const TRIGGER_SUGGEST: Command = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

function clientSupport(capabilities: ClientCapabilities, clientName: string | undefined): ClientSupport {
  const item = capabilities.textDocument?.completion?.completionItem;
  const snippets = item?.snippetSupport === true;
  return {
    snippets,
    labelDetails: item?.labelDetailsSupport === true,
    markdown: item?.documentationFormat?.includes(MarkupKind.Markdown) === true,
    insertAsIs: item?.insertTextModeSupport?.valueSet.includes(InsertTextMode.asIs) === true,
    // Without snippets the cursor ends after `[]` rather than inside it.
    triggerSuggest: snippets && clientName !== undefined && VSCODE_NAMES.test(clientName),
  };
}

function pick(text: string | Localized, locale: Locale): string {
  return typeof text === 'string' ? text : text[locale];
}

/** A core completion as an LSP item, in what the client supports: snippets or plain text, label details or a detail line. */
export function toCompletionItem(
  completion: PlanCompletion,
  file: PlanFile,
  support: ClientSupport,
  locale: Locale,
): CompletionItem {
  const description = completion.description?.[locale];
  const item: CompletionItem = {
    label: pick(completion.label, locale),
    kind: KINDS[completion.kind],
    sortText: completion.sortText,
    textEdit: {
      range: toRange(file, completion.range),
      newText: support.snippets ? completion.insert.snippet : completion.insert.plain,
    },
    insertTextFormat: support.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  };
  if (support.labelDetails && (completion.labelDetail !== undefined || description !== undefined)) {
    item.labelDetails = {};
    if (completion.labelDetail !== undefined) item.labelDetails.detail = completion.labelDetail;
    if (description !== undefined) item.labelDetails.description = description;
  }
  const detail = completion.detail?.[locale];
  if (detail !== undefined) item.detail = detail;
  if (completion.documentation) {
    item.documentation = support.markdown
      ? { kind: MarkupKind.Markdown, value: completion.documentation.markdown[locale] }
      : completion.documentation.plain[locale];
  }
  // Inserted lines carry their own indentation: the client must not indent them again.
  if (completion.multiline && support.insertAsIs) item.insertTextMode = InsertTextMode.asIs;
  if (completion.opensValues && support.triggerSuggest) item.command = TRIGGER_SUGGEST;
  return item;
}

/**
 * Completion: keys of the schema, enum values, ids of the plan (from every file), dates of the
 * cycle, units, and new list items. Triggered on a space (after `:`, `,`, `[` or `- `), `[`,
 * `,` and `-` (a new list item, or quarters after `2027-`). In VS Code, accepting a key whose
 * value is an id, a date or a unit opens the list of those values.
 */
export const completionFeature: Feature = {
  capabilities: () => ({
    completionProvider: {
      triggerCharacters: [' ', '[', ',', '-'],
      resolveProvider: false,
      completionItem: { labelDetailsSupport: true },
    },
  }),
  register: (context: ServerContext) => {
    context.connection.onCompletion((params: CompletionParams, token): CompletionList | null => {
      const found = planFileOf(context, params.textDocument.uri);
      if (!found) return null;
      const { file, plan } = found;
      const completions = completionsAt({
        file,
        plan,
        offset: toOffset(file, params.position),
        plans: context.index.workspace.plans(),
        year: new Date().getFullYear(),
        triggerCharacter: params.context?.triggerCharacter,
        isCancelled: () => token.isCancellationRequested,
      });
      if (token.isCancellationRequested) return null;
      const support = clientSupport(context.capabilities, context.clientName());
      const locale = context.locale();
      return { isIncomplete: false, items: completions.map((c) => toCompletionItem(c, file, support, locale)) };
    });
  },
};
