import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { quickFixes } from '../../src/core/features/codeActions/quickFixes';
import type { QuickFix } from '../../src/core/features/codeActions/quickFix';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';

// Quick fixes as golden files (server/test/fixtures/quickfix/): `NAME.before.yaml` is a plan
// with one marker, a comment line under the finding's line whose `^` stands under the
// finding's first character and names the rule and the fix's English title:
//
//         indicators: [patient, funds]
//   #                  ^ ref/unknown: Change to 'patients'
//
// The marker is taken out, the fix applied, and the text must equal `NAME.after.yaml`.
// `npm run test:update-golden` rewrites the after files from what the fixes now do: review
// their diff before committing it.

const DIR = path.resolve(__dirname, '../fixtures/quickfix');
const UPDATE = process.argv.includes('--update-golden');
const URI = 'plan.plan.yaml';
const MARKER = /^#( *)\^ ([a-z-]+\/[a-z-]+): (.+)$/;

interface Golden {
  /** The plan without its marker. */
  text: string;
  rule: string;
  title: string;
  /** Where the finding starts, in offsets of `text`. */
  offset: number;
}

function readGolden(before: string): Golden {
  const lines = before.split('\n');
  const at = lines.findIndex((l) => MARKER.test(l));
  assert.ok(at > 0, 'a marker line (`#   ^ rule: title`) under the line of the finding');
  assert.equal(lines.filter((l) => MARKER.test(l)).length, 1, 'one marker per golden file');
  const [, pad, rule, title] = MARKER.exec(lines[at])!;
  const kept = [...lines.slice(0, at), ...lines.slice(at + 1)];
  const lineStart = kept.slice(0, at - 1).reduce((n, l) => n + l.length + 1, 0);
  return { text: kept.join('\n'), rule, title, offset: lineStart + 1 + pad.length };
}

function workspaceOf(text: string): PlanWorkspace {
  const workspace = new PlanWorkspace();
  workspace.setFile(URI, text);
  return workspace;
}

/** The fix titled as the marker says, for the finding of its rule that starts at the caret. */
function markedFix(golden: Golden): QuickFix {
  const workspace = workspaceOf(golden.text);
  const findings = workspace.diagnostics(URI).filter((f) => f.ruleId === golden.rule);
  const finding = findings.find((f) => f.range.start === golden.offset);
  const starts = findings.map((f) => JSON.stringify(golden.text.slice(f.range.start, f.range.start + 12)));
  assert.ok(finding, `no ${golden.rule} finding at the caret; it has some at ${starts.join(', ') || 'no place'}`);
  const fixes = quickFixes({ plan: workspace.planOf(URI)!, file: workspace.file(URI)!, finding });
  const fix = fixes.find((f) => f.title.en === golden.title);
  assert.ok(fix, `no fix titled "${golden.title}"; offered: ${fixes.map((f) => `"${f.title.en}"`).join(', ')}`);
  return fix;
}

/** The text once the fix's edits are applied (last edit first, so that offsets stay right). */
function applied(text: string, fix: QuickFix): string {
  const edits = [...fix.edits].sort((a, b) => b.range.start - a.range.start);
  assert.ok(
    edits.every((e) => e.uri === URI),
    'a golden fix edits its own file',
  );
  return edits.reduce((out, e) => out.slice(0, e.range.start) + e.newText + out.slice(e.range.end), text);
}

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.before.yaml'))
  .map((f) => f.slice(0, -'.before.yaml'.length))
  .sort();

describe('quick fixes: golden files', () => {
  test('there are golden files, each with its after file', () => {
    assert.ok(names.length >= 8, `found ${names.length}`);
    const afters = readdirSync(DIR)
      .filter((f) => f.endsWith('.after.yaml'))
      .map((f) => f.slice(0, -'.after.yaml'.length))
      .sort();
    if (!UPDATE) assert.deepEqual(afters, names);
  });

  for (const name of names) {
    test(name, () => {
      const golden = readGolden(readFileSync(path.join(DIR, `${name}.before.yaml`), 'utf8'));
      const fix = markedFix(golden);
      const after = applied(golden.text, fix);
      const afterFile = path.join(DIR, `${name}.after.yaml`);
      if (UPDATE) writeFileSync(afterFile, after);
      assert.equal(after, readFileSync(afterFile, 'utf8'));
      // The fix does what it says: the finding it was offered for is gone.
      const left = workspaceOf(after)
        .diagnostics(URI)
        .filter((f) => f.ruleId === golden.rule);
      const before = workspaceOf(golden.text)
        .diagnostics(URI)
        .filter((f) => f.ruleId === golden.rule);
      assert.ok(left.length < before.length, `${golden.rule} still reported after "${golden.title}"`);
    });
  }
});
