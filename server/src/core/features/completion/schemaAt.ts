import { planSchema, type SchemaNode } from '../../schema/planSchema';

/** Which branch of the schema's top level applies: a root file (`plan:`), a part (`part_of:`), a progress report (`report_of:`), or not known yet. */
export type FileShape = 'root' | 'part' | 'report' | 'unknown';

const DATE_REF = '#/definitions/date';
const ID_REF = '#/definitions/id';
const QUANTITY_REF = '#/definitions/quantity';

function definitionOf(ref: string): SchemaNode | undefined {
  const name = /^#\/definitions\/(.+)$/.exec(ref)?.[1];
  return name === undefined ? undefined : planSchema.definitions[name];
}

/**
 * A node with its `$ref` followed. The referring node's own descriptions win: `start` says
 * "when the action starts" where the date definition only says what a date is.
 */
export function resolved(node: SchemaNode): SchemaNode {
  let target = node;
  const seen = new Set<string>();
  while (typeof target.$ref === 'string' && !seen.has(target.$ref)) {
    seen.add(target.$ref);
    const next = definitionOf(target.$ref);
    if (!next) break;
    target = next;
  }
  if (target === node) return node;
  const { $ref: _ref, ...own } = node;
  void _ref;
  return { ...target, ...Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined)) };
}

/** True when the node is (or refers to) a partial date. */
export function isDate(node: SchemaNode): boolean {
  return refChain(node).includes(DATE_REF);
}

/** True when the node is (or refers to) a quantity (`80`, `"80 M€"`, `tbd`). */
export function isQuantity(node: SchemaNode): boolean {
  return refChain(node).includes(QUANTITY_REF);
}

/** True when the node is (or refers to) an id, or may be one (`part_of: id | null`). */
export function isId(node: SchemaNode): boolean {
  if (refChain(node).includes(ID_REF)) return true;
  return branches(node).some((b) => refChain(b).includes(ID_REF));
}

function refChain(node: SchemaNode): string[] {
  const refs: string[] = [];
  let target: SchemaNode | undefined = node;
  while (target && typeof target.$ref === 'string' && !refs.includes(target.$ref)) {
    refs.push(target.$ref);
    target = definitionOf(target.$ref);
  }
  return refs;
}

function branches(node: SchemaNode): SchemaNode[] {
  const list = node.anyOf ?? node.oneOf;
  return Array.isArray(list) ? (list as SchemaNode[]) : [];
}

/** The top level of a file of that shape: a part's keys, a root's keys, or both while it is not known. */
function topLevel(shape: FileShape): SchemaNode {
  const then = planSchema.then as SchemaNode;
  const otherwise = planSchema.else as SchemaNode;
  if (shape === 'report') return planSchema.definitions.report;
  if (shape === 'part')
    return {
      ...then,
      description: planSchema.description,
      markdownDescription: planSchema.markdownDescription,
      markdownDescriptionFr: planSchema.markdownDescriptionFr,
    };
  if (shape === 'root')
    return {
      ...otherwise,
      description: planSchema.description,
      markdownDescription: planSchema.markdownDescription,
      markdownDescriptionFr: planSchema.markdownDescriptionFr,
    };
  // Neither yet (a new file): a root's keys first, then a part's.
  return {
    type: 'object',
    required: [],
    properties: { ...otherwise.properties, ...then.properties },
  };
}

/** The object form of a node (the span of `each_year: true | span`), or undefined. */
export function objectForm(node: SchemaNode): SchemaNode | undefined {
  const r = resolved(node);
  if (r.properties) return r;
  for (const branch of branches(r)) {
    const b = resolved(branch);
    if (b.properties) return b;
  }
  return undefined;
}

/** The schema of a list's items as written (its `$ref` kept), or undefined when the node is not a list. */
export function itemsOf(node: SchemaNode): SchemaNode | undefined {
  const r = resolved(node);
  const items = r.items as SchemaNode | undefined;
  return items && typeof items === 'object' && !Array.isArray(items) ? items : undefined;
}

/**
 * The schema at a cursor path as written (`$ref` kept, so that `isDate` and `isId` can tell),
 * or undefined off the schema.
 */
export function propertyAt(path: readonly string[], shape: FileShape): SchemaNode | undefined {
  let node: SchemaNode | undefined = topLevel(shape);
  for (const segment of path) {
    if (!node) return undefined;
    node = segment === '*' ? itemsOf(node) : objectForm(node)?.properties?.[segment];
  }
  return node;
}

/** The schema at a cursor path (`['axes', '*', 'objectives', '*']`), resolved, or undefined off the schema. */
export function schemaAt(path: readonly string[], shape: FileShape): SchemaNode | undefined {
  const node = propertyAt(path, shape);
  return node && resolved(node);
}

/**
 * The fields a new object of this schema is written with: the required ones, and for a choice
 * between fields (a target's `value` or `change`, then `by`, `each_year` or `over`) the first.
 */
export function fieldsToFill(node: SchemaNode): string[] {
  const fields = [...(node.required ?? [])];
  const allOf = Array.isArray(node.allOf) ? (node.allOf as SchemaNode[]) : [];
  for (const part of allOf) {
    const first = branches(part)[0];
    for (const field of first?.required ?? []) if (!fields.includes(field)) fields.push(field);
  }
  // In the schema's order, which is the order a plan is read in.
  const order = Object.keys(node.properties ?? {});
  return fields.sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** True when `true` is one of the node's accepted values (`each_year`). */
export function acceptsTrue(node: SchemaNode): boolean {
  return branches(resolved(node)).some((b) => b.const === true);
}
