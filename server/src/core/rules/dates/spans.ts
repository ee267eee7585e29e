import { parsePartialDate, type PartialDate } from '../../model/dates';
import type { Action, Located } from '../../model/types';

export interface DatedValue {
  date: PartialDate;
  at: Located<string | number>;
}

// Items of an unchanged part of a file are reused from one keystroke to the next, with their
// values: reading their dates once, not at every check, saves work and garbage.
const DATED = new WeakMap<Located<string | number>, DatedValue | null>();
const SPANS = new WeakMap<Action, { start?: DatedValue; end?: DatedValue }>();

export function dated(located: Located<string | number> | undefined): DatedValue | undefined {
  if (!located) return undefined;
  let value = DATED.get(located);
  if (value === undefined) {
    const date = parsePartialDate(located.value);
    value = date ? { date, at: located } : null;
    DATED.set(located, value);
  }
  return value ?? undefined;
}

/** An action's start, and its end (`end`, else `due`: a deadline ends the action). */
export function actionSpan(action: Action): { start?: DatedValue; end?: DatedValue } {
  let span = SPANS.get(action);
  if (!span) {
    span = { start: dated(action.start), end: dated(action.end) ?? dated(action.due) };
    SPANS.set(action, span);
  }
  return span;
}

/** A cycle as it reads in messages: "2026–2030". */
export function cycleText(cycle: { start: PartialDate; end: PartialDate }): string {
  return `${cycle.start.text}–${cycle.end.text}`;
}
