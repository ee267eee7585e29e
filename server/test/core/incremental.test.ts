import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generatePlan } from '../../src/core/generate/generatePlan';
import { generateGrShapedPlan } from '../../src/core/generate/grShapedPlan';
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

/**
 * Everything a client sees of a file: its diagnostics, and the ranges of its items. `shift` is
 * the length of a first line added to the text (see `onePiece`): offsets and line numbers in
 * messages are read as if it were not there.
 */
function observe(workspace: PlanWorkspace, uri: string, shift = 0) {
  const at = (offset: number | undefined) => (offset === undefined ? offset : offset - shift);
  const lineNumbers = (message: string) =>
    shift === 0 ? message : message.replace(/\bline (\d+)/g, (_, n: string) => `line ${Number(n) - 1}`);
  const diagnostics = workspace
    .diagnostics(uri)
    .map((f) => `${f.ruleId} ${f.severity} ${at(f.range.start)}-${at(f.range.end)} ${lineNumbers(f.message.en)}`);
  const plan = workspace.planOf(uri);
  const items = plan
    ? [...plan.byId.values()]
        .flat()
        .map((i) => `${i.kind} ${i.id?.value} ${i.index} ${at(i.range.start)}-${at(i.range.end)} ${i.file.uri}`)
    : [];
  const actions = plan
    ? itemsOfKind(plan, 'action').map((a) => `${a.id?.value}:${at(a.start?.range.start)}:${at(a.title?.range.end)}`)
    : [];
  return { diagnostics, items, actions };
}

/** A document start marker makes a file be parsed in one piece (see parse/segments.ts): its first line, 4 characters. */
const ONE_PIECE = '---\n';

/** The file checked as parsing it in one piece reads it, seen without the marker's line. */
function onePiece(uri: string, text: string) {
  const whole = new PlanWorkspace();
  whole.setFile(uri, ONE_PIECE + text);
  assert.equal(whole.file(uri)!.source.segments.length, 1);
  return observe(whole, uri, ONE_PIECE.length);
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

/** Lines that hold something (an edit that breaks YAML lands on one of them). */
function contentLines(text: string): { start: number; text: string }[] {
  return [...text.matchAll(/^.*\S.*$/gm)].map((m) => ({ start: m.index!, text: m[0] }));
}

/**
 * The slips that break YAML as authors make them, each on a random line: unclosed quotes and
 * brackets, a stray closing bracket, stray colons, bad indents, tabs, a deleted `- `, a letter
 * after a closing quote, a value turned into a block scalar, a key without its colon.
 */
const BREAKS: ((line: string, rand: ReturnType<typeof random>) => string)[] = [
  (line, rand) => insertAt(line, rand, rand.pick(['"', "'", '[', '{'])),
  (line, rand) => insertAt(line, rand, rand.pick([']', '}'])),
  (line, rand) => insertAt(line, rand, rand.pick([': ', ':', ' : x'])),
  (line, rand) => (rand.next() < 0.5 ? ` ${line}` : line.replace(/^ /, '')),
  (line, rand) => (rand.next() < 0.5 ? line.replace(/^ /, '\t') : insertAt(line, rand, '\t')),
  (line) => line.replace(/^( *)- /, '$1'),
  (line) => line.replace(/"([^"\n]*)"/, '"$1"x'),
  (line) => line.replace(/: .*$/, ': |'),
  (line) => line.replace(/^( *[\w-]+):/, '$1'),
];

/** Equal observations, or a failure that lists the lines only one side has. */
function sameAs(seen: ReturnType<typeof observe>, expected: ReturnType<typeof observe>, message: string) {
  const lines = (o: ReturnType<typeof observe>) => [
    ...o.diagnostics.map((d) => `diagnostic ${d}`),
    ...o.items.map((i) => `item ${i}`),
    ...o.actions.map((a) => `action ${a}`),
  ];
  const [a, b] = [lines(seen), lines(expected)];
  const only = (x: string[], y: string[]) => x.filter((l) => !y.includes(l)).slice(0, 5);
  if (a.join('\n') !== b.join('\n'))
    assert.fail(
      `${message}\n  only incremental:\n    ${only(a, b).join('\n    ')}\n  only expected:\n    ${only(b, a).join('\n    ')}`,
    );
}

