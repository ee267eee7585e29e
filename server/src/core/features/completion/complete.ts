import type { PlanFile } from '../../model/types';
import { cursorContext } from '../cursor';
import { dateCompletions } from './dates';
import { enumCompletions } from './enums';
import { idCompletions, referenceKind } from './ids';
import { keyCompletions } from './keys';
import { newItemCompletion } from './newItem';
import { isId, itemsOf, objectForm, propertyAt, type FileShape } from './schemaAt';
import { editSite, type EditSite } from './site';
import type { CompletionRequest, PlanCompletion } from './types';
import { reportKeyCompletions, reportSectionAt } from './reportKeys';
import { unitCompletions } from './units';
import { valueKindOf } from './valueKind';
import { otherValueCompletions } from './values';

/** Root or part, from the model; from the text while the file does not parse as either. */
export function fileShape(file: PlanFile): FileShape {
  if (file.kind !== 'unknown') return file.kind;
  if (/^report_of[ \t]*:/m.test(file.text)) return 'report';
  if (/^part_of[ \t]*:/m.test(file.text)) return 'part';
  if (/^plan[ \t]*:/m.test(file.text)) return 'root';
  return 'unknown';
}

/**
 * Whether a typed trigger character asks for completion here: a space after `:`, `,`, `[` or a
 * list dash; `-` starting a list item or inside a value (`2027-` → quarters); `[` and `,` always.
 * A space typed inside a title, or a dash inside a key, asks for nothing.
 */
function triggered(trigger: string | undefined, site: EditSite): boolean {
  if (trigger === undefined) return true;
  const before = site.line.slice(0, site.column);
  if (trigger === ' ') return /(?:^\s*-|[:,[{])\s$/.test(before);
  if (trigger === '-') return site.cursor.role !== 'key' || (site.hasDash && site.cursor.prefix === '');
  return true;
}

/** Completions at an offset of a plan file: keys, values, ids, dates, units or a new list item. */
export function completionsAt(request: CompletionRequest): PlanCompletion[] {
  const { file, offset } = request;
  const cursor = cursorContext(file.lineIndex, offset);
  if (cursor.role === 'text' || request.isCancelled?.()) return [];
  const site = editSite(file, cursor);
  if (!triggered(request.triggerCharacter, site)) return [];
  const shape = fileShape(file);
  switch (cursor.role) {
    case 'key': {
      const section = shape === 'report' ? reportSectionAt(cursor.path) : undefined;
      if (section) return reportKeyCompletions(site, request, section, cursor.siblingKeys);
      // Right under `actions:` the lines cannot tell a mapping from a list; the schema can.
      const holder = cursor.path[cursor.path.length - 1];
      const list = holder !== undefined && holder !== '*' ? propertyAt(cursor.path, shape) : undefined;
      if (list && itemsOf(list))
        return listItemCompletions(
          { ...site, cursor: { ...cursor, role: 'list-item', path: cursor.path.slice(0, -1), key: holder } },
          shape,
          request,
        );
      return keyCompletions(site, shape, cursor.path, cursor.siblingKeys);
    }
    case 'value':
      return valueCompletions(site, shape, request);
    case 'list-item':
      return listItemCompletions(site, shape, request);
  }
}

function valueCompletions(site: EditSite, shape: FileShape, request: CompletionRequest): PlanCompletion[] {
  const { path, key } = site.cursor;
  if (key === undefined) return [];
  const node = propertyAt([...path, key], shape);
  if (!node) return [];
  const value = valueKindOf(path, key, node);
  switch (value.kind) {
    case 'enum':
      return enumCompletions(site, node);
    case 'date':
      return dateCompletions(site, request.plan, path, key, request.year);
    case 'unit':
      return unitCompletions(site, request.plan);
    case 'id':
      return idCompletions(value.reference, site, request, value.list);
    case 'other':
      return otherValueCompletions(site, node);
  }
}

function listItemCompletions(site: EditSite, shape: FileShape, request: CompletionRequest): PlanCompletion[] {
  const { path, key } = site.cursor;
  if (key === undefined) return [];
  const list = propertyAt([...path, key], shape);
  const items = list && itemsOf(list);
  if (!items) return [];
  const kind = referenceKind(path, key);
  if (kind && isId(items)) return idCompletions(kind, site, request);
  const object = objectForm(items);
  if (!object) return [];
  const newItem = newItemCompletion(site, key, object);
  // After `- `, the keys of the new item may be typed one by one too.
  return site.hasDash
    ? [newItem, ...keyCompletions(site, shape, [...path, key, '*'], site.cursor.siblingKeys)]
    : [newItem];
}
