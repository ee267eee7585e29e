import { capitalized } from '../model/describe';
import type { Localized } from './locale';

/** A value as it reads in a message: strings quoted, the rest as JSON. */
export function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

const DATE_HELP: Localized = {
  en: 'write a year (2030), a quarter (2027-Q2), a half-year (2027-S1), a month (2028-06) or a day (2028-06-15)',
  fr: 'écrivez une année (2030), un trimestre (2027-T2), un semestre (2027-S1), un mois (2028-06) ou un jour (2028-06-15)',
};

/**
 * date/invalid's message, shared by the schema check (wrong form) and the date rule (no such
 * day), with the date the value stands for when it reads as one (`30/06/2027`, `juin 2028`).
 */
export function invalidDateMessage(field: Localized, value: unknown, suggestion?: string): Localized {
  const guess = suggestion
    ? { en: ` — did you mean '${suggestion}'?`, fr: ` — vouliez-vous dire '${suggestion}' ?` }
    : { en: '.', fr: '.' };
  return {
    en: `${capitalized(field).en} is ${show(value)}, which is not a date: ${DATE_HELP.en}${guess.en}`,
    fr: `${capitalized(field).fr} vaut ${show(value)}, qui n’est pas une date : ${DATE_HELP.fr}${guess.fr}`,
  };
}

/** date/invalid for a day past its month's end: "February 2027 has 28 days", and the last day. */
export function pastMonthEndMessage(
  field: Localized,
  value: unknown,
  month: Localized,
  days: number,
  lastDay: string,
): Localized {
  return {
    en: `${capitalized(field).en} is ${show(value)}, but ${month.en} has ${days} days — did you mean '${lastDay}'?`,
    fr: `${capitalized(field).fr} vaut ${show(value)}, mais ${month.fr} compte ${days} jours — vouliez-vous dire '${lastDay}' ?`,
  };
}

/** A figure too long to repeat whole: its first characters and its length. */
function shortFigure(text: string): Localized {
  if (text.length <= 24) return { en: show(text), fr: show(text) };
  const start = `'${text.slice(0, 20)}…'`;
  return { en: `${start} (${text.length} characters)`, fr: `${start} (${text.length} caractères)` };
}

const LARGER_UNIT: Localized = {
  en: 'check it, or write it in a larger unit (M€ rather than €)',
  fr: 'vérifiez-le, ou écrivez-le dans une unité plus grande (M€ plutôt que €)',
};

/**
 * A figure no computation can hold (beyond ±1.8 × 10³⁰⁸, `.inf`, `.nan`): shared by the
 * schema check (YAML numbers) and the figure rules (quantities and changes written as text).
 */
export function beyondRangeMessage(field: Localized, value: unknown): Localized {
  const who = capitalized(field);
  if (typeof value === 'number' && Number.isNaN(value)) {
    return {
      en: `${who.en} is .nan, which is not a figure; write a number, or tbd when it is not known yet.`,
      fr: `${who.fr} vaut .nan, qui n’est pas un chiffre ; écrivez un nombre, ou tbd s’il n’est pas encore connu.`,
    };
  }
  if (typeof value === 'number') {
    return {
      en: `${who.en} is a number too large to compute with (.inf, or beyond ±1.8e308); ${LARGER_UNIT.en}.`,
      fr: `${who.fr} est un nombre trop grand pour être calculé (.inf, ou au-delà de ±1,8e308) ; ${LARGER_UNIT.fr}.`,
    };
  }
  const shown = shortFigure(String(value));
  return {
    en: `${who.en} is ${shown.en}, a figure too large to compute with; ${LARGER_UNIT.en}.`,
    fr: `${who.fr} vaut ${shown.fr}, un chiffre trop grand pour être calculé ; ${LARGER_UNIT.fr}.`,
  };
}
