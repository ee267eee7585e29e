import type { Localized } from '../i18n/locale';
import { MONTH_NAMES } from '../i18n/months';
import { folded } from '../text/didYouMean';
import { parsePartialDate } from './dates';

/** Month names and their usual abbreviations, French and English, without accents. */
const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  october: 10,
  november: 11,
  december: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The date if it exists, else undefined. */
function existing(text: string): string | undefined {
  return parsePartialDate(text) ? text : undefined;
}

/**
 * The partial date a value written another way stands for: `30/06/2027` → `2027-06-30`,
 * `juin 2028` / `June 2028` → `2028-06`, `T4 2031` → `2031-T4`, `S2 2027` → `2027-S2`.
 * Undefined when the value reads as no date.
 */
export function suggestDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = folded(raw.trim()).replace(/\s+/g, ' ');
  let m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(text);
  if (m) return existing(`${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`);
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (m) return existing(`${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`);
  m = /^(\d{1,2})[/.](\d{4})$/.exec(text);
  if (m) return existing(`${m[2]}-${pad(Number(m[1]))}`);
  m = /^(\d{4})-(\d)$/.exec(text);
  if (m) return existing(`${m[1]}-0${m[2]}`);
  m = /^(?:(1er|\d{1,2}) )?([a-z]+)\.? (\d{4})$/.exec(text);
  if (m && MONTHS[m[2]] !== undefined) {
    const month = `${m[3]}-${pad(MONTHS[m[2]])}`;
    return existing(m[1] === undefined ? month : `${month}-${pad(m[1] === '1er' ? 1 : Number(m[1]))}`);
  }
  m = /^([tqsh])([1-4]) ?-? ?(\d{4})$/.exec(text) ?? /^(\d{4}) ?-? ?([tqsh])([1-4])$/.exec(text);
  if (m) {
    const [year, letter, n] = /^\d{4}$/.test(m[1]) ? [m[1], m[2], m[3]] : [m[3], m[1], m[2]];
    return existing(`${year}-${letter === 'h' ? 'S' : letter.toUpperCase()}${n}`);
  }
  return undefined;
}

/** A day past its month's end (`2027-02-30`): the month, its length and its last day. */
export function dayPastMonthEnd(raw: unknown): { month: Localized; days: number; lastDay: string } | undefined {
  const m = typeof raw === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw) : null;
  if (!m) return undefined;
  const [year, month] = [Number(m[1]), Number(m[2])];
  const monthDate = parsePartialDate(`${m[1]}-${m[2]}`);
  if (!monthDate || Number(m[3]) <= monthDate.last - monthDate.first + 1) return undefined;
  const days = monthDate.last - monthDate.first + 1;
  return {
    month: { en: `${MONTH_NAMES.en[month - 1]} ${year}`, fr: `${MONTH_NAMES.fr[month - 1]} ${year}` },
    days,
    lastDay: `${m[1]}-${m[2]}-${pad(days)}`,
  };
}
