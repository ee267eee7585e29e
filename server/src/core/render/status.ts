import { parsePartialDate } from '../model/dates';
import type { Action, Milestone } from '../model/types';
import { html, type Html } from './html';
import { ACTION_STATUS } from './labels';
import type { RenderContext } from './context';

/**
 * The status to show: the latest report's that states one, else the plan's own, or "overdue"
 * when the date it is stated at is past the deadline of unfinished work.
 */
export function shownStatus(item: Action | Milestone, context: RenderContext): string | undefined {
  const status = context.figures.status(item)?.value.value;
  if (status === 'done' || status === 'cancelled' || context.asOfDay === undefined) return status;
  const deadline = item.kind === 'action' ? (item.end?.value ?? item.due?.value) : item.due?.value;
  const last = deadline === undefined ? undefined : parsePartialDate(deadline)?.last;
  return last !== undefined && last < context.asOfDay ? 'overdue' : status;
}

/** A coloured status label ("En cours"); an unknown status shows as written. */
export function statusBadge(status: string | undefined, context: RenderContext): Html {
  if (!status || !context.reports) return html``;
  const known = ACTION_STATUS[status];
  const css = known ? status : 'unknown';
  return html`<span class="status status-${css}">${known ? known[context.locale] : status}</span>`;
}
