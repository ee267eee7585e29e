import type { OutlineNode, OutlineStatus } from '../../../server/src/lsp/protocol';

/**
 * How a node looks in the tree, without `vscode`: its icon (a codicon and a theme colour),
 * its description, its tooltip (Markdown) and whether it opens. The caller supplies the
 * words, localized.
 */

/** A codicon id and a theme colour id (`ThemeIcon`, `ThemeColor`). */
export interface NodeIcon {
  id: string;
  color?: string;
}

const STATUS_ICONS: Record<OutlineStatus, NodeIcon> = {
  done: { id: 'pass', color: 'testing.iconPassed' },
  'in-progress': { id: 'sync', color: 'charts.blue' },
  delayed: { id: 'clock', color: 'charts.yellow' },
  overdue: { id: 'error', color: 'charts.red' },
  planned: { id: 'circle-outline' },
  cancelled: { id: 'close', color: 'disabledForeground' },
};

const KIND_ICONS: Record<OutlineNode['kind'], NodeIcon> = {
  plan: { id: 'book' },
  axis: { id: 'layers' },
  ambition: { id: 'compass' },
  objective: { id: 'target' },
  action: { id: 'symbol-event' },
  milestone: { id: 'milestone' },
  indicators: { id: 'graph' },
  indicator: { id: 'pulse' },
};

/** Errors first (the item needs fixing), then the status, else the kind of item. */
export function nodeIcon(node: OutlineNode): NodeIcon {
  if (node.errors > 0) return { id: 'error', color: 'list.errorForeground' };
  if (node.status) return STATUS_ICONS[node.status];
  return KIND_ICONS[node.kind];
}

/** After the label: the id, then the dates or targets (`act-a · 2026 – 2027`). */
export function nodeDescription(node: OutlineNode): string | undefined {
  const parts = [node.id, node.description].filter((p): p is string => p !== undefined && p !== '');
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

export type Collapsible = 'none' | 'collapsed' | 'expanded';

/** Plans open; other containers closed, except in a filtered tree, which opens on what passed. */
export function collapsible(node: OutlineNode, filtered: boolean): Collapsible {
  if (node.children.length === 0) return 'none';
  if (node.kind === 'plan' || filtered) return 'expanded';
  return 'collapsed';
}

/** The words of the tooltip, in the user's language. */
export interface TooltipWords {
  kinds: Record<OutlineNode['kind'], string>;
  statuses: Record<OutlineStatus, string>;
  owner: string;
  errors(count: number): string;
  warnings(count: number): string;
}

/** Plan text shown as text: Markdown's special characters escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, '\\$&');
}

/**
 * **Title**, then the kind and id, dates or targets, status, owner, findings, and the file
 * (a path relative to the workspace, given by the caller), one line each.
 */
export function nodeTooltip(node: OutlineNode, words: TooltipWords, file: string): string {
  const lines = [`**${escapeMarkdown(node.label)}**`];
  lines.push(
    node.id !== undefined ? `${words.kinds[node.kind]} \`${node.id.replace(/`/g, '')}\`` : words.kinds[node.kind],
  );
  if (node.description) lines.push(escapeMarkdown(node.description));
  if (node.status) lines.push(`$(${STATUS_ICONS[node.status].id}) ${words.statuses[node.status]}`);
  if (node.owner !== undefined) lines.push(`${words.owner} ${escapeMarkdown(node.owner)}`);
  const findings = [
    node.errors > 0 ? `$(error) ${words.errors(node.errors)}` : '',
    node.warnings > 0 ? `$(warning) ${words.warnings(node.warnings)}` : '',
  ].filter(Boolean);
  if (findings.length > 0) lines.push(findings.join(' · '));
  lines.push(`*${escapeMarkdown(file)}*`);
  return lines.join('\n\n');
}
