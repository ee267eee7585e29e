import type { OutlineNode, OutlineStatus } from '../../../server/src/lsp/protocol';

/**
 * The outline as the tree view holds it, without `vscode`: the server's nodes (one tree per
 * plan), filtered by status and owner, wrapped with a stable key and a parent link.
 */

/** What the author asked to see; an empty filter shows everything. */
export interface OutlineFilter {
  statuses?: readonly OutlineStatus[];
  owner?: string;
}

/** The statuses in the order the filter offers them (as a reader follows progress). */
export const STATUS_ORDER: readonly OutlineStatus[] = [
  'done',
  'in-progress',
  'delayed',
  'overdue',
  'planned',
  'cancelled',
];

/** One element of the tree view. */
export interface OutlineElement {
  /** Unique in the tree and the same from one refresh to the next, so VS Code keeps what was expanded. */
  key: string;
  node: OutlineNode;
  parent?: OutlineElement;
  children: OutlineElement[];
}

export function isFiltering(filter: OutlineFilter): boolean {
  return (filter.statuses !== undefined && filter.statuses.length > 0) || filter.owner !== undefined;
}

/**
 * The nodes that pass the filter, with their ancestors (to show where they stand): a node
 * passes when its status is one asked for and its owner the one asked for. A node that
 * passes keeps its children that pass, and a container is kept when any node below passes.
 */
export function filterOutline(plans: readonly OutlineNode[], filter: OutlineFilter): OutlineNode[] {
  if (!isFiltering(filter)) return [...plans];
  const statuses = filter.statuses && filter.statuses.length > 0 ? new Set(filter.statuses) : undefined;
  const passes = (node: OutlineNode) =>
    (!statuses || (node.status !== undefined && statuses.has(node.status))) &&
    (filter.owner === undefined || node.owner === filter.owner);
  const keep = (node: OutlineNode): OutlineNode | undefined => {
    const children = node.children.map(keep).filter((c): c is OutlineNode => c !== undefined);
    if (children.length > 0 || passes(node)) return { ...node, children };
    return undefined;
  };
  // A plan stays, even with nothing below that passes, so the tree says which plans it looked at.
  return plans.map((plan) => keep(plan) ?? { ...plan, children: [] });
}

/** Every owner named in the plans (written or inherited), sorted, once each. */
export function ownersOf(plans: readonly OutlineNode[]): string[] {
  const owners = new Set<string>();
  const visit = (node: OutlineNode) => {
    if (node.owner !== undefined) owners.add(node.owner);
    node.children.forEach(visit);
  };
  plans.forEach(visit);
  return [...owners].sort((a, b) => a.localeCompare(b));
}

/** A text that changes with the filter: put into keys, so VS Code expands a filtered tree afresh. */
export function filterKey(filter: OutlineFilter): string {
  if (!isFiltering(filter)) return '';
  return `?${[...(filter.statuses ?? [])].sort().join(',')}@${filter.owner ?? ''}`;
}

/**
 * Wraps the nodes as elements with keys made of the file, the kind and the id (or the
 * position among siblings, for an item without id); a key met twice (a duplicate id) gets a
 * number, since VS Code refuses two elements with one key.
 */
export function buildElements(plans: readonly OutlineNode[], salt = ''): OutlineElement[] {
  const used = new Map<string, number>();
  const wrap = (node: OutlineNode, index: number, parent: OutlineElement | undefined): OutlineElement => {
    const own = node.id !== undefined ? `${node.kind}:${node.id}` : `${node.kind}#${index}`;
    const base = `${parent ? parent.key : node.uri}/${own}${parent ? '' : salt}`;
    const seen = used.get(base) ?? 0;
    used.set(base, seen + 1);
    const element: OutlineElement = { key: seen === 0 ? base : `${base}~${seen}`, node, parent, children: [] };
    element.children = node.children.map((child, i) => wrap(child, i, element));
    return element;
  };
  return plans.map((plan, i) => wrap(plan, i, undefined));
}
