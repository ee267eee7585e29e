import { parsePartialDate, type PartialDate } from '../../model/dates';
import type { Action, Located } from '../../model/types';

export interface DatedValue {
  date: PartialDate;
  at: Located<string | number>;
}

export function dated(located: Located<string | number> | undefined): DatedValue | undefined {
  const date = located && parsePartialDate(located.value);
  return date && located ? { date, at: located } : undefined;
}

/** An action's start, and its end (`end`, else `due`: a deadline ends the action). */
export function actionSpan(action: Action): { start?: DatedValue; end?: DatedValue } {
  return { start: dated(action.start), end: dated(action.end) ?? dated(action.due) };
}

/** A cycle as it reads in messages: "2026–2030". */
export function cycleText(cycle: { start: PartialDate; end: PartialDate }): string {
  return `${cycle.start.text}–${cycle.end.text}`;
}
