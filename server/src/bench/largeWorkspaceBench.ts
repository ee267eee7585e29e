// The 1,000-file workspace of issue #11: 100 plans, each a GR-shaped root of 100 kB and nine
// parts of about as much (objectives under its first axis), 100 MB in all. Timed as the server
// indexes it (progress, every file's diagnostics published, hover answered on an open file
// meanwhile) and as `jalon check` checks it (the CLI as a process).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { generateGrShapedPlan } from '../core';
import { LspSession } from './lspSession';
import { peakRssMb } from './processMemory';
import { median } from './stats';

const ROOT = path.resolve(__dirname, '../../..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const CLI = path.join(ROOT, 'dist', 'cli.js');

export interface LargeWorkspaceFigures {
  files: number;
  megabytes: number;
  indexed: number;
  serverRss: number;
  hoverMedian: number;
  hoverMax: number;
  check: number;
  checkRss: number;
}

/** A part of plan `id`: the objectives of another generated plan, their ids made the part's own. */
function partText(id: string, part: number, seed: number): string {
  const lines: string[] = [];
  let inside = false;
  for (const line of generateGrShapedPlan({ size: 100_000, seed }).split('\n')) {
    if (line === '        objectives:') inside = true;
    else if (/^ {0,8}\S/.test(line)) inside = false;
    else if (inside) lines.push(line.slice(6).replace(/\b(obj|act)-(\d+)/g, `$1-p${part}-$2`));
  }
  return `part_of: ${id}\naxis: axe-0\nobjectives:\n${lines.join('\n')}\n`;
}

/** Writes the workspace; returns its files. */
export function writeLargeWorkspace(folder: string, plans = 100, partsPerPlan = 9): string[] {
  const files: string[] = [];
  for (let p = 0; p < plans; p++) {
    const id = `plan-${p}`;
    mkdirSync(path.join(folder, id));
    const root = path.join(folder, id, 'root.plan.yaml');
    writeFileSync(root, generateGrShapedPlan({ size: 100_000, seed: p + 1 }).replace('id: plan-forme-gr', `id: ${id}`));
    files.push(root);
    for (let k = 0; k < partsPerPlan; k++) {
      const part = path.join(folder, id, `part-${k}.plan.yaml`);
      writeFileSync(part, partText(id, k, 1000 + p * 10 + k));
      files.push(part);
    }
  }
  return files;
}

/** The server indexes the folder while the author hovers in one open file, every 250 ms. */
async function indexWhileHovering(folder: string, files: readonly string[]) {
  const session = new LspSession(SERVER);
  const uris = files.map((f) => URI.file(f).toString());
  const start = performance.now();
  await session.initialize(URI.file(folder).toString());
  const open = uris[0];
  await session.open(open, readFileSync(files[0], 'utf8'));
  const hovers: number[] = [];
  let indexed = NaN;
  const done = session
    .until(() => session.progressEnded && uris.every((u) => session.diagnostics.has(u)), 600_000)
    .then(() => (indexed = performance.now() - start));
  while (Number.isNaN(indexed)) {
    const asked = performance.now();
    await session.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: open },
      position: { line: 1, character: 6 },
    });
    hovers.push(performance.now() - asked);
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 250))]);
  }
  const serverRss = session.rssMb();
  await session.close();
  return { indexed, serverRss, hoverMedian: median(hovers), hoverMax: Math.max(...hovers) };
}

function checkAsProcess(folder: string): Promise<{ ms: number; rss: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [CLI, 'check', folder, '--format', 'json', '-o', '/dev/null'], {
      stdio: 'ignore',
    });
    const memory = peakRssMb(child.pid!);
    child.on('error', reject);
    child.on('exit', () => resolve({ ms: performance.now() - start, rss: memory.stop() }));
  });
}

export async function benchLargeWorkspace(): Promise<LargeWorkspaceFigures> {
  const folder = mkdtempSync(path.join(tmpdir(), 'jalon-bench-1000-'));
  try {
    const files = writeLargeWorkspace(folder);
    const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
    const server = await indexWhileHovering(folder, files);
    const check = await checkAsProcess(folder);
    return {
      files: files.length,
      megabytes: bytes / 1e6,
      ...server,
      check: check.ms,
      checkRss: check.rss,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '–');

export function largeWorkspaceTable(f: LargeWorkspaceFigures): string[] {
  return [
    '| 1,000-file workspace (goals: indexed ≤ 15 s, `jalon check` ≤ 20 s) | files | size | server: indexed | hover meanwhile (median / max) | server RSS | `jalon check` (process) | CLI peak RSS |',
    '|---|---|---|---|---|---|---|---|',
    `| 100 plans: a GR-shaped root and 9 parts, 100 kB each | ${f.files} | ${f.megabytes.toFixed(0)} MB | ${seconds(f.indexed)} | ${f.hoverMedian.toFixed(1)} / ${f.hoverMax.toFixed(0)} ms | ${f.serverRss} MB | ${seconds(f.check)} | ${f.checkRss} MB |`,
  ];
}
