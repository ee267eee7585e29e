import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isPair, parseDocument, type Document } from 'yaml';
import { fastParseDocument } from '../../src/core/parse/fastYaml';
import { segmentText } from '../../src/core/parse/segments';
import { parsePlanText } from '../../src/core/parse/parseFile';
import { SegmentedDocument } from '../../src/core/parse/segmentedDocument';
import { generatePlan } from '../../src/core/generate/generatePlan';
import { generateGrShapedPlan } from '../../src/core/generate/grShapedPlan';
import { benchReport } from '../../src/bench/dashboardBench';
import { editedPlan } from '../../src/bench/diffBench';

const OPTIONS = { version: '1.2', prettyErrors: false, uniqueKeys: false, strict: true, logLevel: 'error' } as const;
const ROOT = path.resolve(__dirname, '../../..');

/** Everything a reader of a node can see: its class and every own property, items, key and value included. */
function shape(node: unknown): unknown {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map(shape);
  const out: Record<string, unknown> = { class: node.constructor.name };
  for (const [key, value] of Object.entries(node)) out[key] = shape(value);
  if (isPair(node)) out.pair = true;
  return out;
}

function documentShape(document: Document.Parsed): unknown {
  const { _directives, ...options } = document.options as Record<string, unknown>;
  return {
    range: document.range,
    comment: document.comment,
    commentBefore: document.commentBefore,
    errors: document.errors.map((e) => e.message),
    warnings: document.warnings.map((w) => w.message),
    options: { ...options, directives: _directives !== undefined },
    directives: shape(document.directives),
    contents: shape(document.contents),
    js: document.toJS({ maxAliasCount: 100 }),
  };
}

/** When the fast reader takes a text, the Document is the library's, and the library reads it without a problem. */
function assertSame(text: string, label: string): boolean {
  const fast = fastParseDocument(text, OPTIONS);
  if (!fast) return false;
  const library = parseDocument(text, OPTIONS) as Document.Parsed;
  assert.deepEqual(library.errors, [], `${label}: the library finds errors in a text the fast reader took`);
  assert.deepEqual(library.warnings, [], `${label}: warnings`);
  assert.deepStrictEqual(documentShape(fast), documentShape(library), label);
  return true;
}

/** The file whole, and each of its segments as the parser reads them. */
function assertFile(text: string, label: string): { taken: number; segments: number } {
  assertSame(text, `${label} (whole)`);
  let taken = 0;
  const spans = segmentText(text);
  for (const span of spans) if (assertSame(text.slice(span.start, span.end), `${label} @${span.start}`)) taken++;
  return { taken, segments: spans.length };
}

const FILES = [
  'seeds/centre-antoine-lacassagne-2020-2024.plan.yaml',
  'seeds/gustave-roussy-2026-2030.plan.yaml',
  'examples/valbrume-2026-2030.plan.yaml',
  'examples/numerique.plan.yaml',
  'examples/2026-12.report.yaml',
  'examples/2027-12.report.yaml',
];

test('the fast reader gives the library’s Document on the seeds and the examples, segment by segment', () => {
  for (const file of FILES) assertFile(readFileSync(path.join(ROOT, file), 'utf8'), file);
});

test('the fast reader takes every segment of generated plans and reports, and gives the library’s Document', () => {
  const plan = generatePlan({ actions: 300, id: 'bench-dashboard' });
  for (const [label, text] of [
    ['generated', plan],
    ['generated, edited', editedPlan(plan)],
    ['generated, English', generatePlan({ actions: 120, language: 'en', seed: 7 })],
    ['GR-shaped', generateGrShapedPlan({ size: 150_000 })],
    ['report', benchReport(plan, 0)],
    ['report 9', benchReport(plan, 9)],
  ]) {
    const { taken, segments } = assertFile(text, label);
    assert.equal(taken, segments, `${label}: every segment is read fast`);
  }
});

