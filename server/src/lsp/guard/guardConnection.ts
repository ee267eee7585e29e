import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { documentOf, paramsProblem } from './paramShapes';

/**
 * Every handler the server registers goes through this guard, so that nothing the core throws
 * takes the server down or leaves it silent, and so that the protocol's lifecycle is kept as
 * the LSP specification says:
 *
 * - before `initialize`, a request is answered ServerNotInitialized (-32002) and a notification
 *   is dropped; after `shutdown`, a request is answered InvalidRequest (-32600);
 * - parameters of the wrong shape are answered InvalidParams (-32602) (notifications: dropped);
 * - a handler that throws is logged with its method and file to the client's output, and
 *   answered with the empty result the method allows (`null`, `[]`) or an InternalError; a
 *   notification that fails on a file reports it through `onFileFailed`.
 */
export interface GuardHooks {
  /** A notification about this document failed: the document's check did not run. */
  onFileFailed(uri: string, error: unknown): void;
}

type Phase = 'new' | 'initialized' | 'shutdown';

/** The handlers' results when they fail, for the methods where an empty answer serves the author better than an error popup. */
const EMPTY_RESULTS = new Map<string, unknown>([
  ['textDocument/hover', null],
  ['textDocument/definition', null],
  ['textDocument/completion', null],
  ['textDocument/references', []],
  ['textDocument/documentHighlight', []],
  ['textDocument/documentSymbol', []],
  ['workspace/symbol', []],
  ['textDocument/codeAction', []],
  ['textDocument/codeLens', []],
  ['textDocument/foldingRange', []],
  ['textDocument/selectionRange', []],
  ['textDocument/inlayHint', []],
  ['textDocument/semanticTokens/full', { data: [] }],
]);

/** The methods the connection's named registrations stand for (`connection.onHover` → `textDocument/hover`). */
const METHODS: Record<string, string> = {
  onInitialize: 'initialize',
  onInitialized: 'initialized',
  onShutdown: 'shutdown',
  onExit: 'exit',
  onDidOpenTextDocument: 'textDocument/didOpen',
  onDidChangeTextDocument: 'textDocument/didChange',
  onDidCloseTextDocument: 'textDocument/didClose',
  onDidChangeWatchedFiles: 'workspace/didChangeWatchedFiles',
  onDidChangeConfiguration: 'workspace/didChangeConfiguration',
  'workspace.onDidChangeWorkspaceFolders': 'workspace/didChangeWorkspaceFolders',
  onCompletion: 'textDocument/completion',
  onHover: 'textDocument/hover',
  onDefinition: 'textDocument/definition',
  onReferences: 'textDocument/references',
  onDocumentHighlight: 'textDocument/documentHighlight',
  onPrepareRename: 'textDocument/prepareRename',
  onRenameRequest: 'textDocument/rename',
  onDocumentSymbol: 'textDocument/documentSymbol',
  onWorkspaceSymbol: 'workspace/symbol',
  onCodeAction: 'textDocument/codeAction',
  onCodeLens: 'textDocument/codeLens',
  onFoldingRanges: 'textDocument/foldingRange',
  onSelectionRanges: 'textDocument/selectionRange',
  'languages.inlayHint.on': 'textDocument/inlayHint',
  'languages.semanticTokens.on': 'textDocument/semanticTokens/full',
};

/** Notifications have no answer: when they fail, the file they are about is told instead. */
const NOTIFICATIONS = new Set([
  'initialized',
  'exit',
  'textDocument/didOpen',
  'textDocument/didChange',
  'textDocument/didClose',
  'workspace/didChangeWatchedFiles',
  'workspace/didChangeConfiguration',
  'workspace/didChangeWorkspaceFolders',
]);

type Handler = (...args: unknown[]) => unknown;

/** An error as one log entry: its stack when it has one. */
export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
}

