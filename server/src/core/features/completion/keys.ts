import type { SchemaNode } from '../../schema/planSchema';
import { schemaDescription } from '../../schema/schemaText';
import { idHintFor, writeField } from './fieldText';
import type { EditSite } from './site';
import { objectForm, resolved, schemaAt, type FileShape } from './schemaAt';
import { SnippetText } from './snippetText';
import { rank, type PlanCompletion } from './types';
import { opensValueList, valueKindOf } from './valueKind';

/**
 * Fields that exclude each other: once one side is written, the other is not offered (an axis
 * holds ambitions or objectives; an action has a span or a deadline; a target exactly one of
 * `by`, `each_year`, `over`; a baseline a year or a date).
 */
const ALTERNATIVES: readonly (readonly string[])[][] = [
  [['ambitions'], ['objectives']],
  [['start', 'end'], ['due']],
  [['year'], ['date']],
  [['by'], ['each_year'], ['over']],
];

function excludedBy(present: ReadonlySet<string>): Set<string> {
  const excluded = new Set<string>();
  for (const sides of ALTERNATIVES) {
    const chosen = sides.find((side) => side.some((k) => present.has(k)));
    if (chosen) for (const side of sides) if (side !== chosen) for (const k of side) excluded.add(k);
  }
  return excluded;
}

/** What a key means: its schema description (the field's own, else its type's), in English and French. */
export function schemaDocumentation(node: SchemaNode): PlanCompletion['documentation'] {
  const r = resolved(node);
  const plain = schemaDescription(r, 'en', 'plain');
  const markdown = schemaDescription(r, 'en');
  if (markdown === undefined || plain === undefined) return undefined;
  return {
    markdown: { en: markdown, fr: schemaDescription(r, 'fr') ?? markdown },
    plain: { en: plain, fr: schemaDescription(r, 'fr', 'plain') ?? plain },
  };
}

/** The keys of the mapping at `path` that are not written yet, each with a skeleton of its value. */
export function keyCompletions(
  site: EditSite,
  shape: FileShape,
  path: readonly string[],
  written: readonly string[],
): PlanCompletion[] {
  const node = schemaAt(path, shape);
  const object = node && objectForm(node);
  if (!object?.properties) return [];
  const present = new Set(written);
  const excluded = excludedBy(present);
  const required = new Set(object.required ?? []);
  // The list the mapping is an item of names its id (`actions` → `action-id`).
  const listKey = path[path.length - 1] === '*' ? path[path.length - 2] : path[path.length - 1];
  const column = site.column + site.lead.length;
  return Object.entries(object.properties)
    .map(([key, property], index) => ({ key, property, index }))
    .filter(({ key }) => !present.has(key) && !excluded.has(key))
    .map(({ key, property, index }): PlanCompletion => {
      const out = new SnippetText().text(site.lead);
      if (site.keyWritten) out.text(key);
      else writeField(out, key, property, column, { layout: site.layout, flow: site.flow, idHint: idHintFor(listKey) });
      const insert = out.build();
      const completion: PlanCompletion = {
        label: key,
        kind: 'key',
        detail: required.has(key) ? { en: 'required', fr: 'obligatoire' } : undefined,
        documentation: schemaDocumentation(property),
        insert,
        range: site.range,
        sortText: rank(required.has(key) ? 0 : 1, index),
        multiline: insert.plain.includes('\n'),
      };
      // Written with its value's first tab stop (` $1`, ` [$1]`) unless the value is already there.
      if (!site.keyWritten && opensValueList(valueKindOf(path, key, property))) completion.opensValues = true;
      return completion;
    })
    .sort((a, b) => (a.sortText < b.sortText ? -1 : a.sortText > b.sortText ? 1 : 0));
}
