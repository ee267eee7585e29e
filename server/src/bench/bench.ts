// `npm run bench`: drives the built server (dist/server.js) over stdio as an editor would, and
// prints a table. Figures on a shared machine are noisy: compare within one run, read medians.
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CompletionRequest, HoverRequest } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { LineIndex, generatePlan, generateGrShapedPlan } from '../core';
import { benchDashboard, dashboardTable } from './dashboardBench';
import { benchDiff } from './diffBench';
import { median, ms, p95, timed } from './stats';
import { LspSession } from './lspSession';
import { benchLargeWorkspace, largeWorkspaceTable } from './largeWorkspaceBench';
import { benchPublish, publishTable } from './publishBench';
import { benchTyping, floor, typingTable, ylsInstalled, type TypingFigures } from './typingBench';

const ROOT = path.resolve(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const EDITS = 50;
const QUERIES = 20;

interface Row {
  name: string;
  size: string;
  initialize: number;
  open: number;
  editMedian: number;
  editP95: number;
  completion: number;
  hover: number;
  rss: number;
  rssIdle: number;
  floor: number;
}

/** Opens one plan, types 50 characters spread through it, and asks for completion and hover. */
async function benchPlan(name: string, text: string): Promise<Row> {
  const folder = mkdtempSync(path.join(tmpdir(), 'jalon-bench-'));
  const file = path.join(folder, 'plan.plan.yaml');
  writeFileSync(file, text);
  const uri = URI.file(file).toString();
  const session = new LspSession(SERVER);
  const initialize = await timed(() => session.initialize(null));
  const open = await timed(async () => {
    await session.open(uri, text);
    await session.diagnosticsFor(uri, 1);
  });
  // Edits at the end of titles spread through the file (typing a letter), each waited for.
  let current = text;
  const titleEnds = [...text.matchAll(/^\s+(?:- )?title: [^\n"{}]*$/gm)].map((m) => m.index! + m[0].length);
  const edits: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const original = titleEnds[Math.floor((i / EDITS) * titleEnds.length)];
    const offset = original + i; // each earlier edit added one character before it
    const position = new LineIndex(current).positionAt(offset);
    current = current.slice(0, offset) + 'x' + current.slice(offset);
    const version = i + 2;
    edits.push(
      await timed(async () => {
        await session.change(uri, version, [{ range: { start: position, end: position }, text: 'x' }]);
        await session.diagnosticsFor(uri, version);
      }),
    );
  }
  const lines = new LineIndex(current);
  const contributes = current.indexOf('contributes_to: [');
  const completionAt = lines.positionAt(contributes + 'contributes_to: ['.length);
  const completions: number[] = [];
  for (let i = 0; i < QUERIES; i++) {
    completions.push(
      await timed(() =>
        session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: completionAt }),
      ),
    );
  }
  const hoverAt = lines.positionAt(contributes + 'contributes_to: ['.length + 1);
  const hovers: number[] = [];
  for (let i = 0; i < QUERIES; i++) {
    hovers.push(
      await timed(() =>
        session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: hoverAt }),
      ),
    );
  }
  const rss = session.rssMb();
  // Memory once the author has paused (the server collects garbage after half a second idle).
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const rssIdle = session.rssMb();
  await session.close();
  return {
    rssIdle,
    name,
    size: `${(text.length / 1024).toFixed(0)} KB`,
    initialize,
    open,
    editMedian: median(edits),
    editP95: p95(edits),
    completion: median(completions),
    hover: median(hovers),
    rss,
    floor: floor(text),
  };
}

/** A workspace of 50 plan files (10 plans: a root and 4 parts each): time until every file is checked. */
async function benchWorkspace(): Promise<{ files: number; indexed: number; rss: number }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'jalon-bench-ws-'));
  let files = 0;
  for (let p = 0; p < 10; p++) {
    const id = `plan-${p}`;
    mkdirSync(path.join(folder, id));
    writeFileSync(path.join(folder, id, 'root.plan.yaml'), generatePlan({ actions: 60, id, seed: p + 1 }));
    files++;
    for (let k = 0; k < 4; k++) {
      const part =
        [
          `part_of: ${id}`,
          'axis: axis-0',
          'objectives:',
          ...Array.from({ length: 4 }, (_, o) => [
            `  - id: part-${k}-obj-${o}`,
            `    title: Objectif de la partie ${k} numéro ${o}`,
            '    indicators: [ind-0]',
            '    owner: owner-1',
            '    actions:',
            ...Array.from(
              { length: 5 },
              (_, a) =>
                `      - { id: part-${k}-act-${o}-${a}, title: Action ${a} de la partie, start: ${2026 + a}, end: ${2026 + a} }`,
            ),
          ]).flat(),
        ].join('\n') + '\n';
      writeFileSync(path.join(folder, id, `part-${k}.plan.yaml`), part);
      files++;
    }
  }
  const session = new LspSession(SERVER);
  const uris = readdirRecursive(folder).map((f) => URI.file(f).toString());
  const indexed = await timed(async () => {
    await session.initialize(URI.file(folder).toString());
    await session.until(() => session.progressEnded && uris.every((u) => session.diagnostics.has(u)));
  });
  const rss = session.rssMb();
  await session.close();
  return { files, indexed, rss };
}

