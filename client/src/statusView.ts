/** What the status-bar item shows, computed without `vscode` (tested in Node). */

export type ServerState = 'starting' | 'running' | 'stopped';

export interface PlanStatus {
  server: ServerState;
  /** A plan file is (or was last) active in the editor. */
  planActive: boolean;
  /** Diagnostics of the active plan are on their way: it was just opened or edited. */
  checking: boolean;
  errors: number;
  warnings: number;
}

export interface StatusView {
  text: string;
  tooltip: string;
  /** The command the item runs when clicked. */
  command: string;
  /** Drawn with the warning background (the server is stopped). */
  warning: boolean;
}

/** vscode.l10n.t, or a stand-in: the message in English, `{0}`-style arguments. */
export type Translate = (message: string, ...args: (string | number)[]) => string;

export const RESTART_COMMAND = 'jalon.restartServer';
export const OUTPUT_COMMAND = 'jalon.showOutput';
export const PROBLEMS_COMMAND = 'workbench.actions.view.problems';

/** Nothing to show (hidden) when no plan is in view and the server runs. */
export function statusView(status: PlanStatus, t: Translate): StatusView | undefined {
  if (status.server === 'stopped') {
    return {
      text: `$(circle-slash) ${t('Jalon stopped')}`,
      tooltip: t('The Jalon language server has stopped. Click to restart it.'),
      command: RESTART_COMMAND,
      warning: true,
    };
  }
  if (!status.planActive) return undefined;
  if (status.server === 'starting' || status.checking) {
    return {
      text: `$(sync~spin) ${t('Jalon: checking')}`,
      tooltip: t('Jalon is checking the plan. Click to show its output.'),
      command: OUTPUT_COMMAND,
      warning: false,
    };
  }
  const counts = `${countOf(status.errors, t('no errors'), t('1 error'), t('{0} errors', status.errors))}, ${countOf(status.warnings, t('no warnings'), t('1 warning'), t('{0} warnings', status.warnings))}`;
  return {
    text: `$(error) ${status.errors} $(warning) ${status.warnings}`,
    tooltip: t('Jalon: {0} in this file. Click to show the Problems panel.', counts),
    command: PROBLEMS_COMMAND,
    warning: false,
  };
}

function countOf(n: number, none: string, one: string, many: string): string {
  return n === 0 ? none : n === 1 ? one : many;
}