/** The error's message alone, for a diagnostic. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class Guard {
  private phase: Phase = 'new';
  /** The connection every registration goes through: each handler it is given is guarded. */
  readonly connection: Connection;

  constructor(
    private readonly raw: Connection,
    private readonly hooks: GuardHooks,
  ) {
    this.connection = this.proxy(raw, '') as Connection;
    // The lifecycle is tracked even when the server registers no shutdown handler of its own.
    this.connection.onShutdown(() => undefined);
  }

  get shutDown(): boolean {
    return this.phase === 'shutdown';
  }

  /**
   * Runs `work` (the per-file publisher, the indexing of one file: what is not a handler); a
   * throw, or a rejection when `work` is async, is logged with the method and file, then
   * `fallback` answers.
   */
  attempt<T>(method: string, uri: string | undefined, work: () => T, fallback: (error: unknown) => Awaited<T>): T {
    const failed = (error: unknown) => {
      this.log(method, uri, error);
      return fallback(error);
    };
    try {
      const result = work();
      return (result instanceof Promise ? result.catch(failed) : result) as T;
    } catch (error) {
      return failed(error) as T;
    }
  }

  log(method: string, uri: string | undefined, error: unknown): void {
    try {
      this.raw.console.error(`Jalon: ${method}${uri ? ` on ${uri}` : ''} failed: ${describeError(error)}`);
    } catch {
      // The client is gone: nothing to tell.
    }
  }

  /** Wraps the connection (and its `languages`, `workspace`... parts): `on*` registrations get guarded handlers. */
  private proxy(target: object, path: string): object {
    return new Proxy(target, {
      get: (object, property, receiver) => {
        const value: unknown = Reflect.get(object, property, receiver);
        if (typeof property !== 'string') return value;
        const name = path ? `${path}.${property}` : property;
        if (typeof value === 'function') {
          const bound = (value as Handler).bind(object);
          if (!/^on(?:[A-Z]|$)/.test(property)) return bound;
          return (...args: unknown[]) => {
            const at = args.findIndex((a) => typeof a === 'function');
            if (at < 0) return bound(...args);
            const method = METHODS[name] ?? methodName(args[0]) ?? name;
            const guarded = [...args];
            guarded[at] = this.guard(
              method,
              args[at] as Handler,
              property === 'onNotification' || NOTIFICATIONS.has(method),
            );
            return bound(...guarded);
          };
        }
        return typeof value === 'object' && value !== null && path.split('.').length < 3
          ? this.proxy(value, name)
          : value;
      },
    });
  }

  private guard(method: string, handler: Handler, notification: boolean): Handler {
    return (...args: unknown[]) => {
      const params = args[0];
      const refusal = this.refusal(method, params);
      if (refusal) return notification ? undefined : refusal;
      if (method === 'shutdown') this.phase = 'shutdown';
      const failed = (error: unknown) => {
        if (error instanceof ResponseError) throw error;
        const uri = documentOf(params);
        this.log(method, uri, error);
        if (notification) {
          if (uri) this.hooks.onFileFailed(uri, error);
          return undefined;
        }
        if (EMPTY_RESULTS.has(method)) return EMPTY_RESULTS.get(method);
        return new ResponseError(
          ErrorCodes.InternalError,
          `Jalon could not answer ${method}${uri ? ` on ${uri}` : ''}: ${errorMessage(error)}. Please report it.`,
        );
      };
      const done = (result: unknown) => {
        if (method === 'initialize') this.phase = 'initialized';
        return result;
      };
      try {
        const result = handler(...args);
        return result instanceof Promise ? result.then(done, failed) : done(result);
      } catch (error) {
        return failed(error);
      }
    };
  }

  /** Why the message is not handled at all: the lifecycle, or parameters of the wrong shape. */
  private refusal(method: string, params: unknown): ResponseError<void> | undefined {
    if (method === 'exit') return undefined;
    if (this.phase === 'new' && method !== 'initialize') {
      return new ResponseError(
        ErrorCodes.ServerNotInitialized,
        `The server is not initialized: "${method}" must come after "initialize".`,
      );
    }
    if (this.phase === 'shutdown' && method !== 'shutdown') {
      return new ResponseError(
        ErrorCodes.InvalidRequest,
        `The server is shut down: "${method}" came after "shutdown".`,
      );
    }
    const problem = paramsProblem(method, params);
    return problem
      ? new ResponseError(ErrorCodes.InvalidParams, `Invalid parameters for ${method}: ${problem}.`)
      : undefined;
  }
}

/** The method of `onRequest(type, ...)` / `onNotification(type, ...)`: a string or a message type. */
function methodName(first: unknown): string | undefined {
  if (typeof first === 'string') return first;
  if (typeof first === 'object' && first !== null && typeof (first as { method?: unknown }).method === 'string')
    return (first as { method: string }).method;
  return undefined;
}
