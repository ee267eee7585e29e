import { definition, planSchema, type SchemaNode } from '../../schema/planSchema';

/** A node with its `$ref` followed; a property's own description stays with the property. */
function resolved(node: SchemaNode): SchemaNode {
  return node.$ref ? { ...resolved(definition(node.$ref.replace('#/definitions/', ''))), ...withoutRef(node) } : node;
}

function withoutRef(node: SchemaNode): SchemaNode {
  const { $ref: _ref, ...rest } = node;
  return rest;
}

/** The alternatives of an `anyOf`/`oneOf` (`each_year: true` or a span), or the node itself. */
function alternatives(node: SchemaNode): SchemaNode[] {
  const options = (node.anyOf ?? node.oneOf) as SchemaNode[] | undefined;
  return options ? [node, ...options.map(resolved)] : [node];
}

function step(node: SchemaNode, segment: string): SchemaNode | undefined {
  for (const option of alternatives(resolved(node))) {
    const next = segment === '*' ? (option.items as SchemaNode | undefined) : option.properties?.[segment];
    if (next) return resolved(next);
  }
  return undefined;
}

/**
 * The schema of the field a data path reaches (`['indicators', '*', 'baseline', 'year']`) in a
 * root file or (with `part_of`) a part file; undefined for a field the schema does not know.
 */
export function schemaAt(path: readonly string[], part: boolean): SchemaNode | undefined {
  let node: SchemaNode | undefined = (part ? planSchema.then : planSchema.else) as SchemaNode;
  for (const segment of path) {
    if (!node) return undefined;
    node = step(node, segment);
  }
  return node;
}
