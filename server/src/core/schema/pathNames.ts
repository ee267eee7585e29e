import { nameOf, nameWithin, type ItemName } from '../model/describe';
import { kindOfList, KINDS } from '../model/kinds';
import { SECTION_KIND } from '../model/reportTypes';
import type { ItemKind } from '../model/types';

function child(value: unknown, segment: string): unknown {
  if (Array.isArray(value)) return value[Number(segment)];
  if (value && typeof value === 'object') return (value as Record<string, unknown>)[segment];
  return undefined;
}

function idOf(value: unknown, index: number): string | number {
  const id = value && typeof value === 'object' ? (value as Record<string, unknown>).id : undefined;
  return typeof id === 'string' ? id : index + 1;
}

function milestoneLabel(value: unknown, index: number): string | number {
  const fields = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  if (typeof fields.id === 'string') return fields.id;
  return typeof fields.title === 'string' ? fields.title : index + 1;
}

/**
 * Names the object a JSON pointer reaches, for messages: `/axes/0/ambitions/1` → ambition 'x'.
 * Objects with no name of their own (a span, `adopted`) are named by their field.
 */
export function nameAtPath(root: unknown, segments: readonly string[]): ItemName {
  const isReport = child(root, 'report_of') !== undefined;
  let name = nameOf(isReport ? 'reportFile' : 'file');
  let value = root;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const next = child(value, segment);
    const section = isReport && i === 0 ? (SECTION_KIND as Record<string, ItemKind | undefined>)[segment] : undefined;
    if (section && i + 1 < segments.length) {
      // A report's entries are keyed by the ids of the plan's items: `actions: { act-a: … }`.
      name = nameWithin(nameOf(section, segments[i + 1]), nameOf('report'));
      value = child(next, segments[i + 1]);
      i++;
      continue;
    }
    const listKind = kindOfList(segment);
    if (listKind && !KINDS[listKind].namedWithinParent && i + 1 < segments.length && Array.isArray(next)) {
      const index = Number(segments[i + 1]);
      const item = next[index];
      name = nameOf(listKind, idOf(item, index));
      value = item;
      i++;
      continue;
    }
    if ((segment === 'targets' || segment === 'actuals' || segment === 'milestones') && i + 1 < segments.length) {
      const index = Number(segments[i + 1]);
      const kind = segment === 'targets' ? 'target' : segment === 'actuals' ? 'actual' : 'milestone';
      // A milestone without an id is named by its title, as the rules name it (model/describe.ts).
      name = nameWithin(
        nameOf(kind, kind === 'milestone' ? milestoneLabel(child(next, segments[i + 1]), index) : index + 1),
        name,
      );
      value = child(next, segments[i + 1]);
      i++;
      continue;
    }
    if (segment === 'plan' && i === 0) name = nameOf('plan');
    else if (segment === 'cycle') name = nameOf('cycle');
    else if (segment === 'baseline') name = nameWithin(nameOf('baseline'), name);
    else if (segment === 'adopted') name = nameOf('adopted');
    else
      name = {
        en: `\`${segment}\` of ${name.en}`,
        fr: `\`${segment}\` ${name.frOf}`,
        frOf: `de \`${segment}\` ${name.frOf}`,
      };
    value = next;
  }
  return name;
}
