import assert from 'node:assert/strict';
import { checkSources, type SourceFile } from '../src/core/check';
import type { JalonConfig } from '../src/core/config/config';
import { LineIndex } from '../src/core/text/lineIndex';

/** A finding as tests assert it: 1-based line and column of its range, and its English message. */
export interface Seen {
  file: string;
  rule: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fr: string;
}

/** Checks files (name → text) as one set, as `jalon check` would; returns every finding. */
export function checkFiles(files: Record<string, string>, config?: JalonConfig): Seen[] {
  const sources: SourceFile[] = Object.entries(files).map(([uri, text]) => ({ uri, text }));
  return checkSources(sources, { configFor: () => config }).flatMap(({ file, findings }) =>
    findings.map((f) => {
      const start = file.lineIndex.positionAt(f.range.start);
      const end = file.lineIndex.positionAt(f.range.end);
      return {
        file: file.uri,
        rule: f.ruleId,
        severity: f.severity,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        message: f.message.en,
        fr: f.message.fr,
      };
    }),
  );
}

/** Checks one file named `plan.plan.yaml`. */
export function check(text: string, config?: JalonConfig): Seen[] {
  return checkFiles({ 'plan.plan.yaml': text }, config);
}

/** Only the findings of one rule. */
export function ofRule(findings: Seen[], rule: string): Seen[] {
  return findings.filter((f) => f.rule === rule);
}

/** Checks a root (`root.plan.yaml`) and one part (`part.plan.yaml`) as a workspace: the root sorts first. */
export function withPart(part: string, root = CLEAN_PLAN): Seen[] {
  return checkFiles({ 'root.plan.yaml': root, 'part.plan.yaml': part });
}

/** The single finding of `rule` among `findings` (fails, listing them, if there is not exactly one). */
export function one(findings: Seen[], rule: string): Seen;
/** Exactly one finding of `rule` in the checked `text`, with this severity, at the start of `needle`. */
export function one(text: string, rule: string, severity: string, needle: string, occurrence?: number): Seen;
export function one(checked: Seen[] | string, rule: string, severity?: string, needle?: string, occurrence = 0): Seen {
  const found = ofRule(typeof checked === 'string' ? check(checked) : checked, rule);
  assert.equal(
    found.length,
    1,
    `expected one ${rule}, got ${JSON.stringify(found, null, typeof checked === 'string' ? 2 : 1)}`,
  );
  const [f] = found;
  if (typeof checked === 'string') {
    assert.equal(f.severity, severity);
    assert.deepEqual({ line: f.line, column: f.column }, at(checked, needle!, occurrence));
  }
  return f;
}

/** No finding of `rule` among `findings`, or in the checked `text`. */
export function none(checked: Seen[] | string, rule: string): void {
  assert.deepEqual(ofRule(typeof checked === 'string' ? check(checked) : checked, rule), []);
}

/**
 * Asserts that a finding covers exactly `value`, found inside `context` (the first occurrence
 * of `context` in `text`, on one line): its line, start column and end column.
 */
export function assertCovers(finding: Seen, text: string, context: string, value: string, file?: string): void {
  const p = at(text, context);
  const offset = context.indexOf(value);
  assert.ok(offset >= 0, `${JSON.stringify(value)} is not in ${JSON.stringify(context)}`);
  const expected = {
    line: p.line,
    column: p.column + offset,
    endLine: p.line,
    endColumn: p.column + offset + value.length,
  };
  assert.deepEqual(
    { line: finding.line, column: finding.column, endLine: finding.endLine, endColumn: finding.endColumn },
    expected,
  );
  if (file !== undefined) assert.equal(finding.file, file);
}

/** 1-based line and column where `needle` starts in `text` (its n-th occurrence, from 0). */
export function at(text: string, needle: string, occurrence = 0): { line: number; column: number } {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index === -1) throw new Error(`fixture does not contain ${JSON.stringify(needle)} (occurrence ${occurrence})`);
  }
  const p = new LineIndex(text).positionAt(index);
  return { line: p.line + 1, column: p.character + 1 };
}

/** Replaces exactly one occurrence of `from` (fails loudly if the fixture changed). */
export function edit(text: string, from: string, to: string): string {
  const index = text.indexOf(from);
  if (index === -1 || text.indexOf(from, index + 1) !== -1)
    throw new Error(`fixture must contain ${JSON.stringify(from)} exactly once`);
  return text.slice(0, index) + to + text.slice(index + from.length);
}

/**
 * A complete small plan with no finding at all: every rule's "does not fire" case starts
 * from it, and each "fires" case changes one thing in it.
 */
export const CLEAN_PLAN = `plan:
  id: demo
  title: Demo plan
  institution: Demo hospital
  language: en
  cycle: { start: 2026, end: 2030 }
  horizon: 2040
owners:
  - { id: care, name: Care directorate }
indicators:
  - id: patients
    label: Patients included
    unit: patients
    direction: increase
    baseline: { value: 500, year: 2024 }
    targets:
      - value: 1000
        by: 2030
        quote: "include 1000 patients in 2030"
  - id: funds
    label: Funds raised
    unit: M€
    direction: increase
    measure: annual
    baseline: { value: 40, year: 2024 }
    targets:
      - value: 80
        change: x2
        by: 2030
        quote: "double the funds raised, to 80M€ in 2030"
axes:
  - id: care-axis
    number: 1
    title: Care
    ambitions:
      - id: quality
        title: Quality
        stakes: Why quality matters.
        objectives:
          - id: obj
            title: Objective
            intention: What we intend.
            owner: care
            indicators: [patients, funds]
            actions:
              - id: act-a
                title: Action A
                start: 2026
                end: 2027
                contributes_to: [patients]
              - id: act-b
                title: Action B
                start: 2028
                end: 2029
                depends_on: [act-a]
                contributes_to: [funds]
                milestones:
                  - { title: Step, due: 2028-S2 }
`;
