import type { SchemaNode } from '../../schema/planSchema';
import { schemaEnumDescriptions } from '../../schema/schemaText';
import type { EditSite } from './site';
import { resolved } from './schemaAt';
import { literal } from './snippetText';
import { rank, type PlanCompletion } from './types';

/** The values of an enum field (`status`, `direction`, `measure`...), each with what it means, in English and French. */
export function enumCompletions(site: EditSite, node: SchemaNode): PlanCompletion[] {
  const r = resolved(node);
  const values = Array.isArray(r.enum) ? r.enum.map(String) : [];
  const plain = { en: schemaEnumDescriptions(r, 'en', 'plain'), fr: schemaEnumDescriptions(r, 'fr', 'plain') };
  const markdown = { en: schemaEnumDescriptions(r, 'en'), fr: schemaEnumDescriptions(r, 'fr') };
  return values.map((value, i): PlanCompletion => {
    const meaning = plain.en[i];
    const localized = meaning === undefined ? undefined : { en: meaning, fr: plain.fr[i] ?? meaning };
    return {
      label: value,
      kind: 'enum',
      description: localized,
      detail: localized,
      documentation: localized && {
        markdown: { en: markdown.en[i] ?? localized.en, fr: markdown.fr[i] ?? localized.fr },
        plain: localized,
      },
      insert: literal(`${site.lead}${value}`),
      range: site.range,
      sortText: rank(0, i),
      multiline: false,
    };
  });
}
