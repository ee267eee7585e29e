import type { Localized } from '../../i18n/locale';
import { ITEM_KINDS, KINDS } from '../../model/kinds';
import type { SchemaNode } from '../../schema/planSchema';
import { idHintFor, writeFields, writeFlowFields } from './fieldText';
import { schemaDocumentation } from './keys';
import type { EditSite } from './site';
import { SnippetText } from './snippetText';
import type { PlanCompletion } from './types';

/** "New action", by the list an item goes in: the lists of items, and those of an indicator's values. */
const NEW_ITEM: Record<string, Localized> = {
  ...Object.fromEntries(ITEM_KINDS.map((kind) => [KINDS[kind].list, KINDS[kind].newItem])),
  targets: { en: 'New target', fr: 'Nouvelle cible' },
  actuals: { en: 'New actual value', fr: 'Nouveau réalisé' },
};

/**
 * A new item of a list of mappings, with its fields to fill as tab stops: `- id: $1` and
 * `title: $2` below it, at the column of the item's first key. The dash is written when the
 * line does not have one yet.
 */
export function newItemCompletion(site: EditSite, listKey: string, item: SchemaNode): PlanCompletion {
  const out = new SnippetText().text(site.lead);
  const style = { layout: site.layout, flow: site.flow, idHint: idHintFor(listKey) };
  if (site.flow) {
    out.text('{ ');
    writeFlowFields(out, item, style);
    out.text(' }');
  } else {
    if (!site.hasDash) out.text('- ');
    const contentColumn = site.column + site.lead.length + (site.hasDash ? 0 : 2);
    writeFields(out, item, contentColumn, style, true);
  }
  const insert = out.build();
  return {
    label: NEW_ITEM[listKey] ?? { en: 'New item', fr: 'Nouvel élément' },
    kind: 'new-item',
    documentation: schemaDocumentation(item),
    insert,
    range: site.range,
    // Before the item's keys when both are offered (after `- `).
    sortText: '0',
    multiline: insert.plain.includes('\n'),
  };
}
