import { isSeq, type Node } from 'yaml';
import type { SegmentedDocument } from '../parse/segmentedDocument';
import type { Fix } from '../rules/finding';

/**
 * `cycle:` written as a one-item list (`- start: 2026`) where fields are expected: replacing the
 * `- ` with two spaces leaves the fields directly under the key, lined up as they were.
 */
export function removeDashFix(document: SegmentedDocument, path: readonly string[]): Fix[] | undefined {
  const located = document.locate(path);
  const list = located?.node;
  if (!located || !isSeq(list) || list.flow || list.items.length !== 1) return undefined;
  const item = list.items[0] as Node | null;
  const segment = document.segments.find((s) => s.base === located.base);
  if (!item?.range || !segment || segment.text.slice(item.range[0] - 2, item.range[0]) !== '- ') return undefined;
  const start = located.base.offset + item.range[0] - 2;
  return [
    {
      title: { en: 'Remove the `- `', fr: 'Retirer le « - »' },
      edits: [{ uri: '', range: { start, end: start + 2 }, newText: '  ' }],
    },
  ];
}
