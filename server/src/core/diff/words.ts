import type { WordPart } from './types';

/** Beyond this many word comparisons, a text change is shown as a whole replacement. */
const MAX_CELLS = 4_000_000;

/** Words with the spaces that follow them, so that joining the parts gives back the text. */
function tokens(text: string): string[] {
  return text.match(/\S+\s*|\s+/g) ?? [];
}

/** A word-level diff of two texts (longest common subsequence of words), runs merged. */
export function wordDiff(before: string, after: string): WordPart[] {
  const a = tokens(before);
  const b = tokens(after);
  if (a.length * b.length > MAX_CELLS)
    return merge([
      { op: 'removed', text: before },
      { op: 'added', text: after },
    ]);
  const same = (x: string, y: string) => x.trimEnd() === y.trimEnd();
  // lengths[i][j]: the LCS of a[i..] and b[j..], in one flat array.
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = same(a[i], b[j])
        ? lengths[(i + 1) * width + j + 1] + 1
        : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const parts: WordPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(a[i], b[j])) {
      parts.push({ op: 'same', text: b[j] });
      i++;
      j++;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) parts.push({ op: 'removed', text: a[i++] });
    else parts.push({ op: 'added', text: b[j++] });
  }
  while (i < a.length) parts.push({ op: 'removed', text: a[i++] });
  while (j < b.length) parts.push({ op: 'added', text: b[j++] });
  return merge(parts);
}

function merge(parts: WordPart[]): WordPart[] {
  const out: WordPart[] = [];
  for (const part of parts) {
    if (part.text === '') continue;
    const last = out[out.length - 1];
    if (last && last.op === part.op) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/** How many words were removed or added. */
export function changedWordCount(parts: readonly WordPart[]): number {
  return parts.filter((p) => p.op !== 'same').reduce((n, p) => n + (p.text.match(/\S+/g)?.length ?? 0), 0);
}
