import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generatePlan } from '../../src/core/generate/generatePlan';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import { itemsOfKind } from '../../src/core/plan/assemble';

/** A small deterministic generator (xorshift), so a failure can be replayed from its seed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)],
  };
}

const SNIPPETS = [
  'x',
  ' ',
  '\n',
  '2027',
  'status: plannd',
  '\n  - id: new-axis\n    title: New\n',
  '"',
  ': ',
  '  ',
  '#',
  '- ',
  'é€🎯',
  'depends_on: [a1]',
  '\n      - id: dup\n',
];

/** Offsets where a line starts with a top-level list item (`  - `): where whole items are cut and pasted. */
function itemStarts(text: string): number[] {
  return [...text.matchAll(/^ {2}- /gm)].map((m) => m.index!);
}

/**
 * One random edit as an editor sends it: typing, deleting, pasting a copied block, undoing, or
 * (nine times in ten) an edit that keeps the YAML valid, such as typing inside a title or moving a
 * whole item, so that both the re-parse of one segment and the reuse of the others are exercised.
 */
function edit(text: string, history: string[], rand: ReturnType<typeof random>): string {
  const at = rand.int(text.length + 1);
  const roll = rand.next();
  // Undo goes back to the last text that parsed without error (history holds those).
  if (roll >= 0.1 && roll < 0.3 && history.length > 0) return history[history.length - 1];
  if (roll >= 0.3) {
    const titles = [...text.matchAll(/title: [^\n"]*/g)];
    const starts = itemStarts(text);
    if (rand.next() < 0.6 && titles.length > 0) {
      const title = rand.pick(titles);
      const where = title.index! + title[0].length;
      // Typing or deleting (backspace) at the end of the title.
      return text.slice(0, where - rand.int(3)) + rand.pick([' plus', 'é', ' 2027', '']) + text.slice(where);
    }
    if (starts.length > 2) {
      const from = rand.pick(starts);
      const keys = [...text.matchAll(/^[^\s#-]/gm)].map((m) => m.index!);
      const next = Math.min(starts.find((s) => s > from) ?? text.length, keys.find((k) => k > from) ?? text.length);
      const block = text.slice(from, next);
      const to = rand.pick(starts);
      return rand.next() < 0.5 ? text.slice(0, to) + block + text.slice(to) : text.slice(0, from) + text.slice(next);
    }
  }
  switch (rand.int(4)) {
    case 0:
      return text.slice(0, at) + rand.pick(SNIPPETS) + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + rand.int(40)));
    case 2: {
      const from = rand.int(text.length);
      const copied = text.slice(from, from + rand.int(400));
      return text.slice(0, at) + copied + text.slice(at);
    }
    default:
      return history.length > 0 ? history[rand.int(history.length)] : text;
  }
}

/** Everything a client sees of a file: its diagnostics, and the ranges of its items. */
function observe(workspace: PlanWorkspace, uri: string) {
  const diagnostics = workspace
    .diagnostics(uri)
    .map((f) => `${f.ruleId} ${f.severity} ${f.range.start}-${f.range.end} ${f.message.en}`);
  const plan = workspace.planOf(uri);
  const items = plan
    ? [...plan.byId.values()]
        .flat()
        .map((i) => `${i.kind} ${i.id?.value} ${i.index} ${i.range.start}-${i.range.end} ${i.file.uri}`)
    : [];
  const actions = plan
    ? itemsOfKind(plan, 'action').map((a) => `${a.id?.value}:${a.start?.range.start}:${a.title?.range.end}`)
    : [];
  return { diagnostics, items, actions };
}

function checkIncrementalEqualsFull(name: string, initial: string, steps: number, seed: number) {
  const rand = random(seed);
  const uri = `${name}.plan.yaml`;
  const incremental = new PlanWorkspace();
  let text = initial;
  const history: string[] = [];
  incremental.setFile(uri, text);
  let reused = 0;
  for (let step = 0; step < steps; step++) {
    if (incremental.file(uri)!.source.errors().length === 0) history.push(text);
    text = edit(text, history, rand);
    const before = new Set(incremental.file(uri)!.source.segments);
    incremental.setFile(uri, text);
    if (incremental.file(uri)!.source.segments.some((segment) => before.has(segment))) reused++;
    const full = new PlanWorkspace();
    full.setFile(uri, text);
    assert.deepEqual(
      observe(incremental, uri),
      observe(full, uri),
      `${name}: step ${step} (seed ${seed}) differs from a full re-check`,
    );
  }
  // The property says something only if most steps did reuse segments of the previous version.
  assert.ok(reused > steps / 3, `${name}: only ${reused} of ${steps} edits reused segments`);
}

const ROOT = path.resolve(__dirname, '../../..');

test('random edits on the Gustave Roussy seed: the incremental result always equals a full re-check', () => {
  checkIncrementalEqualsFull(
    'gr',
    readFileSync(path.join(ROOT, 'seeds/gustave-roussy-2026-2030.plan.yaml'), 'utf8'),
    60,
    20261122,
  );
});

test('random edits on a generated plan: the incremental result always equals a full re-check', () => {
  checkIncrementalEqualsFull('generated', generatePlan({ actions: 120 }), 150, 7);
});

import { CLEAN_PLAN, edit as change } from '../helpers';
import { loadPlanFile } from '../../src/core/workspace/loadPlanFile';

test('a file checked in segments gets the schema findings of the same file checked in one piece', () => {
  const fixtures = [
    change(CLEAN_PLAN, '                end: 2027\n', '                end: 2027\n                status: plannd\n'),
    change(CLEAN_PLAN, '    label: Patients included\n', '    lable: Patients included\n'),
    change(CLEAN_PLAN, '      - value: 1000\n        by: 2030\n', '      - value: "1000 pts!"\n'),
    change(CLEAN_PLAN, '  institution: Demo hospital\n', '  institutoin: Demo hospital\n  as_of: next\n'),
    change(CLEAN_PLAN, '  - id: care-axis\n', '  - id: "care axis"\n    colour: blue\n'),
    change(CLEAN_PLAN, 'owners:\n  - { id: care, name: Care directorate }\n', 'owners:\n  - { id: care }\n  - 42\n'),
    change(
      CLEAN_PLAN,
      '        by: 2030\n        quote: "include',
      '        by: 2030\n        over: { from: 2026 }\n        quote: "include',
    ),
  ];
  for (const text of fixtures) {
    const split = loadPlanFile({ uri: 'a.plan.yaml', text });
    // A document start marker makes the file be parsed in one piece; it shifts offsets by 4.
    const whole = loadPlanFile({ uri: 'a.plan.yaml', text: `---\n${text}` });
    assert.ok(
      split.file.source.segments.length > 1,
      `not split: ${split.findings.map((f) => f.message.en).join('; ')}`,
    );
    assert.equal(whole.file.source.segments.length, 1);
    const seen = (findings: typeof split.findings, shift: number) =>
      findings.map((f) => `${f.ruleId} ${f.range.start - shift}-${f.range.end - shift} ${f.message.en}`).sort();
    assert.deepEqual(seen(split.findings, 0), seen(whole.findings, 4));
    assert.ok(split.findings.length > 0);
  }
});
