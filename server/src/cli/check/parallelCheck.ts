import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { JalonConfig, Locale, SourceFile } from '../../core';
import type { ReportedFinding } from '../report';
import type { CheckWorkerData, LoadedFile, WorkerMessage } from './checkWorker';
import { scannedPlanKey } from './planKeyScan';

/** Below this, one thread is as fast: starting a worker and copying texts cost more than they save. */
const MIN_FILES = 20;
const MIN_BYTES = 2_000_000;

/**
 * How many workers a check of these files gets: `JALON_CHECK_WORKERS` when set (0 or 1: none),
 * else one per core for a large check, none for a small one or when the bundle is not built.
 */
export function workerCount(sources: readonly SourceFile[], env: NodeJS.ProcessEnv, script: string): number {
  if (!script.endsWith('.js')) return 0;
  const forced = env.JALON_CHECK_WORKERS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Number(forced) > 1 ? Number(forced) : 0;
  const bytes = sources.reduce((n, s) => n + s.text.length, 0);
  if (sources.length < MIN_FILES || bytes < MIN_BYTES) return 0;
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, 8) : 0;
}

/** Whole plans per worker (by the plan id each file seems to name), the largest first to the least loaded. */
export function share(sources: readonly SourceFile[], workers: number): SourceFile[][] {
  const groups = new Map<string, SourceFile[]>();
  for (const source of sources) {
    const key = (source.problem ? undefined : scannedPlanKey(source.text)) ?? `\0${source.uri}`;
    const group = groups.get(key);
    if (group) group.push(source);
    else groups.set(key, [source]);
  }
  const size = (group: SourceFile[]) => group.reduce((n, s) => n + s.text.length + 1, 0);
  const shares = Array.from({ length: workers }, () => ({ files: [] as SourceFile[], size: 0 }));
  for (const group of [...groups.values()].sort((a, b) => size(b) - size(a))) {
    const least = shares.reduce((a, b) => (b.size < a.size ? b : a));
    least.files.push(...group);
    least.size += size(group);
  }
  return shares.map((s) => s.files).filter((files) => files.length > 0);
}

/**
 * Whether each worker held whole plans: every file naming a plan id in one worker (a guess of
 * planKeyScan.ts may be wrong), and no part of a plan no file declares (its root is then looked
 * for beside it, which the one-thread check does). Else the files are checked in one thread.
 */
export function heldWholePlans(loaded: readonly (readonly LoadedFile[])[]): boolean {
  const workerOf = new Map<string, number>();
  for (const [worker, files] of loaded.entries())
    for (const file of files) {
      if (file.key === undefined) continue;
      if ((workerOf.get(file.key) ?? worker) !== worker) return false;
      workerOf.set(file.key, worker);
    }
  const roots = new Set(loaded.flat().flatMap((f) => (f.kind === 'root' && f.key !== undefined ? [f.key] : [])));
  return !loaded.flat().some((f) => f.kind === 'part' && f.key !== undefined && !roots.has(f.key));
}

interface Running {
  worker: Worker;
  next(): Promise<WorkerMessage>;
}

function start(script: string, data: CheckWorkerData, onProgress: () => void): Running {
  const worker = new Worker(script, { workerData: data });
  const queue: WorkerMessage[] = [];
  const waiting: { resolve: (m: WorkerMessage) => void; reject: (e: unknown) => void }[] = [];
  let failure: unknown;
  worker.on('message', (message: WorkerMessage) => {
    if (message.type === 'progress') return onProgress();
    const waiter = waiting.shift();
    if (waiter) waiter.resolve(message);
    else queue.push(message);
  });
  const fail = (error: unknown) => {
    failure ??= error;
    for (const waiter of waiting.splice(0)) waiter.reject(failure);
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`a check worker exited (${code})`)));
  return {
    worker,
    next: () =>
      queue.length > 0
        ? Promise.resolve(queue.shift()!)
        : failure
          ? Promise.reject(failure)
          : new Promise((resolve, reject) => waiting.push({ resolve, reject })),
  };
}

/**
 * Checks the files in `workers` threads, each holding whole plans; the findings are those of
 * one thread, file by file. Undefined when the files must be checked in one thread after all
 * (see heldWholePlans), or a worker failed: the caller then checks them itself.
 */
export async function checkInWorkers(
  sources: readonly SourceFile[],
  configFor: (uri: string) => JalonConfig | undefined,
  pathOf: (uri: string) => string,
  locale: Locale,
  workers: number,
  script: string,
  onProgress: (done: number, total: number) => void,
): Promise<Map<string, ReportedFinding[]> | undefined> {
  let done = 0;
  const step = () => onProgress(++done, 2 * sources.length);
  const running = share(sources, workers).map((files) =>
    start(
      script,
      {
        jalonCheckWorker: true,
        sources: files,
        configs: files.map((f) => [f.uri, configFor(f.uri)]),
        paths: files.map((f) => [f.uri, pathOf(f.uri)]),
        locale,
      },
      step,
    ),
  );
  try {
    const checked = await Promise.all(
      running.map(async (r) => (await r.next()) as Extract<WorkerMessage, { type: 'checked' }>),
    );
    if (!heldWholePlans(checked.map((m) => m.files))) return undefined;
    return new Map(checked.flatMap((m) => m.findings));
  } catch {
    return undefined;
  } finally {
    await Promise.all(running.map((r) => r.worker.terminate()));
  }
}
