import type { Locale } from '../../i18n/locale';
import type { Item } from '../../model/types';
import type { IdKind } from '../occurrences';
import { KIND_WORDS, more } from './words';

/** Text from the plan shown as Markdown: characters Markdown would read as formatting are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}

export function code(text: string): string {
  return `\`${text}\``;
}

/** "**Funds raised** · indicator `funds`", or "**Indicator** `funds`" for an item without a title. */
export function heading(kind: IdKind, id: string, title: string | undefined, locale: Locale): string {
  const noun = KIND_WORDS[kind][locale];
  if (title === undefined || title.trim() === '') return `**${noun.charAt(0).toUpperCase()}${noun.slice(1)}** ${code(id)}`;
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
