import type { Finding } from '../rules/finding';
import type { LineIndex } from '../text/lineIndex';

/** Rules silenced in a file by comments; `all` when a comment names no rule. */
export interface Suppressions {
  file: Set<string> | 'all';
  /** 0-based line → rules silenced on it. */
  lines: Map<number, Set<string> | 'all'>;
}

const DIRECTIVE = /(?:^|\s)#\s*jalon-disable(-next-line)?(?=\s|$)(.*)$/;

function merge(current: Set<string> | 'all' | undefined, rules: string[]): Set<string> | 'all' {
  if (current === 'all' || rules.length === 0) return 'all';
  return new Set([...(current ?? []), ...rules]);
}

/** Reads `# jalon-disable-next-line <rule>...` and `# jalon-disable <rule>...` comments. */
export function readSuppressions(lineIndex: LineIndex): Suppressions {
  const result: Suppressions = { file: new Set(), lines: new Map() };
  if (!lineIndex.text.includes('jalon-disable')) return result;
  for (let line = 0; line < lineIndex.lineCount; line++) {
    const text = lineIndex.lineText(line);
    if (!text.includes('jalon-disable')) continue;
    const match = DIRECTIVE.exec(text);
    if (!match) continue;
    const rules = match[2]
      .replace(/\s+--.*$/, '')
      .split(/[\s,]+/)
      .filter(Boolean);
    if (match[1]) result.lines.set(line + 1, merge(result.lines.get(line + 1), rules));
    else result.file = merge(result.file, rules);
  }
  return result;
}

function silences(set: Set<string> | 'all' | undefined, ruleId: string): boolean {
  return set === 'all' || (set !== undefined && set.has(ruleId));
}

export function isSuppressed(finding: Finding, suppressions: Suppressions, lineIndex: LineIndex): boolean {
  if (silences(suppressions.file, finding.ruleId)) return true;
  return silences(suppressions.lines.get(lineIndex.positionAt(finding.range.start).line), finding.ruleId);
}
