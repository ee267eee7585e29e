// `npm run hostile [-- --only name,name]`: the hostile inputs of issue #12, each through the CLI
// (as a process) and the server (over stdio), against the targets: each case within 5 s and
// 500 MB, and the server answering a request on another document within 1 s afterwards. A
// harness, not a test: it prints a table and exits 1 when a case fails.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { generatePlan } from '../core';
import { LspSession } from './lspSession';
import { peakRssMb } from './processMemory';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const SERVER = path.join(ROOT, 'dist', 'server.js');

const LIMIT_MS = 5000;
const LIMIT_MB = 500;
const OTHER_LIMIT_MS = 1000;
/** A case still running after this long, or above this memory, is stopped (the machine is shared). */
const GIVE_UP_MS = 30_000;
const GIVE_UP_MB = 1500;

interface Case {
  name: string;
  /** Writes the hostile file (named `case.plan.yaml`) into the folder. */
  write(file: string): void;
  /** The text an editor would open, when it would open the file at all. */
  editorText?(file: string): string;
}

const PLAN_HEAD =
  'plan:\n  id: hostile\n  title: Hostile plan\n  institution: Test\n  cycle: { start: 2026, end: 2030 }\n';

/** A plan whose actions are given as `- { id: ..., title: ..., depends_on: [...] }` lines. */
function planWithActions(lines: string[]): string {
  return `${PLAN_HEAD}axes:\n  - id: ax\n    title: Axis\n    ambitions:\n      - id: am\n        title: Ambition\n        objectives:\n          - id: ob\n            title: Objective\n            actions:\n${lines.map((l) => `              ${l}\n`).join('')}`;
}

function chain(count: number, cycle: boolean): string {
  return planWithActions(
    Array.from({ length: count }, (_, i) => {
      const next = i + 1 < count ? `a${i + 1}` : cycle ? 'a0' : undefined;
      return `- { id: a${i}, title: Action ${i}${next ? `, depends_on: [${next}]` : ''} }`;
    }),
  );
}

function unknownKeys(count: number): string {
  return `${PLAN_HEAD}${Array.from({ length: count }, (_, i) => `unknown_key_${i}: ${i}\n`).join('')}`;
}

/** One mapping of many keys, under `plan:` (the parser's own repeated-key check compared each with every earlier one). */
function nestedKeys(count: number): string {
  const keys = Array.from({ length: count }, (_, i) => `    key_${i}: ${i}\n`).join('');
  return PLAN_HEAD.replace('  cycle:', `  extra:\n${keys}  cycle:`);
}

function aliasBomb(): string {
  const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(97 + i - 1);
    const name = String.fromCharCode(97 + i);
    levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
  }
  return `${PLAN_HEAD}${levels.join('\n')}\n`;
}

const text = (content: string | (() => string)) => (file: string) =>
  writeFileSync(file, typeof content === 'string' ? content : content());
const utf8 = (file: string) => readFileSync(file, 'utf8');

const CASES: Case[] = [
  {
    name: 'title: *Important* plan',
    write: text(`${PLAN_HEAD.replace('title: Hostile plan', 'title: *Important* plan')}`),
    editorText: utf8,
  },
  { name: '<<: *a', write: text(`${PLAN_HEAD}owners:\n  - <<: *a\n    id: care\n`), editorText: utf8 },
  { name: 'alias bomb', write: text(aliasBomb), editorText: utf8 },
  { name: 'depends_on cycle of 10,000', write: text(() => chain(10_000, true)), editorText: utf8 },
  { name: 'depends_on chain of 5,000', write: text(() => chain(5_000, false)), editorText: utf8 },
  { name: '20k unknown top-level keys', write: text(() => unknownKeys(20_000)), editorText: utf8 },
  { name: '100k unknown top-level keys', write: text(() => unknownKeys(100_000)), editorText: utf8 },
  { name: '100k keys in one mapping', write: text(() => nestedKeys(100_000)), editorText: utf8 },
  {
    name: '1 MB id referenced with a typo',
    write: text(() =>
      planWithActions([
        `- { id: ${'x'.repeat(1 << 20)}, title: Long }`,
        `- { id: b, title: B, depends_on: [${'x'.repeat((1 << 20) - 1)}y] }`,
      ]),
    ),
    editorText: utf8,
  },
  { name: 'symlink to /dev/zero', write: (file) => symlinkSync('/dev/zero', file) },
  {
    name: '50,000-deep flow sequence',
    write: text(() => `${PLAN_HEAD}deep: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`),
    editorText: utf8,
  },
  { name: 'file over 10 MB', write: text(() => generatePlan({ actions: 18_000, id: 'hostile' })), editorText: utf8 },
  {
    name: 'binary',
    write: (file) => writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))),
  },
  {
    name: 'UTF-16 with BOM',
    write: (file) => writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAN_HEAD, 'utf16le')])),
    editorText: () => PLAN_HEAD,
  },
  {
    name: 'invalid UTF-8',
    write: (file) =>
      writeFileSync(file, Buffer.concat([Buffer.from(PLAN_HEAD), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x0a])])),
    editorText: utf8,
  },
];