function insertAt(line: string, rand: ReturnType<typeof random>, insert: string): string {
  const at = rand.int(line.length + 1);
  return line.slice(0, at) + insert + line.slice(at);
}

/**
 * Random edits that break YAML and mend it: a slip (see BREAKS), then more typing or another slip,
 * then the slip taken back or an undo to the last text without errors. After each, the file
 * checked incrementally is compared with a full re-check and with parsing it in one piece.
 */
function checkBreakAndMend(name: string, initial: string, steps: number, seed: number) {
  const rand = random(seed);
  const uri = `${name}.plan.yaml`;
  const incremental = new PlanWorkspace();
  let text = initial;
  const history: string[] = [];
  const slips: { before: string; after: string }[] = [];
  incremental.setFile(uri, text);
  let inRegions = 0;
  for (let step = 0; step < steps; step++) {
    if (incremental.file(uri)!.source.errors().length === 0) history.push(text);
    const roll = rand.next();
    let last = 'another edit';
    if (roll < 0.45) {
      const line = rand.pick(contentLines(text));
      const broken = rand.pick(BREAKS)(line.text, rand);
      const next = text.slice(0, line.start) + broken + text.slice(line.start + line.text.length);
      slips.push({ before: line.text, after: broken });
      text = next;
      last = `${JSON.stringify(line.text)} → ${JSON.stringify(broken)}`;
    } else if (roll < 0.65 && slips.length > 0) {
      // The slip taken back where it stands, if the text still holds it.
      const slip = slips.pop()!;
      const at = text.indexOf(slip.after);
      if (at !== -1) text = text.slice(0, at) + slip.before + text.slice(at + slip.after.length);
    } else if (roll < 0.75 && history.length > 0) {
      text = history[history.length - 1];
      slips.length = 0;
    } else text = edit(text, history, rand);
    incremental.setFile(uri, text);
    const source = incremental.file(uri)!.source;
    if (source.errors().length > 0 && source.segments.length > 1) inRegions++;
    const seen = observe(incremental, uri);
    const full = new PlanWorkspace();
    full.setFile(uri, text);
    const where = `${name}: step ${step} (seed ${seed}, ${last})`;
    sameAs(seen, observe(full, uri), `${where} differs from a full re-check`);
    sameAs(seen, onePiece(uri, text), `${where} differs from parsing the file in one piece`);
  }
  // The property says something only if errors were often read without parsing the whole file.
  assert.ok(inRegions > steps / 10, `${name}: only ${inRegions} of ${steps} edits kept segments beside an error`);
}

/** `JALON_PROPERTY_STEPS` makes the runs longer (a long run), `JALON_PROPERTY_SEED` replays one. */
const STEPS = Number(process.env.JALON_PROPERTY_STEPS ?? 1);
const seedOr = (seed: number) => Number(process.env.JALON_PROPERTY_SEED ?? seed);

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

test('YAML broken and mended on a GR-shaped plan: the result always equals parsing it in one piece', () => {
  checkBreakAndMend('gr-shaped', generateGrShapedPlan({ size: 30_000, seed: 5 }), 40 * STEPS, seedOr(11));
});

test('YAML broken and mended on the seeds: the result always equals parsing them in one piece', () => {
  const seed = (file: string) => readFileSync(path.join(ROOT, 'seeds', file), 'utf8');
  checkBreakAndMend('gr', seed('gustave-roussy-2026-2030.plan.yaml'), 25 * STEPS, seedOr(2026));
  checkBreakAndMend('cal', seed('centre-antoine-lacassagne-2020-2024.plan.yaml'), 40 * STEPS, seedOr(2020));
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
