import type { ClientCapabilities, ServerCapabilities } from 'vscode-languageserver';
import type { ServerContext } from '../context';

/** One LSP feature: what it advertises (given what the client supports) and its request handlers. */
export interface Feature {
  capabilities(client: ClientCapabilities): ServerCapabilities;
  register(context: ServerContext): void;
}
