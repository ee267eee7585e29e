import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { ProbeFileDiagnostics } from '../probe/src/protocol';
import type { ProblemCounts } from './workbench';

/** One finding of `jalon check --format json` (1-based lines and columns). */
interface CliFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'info';
  ruleId: string;
  message: string;
}

/**
 * A finding as one comparable line, `path:line:col-endLine:endCol severity rule message`
 * (1-based), the same whether it comes from the CLI or from VS Code's diagnostics.
 */
export type FindingLine = string;

/** What `jalon check` reports on `folder`, in English (code-server's display language). */
export function jalonCheck(cli: string, folder: string): { lines: FindingLine[]; counts: ProblemCounts } {
  const result = spawnSync(
    process.execPath,
    [cli, 'check', '--format', 'json', '--locale', 'en', '--fail-on', 'error', '.'],
    {
      cwd: folder,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.status !== 0 && result.status !== 1)
    throw new Error(`jalon check failed (exit ${result.status}): ${result.stderr}`);
  const report = JSON.parse(result.stdout) as { findings: CliFinding[] };
  const lines = report.findings.map(
    (f) =>
      `${resolve(folder, f.file)}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.ruleId} ${f.message}`,
  );
  const count = (severity: CliFinding['severity']) => report.findings.filter((f) => f.severity === severity).length;
  return { lines: lines.sort(), counts: { errors: count('error'), warnings: count('warning'), infos: count('info') } };
}

/** VS Code's diagnostics (as the probe reads them) in the same form. */
export function diagnosticLines(files: ProbeFileDiagnostics[]): FindingLine[] {
  return files
    .flatMap((file) =>
      file.diagnostics.map(
        (d) =>
          `${file.path}:${d.line + 1}:${d.character + 1}-${d.endLine + 1}:${d.endCharacter + 1} ${d.severity} ${d.code ?? ''} ${d.message}`,
      ),
    )
    .sort();
}
