import type { Localized } from '../../i18n/locale';
import type { Fix, Severity } from '../../rules/finding';
import type { OffsetRange } from '../../text/lineIndex';

/**
 * A YAML slip a plan author makes (an unquoted colon, a tab, a decimal comma in `{ }`...),
 * explained in the author's terms, with the edit that fixes it when one edit does.
 */
export interface Mistake {
  range: OffsetRange;
  severity: Severity;
  message: Localized;
  /** Best first; the edits' `uri` is filled in by the caller. */
  fixes: Fix[];
  /**
   * Where the data is the parser's guess: findings other than this one are not reported there
   * (they would only echo it: "has no date", a field it swallowed looks missing).
   */
  broken?: OffsetRange;
}

/** A text as a YAML quoted scalar that reads back as that text. */
export function quoted(text: string): string {
  if (!/["\\]/.test(text)) return `"${text}"`;
  if (!text.includes("'")) return `'${text}'`;
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A fix of one edit in the file being parsed. */
export function oneEdit(title: Localized, range: OffsetRange, newText: string): Fix {
  return { title, edits: [{ uri: '', range, newText }] };
}

export const QUOTE_IT: Localized = { en: 'Put the text in quotes', fr: 'Mettre le texte entre guillemets' };
