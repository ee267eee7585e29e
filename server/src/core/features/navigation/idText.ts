import { parse } from 'yaml';
import type { PlanFile } from '../../model/types';
import type { OffsetRange } from '../../text/lineIndex';

/** What an id must look like (schemas/plan.schema.json, `definitions.id`). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function isValidId(text: string): boolean {
  return ID_PATTERN.test(text);
}

/** An owner of a plan without an `owners` list is a free name: any text on one line. */
export function isValidName(text: string): boolean {
  return text.trim() !== '' && !/[\r\n]/.test(text);
}

function isQuoted(text: string): boolean {
  return text.length >= 2 && (text[0] === '"' || text[0] === "'") && text[text.length - 1] === text[0];
}

/** The id's own characters: a quoted id (`"x"`) is shown, highlighted and renamed inside its quotes. */
export function idTextRange(file: PlanFile, range: OffsetRange): OffsetRange {
  const quoted = isQuoted(file.text.slice(range.start, range.end));
  return quoted ? { start: range.start + 1, end: range.end - 1 } : { start: range.start, end: range.end };
}

/**
 * The text that writes `id` over the characters at `range`: inside quotes it goes as is; bare,
 * an id YAML would read as something else than a string (`2027`, `1.5`, `true`, `null`) is
 * quoted, or the schema would reject the item that the rename was meant to keep valid. A free
 * name (an owner without a registry) that is no id is written double-quoted, quotes included.
 */
export function idReplacement(file: PlanFile, range: OffsetRange, id: string): { range: OffsetRange; text: string } {
  if (!isValidId(id)) return { range: { start: range.start, end: range.end }, text: JSON.stringify(id) };
  const inner = idTextRange(file, range);
  const quoted = inner.start !== range.start;
  if (quoted || typeof parse(id, { version: '1.2' }) === 'string') return { range: inner, text: id };
  return { range: inner, text: `"${id}"` };
}
