import type { JalonConfig } from './config/config';
import type { PlanFile } from './model/types';
import type { Finding } from './rules/finding';
import type { LogoReader } from './workspace/logoCheck';
import { PlanWorkspace } from './workspace/planWorkspace';
import type { SourceFile } from './workspace/loadPlanFile';

export type { SourceFile } from './workspace/loadPlanFile';
export { loadPlanFile } from './workspace/loadPlanFile';

export interface CheckedFile {
  file: PlanFile;
  findings: Finding[];
}

export interface CheckOptions {
  /** The configuration that applies to a file (its nearest `jalon.config.yaml`). */
  configFor?: (uri: string) => JalonConfig | undefined;
  /** The host's reader of the logo a plan names (`logo`): without one, the logo is not checked. */
  readLogo?: LogoReader;
  isCancelled?: () => boolean;
  /** Told after each step: a file read (the first half of the steps), then a file's findings gathered. */
  onProgress?: (done: number, total: number) => void;
}

export interface CompletingCheckOptions extends CheckOptions {
  /**
   * The files that complete the plans of parts whose root was not given (found beside them by
   * the host): checked with the others, not reported.
   */
  completePlans: (orphanParts: readonly PlanFile[]) => Promise<SourceFile[]>;
}

/**
 * Checks a set of plan files as the plans they form: each root with the parts that name it.
 * Findings come back per file, in the order the files were given.
 */
export function checkSources(sources: readonly SourceFile[], options: CheckOptions = {}): CheckedFile[] {
  const workspace = workspaceOf(sources, options);
  return findingsOf(workspace, sources, options);
}

/** As checkSources, after asking the host for the roots (and their plans) of parts given alone. */
export async function checkSourcesCompleting(
  sources: readonly SourceFile[],
  options: CompletingCheckOptions,
): Promise<CheckedFile[]> {
  const workspace = workspaceOf(sources, options);
  const orphans = workspace
    .plans()
    .filter((p) => !p.root)
    .flatMap((p) => p.parts.filter((f) => f.kind === 'part' && f.partOf));
  if (orphans.length > 0) {
    for (const source of await options.completePlans(orphans))
      if (!workspace.has(source.uri)) workspace.setFile(source.uri, source.text);
  }
  return findingsOf(workspace, sources, options);
}

function workspaceOf(sources: readonly SourceFile[], options: CheckOptions): PlanWorkspace {
  const workspace = new PlanWorkspace(options.configFor, options.readLogo);
  sources.forEach((source, i) => {
    if (source.problem) workspace.setUnreadable(source.uri, source.problem);
    else workspace.setFile(source.uri, source.text);
    options.onProgress?.(i + 1, 2 * sources.length);
  });
  return workspace;
}

function findingsOf(workspace: PlanWorkspace, sources: readonly SourceFile[], options: CheckOptions): CheckedFile[] {
  return sources.map((s, i) => {
    const findings = workspace.diagnostics(s.uri, options.isCancelled);
    options.onProgress?.(sources.length + i + 1, 2 * sources.length);
    return { file: workspace.file(s.uri)!, findings };
  });
}
