/**
 * The questions the e2e driver asks the probe extension, and their answers. Shared by both
 * sides: the probe (in the extension host) and the driver (in Node, beside Playwright).
 */

export type ProbeSeverity = 'error' | 'warning' | 'info' | 'hint';

export interface ProbeDiagnostic {
  severity: ProbeSeverity;
  message: string;
  code?: string;
  source?: string;
  /** 0-based, as the vscode API gives them. */
  line: number;
  character: number;
  endLine: number;
  endCharacter: number;
}

export interface ProbeFileDiagnostics {
  /** Absolute path of the file. */
  path: string;
  diagnostics: ProbeDiagnostic[];
}

export interface ProbeTab {
  label: string;
  /** 'text' for a text editor, 'webview' for a webview panel, 'other' otherwise. */
  kind: 'text' | 'webview' | 'other';
  /** A webview panel's view type, as VS Code reports it (may carry a prefix). */
  viewType?: string;
  path?: string;
  isActive: boolean;
}

export interface ProbeTabGroup {
  viewColumn: number;
  isActive: boolean;
  tabs: ProbeTab[];
}

export interface ProbeExtension {
  id: string;
  found: boolean;
  isActive: boolean;
  version?: string;
}

export interface ProbeDocument {
  text: string;
  languageId: string;
  isDirty: boolean;
  version: number;
}

export interface ProbeCompletionParams {
  path: string;
  line: number;
  character: number;
}

/** Each route: what the driver posts, what the probe answers. */
export interface ProbeRoutes {
  '/diagnostics': { params: Record<string, never>; result: ProbeFileDiagnostics[] };
  '/completion': { params: ProbeCompletionParams; result: string[] };
  '/document': { params: { path: string }; result: ProbeDocument | null };
  '/tabs': { params: Record<string, never>; result: ProbeTabGroup[] };
  '/extension': { params: { id: string }; result: ProbeExtension };
}

/** What the probe writes to `JALON_E2E_PROBE_FILE` once it listens. */
export interface ProbeAddress {
  port: number;
  /** Sent back in the `x-probe-token` header: only the driver that started this editor may ask. */
  token: string;
}
