import type { Locale } from '../i18n/locale';
import { parsePartialDate, type PartialDate } from '../model/dates';
import type { PlanFile } from '../model/types';
import type { Plan } from '../plan/assemble';
import { collectDates } from '../plan/dateFields';
import type { OffsetRange } from '../text/lineIndex';
import { figureText, impliedValue, planLanguage } from './hover/numberText';

/** A hint shown after a value: where it goes and what it reads. */
export interface ValueHint {
  offset: number;
  label: string;
}

const SHORT_MONTHS: Record<Locale, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  fr: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
};

/** "1 Apr – 30 Jun 2027" / "1 avr. – 30 juin 2027": short, as a hint beside a value must be. A partial date never spans two years. */
export function shortIntervalText(date: PartialDate, locale: Locale): string {
  const day = (n: number) => {
    const d = new Date(n * 86_400_000);
    return `${d.getUTCDate()} ${SHORT_MONTHS[locale][d.getUTCMonth()]}`;
  };
  return `${day(date.first)} – ${day(date.last)} ${date.year}`;
}

/**
 * Hints for the values of `file` that end inside `range`: after a partial date, the interval
 * it denotes (not after a day, which is itself); after a target's `change`, the value it
 * implies from the baseline ("= 80 M€"), numbers written as the plan's language writes them.
 */
export function valueHints(
  plan: Plan,
  file: PlanFile,
  range: OffsetRange,
  locale: Locale,
  isCancelled: () => boolean = () => false,
): ValueHint[] {
  const within = (r: OffsetRange) => r.end >= range.start && r.end <= range.end;
  const overlaps = (r: OffsetRange) => r.start <= range.end && r.end >= range.start;
  // An editor asks for a screenful at a time: only the items of the file on it are read.
  const shown = plan.indicators.filter((i) => i.file === file && overlaps(i.range));
  const visible: Plan = {
    ...plan,
    root: plan.root === file ? file : undefined,
    actions: plan.actions.filter((a) => a.file === file && overlaps(a.range)),
    indicators: shown,
  };
  const hints: ValueHint[] = [];
  for (const field of collectDates(visible)) {
    if (field.file !== file || !within(field.date.range)) continue;
    const date = parsePartialDate(field.date.value);
    if (date && date.precision !== 'day')
      hints.push({ offset: field.date.range.end, label: shortIntervalText(date, locale) });
  }
  const language = planLanguage(plan);
  for (const indicator of shown) {
    if (isCancelled()) return [];
    for (const target of indicator.targets) {
      if (!target.change || !within(target.change.range)) continue;
      const implied = impliedValue(indicator, target.change.value);
      if (implied)
        hints.push({ offset: target.change.range.end, label: `= ${figureText(implied, indicator, language)}` });
    }
  }
  return hints.sort((a, b) => a.offset - b.offset);
}