/** Peak memory of a process, which is killed past GIVE_UP_MB. */
function watchMemory(pid: number, kill: () => void): { peak(): number; stop(): void } {
  return peakRssMb(pid, GIVE_UP_MB, kill);
}

interface Measure {
  ms: number;
  mb: number;
  /** Why the case did not finish (timed out, killed, crashed), if it did not. */
  failure?: string;
}

function runCli(folder: string): Promise<Measure & { exit: number | null; output: string }> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [CLI, 'check', '--locale', 'en', 'case.plan.yaml'], {
      cwd: folder,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let failure: string | undefined;
    const collect = (chunk: Buffer) => {
      if (output.length < 4000) output += chunk.toString();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const memory = watchMemory(child.pid!, () => {
      failure = `killed above ${GIVE_UP_MB} MB`;
      child.kill('SIGKILL');
    });
    const timer = setTimeout(() => {
      failure = `no answer in ${GIVE_UP_MS / 1000} s`;
      child.kill('SIGKILL');
    }, GIVE_UP_MS);
    child.on('exit', (code) => {
      clearTimeout(timer);
      memory.stop();
      resolve({
        ms: Date.now() - started,
        mb: memory.peak(),
        exit: code,
        output,
        failure: failure ?? (/\n\s+at /.test(output) ? 'printed a stack trace' : undefined),
      });
    });
  });
}

interface ServerMeasure extends Measure {
  otherMs?: number;
  /** The rules of the case file's diagnostics (`internal/check-failed` when its check threw). */
  rules?: string;
}

/** `yaml/syntax ×3, schema/required`: the rules of a file's diagnostics, by count. */
function rulesOf(codes: readonly unknown[]): string {
  const counts = new Map<string, number>();
  for (const code of codes) counts.set(String(code), (counts.get(String(code)) ?? 0) + 1);
  return (
    [...counts]
      .slice(0, 2)
      .map(([code, n]) => (n > 1 ? `${code} ×${n}` : code))
      .join(', ') + (counts.size > 2 ? ', …' : '') || 'none'
  );
}

