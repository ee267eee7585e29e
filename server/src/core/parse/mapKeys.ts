import { isScalar, type Node, type Pair, type YAMLMap } from 'yaml';

const KEYS = new WeakMap<YAMLMap, Map<string, Pair<Node, Node | null>>>();

/**
 * The pair of a mapping whose scalar key reads `key` (the first one when repeated), by a map
 * built once per mapping: looking up each of 100,000 keys must not scan all of them.
 * Parsed documents are never edited, so the map stays true.
 */
export function pairByKey(map: YAMLMap, key: string): Pair<Node, Node | null> | undefined {
  let keys = KEYS.get(map);
  if (!keys) {
    keys = new Map();
    for (const pair of map.items as Pair<Node, Node | null>[]) {
      if (!isScalar(pair.key)) continue;
      const name = String(pair.key.value);
      if (!keys.has(name)) keys.set(name, pair);
    }
    KEYS.set(map, keys);
  }
  return keys.get(key);
}
