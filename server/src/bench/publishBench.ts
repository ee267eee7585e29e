// The GR seed rendered by the built CLI as a user runs it (`jalon render --format …`), wall
// clock per format against the targets of issue 9. `tsx server/src/bench/publishBench.ts`
// runs it alone (after `npm run build`); `npm run bench` adds it to its table.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'jalon.js');
const SEED = path.join(ROOT, 'seeds', 'gustave-roussy-2026-2030.plan.yaml');

export interface PublishRow {
  format: 'html' | 'pdf' | 'docx';
  target: number;
  /** Milliseconds, or the reason it did not run (no browser). */
  time: number | string;
}

const TARGETS = { html: 300, pdf: 10_000, docx: 2_000 } as const;

/** The median of three runs of `jalon render gr.plan.yaml --format <format>` (process start included). */
export function benchPublish(): PublishRow[] {
  const folder = mkdtempSync(path.join(tmpdir(), 'jalon-bench-publish-'));
  copyFileSync(SEED, path.join(folder, 'gr.plan.yaml'));
  return (Object.keys(TARGETS) as (keyof typeof TARGETS)[]).map((format) => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const run = spawnSync(
        process.execPath,
        [BIN, 'render', 'gr.plan.yaml', '--format', format, '-o', `gr.${format}`],
        { cwd: folder, encoding: 'utf8' },
      );
      if (run.status !== 0)
        return { format, target: TARGETS[format], time: run.stderr.trim().split('\n')[0] ?? `exit ${run.status}` };
      times.push(performance.now() - start);
    }
    return { format, target: TARGETS[format], time: times.sort((a, b) => a - b)[1] };
  });
}

export function publishTable(rows: readonly PublishRow[]): string[] {
  return [
    '| GR seed → | time (median of 3, process included) | target |',
    '|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.format.toUpperCase()} | ${typeof r.time === 'number' ? `${r.time.toFixed(0)} ms` : r.time} | < ${r.target} ms |`,
    ),
  ];
}

if (require.main === module) process.stdout.write(`${publishTable(benchPublish()).join('\n')}\n`);