async function runServer(folder: string, hostile: Case): Promise<ServerMeasure> {
  const session = new LspSession(SERVER);
  let failure: string | undefined;
  const memory = watchMemory(session.process.pid!, () => {
    failure = `killed above ${GIVE_UP_MB} MB`;
    session.process.kill('SIGKILL');
  });
  const file = path.join(folder, 'case.plan.yaml');
  const uri = URI.file(file).toString();
  const other = URI.file(path.join(folder, 'other.plan.yaml')).toString();
  let started = Date.now();
  let deadline: NodeJS.Timeout | undefined;
  try {
    // Every step races the server's exit and one deadline for the whole case.
    const stopped = new Promise<never>((_, reject) => {
      session.process.once('exit', (code) => reject(new Error(failure ?? `the server exited (${code})`)));
      deadline = setTimeout(() => reject(new Error(`no answer in ${GIVE_UP_MS / 1000} s`)), GIVE_UP_MS);
    });
    const within = <T>(work: Promise<T>) => Promise.race([work, stopped]);
    await within(session.initialize(URI.file(folder).toString()));
    // From here on: the server has started (its start-up is not the case's).
    started = Date.now();
    // The workspace is read from disk first (the symlink, the binary file: editors would not open them).
    await within(session.until(() => session.progressEnded));
    if (hostile.editorText) {
      await within(session.open(uri, hostile.editorText(file)));
      await within(session.diagnosticsFor(uri, 1));
    }
    const ms = Date.now() - started;
    await within(session.open(other, readFileSync(path.join(folder, 'other.plan.yaml'), 'utf8')));
    await within(session.diagnosticsFor(other, 1));
    const asked = Date.now();
    await within(
      session.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: other },
        position: { line: 1, character: 6 },
      }),
    );
    const rules = rulesOf(session.diagnostics.get(uri)?.diagnostics.map((d) => d.code) ?? []);
    return { ms, mb: memory.peak(), otherMs: Date.now() - asked, rules };
  } catch (error) {
    return {
      ms: Date.now() - started,
      mb: memory.peak(),
      failure: failure ?? (error instanceof Error ? error.message : String(error)),
    };
  } finally {
    clearTimeout(deadline);
    memory.stop();
    await Promise.race([session.close(), new Promise((resolve) => setTimeout(resolve, 2000))]);
    session.process.kill('SIGKILL');
  }
}

/** What misses the targets: why it did not finish, the time, the memory, the answer on the other document. */
function misses(who: string, m: Measure, otherMs?: number): string[] {
  if (m.failure) return [`${who}: ${m.failure}`];
  return [
    m.ms > LIMIT_MS && `${who} ${m.ms} ms > ${LIMIT_MS / 1000} s`,
    m.mb > LIMIT_MB && `${who} ${m.mb} MB > ${LIMIT_MB} MB`,
    otherMs !== undefined && otherMs > OTHER_LIMIT_MS && `other document ${otherMs} ms > ${OTHER_LIMIT_MS / 1000} s`,
  ].filter((x): x is string => typeof x === 'string');
}

const COLUMNS: [string, number][] = [
  ['case', 31],
  ['CLI', 9],
  ['CLI MB', 6],
  ['exit', 4],
  ['server', 9],
  ['srv MB', 6],
  ['other doc', 9],
  ['server finds', 34],
  ['result', 6],
  ['why', 0],
];

/** One row of the table, printed as soon as its case is done (a long run shows its progress). */
function printRow(cells: string[]): void {
  process.stdout.write(
    `${cells
      .map((cell, i) => cell.padEnd(COLUMNS[i][1]))
      .join('  ')
      .trimEnd()}\n`,
  );
}

async function main(): Promise<void> {
  const only = process.argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const cases = only ? CASES.filter((c) => only.some((o) => c.name.includes(o))) : CASES;
  printRow(COLUMNS.map(([name]) => name));
  printRow(COLUMNS.map(([, width]) => '-'.repeat(Math.max(width, 3))));
  let failed = 0;
  for (const hostile of cases) {
    const folder = mkdtempSync(path.join(tmpdir(), 'jalon-hostile-'));
    hostile.write(path.join(folder, 'case.plan.yaml'));
    writeFileSync(path.join(folder, 'other.plan.yaml'), generatePlan({ actions: 10, id: 'other' }));
    const cli = await runCli(folder);
    const server = await runServer(folder, hostile);
    const why = [...misses('CLI', cli), ...misses('server', server, server.otherMs)].join('; ');
    const pass = why === '';
    if (!pass) failed++;
    printRow([
      hostile.name,
      `${cli.ms} ms`,
      String(cli.mb),
      String(cli.exit ?? '-'),
      `${server.ms} ms`,
      String(server.mb),
      server.otherMs === undefined ? '-' : `${server.otherMs} ms`,
      server.rules ?? '-',
      pass ? 'PASS' : 'FAIL',
      why,
    ]);
    rmSync(folder, { recursive: true, force: true });
  }
  process.stdout.write(
    `\nTargets: each case ≤ ${LIMIT_MS / 1000} s and ≤ ${LIMIT_MB} MB (CLI and server), the other document answered ≤ ${OTHER_LIMIT_MS / 1000} s. ${failed} of ${cases.length} cases fail.\n`,
  );
  process.exit(failed > 0 ? 1 : 0);
}

void main();
