import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { foldingBlocks } from '../../src/core/features/folding';
import { selectionChain } from '../../src/core/features/selectionRanges';
import { documentSymbols } from '../../src/core/features/symbols';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import { CLEAN_PLAN, edit } from '../helpers';

const ROOT = path.resolve(__dirname, '../../..');
const GR = readFileSync(path.join(ROOT, 'seeds', 'gustave-roussy-2026-2030.plan.yaml'), 'utf8');

/** The same text parsed in segments and in one piece (a `&` in a comment keeps a file whole; same length, same offsets). */
function bothWays(text: string, comment: string) {
  const workspace = new PlanWorkspace();
  workspace.setFile('segmented', text);
  workspace.setFile('whole', edit(text, comment, comment.replace(/# ./, '# &')));
  const segmented = workspace.file('segmented')!;
  const whole = workspace.file('whole')!;
  assert.ok(segmented.source.segments.length > 5);
  assert.equal(whole.source.segments.length, 1);
  return { segmented, whole };
}

for (const [name, text, comment, step] of [
  ['a small plan', `# Demo plan\n${CLEAN_PLAN}# end\n\n`, '# Demo plan', 1],
  ['the Gustave Roussy seed', GR, '# The foreword', 5],
] as const) {
  test(`${name}: folding, selection and the outline are the same whether it is parsed in segments or whole`, () => {
    const { segmented, whole } = bothWays(text, comment);
    assert.deepEqual(foldingBlocks(segmented), foldingBlocks(whole));
    assert.deepEqual(documentSymbols(segmented, 'en'), documentSymbols(whole, 'en'));
    for (let offset = 0; offset <= text.length; offset += step) {
      assert.deepEqual(selectionChain(segmented, offset), selectionChain(whole, offset), `at offset ${offset}`);
    }
  });
}

test('each selection range holds the one before it and the cursor, and the last is the whole file', () => {
  const workspace = new PlanWorkspace();
  workspace.setFile('demo', CLEAN_PLAN);
  const file = workspace.file('demo')!;
  for (let offset = 0; offset <= CLEAN_PLAN.length; offset++) {
    const chain = selectionChain(file, offset);
    assert.deepEqual(chain[chain.length - 1], { start: 0, end: CLEAN_PLAN.length });
    chain.forEach((range, i) => {
      assert.ok(range.start <= offset && offset <= range.end, `range ${i} at ${offset}`);
      const inner = chain[i - 1];
      if (inner)
        assert.ok(
          range.start <= inner.start && inner.end <= range.end && (range.start < inner.start || inner.end < range.end),
        );
    });
  }
});

test("folding blocks span at least two lines, one per first line, in order; the seed's axes fold whole", () => {
  const workspace = new PlanWorkspace();
  workspace.setFile('gr', GR);
  const blocks = foldingBlocks(workspace.file('gr')!);
  blocks.forEach((block, i) => {
    assert.ok(block.endLine > block.startLine);
    if (i > 0) assert.ok(block.startLine > blocks[i - 1].startLine);
  });
  const lines = GR.split('\n');
  const axesKey = lines.indexOf('axes:');
  const axisLines = lines.flatMap((line, i) => (/^ {2}- id: /.test(line) && i > axesKey ? [i] : []));
  assert.deepEqual(axisLines, [185, 426, 679, 967]);
  const ends = axisLines.map((line) => blocks.find((b) => b.startLine === line)?.endLine);
  assert.deepEqual(ends, [425, 678, 966, lines.length - 2]);
  // Every multi-line text folds from its key.
  const texts = lines.flatMap((line, i) => (/: \|$/.test(line) ? [i] : []));
  assert.ok(texts.length > 40);
  for (const line of texts)
    assert.ok(
      blocks.some((b) => b.startLine === line),
      `text at line ${line}`,
    );
});

test('lines of a text that start with `#` are text, not comments to fold', () => {
  const workspace = new PlanWorkspace();
  const text =
    '# A comment\n# on two lines\nplan:\n  id: demo\n  vision: |\n    # Not a comment\n    # but the text\n  title: Demo\n';
  workspace.setFile('demo', text);
  assert.deepEqual(foldingBlocks(workspace.file('demo')!), [
    { startLine: 0, endLine: 1, kind: 'comment' },
    { startLine: 2, endLine: 7 },
    { startLine: 4, endLine: 6 },
  ]);
});
