/**
 * Jalon's own requests, beyond LSP, between the VS Code client and the server. Defined once,
 * here, and imported by both sides (the client bundles this file; it imports no server code,
 * only a type: the outline's kinds of node follow the core's table of kinds, core/model/kinds.ts).
 */
import type { OutlineItemKind } from '../core';

/** `jalon/renderHtml`: the plan of a document rendered as the preview shows it (root and parts included). */
export const RENDER_HTML = 'jalon/renderHtml';

export interface RenderHtmlParams {
  uri: string;
  /** The webview's CSP source and a fresh nonce: the HTML embeds them in its Content-Security-Policy. */
  cspSource: string;
  nonce: string;
  /** URIs (as the webview sees them) of the preview's script and stylesheet. */
  scriptUri: string;
  styleUri: string;
  /** `review` (the preview's default): the findings on their items; `public`: the plan as published. */
  audience?: PlanAudience;
}

export type PlanAudience = 'public' | 'review';
export type ExportFormat = 'html' | 'pdf' | 'docx';

/** `jalon/exportPlan`: the plan of a document as a file to publish (HTML, PDF or Word), rendered by the server. */
export const EXPORT_PLAN = 'jalon/exportPlan';

export interface ExportPlanParams {
  uri: string;
  format: ExportFormat;
  audience: PlanAudience;
}

export interface ExportPlanResult {
  /** The file's bytes, in base64. */
  data: string;
  /** What the author should know (a logo that could not be read, no browser for the timeline images). */
  warnings: string[];
}

export interface RenderHtmlResult {
  /** The whole HTML document for the webview. */
  html: string;
  /** The plan's title, for the panel's title. */
  title: string;
  /** The document version the HTML was rendered from. */
  version?: number;
}

/**
 * `jalon/renderDashboard`: the dashboard of a document's plan (root, parts and reports, as the
 * editor holds them) at its latest report, as the dashboard view shows it; the result is a
 * `RenderHtmlResult` (the title is the dashboard's).
 */
export const RENDER_DASHBOARD = 'jalon/renderDashboard';

export interface RenderDashboardParams {
  uri: string;
  cspSource: string;
  nonce: string;
  /** URIs (as the webview sees them) of the dashboard's script and stylesheet. */
  scriptUri: string;
  styleUri: string;
}

/** `jalon/outline`: the plan outline of the workspace (every plan, root and parts together). */
export const OUTLINE = 'jalon/outline';

export interface OutlineParams {
  /** Only the plan this document belongs to; every plan when absent. */
  uri?: string;
}

export type OutlineStatus = 'planned' | 'in-progress' | 'done' | 'delayed' | 'cancelled' | 'overdue';

export interface OutlineNode {
  kind: OutlineItemKind;
  id?: string;
  /** The title (label for an indicator). */
  label: string;
  /** Dates or targets, shown after the label. */
  description?: string;
  status?: OutlineStatus;
  owner?: string;
  /** Findings of the item (errors and warnings) in its range. */
  errors: number;
  warnings: number;
  /** Where the item is written: the tree reveals it on click. */
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  children: OutlineNode[];
}

/** `jalon/diff`: the document's plan rendered with what changed since a base marked ("Jalon: Compare Plan With…"). */
export const DIFF = 'jalon/diff';

export interface DiffParams {
  /** The document whose plan is the head (as the editor holds it). */
  uri: string;
  /** The base: a name to show (`HEAD`, `main`, a file) and its plan files' texts, by the URI each has in the workspace. */
  base: { label: string; files: { uri: string; text: string }[] };
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
}

export interface DiffResult {
  html: string;
  title: string;
  /** The changes, as `jalon diff --format json` lists them. */
  changes: {
    change: string;
    type: string;
    id: string;
    class: 'attention' | 'notice';
    message: string;
    head?: { uri: string; line: number };
  }[];
}
