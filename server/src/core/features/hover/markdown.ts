import type { Locale } from '../../i18n/locale';
import type { Item } from '../../model/types';
import type { IdKind } from '../occurrences';
import { KIND_WORDS, more } from './words';

/**
 * Text from the plan shown as Markdown, on one line: characters Markdown would read as
 * formatting, HTML or an entity are escaped, and so are bare links (`https://`, `www.`, an
 * e-mail address), which clients would make live.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>&|~@]/g, '\\$&')
    .replace(/:\/\//g, '\\://')
    .replace(/\b(www)\./gi, '$1\\.');
}

/** Any scalar of the plan as escaped Markdown text (a number, a date as written). */
export function plain(value: unknown): string {
  return escapeMarkdown(String(value));
}

/**
 * A code span that holds any text: its fence is longer than any run of backticks inside, and
 * a space pads a text that starts or ends with one (CommonMark strips it). Line ends become
 * spaces: a blank line would end the span and the paragraph.
 */
export function code(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  const longest = (flat.match(/`+/g) ?? []).reduce((max, run) => Math.max(max, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 && (flat.startsWith('`') || flat.endsWith('`')) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** "**Funds raised** · indicator `funds`", or "**Indicator** `funds`" for an item without a title. */
export function heading(kind: IdKind, id: string, title: string | undefined, locale: Locale): string {
  const noun = KIND_WORDS[kind][locale];
  if (title === undefined || title.trim() === '')
    return `**${noun.charAt(0).toUpperCase()}${noun.slice(1)}** ${code(id)}`;
  return `**${escapeMarkdown(oneLine(title))}** · ${noun} ${code(id)}`;
}

/** A title on one line, cut when long: hovers list many items. */
export function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

export function titleOf(item: Item): string | undefined {
  if (item.kind === 'indicator') return item.label?.value;
  if (item.kind === 'owner') return item.name?.value;
  return item.title?.value;
}

/** "`act-a` Action A": an item in a list. */
export function entry(item: Item): string {
  const title = titleOf(item);
  const id = item.id ? code(item.id.value) : String(item.index + 1);
  return title ? `${id} ${escapeMarkdown(oneLine(title, 60))}` : id;
}

/** Entries joined, the list cut after `max` with how many more there are. */
export function entries(texts: readonly string[], locale: Locale, max = 8): string {
  const shown = texts.slice(0, max).join(', ');
  return texts.length > max ? `${shown} ${more(texts.length - max, locale)}` : shown;
}

/** A heading paragraph followed by a bullet list. */
export function card(head: string, lines: readonly string[]): string {
  return lines.length === 0 ? head : `${head}\n\n${lines.map((l) => `- ${l}`).join('\n')}`;
}
