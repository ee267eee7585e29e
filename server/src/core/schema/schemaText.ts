import type { Locale } from '../i18n/locale';
import type { SchemaNode } from './planSchema';

/** Plain text from the schema's Markdown, as scripts/make-schema.mjs derives `description`. */
function plainOf(markdown: string): string {
  return markdown.replace(/[`*]/g, '');
}

/**
 * What a schema node means, in a locale: the French text (`markdownDescriptionFr`) for 'fr', the
 * English (`markdownDescription`, else `description`) otherwise or when the node has no French.
 * `plain` gives it without Markdown marks (the English `description`).
 */
export function schemaDescription(
  node: SchemaNode,
  locale: Locale,
  form: 'markdown' | 'plain' = 'markdown',
): string | undefined {
  const french =
    locale === 'fr' && typeof node.markdownDescriptionFr === 'string' ? node.markdownDescriptionFr : undefined;
  if (form === 'plain') return french !== undefined ? plainOf(french) : node.description;
  return french ?? node.markdownDescription ?? node.description;
}

/**
 * What each value of an enum means, in a locale: `enumDescriptionsFr` for 'fr', value by value,
 * the English (`markdownEnumDescriptions`, else `enumDescriptions`; `enumDescriptions` for `plain`)
 * otherwise or for a value without a French text.
 */
export function schemaEnumDescriptions(
  node: SchemaNode,
  locale: Locale,
  form: 'markdown' | 'plain' = 'markdown',
): string[] {
  const english = ((form === 'markdown'
    ? (node.markdownEnumDescriptions ?? node.enumDescriptions)
    : node.enumDescriptions) ?? []) as string[];
  const french =
    locale === 'fr' && Array.isArray(node.enumDescriptionsFr) ? (node.enumDescriptionsFr as unknown[]) : [];
  return english.map((text, i) => (typeof french[i] === 'string' ? (french[i] as string) : text));
}
