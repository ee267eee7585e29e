import type { ClientCapabilities, Connection } from 'vscode-languageserver';
import type { Locale, PlanFile, Plan } from '../core';
import type { PlanIndex } from './planIndex';
import type { JalonSettings } from './settings';
import { normalizeUri } from './uris';

/** What every feature handler is given: the connection, the index of plans, and the client's preferences. */
export interface ServerContext {
  connection: Connection;
  index: PlanIndex;
  capabilities: ClientCapabilities;
  /** The client's name (`Visual Studio Code`...), for the few things only some clients understand. */
  clientName(): string | undefined;
  locale(): Locale;
  settings(): JalonSettings;
}

/** The file and its plan for a request's document, or undefined when it is not a plan file the server knows. */
export function planFileOf(context: ServerContext, uri: string): { file: PlanFile; plan: Plan } | undefined {
  const key = normalizeUri(uri);
  const file = context.index.workspace.file(key);
  const plan = file && context.index.workspace.planOf(key);
  return file && plan ? { file, plan } : undefined;
}
