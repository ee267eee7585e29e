import type { SchemaNode } from '../../schema/planSchema';
import { referenceKind, type ReferenceKind } from './ids';
import { isDate, isId, itemsOf, resolved } from './schemaAt';

/**
 * What completion offers for the value of `key` in the mapping at `path`: enum members, dates,
 * units, ids (one, or a list of them), or other values (`true`, `tbd`, a one-line object).
 * Value completion and key completion both read it, so that a key says its value list opens
 * exactly where that list has something to offer.
 */
export type ValueKind =
  | { kind: 'enum' }
  | { kind: 'date' }
  | { kind: 'unit' }
  | { kind: 'id'; reference: ReferenceKind; list: boolean }
  | { kind: 'other' };

/** `node` is the field's schema as written (`$ref` kept, so that dates and ids can be told). */
export function valueKindOf(path: readonly string[], key: string, node: SchemaNode): ValueKind {
  if (Array.isArray(resolved(node).enum)) return { kind: 'enum' };
  // A baseline's `year` is an integer, not a partial date, but it is still a year.
  if (isDate(node) || (key === 'year' && path[path.length - 1] === 'baseline')) return { kind: 'date' };
  if (key === 'unit' && path[path.length - 2] === 'indicators') return { kind: 'unit' };
  const reference = referenceKind(path, key);
  if (!reference) return { kind: 'other' };
  // Owners are ids of the plan's `owners` list, or free names where it has none.
  if (isId(node) || reference === 'owner') return { kind: 'id', reference, list: false };
  const items = itemsOf(node);
  if (items && isId(items)) return { kind: 'id', reference, list: true };
  return { kind: 'other' };
}

/**
 * Whether the value list is worth opening as soon as the key is written: ids, dates and units
 * are picked from it. An enum's members are already a choice in the key's snippet; other values
 * (`true`, `tbd`, `{ from, to }`) are typed more often than picked.
 */
export function opensValueList(value: ValueKind): boolean {
  return value.kind === 'date' || value.kind === 'unit' || value.kind === 'id';
}
