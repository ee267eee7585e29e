import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { OffsetRange } from '../text/lineIndex';
import { nodeRange } from '../model/yamlAccess';

export interface Located {
  /** The node at the path (undefined if the path does not exist in the document). */
  node?: Node | null;
  /** The key under which the node sits, when its parent is a mapping. */
  key?: Node;
}

/** Follows a JSON pointer's segments through the YAML document to the node they name. */
export function locate(document: Document.Parsed, segments: readonly string[]): Located {
  let current: Node | null | undefined = document.contents;
  let key: Node | undefined;
  for (const segment of segments) {
    if (isMap(current)) {
      const pair: Pair<Node, Node | null> | undefined = (current.items as Pair<Node, Node | null>[]).find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment);
      if (!pair) return {};
      key = pair.key;
      current = pair.value;
    } else if (isSeq(current)) {
      current = current.items[Number(segment)] as Node | null | undefined;
      key = undefined;
    } else {
      return {};
    }
  }
  return { node: current, key };
}

/** The key of a property inside the mapping at `segments`. */
export function locateKey(document: Document.Parsed, segments: readonly string[], property: string): OffsetRange | undefined {
  const { node } = locate(document, segments);
  if (!isMap(node)) return undefined;
  const pair = (node.items as Pair<Node, Node | null>[]).find((p) => isScalar(p.key) && String(p.key.value) === property);
  return pair ? nodeRange(pair.key, { start: 0, end: 0 }) : undefined;
}

/** Where to report on a whole mapping: its key in the parent, else its own first key. */
export function objectAnchor(document: Document.Parsed, segments: readonly string[]): OffsetRange {
  const { node, key } = locate(document, segments);
  if (key) return nodeRange(key, { start: 0, end: 0 });
  if (isMap(node) && node.items.length > 0) return nodeRange((node.items[0] as Pair<Node, Node | null>).key, { start: 0, end: 0 });
  return nodeRange(node, { start: 0, end: 0 });
}

/** The value's own range. */
export function valueRange(document: Document.Parsed, segments: readonly string[]): OffsetRange {
  const { node, key } = locate(document, segments);
  const fallback = key ? nodeRange(key, { start: 0, end: 0 }) : { start: 0, end: 0 };
  return node ? nodeRange(node, fallback) : fallback;
}
