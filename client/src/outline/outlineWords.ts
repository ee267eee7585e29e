import * as vscode from 'vscode';
import type { OutlineNode, OutlineStatus } from '../../../server/src/lsp/protocol';
import type { TooltipWords } from './outlinePresentation';

/** The outline's words in the user's language (bundles: l10n/bundle.l10n.<locale>.json). */
export function statusWords(): Record<OutlineStatus, string> {
  return {
    done: vscode.l10n.t('Done'),
    'in-progress': vscode.l10n.t('In progress'),
    delayed: vscode.l10n.t('Delayed'),
    overdue: vscode.l10n.t('Overdue'),
    planned: vscode.l10n.t('Planned'),
    cancelled: vscode.l10n.t('Cancelled'),
  };
}

export function tooltipWords(): TooltipWords {
  const kinds: Record<OutlineNode['kind'], string> = {
    plan: vscode.l10n.t('Plan'),
    axis: vscode.l10n.t('Axis'),
    ambition: vscode.l10n.t('Ambition'),
    objective: vscode.l10n.t('Objective'),
    action: vscode.l10n.t('Action'),
    milestone: vscode.l10n.t('Milestone'),
    indicators: vscode.l10n.t('Indicators'),
    indicator: vscode.l10n.t('Indicator'),
  };
  return {
    kinds,
    statuses: statusWords(),
    owner: vscode.l10n.t('Owner:'),
    errors: (count) => (count === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', count)),
    warnings: (count) => (count === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', count)),
  };
}