/** Texts at the edges of what the reader takes: each is either taken and equal, or left to the library. */
const SNIPPETS = [
  'a: x\n\nb: y\n\n\n',
  'a: 1\nb: 1.50\nc: -5\nd: +3\ne: 0x1F\nf: 0o17\ng: 1e3\nh: .5\ni: .inf\nj: -.Inf\nk: .nan\nl: true\nm: False\nn: null\no: ~\np: Null\n',
  '2030: x\ntrue: y\nnull: z\n1.5: w\n',
  'a: "x, y: z"\nb: \'it\'\nc: "#1"\nd: \'\'\ne: ""\n',
  'a: { x: 1, y: "2", z: \'3\' }\nb: [1, two, "three"]\nc: {x: 1}\nd: [a,b]\ne: { x: y }\n',
  'a: { x: 1 , y: 2 }\nb: [ a ]\nc: {  x:  1  }\nd: { x: }\ne: { x: 1, }\nf: []\ng: {}\n',
  'a: |\n  one\n  two\nb: |\n    deeper\n      more\n\n    after blank\n\nc: |\n  last\n\n\n',
  'a: |\n  one\nb: x\n',
  'a:\n- x\n- y\nb:\n  - z\n\n  - w\nc: v\n',
  '- id: a\n  l:\n    - x\n    - y\n  m: c\n\n- id: b\n-   spaced: 1\n    next: 2\n',
  '  - id: x\n    t: y\n',
  'a:\n  b:\n    c: d\n  e: f\ng: h\n',
  'url: https://example.org/a:b\ntime: 12:30\nkey with spaces: value with spaces\ndash: a - b\n',
  'a: b: c\n',
  'a: -\nb: - x\nc: ? x\nd: :x\ne: -x\nf: ?x\n',
  'a: x\n  continued\n',
  'a:\nb: x\n',
  'a: x # comment\n',
  'a: &anchor x\nb: *anchor\n',
  'a: !!str 1\n',
  'a: "x\\ny"\n',
  'a: x\n b: y\n',
  '- a\n - b\n',
  'a: [x, [y]]\n',
  'a: { x: { y: z } }\n',
  'a: x\nb: y',
  'a: "x"',
  'a: { x: 1 }',
  'a: |\n  x',
  'a: |-\n  x\n',
  'a: >\n  x\n',
  '"quoted": x\n',
  'a: "x" y\n',
  'a: { x: 1 } y\n',
  'x\n',
  '',
  '\n',
  'a:  two spaces\nb:   { x: 1 }\n',
  'a: x\n\n\nb:\n  - y\n',
  'a: é ü 😀\nb: "😀"\n',
  'é: x\n😀: y\n',
  'a: 007\nb: 0.0\nc: 1_000\nd: 2026-01-29\ne: 2026-S2\nf: 1.\ng: -0\n',
  '- - a\n',
  '- \n',
  '-\n',
  'a:\n  - x\n  y: z\n',
  'a: 1\na: 2\n',
  'a: []\nb: {}\nc: [ ]\nd: {  }\n',
  'a: **bold** text\nb: *alias\nc: &anchor x\nd: !tag x\ne: x & y * z ! w\n<<: x\n',
  'a: |\n  **bold** and *italic*\n  - not a list\n  # not a comment\n',
  'a:\n\n',
  'a:\nb:\n\n',
  '- a:\n\n- b\n',
  'x:\n  a:\n\n',
  'a:\n\nb: x\n',
  'a: 1\nb: 2\na: 3\n',
  'a: x\u00a0#y\nb: { c: d\u00a0#e }\nc: x#y\n',
  'a: { x: 1, x: 2 }\n',
  '- { 1: a, "1": b }\n',
  Array.from({ length: 40 }, (_, i) => `k${i % 30}: v\n`).join(''),
  Array.from({ length: 40 }, (_, i) => `k${i}: v\n`).join(''),
];

test('the fast reader, on texts at its edges, gives the library’s Document or leaves the text to it', () => {
  let taken = 0;
  for (const text of SNIPPETS) if (assertSame(text, JSON.stringify(text))) taken++;
  assert.ok(taken >= 15, `only ${taken} snippets taken`);
});

test('the fast reader leaves repeated keys to the library (and reportDuplicateKeys)', () => {
  for (const text of [
    'a: 1\nb: 2\na: 3\n',
    'a: { x: 1, x: 2 }\n',
    'a: .nan\n.NaN: 1\n.nan: 2\n',
    Array.from({ length: 40 }, (_, i) => `k${i % 30}: v\n`).join(''),
  ])
    assert.equal(fastParseDocument(text, OPTIONS), undefined, text);
});

test('the slips a parse confirms are in texts the fast reader leaves to the library (parsePlanText skips their search otherwise)', () => {
  for (const [text, found] of [
    ['plan:\n  title: Chantier #3 accueil\n', 1],
    ['indicators:\n  - id: i\n    baseline: { value: 58,4 }\n', 1],
    ['indicators:\n  - id: i\n    baseline: { value: 58,4, year: 2024 }\n', 1],
    ['plan:\n  title: x{a:1,2}\n', 0],
  ] as const) {
    const parsed = parsePlanText('p.plan.yaml', text);
    assert.equal(parsed.syntaxFindings.length, found, text);
    // The text as written (the document found is of the patched text, `58.4`).
    if (found > 0) assert.equal(SegmentedDocument.parse(text).allFast(), false, text);
  }
});

test('the fast reader, on random edits of small plans, gives the library’s Document or leaves the text to it', () => {
  let state = 12345;
  const next = (n: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
  const bases = [...SNIPPETS.slice(0, 14), generatePlan({ actions: 4 })];
  const inserts = [
    ' ',
    '\n',
    '-',
    ':',
    ': ',
    '- ',
    '"',
    "'",
    '{',
    '}',
    '[',
    ']',
    ',',
    '|',
    '#',
    '1',
    '.',
    'x',
    '  ',
    '\n\n',
    '0x',
    'é',
  ];
  for (let i = 0; i < 3000; i++) {
    let text = bases[next(bases.length)];
    for (let k = 1 + next(3); k > 0; k--) {
      const at = next(text.length + 1);
      text =
        next(3) === 0
          ? text.slice(0, at) + text.slice(at + 1)
          : text.slice(0, at) + inserts[next(inserts.length)] + text.slice(at);
    }
    assertSame(text, JSON.stringify(text));
  }
});
