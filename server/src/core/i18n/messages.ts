import { capitalized } from '../model/describe';
import type { Localized } from './locale';

/** A value as it reads in a message: strings quoted, the rest as JSON. */
export function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

const DATE_HELP: Localized = {
  en: 'write a year (2030), a quarter (2027-Q2), a half-year (2027-S1), a month (2028-06) or a day (2028-06-15)',
  fr: 'écrivez une année (2030), un trimestre (2027-Q2), un semestre (2027-S1), un mois (2028-06) ou un jour (2028-06-15)',
};

/** date/invalid's message, shared by the schema check (wrong form) and the date rule (no such day). */
export function invalidDateMessage(field: Localized, value: unknown): Localized {
  return {
    en: `${capitalized(field).en} is ${show(value)}, which is not a date: ${DATE_HELP.en}.`,
    fr: `${capitalized(field).fr} vaut ${show(value)}, qui n’est pas une date : ${DATE_HELP.fr}.`,
  };
}
