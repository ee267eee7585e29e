import { same } from '../../i18n/locale';
import type { SchemaNode } from '../../schema/planSchema';
import type { EditSite } from './site';
import { resolved } from './schemaAt';
import { literal } from './snippetText';
import { rank, type PlanCompletion } from './types';

/** The values of an enum field (`status`, `direction`, `measure`...), each with what it means. */
export function enumCompletions(site: EditSite, node: SchemaNode): PlanCompletion[] {
  const r = resolved(node);
  const values = Array.isArray(r.enum) ? r.enum.map(String) : [];
  const plain = r.enumDescriptions ?? [];
  const markdown = Array.isArray(r.markdownEnumDescriptions) ? (r.markdownEnumDescriptions as string[]) : plain;
  return values.map((value, i): PlanCompletion => {
    const meaning = plain[i];
    return {
      label: value,
      kind: 'enum',
      description: meaning === undefined ? undefined : same(meaning),
      detail: meaning === undefined ? undefined : same(meaning),
      documentation: meaning === undefined ? undefined : { markdown: same(markdown[i] ?? meaning), plain: same(meaning) },
      insert: literal(`${site.lead}${value}`),
      range: site.range,
      sortText: rank(0, i),
      multiline: false,
    };
  });
}
