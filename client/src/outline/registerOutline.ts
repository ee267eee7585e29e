import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import type { OutlineStatus } from '../../../server/src/lsp/protocol';
import { Debouncer } from '../preview/debouncer';
import { isFiltering, ownersOf, STATUS_ORDER, type OutlineFilter } from './outlineModel';
import { OutlineProvider, REVEAL_ITEM_COMMAND } from './outlineProvider';
import { statusWords } from './outlineWords';
import { revealItem } from './revealItem';

/** Ids shared with the manifest (package.json `contributes`). */
const VIEW_ID = 'jalon.outline';
const COMMANDS = {
  refresh: 'jalon.outline.refresh',
  filterByStatus: 'jalon.outline.filterByStatus',
  filterByOwner: 'jalon.outline.filterByOwner',
  clearFilter: 'jalon.outline.clearFilter',
} as const;
const FILTERED_CONTEXT = 'jalon.outline.filtered';
const LANGUAGE_ID = 'jalon-plan';
/** Typing pauses this long before the tree is asked for again. */
const REFRESH_DELAY_MS = 300;

const STATUS_ICON_IDS: Record<OutlineStatus, string> = {
  done: 'pass',
  'in-progress': 'sync',
  delayed: 'clock',
  overdue: 'error',
  planned: 'circle-outline',
  cancelled: 'close',
};

/**
 * The Plan Outline view in the Explorer: every plan of the workspace, root and parts, from
 * the server; it follows the author's typing and the diagnostics, reveals an item on click,
 * and filters by status and owner.
 */
export function registerOutline(context: vscode.ExtensionContext, client: LanguageClient): void {
  const provider = new OutlineProvider(client);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  // Nothing is asked while the view is hidden; its first look asks (getChildren), a change meanwhile marks it stale.
  let stale = false;
  let failure: string | undefined;

  const showMessage = () => {
    view.message = failure ?? (isFiltering(provider.filter) ? filterMessage(provider.filter) : undefined);
  };

  const refresh = async () => {
    if (!client.isRunning()) return;
    stale = false;
    try {
      await provider.refresh();
      failure = undefined;
    } catch (error) {
      failure = vscode.l10n.t('The outline could not be updated: {0}', reasonOf(error));
    }
    showMessage();
  };
  const debouncer = new Debouncer(() => void refresh());
  /** A plan changed: the tree is asked for after a pause if the view shows, else when it is next shown. */
  const planChanged = () => {
    if (view.visible) debouncer.trigger(REFRESH_DELAY_MS);
    else stale = true;
  };

  const setFilter = (filter: OutlineFilter) => {
    provider.setFilter(filter);
    void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, isFiltering(filter));
    showMessage();
  };

  context.subscriptions.push(
    view,
    provider,
    { dispose: () => debouncer.cancel() },
    vscode.commands.registerCommand(REVEAL_ITEM_COMMAND, revealItem),
    vscode.commands.registerCommand(COMMANDS.refresh, () => refresh()),
    vscode.commands.registerCommand(COMMANDS.filterByStatus, async () => {
      const words = statusWords();
      const chosen = new Set(provider.filter.statuses ?? []);
      const picked = await vscode.window.showQuickPick(
        STATUS_ORDER.map((status) => ({
          label: `$(${STATUS_ICON_IDS[status]}) ${words[status]}`,
          status,
          picked: chosen.has(status),
        })),
        {
          canPickMany: true,
          title: vscode.l10n.t('Show items with status'),
          placeHolder: vscode.l10n.t('Statuses to show (none: all)'),
        },
      );
      if (picked)
        setFilter({ ...provider.filter, statuses: picked.length > 0 ? picked.map((p) => p.status) : undefined });
    }),
    vscode.commands.registerCommand(COMMANDS.filterByOwner, async () => {
      const owners = ownersOf(provider.allPlans);
      if (owners.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No item of the plans names an owner.'));
        return;
      }
      const current = provider.filter.owner;
      const picked = await vscode.window.showQuickPick(
        owners.map((owner) => ({
          label: owner,
          description: owner === current ? vscode.l10n.t('(current filter)') : undefined,
        })),
        { title: vscode.l10n.t('Show items of owner'), placeHolder: vscode.l10n.t('Owner') },
      );
      if (picked) setFilter({ ...provider.filter, owner: picked.label });
    }),
    vscode.commands.registerCommand(COMMANDS.clearFilter, () => setFilter({})),
    view.onDidChangeVisibility(({ visible }) => {
      if (visible && stale) void refresh();
    }),
    vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
      if (document.languageId === LANGUAGE_ID && contentChanges.length > 0) planChanged();
    }),
    // The server publishes a plan's diagnostics again when any of its files changes, on disk too.
    vscode.languages.onDidChangeDiagnostics(({ uris }) => {
      if (uris.some(isPlanFile)) planChanged();
    }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('jalon')) planChanged();
    }),
    client.onDidChangeState(({ newState }) => {
      if (newState === State.Running) planChanged();
    }),
  );
  void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, false);
}

function isPlanFile(uri: vscode.Uri): boolean {
  return /\.plan\.ya?ml$/i.test(uri.path);
}

function filterMessage(filter: OutlineFilter): string {
  const words = statusWords();
  const parts: string[] = [];
  if (filter.statuses && filter.statuses.length > 0) parts.push(filter.statuses.map((s) => words[s]).join(', '));
  if (filter.owner !== undefined) parts.push(vscode.l10n.t('owner {0}', filter.owner));
  return vscode.l10n.t('Filtered: {0}', parts.join(' · '));
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
