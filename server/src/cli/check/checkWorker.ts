import { parentPort, workerData } from 'node:worker_threads';
import { namedPlanId, PlanWorkspace, type JalonConfig, type Locale, type PlanFile, type SourceFile } from '../../core';
import { readLogoFile } from '../../host/logoFile';
import { placeFinding, type ReportedFinding } from '../report';

/** What a worker of `jalon check` is given: its share of the files, whole plans (as far as planKeyScan.ts guessed). */
export interface CheckWorkerData {
  jalonCheckWorker: true;
  sources: SourceFile[];
  configs: [string, JalonConfig | undefined][];
  /** Each file's path on disk, which its plan's logo is read beside. */
  paths: [string, string][];
  locale: Locale;
}

/** A file as its parse found it: its kind and the plan id it names (what planKeyScan.ts guessed). */
export interface LoadedFile {
  uri: string;
  kind: PlanFile['kind'];
  key?: string;
}

export type WorkerMessage =
  { type: 'progress' } | { type: 'checked'; files: LoadedFile[]; findings: [string, ReportedFinding[]][] };

export function isCheckWorker(data: unknown): data is CheckWorkerData {
  return typeof data === 'object' && data !== null && (data as CheckWorkerData).jalonCheckWorker === true;
}

/** A worker's side: checks its files as one thread would, and says what each names (for the main thread to confirm the share). */
export function runCheckWorker(): void {
  const data = workerData as CheckWorkerData;
  const post = (message: WorkerMessage) => parentPort!.postMessage(message);
  const configs = new Map(data.configs);
  const paths = new Map(data.paths);
  const workspace = new PlanWorkspace(
    (uri) => configs.get(uri),
    (uri, logo) => readLogoFile(paths.get(uri)!, logo),
  );
  const files: LoadedFile[] = [];
  for (const source of data.sources) {
    if (source.problem) workspace.setUnreadable(source.uri, source.problem);
    else workspace.setFile(source.uri, source.text);
    const file = workspace.file(source.uri)!;
    files.push({ uri: source.uri, kind: file.kind, key: namedPlanId(file) });
    post({ type: 'progress' });
  }
  const findings: [string, ReportedFinding[]][] = [];
  for (const source of data.sources) {
    const file = workspace.file(source.uri)!;
    // Plain objects only cross to the main thread: ranges copied, fixes left (no report prints them).
    const placed = workspace
      .diagnostics(source.uri)
      .map(({ fixes: _fixes, ...finding }) =>
        placeFinding(
          file.uri,
          { ...finding, range: { start: finding.range.start, end: finding.range.end } },
          file.lineIndex,
          data.locale,
        ),
      );
    findings.push([source.uri, placed]);
    post({ type: 'progress' });
  }
  post({ type: 'checked', files, findings });
}
