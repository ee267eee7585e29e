import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { writeFileSync, renameSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import * as vscode from 'vscode';
import type {
  ProbeAddress,
  ProbeCompletionParams,
  ProbeDiagnostic,
  ProbeDocument,
  ProbeExtension,
  ProbeFileDiagnostics,
  ProbeRoutes,
  ProbeSeverity,
  ProbeTab,
  ProbeTabGroup,
} from './protocol';

/**
 * A test-only extension: lets the e2e driver read the editor's state through the `vscode` API
 * (what the Problems panel holds, what completion offers, which tabs are open), so that each
 * UI step can be checked against the state behind it. Active only when the driver started
 * code-server with `JALON_E2E_PROBE_FILE` set; listens on 127.0.0.1 and asks for a token.
 */
export function activate(context: vscode.ExtensionContext): void {
  const addressFile = process.env.JALON_E2E_PROBE_FILE;
  if (!addressFile) return;
  const token = randomBytes(16).toString('hex');
  const server = createServer((request, response) => void answer(request, response, token));
  server.listen(0, '127.0.0.1', () => {
    const address: ProbeAddress = { port: (server.address() as AddressInfo).port, token };
    // Written whole, then renamed: the driver never reads half a file.
    writeFileSync(`${addressFile}.tmp`, JSON.stringify(address));
    renameSync(`${addressFile}.tmp`, addressFile);
  });
  context.subscriptions.push({ dispose: () => server.close() });
}

export function deactivate(): void {}

type Handlers = {
  [Route in keyof ProbeRoutes]: (params: ProbeRoutes[Route]['params']) => Promise<ProbeRoutes[Route]['result']>;
};

const handlers: Handlers = {
  '/diagnostics': async () =>
    vscode.languages.getDiagnostics().map(([uri, diagnostics]): ProbeFileDiagnostics => ({
      path: uri.fsPath,
      diagnostics: diagnostics.map(toProbeDiagnostic),
    })),
  '/completion': async ({ path, line, character }: ProbeCompletionParams) => {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      vscode.Uri.file(path),
      new vscode.Position(line, character),
    );
    return list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
  },
  '/document': async ({ path }) => {
    const document = vscode.workspace.textDocuments.find((d) => d.uri.fsPath === path);
    if (!document) return null;
    const result: ProbeDocument = {
      text: document.getText(),
      languageId: document.languageId,
      isDirty: document.isDirty,
      version: document.version,
    };
    return result;
  },
  '/tabs': async () =>
    vscode.window.tabGroups.all.map((group): ProbeTabGroup => ({
      viewColumn: group.viewColumn,
      isActive: group.isActive,
      tabs: group.tabs.map(toProbeTab),
    })),
  '/extension': async ({ id }) => {
    const extension = vscode.extensions.getExtension(id);
    const result: ProbeExtension = { id, found: Boolean(extension), isActive: extension?.isActive ?? false };
    const version: unknown = extension?.packageJSON?.version;
    if (typeof version === 'string') result.version = version;
    return result;
  },
};

const SEVERITY: Record<vscode.DiagnosticSeverity, ProbeSeverity> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

function toProbeDiagnostic(d: vscode.Diagnostic): ProbeDiagnostic {
  const result: ProbeDiagnostic = {
    severity: SEVERITY[d.severity],
    message: d.message,
    line: d.range.start.line,
    character: d.range.start.character,
    endLine: d.range.end.line,
    endCharacter: d.range.end.character,
  };
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  if (code !== undefined) result.code = String(code);
  if (d.source) result.source = d.source;
  return result;
}

function toProbeTab(tab: vscode.Tab): ProbeTab {
  const input = tab.input;
  if (input instanceof vscode.TabInputText)
    return { label: tab.label, kind: 'text', path: input.uri.fsPath, isActive: tab.isActive };
  if (input instanceof vscode.TabInputWebview)
    return { label: tab.label, kind: 'webview', viewType: input.viewType, isActive: tab.isActive };
  return { label: tab.label, kind: 'other', isActive: tab.isActive };
}

async function answer(request: IncomingMessage, response: ServerResponse, token: string): Promise<void> {
  const reply = (status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  if (request.headers['x-probe-token'] !== token) return reply(403, { error: 'bad token' });
  const route = request.url as keyof ProbeRoutes;
  const handler = handlers[route] as ((params: unknown) => Promise<unknown>) | undefined;
  if (request.method !== 'POST' || !handler) return reply(404, { error: `no route ${request.method} ${request.url}` });
  try {
    let body = '';
    for await (const chunk of request) body += String(chunk);
    reply(200, { result: await handler(body ? JSON.parse(body) : {}) });
  } catch (error) {
    reply(500, { error: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
  }
}