function readdirRecursive(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? readdirRecursive(p) : [p];
  });
}

/** GR-shaped plans of 100 kB, 1 MB and 10 MB typed into, by Jalon and (up to 1 MB) yaml-language-server. */
async function benchShapes(): Promise<string[]> {
  const rows = [];
  for (const [name, size, edits] of [
    ['100 kB', 100_000, 30],
    ['1 MB', 1_000_000, 30],
    ['10 MB', 10_000_000, 15],
  ] as const) {
    const text = generateGrShapedPlan({ size });
    process.stderr.write(`Typing into a GR-shaped ${name} plan…\n`);
    const jalon = await benchTyping('jalon', text, edits);
    let yls: TypingFigures | undefined;
    if (ylsInstalled() && size <= 1_000_000) {
      process.stderr.write(`…and the same with yaml-language-server…\n`);
      yls = await benchTyping('yaml-language-server', text, edits);
    }
    rows.push({ name, size: text.length, floor: floor(text), jalon, yls });
  }
  return typingTable(rows);
}

function diffTable(diff: ReturnType<typeof benchDiff>): string[] {
  return [
    '| jalon diff (goal: under 1 s) | sizes | changes | process (median of 3) | core: parse both sides + diff |',
    '|---|---|---|---|---|',
    `| generated 1 MB plan and an edited copy | ${diff.size} | ${diff.changes} | ${ms(diff.process)} | ${ms(diff.core)} |`,
  ];
}

async function main() {
  // `npm run bench -- --typing`: only the typing runs on GR-shaped plans.
  if (process.argv.includes('--typing')) {
    process.stdout.write(`${(await benchShapes()).join('\n')}\n`);
    return;
  }
  // `npm run bench -- --large-workspace`: only the 1,000-file workspace.
  if (process.argv.includes('--large-workspace')) {
    process.stdout.write(`${largeWorkspaceTable(await benchLargeWorkspace()).join('\n')}\n`);
    return;
  }
  // `npm run bench -- --outputs`: only the commands' outputs (render, diff, dashboard).
  if (process.argv.includes('--outputs')) {
    const lines = [...publishTable(benchPublish()), '', ...diffTable(benchDiff(path.join(ROOT, 'dist', 'cli.js')))];
    process.stdout.write(`${[...lines, '', ...dashboardTable(benchDashboard())].join('\n')}\n`);
    return;
  }
  const rows: Row[] = [];
  process.stderr.write('Benchmarking the GR seed…\n');
  rows.push(
    await benchPlan('GR seed', readFileSync(path.join(ROOT, 'seeds/gustave-roussy-2026-2030.plan.yaml'), 'utf8')),
  );
  process.stderr.write('Benchmarking a generated 1 MB plan…\n');
  rows.push(await benchPlan('generated 1 MB (1,600 actions)', generatePlan({ actions: 1600 })));
  const shapes = await benchShapes();
  process.stderr.write('Benchmarking a 50-file workspace…\n');
  const workspace = await benchWorkspace();
  process.stderr.write('Benchmarking a 1,000-file workspace (100 MB): the server indexing it, then jalon check…\n');
  const large = largeWorkspaceTable(await benchLargeWorkspace());
  process.stderr.write('Benchmarking jalon render of the GR seed (HTML, PDF, Word)…\n');
  const publish = benchPublish();
  process.stderr.write('Benchmarking jalon diff on two 1 MB plans…\n');
  const diff = benchDiff(path.join(ROOT, 'dist', 'cli.js'));
  process.stderr.write('Benchmarking the dashboard of a 1 MB plan with 10 reports…\n');
  const dashboard = dashboardTable(benchDashboard());
  const table = [
    '| plan | size | initialize | open → diagnostics | edit → diagnostics (median / p95) | completion (median) | hover (median) | server RSS (busy / idle) | floor: parse + validate |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.size} | ${ms(r.initialize)} | ${ms(r.open)} | ${ms(r.editMedian)} / ${ms(r.editP95)} | ${ms(r.completion)} | ${ms(r.hover)} | ${r.rss} / ${r.rssIdle} MB | ${ms(r.floor)} |`,
    ),
    '',
    ...shapes,
    '',
    `| workspace | files | indexed (all diagnostics published) | server RSS |`,
    '|---|---|---|---|',
    `| 10 plans, roots and parts | ${workspace.files} | ${ms(workspace.indexed)} | ${workspace.rss} MB |`,
    '',
    ...large,
    '',
    ...publishTable(publish),
    '',
    ...diffTable(diff),
    '',
    ...dashboard,
  ];
  process.stdout.write(
    `${table.join('\n')}\n\n${EDITS} edits, ${QUERIES} completion and hover requests per plan; Node ${process.version}.\n`,
  );
}

void main().catch((error) => {
  process.stderr.write(`bench failed: ${String(error)}\n`);
  process.exit(1);
});
