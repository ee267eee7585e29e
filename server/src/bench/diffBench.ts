import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { diffPlans, generatePlan, loadSide } from '../core';

export interface DiffRow {
  size: string;
  changes: number;
  /** `jalon diff` as a process, start to exit (Node start-up included). */
  process: number;
  /** Parsing both sides, assembling and diffing, in this process. */
  core: number;
}

/** The generated plan edited here and there: every 40th date postponed, every 50th title rewritten, every 97th target lowered. */
export function editedPlan(text: string): string {
  let n = 0;
  return text
    .replace(/^(\s+end: )2028$/gm, (m, key: string) => (n++ % 40 === 0 ? `${key}2029` : m))
    .replace(/^(\s+(?:- )?title: )(.+)$/gm, (m, key: string, title: string) =>
      n++ % 50 === 0 ? `${key}${title} (revised)` : m,
    )
    .replace(/^(\s+- value: )(\d+)$/gm, (m, key: string, value: string) =>
      n++ % 97 === 0 ? `${key}${Math.floor(Number(value) / 2)}` : m,
    );
}

/** Two 1 MB plans diffed: by the built CLI (median of 3 runs) and by the core alone. */
export function benchDiff(cli: string): DiffRow {
  const base = generatePlan({ actions: 1600 });
  const head = editedPlan(base);
  const folder = mkdtempSync(path.join(tmpdir(), 'jalon-bench-diff-'));
  for (const side of ['base', 'head']) mkdirSync(path.join(folder, side));
  writeFileSync(path.join(folder, 'base', 'plan.plan.yaml'), base);
  writeFileSync(path.join(folder, 'head', 'plan.plan.yaml'), head);
  const runs: number[] = [];
  let changes = 0;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const out = execFileSync(
      process.execPath,
      [cli, 'diff', 'base/plan.plan.yaml', 'head/plan.plan.yaml', '--format', 'json'],
      { cwd: folder, encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    runs.push(performance.now() - start);
    changes = (JSON.parse(out) as { changes: unknown[] }).changes.length;
  }
  const start = performance.now();
  const [before, after] = [base, head].map((text) => loadSide([{ uri: 'plan.plan.yaml', text }]).plans);
  diffPlans(before, after);
  const core = performance.now() - start;
  const mb = (text: string) => (text.length / 1e6).toFixed(2);
  return { size: `${mb(base)} + ${mb(head)} MB`, changes, process: [...runs].sort((a, b) => a - b)[1], core };
}
