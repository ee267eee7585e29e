// The dashboard of a generated 1 MB plan followed by 10 progress reports (one per semester of its
// cycle, each updating every action, milestone, indicator and objective), against the goal of
// issue 10: under 1 s. `tsx server/src/bench/dashboardBench.ts` runs it alone (after `npm run
// build`); `npm run bench` adds it to its table.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generatePlan, PlanWorkspace, renderDashboard } from '../core';

const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin', 'jalon.js');
const PLAN_ID = 'bench-dashboard';
const ACTIONS = 1600;
const REPORTS = 10;

export interface DashboardRow {
  size: string;
  /** The reports' entries, all together. */
  entries: number;
  /** `jalon render --dashboard` as a process, start to exit (median of 3). */
  process: number | string;
  /** Parsing the plan and its reports, assembling, computing and rendering the dashboard, in this process (median of 3). */
  core: number;
  /** Rendering alone, on the assembled plan (median of 5). */
  render: number;
}

/** Report n of the cycle (0-based): every action, milestone, indicator and objective a little further. */
export function benchReport(plan: string, n: number): string {
  const year = 2026 + Math.floor(n / 2);
  const asOf = `${year}-${n % 2 === 0 ? '06' : '12'}`;
  const lines = [`report_of: ${PLAN_ID}`, `as_of: ${asOf}`, `title: Bilan ${n + 1}`, 'actions:'];
  const ids = (pattern: RegExp) => [...plan.matchAll(pattern)].map((m) => m[1]);
  const actions = ids(/^ {14}- id: (act-\d+)$/gm);
  actions.forEach((id, i) => {
    const progress = Math.min(100, (n + 1) * 10 + (i % 7));
    const status = progress >= 100 ? 'done' : i % 11 === n % 11 ? 'delayed' : 'in-progress';
    lines.push(
      `  ${id}: { status: ${status}, progress: ${progress}${i % 5 === 0 ? `, note: Point ${n + 1} de ${id}.` : ''} }`,
    );
  });
  lines.push('milestones:');
  for (const id of actions.filter((_, i) => i % 5 === 0))
    lines.push(`  ${id}#1: { status: ${n > 2 ? 'done' : 'planned'} }`);
  lines.push('indicators:');
  for (const id of new Set(ids(/^ {2}- id: (ind-\d+)$/gm))) lines.push(`  ${id}: { value: ${20 + n * 3} }`);
  lines.push('objectives:');
  for (const id of ids(/^ {10}- id: (obj-\d+)$/gm)) lines.push(`  ${id}: { note: Bilan ${n + 1} de ${id}. }`);
  return `${lines.join('\n')}\n`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function benchDashboard(): DashboardRow {
  const plan = generatePlan({ actions: ACTIONS, id: PLAN_ID });
  const reports = Array.from({ length: REPORTS }, (_, n) => benchReport(plan, n));
  const folder = mkdtempSync(path.join(tmpdir(), 'jalon-bench-dashboard-'));
  writeFileSync(path.join(folder, 'plan.plan.yaml'), plan);
  reports.forEach((text, n) => writeFileSync(path.join(folder, `${String(n + 1).padStart(2, '0')}.report.yaml`), text));

  const cores: number[] = [];
  let assembled: ReturnType<PlanWorkspace['planOf']>;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const workspace = new PlanWorkspace();
    workspace.setFile('plan.plan.yaml', plan);
    reports.forEach((text, n) => workspace.setFile(`${n + 1}.report.yaml`, text));
    assembled = workspace.planOf('plan.plan.yaml')!;
    renderDashboard(assembled, 'fr');
    cores.push(performance.now() - start);
  }
  const renders: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    renderDashboard(assembled!, 'fr');
    renders.push(performance.now() - start);
  }
  const runs: number[] = [];
  let failure: string | undefined;
  for (let i = 0; i < 3 && !failure; i++) {
    const start = performance.now();
    const run = spawnSync(
      process.execPath,
      [BIN, 'render', 'plan.plan.yaml', '--dashboard', '-o', 'plan-dashboard.html'],
      {
        cwd: folder,
        encoding: 'utf8',
      },
    );
    if (run.status !== 0) failure = run.stderr.trim().split('\n')[0] ?? `exit ${run.status}`;
    runs.push(performance.now() - start);
  }
  const mb = (n: number) => (n / 1e6).toFixed(2);
  return {
    size: `${mb(plan.length)} MB + ${REPORTS} reports (${mb(reports.reduce((s, r) => s + r.length, 0))} MB)`,
    entries: assembled!.reports.reduce(
      (s, r) => s + r.actions.length + r.milestones.length + r.indicators.length + r.objectives.length,
      0,
    ),
    process: failure ?? median(runs),
    core: median(cores),
    render: median(renders),
  };
}

export function dashboardTable(row: DashboardRow): string[] {
  const ms = (v: number | string) => (typeof v === 'number' ? `${v.toFixed(0)} ms` : v);
  return [
    '| dashboard (goal: under 1 s) | sizes | report entries | jalon render --dashboard (median of 3, process included) | core: parse + assemble + render (median of 3) | render alone (median of 5) |',
    '|---|---|---|---|---|---|',
    `| generated 1 MB plan, 10 reports | ${row.size} | ${row.entries} | ${ms(row.process)} | ${ms(row.core)} | ${ms(row.render)} |`,
  ];
}

if (require.main === module) process.stdout.write(`${dashboardTable(benchDashboard()).join('\n')}\n`);
