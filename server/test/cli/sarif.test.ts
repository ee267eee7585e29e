import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLEAN_PLAN, edit } from '../helpers';
import { parseRuleDocs } from '../../src/core/rules/ruleDocs';
import { RULE_IDS } from '../../src/core/rules/registry';
import { jalon, ROOT, workspace } from './run';

const WARN_PLAN = edit(CLEAN_PLAN, '                start: 2026\n', '                start: 2025\n');

interface SarifRule {
  id: string;
  name: string;
  fullDescription: { text: string };
  help: { text: string; markdown: string };
}
interface SarifResult {
  ruleId: string;
  level: string;
  message: { text?: string; id?: string; arguments?: string[] };
  locations: {
    physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } };
  }[];
  partialFingerprints?: Record<string, string>;
}
interface SarifLog {
  runs: {
    tool: { driver: { version: string; rules: SarifRule[] } };
    automationDetails: { id: string };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: SarifResult[];
  }[];
}

function sarifOf(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): SarifLog {
  return JSON.parse(jalon(['check', '--format', 'sarif', ...args], cwd, env).stdout) as SarifLog;
}

/** A git repository with a plan in a sub-folder. */
function repository(files: Record<string, string>): string {
  const dir = workspace(files);
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

describe('SARIF for GitHub code scanning', () => {
  test('every rule has a friendly name, a full description and help (text and markdown) from docs/rules.md', () => {
    const docs = parseRuleDocs(readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8'));
    const { rules } = sarifOf(['.'], workspace({ 'a.plan.yaml': CLEAN_PLAN })).runs[0].tool.driver;
    assert.deepEqual(
      rules.map((r) => r.id),
      RULE_IDS,
    );
    for (const rule of rules) {
      const doc = docs.get(rule.id);
      assert.ok(doc, `docs/rules.md has a section for ${rule.id}`);
      assert.match(rule.name, /^[A-Z][A-Za-z]+$/);
      assert.equal(rule.fullDescription.text, doc.description);
      assert.equal(rule.help.markdown, doc.markdown);
      assert.equal(rule.help.text, doc.text);
      assert.ok(
        rule.fullDescription.text.length > 20 && !rule.fullDescription.text.startsWith('Default severity'),
        rule.id,
      );
    }
    const outside = rules.find((r) => r.id === 'date/outside-cycle')!;
    assert.equal(outside.fullDescription.text, 'Fires, for a plan with a cycle (`plan.cycle`), when:');
    assert.ok(outside.help.markdown.startsWith('Default severity: warning.\n\nFires, for a plan with a cycle'));
    assert.ok(outside.help.text.includes('(that is date/end-before-start)'), outside.help.text);
  });

  test('automation details, the tool version, relative URIs from the repository root whatever the working folder', () => {
    const dir = repository({ 'plans/sub/demo.plan.yaml': WARN_PLAN });
    const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
    for (const cwd of [dir, path.join(dir, 'plans'), path.join(dir, 'plans/sub')]) {
      const run = sarifOf([path.join(dir, 'plans')], cwd).runs[0];
      assert.equal(run.tool.driver.version, version);
      assert.deepEqual(run.automationDetails, { id: 'jalon/' });
      assert.deepEqual(run.originalUriBaseIds, { REPOROOT: { uri: pathToFileURL(dir).href + '/' } });
      assert.deepEqual(run.results[0].locations[0].physicalLocation.artifactLocation, {
        uri: 'plans/sub/demo.plan.yaml',
        uriBaseId: 'REPOROOT',
      });
    }
  });

  test('GITHUB_WORKSPACE is the root when the working folder is inside it', () => {
    const dir = workspace({ 'repo/plans/demo.plan.yaml': WARN_PLAN });
    const run = sarifOf(['plans'], path.join(dir, 'repo'), { GITHUB_WORKSPACE: dir }).runs[0];
    assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'repo/plans/demo.plan.yaml');
  });

  test('a file outside the root: an absolute file:// URI', () => {
    const outside = workspace({ 'far away.plan.yaml': WARN_PLAN });
    const repo = repository({ 'README.md': 'x\n' });
    const run = sarifOf([path.join(outside, 'far away.plan.yaml')], repo).runs[0];
    assert.deepEqual(run.results[0].locations[0].physicalLocation.artifactLocation, {
      uri: pathToFileURL(path.join(outside, 'far away.plan.yaml')).href,
    });
  });

  test('fingerprints stay the same when lines move', () => {
    const fingerprints = (text: string) =>
      sarifOf(['.'], workspace({ 'a.plan.yaml': text })).runs[0].results.map((r) => r.partialFingerprints);
    const moved = edit(WARN_PLAN, 'owners:\n', '# a comment\n\nowners:\n');
    assert.deepEqual(fingerprints(moved), fingerprints(WARN_PLAN));
  });

  test('github annotations name files from the repository root, from a sub-folder too', () => {
    const dir = repository({ 'plans/demo.plan.yaml': WARN_PLAN });
    const run = jalon(['check', '--format', 'github', '.'], path.join(dir, 'plans'));
    assert.match(run.stdout, /^::warning file=plans\/demo\.plan\.yaml,line=/);
  });
});

/** Microsoft's SARIF Multitool from the dev dependency, when its binary runs on this machine. */
function multitool(): string | undefined {
  let binary: string;
  try {
    // The package's main module exports the path of its binary.
    binary = createRequire(__filename)('@microsoft/sarif-multitool-linux') as string;
  } catch {
    return undefined;
  }
  if (!existsSync(binary)) return undefined;
  return spawnSync(binary, ['--version'], { encoding: 'utf8' }).status === 0 ? binary : undefined;
}

const MULTITOOL = multitool();

describe(
  'SARIF Multitool (GitHub rules): no error, no warning',
  {
    skip: MULTITOOL
      ? false
      : 'Sarif.Multitool is absent or does not run here (npm install @microsoft/sarif-multitool-linux; Linux x64 only)',
  },
  () => {
    /** Validates a SARIF file; returns the validator's errors and warnings as lines. */
    function problems(file: string): string[] {
      const folder = mkdtempSync(path.join(tmpdir(), 'jalon-sarif-'));
      const out = path.join(folder, 'validation.sarif');
      const run = spawnSync(
        MULTITOOL!,
        ['validate', file, '-o', out, '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning;Note'],
        { encoding: 'utf8' },
      );
      assert.ok(existsSync(out), `the validator wrote no report: ${run.stdout}${run.stderr}`);
      const log = JSON.parse(readFileSync(out, 'utf8')) as SarifLog;
      rmSync(folder, { recursive: true });
      return log.runs
        .flatMap((r) => r.results)
        .filter((r) => r.level === 'error' || r.level === 'warning')
        .map(
          (r) => `${r.level} ${r.ruleId} ${r.message.text ?? r.message.id} ${(r.message.arguments ?? []).join(', ')}`,
        );
    }

    test('the seeds', () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'jalon-sarif-seeds-'));
      const file = path.join(dir, 'seeds.sarif');
      jalon(['check', 'seeds', '--format', 'sarif', '-o', file], ROOT);
      assert.ok(
        JSON.parse(readFileSync(file, 'utf8')).runs[0].results.length > 300,
        'the seeds have findings to validate',
      );
      assert.deepEqual(problems(file), []);
    });

    test('a plan outside the working folder', () => {
      const outside = workspace({ 'far away.plan.yaml': WARN_PLAN });
      const cwd = repository({ 'README.md': 'x\n' });
      const file = path.join(cwd, 'out.sarif');
      jalon(['check', path.join(outside, 'far away.plan.yaml'), '--format', 'sarif', '-o', file], cwd);
      assert.deepEqual(problems(file), []);
    });
  },
);
