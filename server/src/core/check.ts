import type { JalonConfig } from './config/config';
import type { PlanFile } from './model/types';
import type { Finding } from './rules/finding';
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
  isCancelled?: () => boolean;
  /**
   * The files that complete the plans of parts whose root was not given (found beside them):
   * checked with the others, not reported.
   */
  completePlans?: (orphanParts: readonly PlanFile[]) => SourceFile[];
}

/**
 * Checks a set of plan files as the plans they form: each root with the parts that name it.
 * Findings come back per file, in the order the files were given.
 */
export function checkSources(sources: readonly SourceFile[], options: CheckOptions = {}): CheckedFile[] {
  const workspace = new PlanWorkspace(options.configFor);
  for (const source of sources) workspace.setFile(source.uri, source.text);
  if (options.completePlans) {
    const orphans = workspace.plans().filter((p) => !p.root).flatMap((p) => p.parts.filter((f) => f.kind === 'part' && f.partOf));
    if (orphans.length > 0) for (const source of options.completePlans(orphans)) if (!workspace.has(source.uri)) workspace.setFile(source.uri, source.text);
  }
  return sources.map((s) => ({ file: workspace.file(s.uri)!, findings: workspace.diagnostics(s.uri, options.isCancelled) }));
}
