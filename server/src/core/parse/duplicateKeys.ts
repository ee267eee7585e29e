import { isMap, isScalar, visit, YAMLParseError, type Document, type Node } from 'yaml';

/** The repeated key each DUPLICATE_KEY error of ours stands for (so the finding need not search for it). */
const KEY_OF_ERROR = new WeakMap<YAMLParseError, Node>();

/**
 * Reports repeated mapping keys as the `yaml` library's `uniqueKeys` would (same code, message
 * and position, same notion of equal: two scalar keys of the same value), in linear time. The
 * library compares each new key with every earlier one of its mapping: 100,000 keys in one
 * mapping took minutes. So documents are parsed with `uniqueKeys: false` and checked here.
 */
export function reportDuplicateKeys(document: Document.Parsed): void {
  const found: YAMLParseError[] = [];
  visit(document, {
    Map(_, map) {
      if (!isMap(map)) return;
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key)) continue;
        // NaN never equals itself, for the library as for `===`.
        if (typeof key.value === 'number' && Number.isNaN(key.value)) continue;
        if (!seen.has(key.value)) {
          seen.add(key.value);
          continue;
        }
        const start = key.range?.[0] ?? 0;
        const error = new YAMLParseError([start, start + 1], 'DUPLICATE_KEY', 'Map keys must be unique');
        KEY_OF_ERROR.set(error, key);
        found.push(error);
      }
    },
  });
  if (found.length === 0) return;
  // Each before the first of the parser's own errors that comes after it in the text, where the
  // library would have put it; the parser's errors keep their order.
  found.sort((a, b) => a.pos[0] - b.pos[0]);
  const own = document.errors.splice(0);
  let next = 0;
  for (const error of own) {
    while (next < found.length && found[next].pos[0] < error.pos[0]) document.errors.push(found[next++]);
    document.errors.push(error);
  }
  while (next < found.length) document.errors.push(found[next++]);
}

/** The key a DUPLICATE_KEY error reported by `reportDuplicateKeys` is about. */
export function duplicatedKey(error: YAMLParseError): Node | undefined {
  return KEY_OF_ERROR.get(error);
}
