import type { Localized } from '../../i18n/locale';
import type { SchemaNode } from '../../schema/planSchema';
import { writeFlowFields } from './fieldText';
import type { EditSite } from './site';
import { acceptsTrue, fieldsToFill, isQuantity, itemsOf, objectForm } from './schemaAt';
import { literal, SnippetText } from './snippetText';
import { rank, type PlanCompletion } from './types';

function valueItem(site: EditSite, label: string, text: string, meaning: Localized, index: number): PlanCompletion {
  return {
    label,
    kind: 'value',
    description: meaning,
    detail: meaning,
    insert: literal(`${site.lead}${text}`),
    range: site.range,
    sortText: rank(0, index),
    multiline: false,
  };
}

/** `{ from, to }`: an object written on its key's line, with its fields to fill as tab stops. */
function skeletonItem(site: EditSite, object: SchemaNode, index: number): PlanCompletion | undefined {
  const fields = fieldsToFill(object);
  if (fields.length === 0) return undefined;
  const out = new SnippetText().text(`${site.lead}{ `);
  writeFlowFields(out, object, { layout: site.layout, flow: true, idHint: 'item-id' });
  out.text(' }');
  return {
    label: `{ ${fields.join(', ')} }`,
    kind: 'value',
    insert: out.build(),
    range: site.range,
    sortText: rank(1, index),
    multiline: false,
  };
}

/**
 * The values a field takes that are not ids, dates, units or enum members: `true` for
 * `each_year`, `tbd` for a figure not known yet, and the one-line form of a small object.
 */
export function otherValueCompletions(site: EditSite, node: SchemaNode): PlanCompletion[] {
  const out: PlanCompletion[] = [];
  if (acceptsTrue(node))
    out.push(valueItem(site, 'true', 'true', { en: 'Every year of the cycle.', fr: 'Chaque année du cycle.' }, 0));
  if (isQuantity(node)) out.push(valueItem(site, 'tbd', 'tbd', { en: 'Not known yet.', fr: 'Pas encore connue.' }, 0));
  const object = itemsOf(node) ? undefined : objectForm(node);
  const skeleton = object && skeletonItem(site, object, 0);
  if (skeleton) out.push(skeleton);
  return out;
}
