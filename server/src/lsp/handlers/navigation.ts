import {
  DocumentHighlightKind,
  LSPErrorCodes,
  ResponseError,
  type DocumentHighlight,
  type Location,
  type LocationLink,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import {
  definitionsAt,
  type IdSpot,
  highlightsAt,
  referencesAt,
  isRefusal,
  prepareRenameAt,
  renameAt,
  type FileEdits,
  RENAME_MESSAGES,
  type Localized,
} from '../../core';
import { planFileOf, type ServerContext } from '../context';
import { toOffset, toRange } from '../convert';
import type { Feature } from './feature';

function location(spot: IdSpot): Location {
  return { uri: spot.file.uri, range: toRange(spot.file, spot.range) };
}

/** A refusal the client shows to the author (VS Code puts the message in its rename box). */
function refusal(context: ServerContext, message: Localized): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestFailed, message[context.locale()]);
}

/**
 * Go to definition, find references, document highlight and rename, for every id of a plan
 * (items, references, the plan id and `part_of`) across the root and its parts.
 */
export const navigationFeature: Feature = {
  capabilities: (client) => ({
    definitionProvider: true,
    referencesProvider: true,
    documentHighlightProvider: true,
    renameProvider: client.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true,
  }),
  register(context) {
    const { connection } = context;

    connection.onDefinition(({ textDocument, position }, token): Location[] | LocationLink[] | null => {
      const found = planFileOf(context, textDocument.uri);
      if (!found || token.isCancellationRequested) return null;
      const definitions = definitionsAt(found.plan, found.file, toOffset(found.file, position));
      if (!definitions || definitions.targets.length === 0) return null;
      if (!context.capabilities.textDocument?.definition?.linkSupport) return definitions.targets.map(location);
      const origin = toRange(found.file, definitions.origin.range);
      return definitions.targets.map((t) => ({
        originSelectionRange: origin,
        targetUri: t.file.uri,
        targetRange: toRange(t.file, t.itemRange ?? t.range),
        targetSelectionRange: toRange(t.file, t.range),
      }));
    });

    connection.onReferences(({ textDocument, position, context: options }, token): Location[] | null => {
      const found = planFileOf(context, textDocument.uri);
      if (!found || token.isCancellationRequested) return null;
      return referencesAt(found.plan, found.file, toOffset(found.file, position), options.includeDeclaration).map(
        location,
      );
    });

    connection.onDocumentHighlight(({ textDocument, position }, token): DocumentHighlight[] | null => {
      const found = planFileOf(context, textDocument.uri);
      if (!found || token.isCancellationRequested) return null;
      return highlightsAt(found.plan, found.file, toOffset(found.file, position)).map((s) => ({
        range: toRange(s.file, s.range),
        kind: s.role === 'definition' ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
      }));
    });

    connection.onPrepareRename(({ textDocument, position }) => {
      const found = planFileOf(context, textDocument.uri);
      if (!found) throw refusal(context, RENAME_MESSAGES.noId);
      const result = prepareRenameAt(found.plan, found.file, toOffset(found.file, position));
      if (isRefusal(result)) throw refusal(context, result.refused);
      return { range: toRange(found.file, result.range), placeholder: result.placeholder };
    });

    connection.onRenameRequest(({ textDocument, position, newName }, token): WorkspaceEdit | null => {
      const found = planFileOf(context, textDocument.uri);
      if (!found) throw refusal(context, RENAME_MESSAGES.noId);
      const planIds = context.index.workspace.plans().flatMap((p) => (p.root && p.id !== undefined ? [p.id] : []));
      const result = renameAt(found.plan, found.file, toOffset(found.file, position), newName, {
        planIds,
        isCancelled: () => token.isCancellationRequested,
      });
      if (isRefusal(result)) throw refusal(context, result.refused);
      if (token.isCancellationRequested) return null;
      return workspaceEdit(context, result);
    });
  },
};

/** Versioned document edits when the client takes them (an open document must not have moved on), plain changes otherwise. */
function workspaceEdit(context: ServerContext, files: FileEdits[]): WorkspaceEdit {
  const textEdits = (f: FileEdits): TextEdit[] =>
    f.edits.map((e) => ({ range: toRange(f.file, e.range), newText: e.text }));
  if (context.capabilities.workspace?.workspaceEdit?.documentChanges) {
    const documentChanges: TextDocumentEdit[] = files.map((f) => ({
      textDocument: { uri: f.file.uri, version: context.index.document(f.file.uri)?.version ?? null },
      edits: textEdits(f),
    }));
    return { documentChanges };
  }
  return { changes: Object.fromEntries(files.map((f) => [f.file.uri, textEdits(f)])) };
}
