import type { Locale } from '../../i18n/locale';
import { parsePartialDate } from '../../model/dates';
import type { PlanFile } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import { collectDates } from '../../plan/dateFields';
import type { OffsetRange } from '../../text/lineIndex';
import { dateMeaning, dayText } from './dateText';
import { readsEnd } from './words';

/** Fields that read one end of a partial date (plan-format.md, "Dates"). */
const READS_FIRST = new Set(['start', 'from']);
const READS_LAST = new Set(['end', 'due', 'by', 'to', 'horizon']);

/**
 * A partial date under the cursor: the interval it denotes ("2027-Q2: 1 April – 30 June 2027"),
 * and the day its field reads of it.
 */
export function dateHover(
  plan: Plan,
  file: PlanFile,
  offset: number,
  locale: Locale,
): { range: OffsetRange; markdown: string } | undefined {
  const found = collectDates(plan).find(
    (d) => d.file === file && d.date.range.start <= offset && offset <= d.date.range.end,
  );
  const date = found && parsePartialDate(found.date.value);
  if (!found || !date) return undefined;
  const field = found.field.slice(found.field.lastIndexOf('.') + 1);
  const lines = [dateMeaning(date, locale)];
  if (date.first !== date.last && READS_FIRST.has(field))
    lines.push(readsEnd(field, 'first', dayText(date.first, locale), locale));
  if (date.first !== date.last && READS_LAST.has(field))
    lines.push(readsEnd(field, 'last', dayText(date.last, locale), locale));
  return { range: { start: found.date.range.start, end: found.date.range.end }, markdown: lines.join('\n\n') };
}
