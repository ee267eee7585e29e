import { ITEM_KINDS, KINDS } from '../../model/kinds';
import type { SchemaNode } from '../../schema/planSchema';
import { spaces, type Layout } from './layout';
import { acceptsTrue, fieldsToFill, isId, itemsOf, objectForm, resolved } from './schemaAt';
import type { SnippetText } from './snippetText';

/** How fields are written: on several lines at an indentation, or on one line inside `{ }`. */
export interface FieldStyle {
  layout: Layout;
  flow: boolean;
  /** The hint of an `id` tab stop (`action-id`), from the list the item goes in. */
  idHint: string;
}

/** The noun of one item of each list (and of the `plan` header), for `id` hints. */
const ITEM_NOUNS: Record<string, string> = {
  ...Object.fromEntries(ITEM_KINDS.map((kind) => [KINDS[kind].list, kind])),
  plan: 'plan',
};

export function idHintFor(listKey: string | undefined): string {
  return `${(listKey && ITEM_NOUNS[listKey]) ?? 'item'}-id`;
}

function isObject(node: SchemaNode): boolean {
  return objectForm(node) !== undefined && !acceptsTrue(node) && !itemsOf(node);
}

/** A value written on its key's line: a scalar or a list of scalars. */
function isScalarField(node: SchemaNode): boolean {
  const items = itemsOf(node);
  if (items) return !objectForm(items);
  return !isObject(node);
}

/** An object written `{ a: …, b: … }` on its key's line: its fields to fill are all scalars. */
function fitsOnLine(object: SchemaNode): boolean {
  return fieldsToFill(object).every((f) => isScalarField(object.properties![f]));
}

/** Writes `key: …` with a skeleton of its value; `column` is where the key stands. */
export function writeField(out: SnippetText, key: string, node: SchemaNode, column: number, style: FieldStyle): void {
  out.text(`${key}:`);
  writeValue(out, key, node, column, style);
}

/** Writes what follows `key:`: a tab stop, a choice, `[ ]`, `{ … }` or an indented block. */
export function writeValue(out: SnippetText, key: string, node: SchemaNode, column: number, style: FieldStyle): void {
  const r = resolved(node);
  if (Array.isArray(r.enum)) {
    out.text(' ').choice(r.enum.map(String));
    return;
  }
  if (acceptsTrue(r)) {
    out.text(' ').value('true');
    return;
  }
  if (key === 'id') {
    out.text(' ').stop(style.idHint);
    return;
  }
  const items = itemsOf(r);
  if (items) {
    const object = objectForm(items);
    const itemStyle = { ...style, idHint: idHintFor(key) };
    if (!object) {
      // Ids go in a flow list, where completion offers them; texts one per line.
      if (style.flow || isId(items)) out.text(' [').stop().text(']');
      else out.text(`\n${spaces(column + style.layout.sequenceIndent)}- `).stop();
      return;
    }
    if (style.flow) {
      out.text(' [{ ');
      writeFlowFields(out, object, itemStyle);
      out.text(' }]');
      return;
    }
    const dash = column + style.layout.sequenceIndent;
    out.text(`\n${spaces(dash)}- `);
    writeFields(out, object, dash + 2, itemStyle, true);
    return;
  }
  const object = isObject(r) ? objectForm(r) : undefined;
  if (!object) {
    out.text(' ').stop();
    return;
  }
  const objectStyle = ITEM_NOUNS[key] ? { ...style, idHint: idHintFor(key) } : style;
  if (style.flow || fitsOnLine(object)) {
    out.text(' { ');
    writeFlowFields(out, object, objectStyle);
    out.text(' }');
    return;
  }
  out.text('\n');
  writeFields(out, object, column + style.layout.indent, objectStyle, false);
}

/** The fields to fill of a new object, one per line at `column`; the first on the current line when `sameLine`. */
export function writeFields(
  out: SnippetText,
  object: SchemaNode,
  column: number,
  style: FieldStyle,
  sameLine: boolean,
): void {
  const fields = fieldsToFill(object);
  if (fields.length === 0) {
    if (!sameLine) out.text(spaces(column));
    out.stop();
    return;
  }
  fields.forEach((field, i) => {
    if (i > 0) out.text('\n');
    if (i > 0 || !sameLine) out.text(spaces(column));
    writeField(out, field, object.properties![field], column, { ...style, flow: false });
  });
}

/** The fields to fill of a new object, as `a: …, b: …` (inside braces the caller writes). */
export function writeFlowFields(out: SnippetText, object: SchemaNode, style: FieldStyle): void {
  const fields = fieldsToFill(object);
  if (fields.length === 0) out.stop();
  fields.forEach((field, i) => {
    if (i > 0) out.text(', ');
    writeField(out, field, object.properties![field], 0, { ...style, flow: true });
  });
}
