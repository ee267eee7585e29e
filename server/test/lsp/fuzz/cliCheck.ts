import { execFile } from 'node:child_process';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { ROOT } from '../client';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const SEVERITIES = ['', 'error', 'warning', 'info'];

interface CliFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  ruleId: string;
  message: string;
}

/** A finding as one comparable line: 0-based range, severity, rule, message. */
export function diagnosticKey(d: Diagnostic): string {
  const { start, end } = d.range;
  return `${start.line}:${start.character}-${end.line}:${end.character} ${SEVERITIES[d.severity ?? 1]} ${String(d.code)} ${d.message}`;
}

function findingKey(f: CliFinding): string {
  return `${f.line - 1}:${f.column - 1}-${f.endLine - 1}:${f.endColumn - 1} ${f.severity} ${f.ruleId} ${f.message}`;
}

/** `jalon check --format json` (the built CLI, as a process) on files of `folder`: each file's findings as keys, or why it gave none. */
export function cliFindings(folder: string, names: readonly string[]): Promise<Map<string, string[]> | string> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, 'check', '--format', 'json', '--locale', 'en', ...names],
      { cwd: folder, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : 0;
        if (code > 1) return resolve(`jalon check exited with ${code}: ${stderr.trim().split('\n')[0]}`);
        try {
          const report = JSON.parse(stdout) as { findings: CliFinding[] };
          const byFile = new Map<string, string[]>(names.map((n) => [n, []]));
          for (const f of report.findings)
            byFile.get(path.relative(folder, path.resolve(folder, f.file)))?.push(findingKey(f));
          resolve(byFile);
        } catch {
          resolve(`jalon check printed no report (exit ${code}): ${stderr.trim().split('\n').slice(0, 3).join(' | ')}`);
        }
      },
    );
  });
}

/** What differs between two lists of keys, as `- only in the CLI` / `+ only in the server` lines. */
export function difference(cli: readonly string[], server: readonly string[]): string[] {
  const count = new Map<string, number>();
  for (const k of cli) count.set(k, (count.get(k) ?? 0) + 1);
  for (const k of server) count.set(k, (count.get(k) ?? 0) - 1);
  return [...count].flatMap(([k, n]) => (n > 0 ? [`- (CLI) ${k}`] : n < 0 ? [`+ (server) ${k}`] : []));
}
