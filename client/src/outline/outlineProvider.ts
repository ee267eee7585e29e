import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { OUTLINE, type OutlineNode, type OutlineParams } from '../../../server/src/lsp/protocol';
import { RenderSequence } from '../preview/renderSequence';
import {
  buildElements,
  filterKey,
  filterOutline,
  isFiltering,
  type OutlineElement,
  type OutlineFilter,
} from './outlineModel';
import { collapsible, nodeDescription, nodeIcon, nodeTooltip, type TooltipWords } from './outlinePresentation';
import { tooltipWords } from './outlineWords';

export const REVEAL_ITEM_COMMAND = 'jalon.revealItem';

const COLLAPSIBLE = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
} as const;

/** The plan outline's data: every plan of the workspace, asked of the server (`jalon/outline`), then filtered. */
export class OutlineProvider implements vscode.TreeDataProvider<OutlineElement>, vscode.Disposable {
  private plans: OutlineNode[] = [];
  private roots: OutlineElement[] = [];
  private current: OutlineFilter = {};
  private readonly requests = new RenderSequence();
  private readonly changed = new vscode.EventEmitter<void>();
  private words: TooltipWords = tooltipWords();
  /** False until the server first answered: the view's first look asks for the tree. */
  private loaded = false;
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  get filter(): OutlineFilter {
    return this.current;
  }

  /** The plans as the server last gave them, unfiltered. */
  get allPlans(): readonly OutlineNode[] {
    return this.plans;
  }

  setFilter(filter: OutlineFilter): void {
    this.current = filter;
    this.rebuild();
  }

  /** Asks the server again; an answer older than one already shown is dropped. Rejects with the server's error. */
  async refresh(): Promise<readonly OutlineNode[]> {
    const id = this.requests.next();
    const params: OutlineParams = {};
    const plans = await this.client.sendRequest<OutlineNode[] | null>(OUTLINE, params);
    if (this.requests.accept(id)) {
      this.loaded = true;
      this.plans = plans ?? [];
      this.words = tooltipWords();
      this.rebuild();
    }
    return this.plans;
  }

  private rebuild(): void {
    this.roots = buildElements(filterOutline(this.plans, this.current), filterKey(this.current));
    this.changed.fire();
  }

  async getChildren(element?: OutlineElement): Promise<OutlineElement[]> {
    if (element) return element.children;
    if (!this.loaded && this.client.isRunning()) {
      // A failure is said by the next refresh (the view's message); the tree stays empty until then.
      await this.refresh().catch(() => undefined);
    }
    return this.roots;
  }

  getParent(element: OutlineElement): OutlineElement | undefined {
    return element.parent;
  }

  getTreeItem(element: OutlineElement): vscode.TreeItem {
    const node = element.node;
    const item = new vscode.TreeItem(node.label, COLLAPSIBLE[collapsible(node, isFiltering(this.current))]);
    item.id = element.key;
    item.description = nodeDescription(node);
    const icon = nodeIcon(node);
    item.iconPath = new vscode.ThemeIcon(icon.id, icon.color ? new vscode.ThemeColor(icon.color) : undefined);
    const file = vscode.workspace.asRelativePath(vscode.Uri.parse(node.uri), true);
    const tooltip = new vscode.MarkdownString(nodeTooltip(node, this.words, file), true);
    tooltip.isTrusted = false;
    tooltip.supportHtml = false;
    item.tooltip = tooltip;
    item.contextValue = `jalon.${node.kind}`;
    item.command = {
      command: REVEAL_ITEM_COMMAND,
      title: vscode.l10n.t('Reveal in Editor'),
      arguments: [node.uri, node.range],
    };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
