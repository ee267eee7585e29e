import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { at, CLEAN_PLAN, edit } from '../helpers';
import { RULE_IDS } from '../../src/core/rules/registry';
import { jalon, workspace } from './run';

/** CLEAN_PLAN with one warning (action 'act-a' starts before the cycle) and one error (a status typo in 'act-b'). */
const FINDINGS_PLAN = edit(
  edit(CLEAN_PLAN, '                start: 2026\n', '                start: 2025\n'),
  '                end: 2029\n', '                end: 2029\n                status: plannd\n',
);
const WARNING_AT = at(FINDINGS_PLAN, '2025\n');
const ERROR_AT = at(FINDINGS_PLAN, 'plannd');
const WARNING = `${WARNING_AT.line}:${WARNING_AT.column} warning date/outside-cycle Action 'act-a' starts in 2025, before the plan's cycle (2026–2030).`;
const ERROR = `${ERROR_AT.line}:${ERROR_AT.column} error schema/enum \`status\` of action 'act-b' is 'plannd'; expected one of planned, in-progress, done, delayed, cancelled — did you mean 'planned'?`;

describe('jalon check: stylish (default)', () => {
  test('prints path:line:col severity rule message and a summary; exit 1 on an error', () => {
    const dir = workspace({ 'demo.plan.yaml': FINDINGS_PLAN });
    const run = jalon(['check', 'demo.plan.yaml'], dir);
    assert.equal(run.stderr, '');
    assert.equal(run.stdout, `demo.plan.yaml:${WARNING}\ndemo.plan.yaml:${ERROR}\n2 problems (1 error, 1 warning, 0 infos) in 1 file.\n`);
    assert.equal(run.code, 1);
  });

  test('a clean plan: a summary only and exit 0; with no path, the current folder', () => {
    const dir = workspace({ 'plans/demo.plan.yaml': CLEAN_PLAN, 'notes.yaml': 'not: a plan\n' });
    const run = jalon(['check'], dir);
    assert.equal(run.stdout, 'No problems in 1 file.\n');
    assert.equal(run.code, 0);
  });

  test('French messages with --locale fr, and from LANG', () => {
    const dir = workspace({ 'demo.plan.yaml': FINDINGS_PLAN });
    const expected = `demo.plan.yaml:${WARNING_AT.line}:${WARNING_AT.column} warning date/outside-cycle L’action 'act-a' commence en 2025, avant le cycle du plan (2026–2030).`;
    assert.ok(jalon(['check', '--locale', 'fr', 'demo.plan.yaml'], dir).stdout.includes(expected));
    const fromEnv = jalon(['check', 'demo.plan.yaml'], dir, { LANG: 'fr_FR.UTF-8' });
    assert.ok(fromEnv.stdout.includes(expected));
    assert.ok(fromEnv.stdout.endsWith('2 problèmes (1 erreur, 1 avertissement, 0 info) dans 1 fichier.\n'));
  });
});

describe('jalon check: --fail-on', () => {
  const dir = workspace({ 'warn.plan.yaml': edit(CLEAN_PLAN, '                start: 2026\n', '                start: 2025\n') });
  test('warnings alone pass by default', () => assert.equal(jalon(['check', '.'], dir).code, 0));
  test('--fail-on warning fails on a warning', () => assert.equal(jalon(['check', '--fail-on', 'warning', '.'], dir).code, 1));
  test('--fail-on=info fails on anything', () => assert.equal(jalon(['check', '--fail-on=info', '.'], dir).code, 1));
  test('--fail-on info passes a clean plan', () => {
    assert.equal(jalon(['check', '--fail-on', 'info', '.'], workspace({ 'a.plan.yaml': CLEAN_PLAN })).code, 0);
  });
});

describe('jalon check: json', () => {
  test('lists findings with 1-based positions, rule docs and suggestions', () => {
    const dir = workspace({ 'demo.plan.yaml': FINDINGS_PLAN });
    const run = jalon(['check', '--format', 'json', 'demo.plan.yaml'], dir);
    const json = JSON.parse(run.stdout);
    assert.equal(json.files, 1);
    assert.deepEqual(json.summary, { error: 1, warning: 1, info: 0 });
    assert.equal(json.findings[0].ruleId, 'date/outside-cycle');
    assert.deepEqual(json.findings[1], {
      file: 'demo.plan.yaml', line: ERROR_AT.line, column: ERROR_AT.column, endLine: ERROR_AT.line, endColumn: ERROR_AT.column + 6, severity: 'error', ruleId: 'schema/enum',
      message: "`status` of action 'act-b' is 'plannd'; expected one of planned, in-progress, done, delayed, cancelled — did you mean 'planned'?",
      docs: 'https://github.com/jalon-plan/jalon/blob/main/docs/rules.md#schemaenum', suggestions: ['planned'],
    });
    assert.equal(run.code, 1);
  });
});

describe('jalon check: sarif', () => {
  test('SARIF 2.1.0 with every rule, help links, and 1-based regions in UTF-16 units', () => {
    const dir = workspace({ 'plans/é demo.plan.yaml': FINDINGS_PLAN });
    const run = jalon(['check', '--format', 'sarif', 'plans'], dir);
    const sarif = JSON.parse(run.stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    const [runResult] = sarif.runs;
    assert.equal(runResult.tool.driver.name, 'jalon');
    assert.equal(runResult.columnKind, 'utf16CodeUnits');
    const rules = runResult.tool.driver.rules as { id: string; helpUri: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }[];
    assert.deepEqual(rules.map((r) => r.id), RULE_IDS);
    for (const rule of rules) {
      assert.match(rule.helpUri, /^https:\/\/github\.com\/jalon-plan\/jalon\/blob\/main\/docs\/rules\.md#[a-z-]+$/);
      assert.ok(rule.shortDescription.text.length > 0);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }
    assert.equal(runResult.results.length, 2);
    const [second, first] = runResult.results;
    assert.equal(first.ruleId, 'schema/enum');
    assert.equal(rules[first.ruleIndex].id, 'schema/enum');
    assert.equal(first.level, 'error');
    assert.deepEqual(first.locations[0].physicalLocation, {
      artifactLocation: { uri: 'plans/é demo.plan.yaml' },
      region: { startLine: ERROR_AT.line, startColumn: ERROR_AT.column, endLine: ERROR_AT.line, endColumn: ERROR_AT.column + 6 },
    });
    assert.equal(second.level, 'warning');
    assert.match(first.partialFingerprints.primaryLocationLineHash, /^[0-9a-f]{16}:1$/);
    assert.equal(run.code, 1);
  });
});

describe('jalon check: github', () => {
  test('workflow commands with the escaping GitHub requires', () => {
    const dir = workspace({ 'a,b:c.plan.yaml': FINDINGS_PLAN });
    const run = jalon(['check', '--format', 'github', '.'], dir);
    const w = WARNING_AT;
    const e = ERROR_AT;
    assert.equal(run.stdout,
      `::warning file=a%2Cb%3Ac.plan.yaml,line=${w.line},col=${w.column},endLine=${w.line},endColumn=${w.column + 4},title=date/outside-cycle::Action 'act-a' starts in 2025, before the plan's cycle (2026–2030).\n`
      + `::error file=a%2Cb%3Ac.plan.yaml,line=${e.line},col=${e.column},endLine=${e.line},endColumn=${e.column + 6},title=schema/enum::\`status\` of action 'act-b' is 'plannd'; expected one of planned, in-progress, done, delayed, cancelled — did you mean 'planned'?\n`);
    assert.equal(run.code, 1);
  });

  test('info findings are notices, and % in a message is escaped', () => {
    const plan = edit(CLEAN_PLAN, '                contributes_to: [funds]\n', '');
    const withPercent = edit(plan, '    unit: M€', '    unit: "%"');
    const dir = workspace({ 'p.plan.yaml': edit(withPercent, '      - value: 80\n', '      - value: 180\n') });
    const out = jalon(['check', '--format', 'github', '--fail-on', 'info', '.'], dir).stdout;
    assert.match(out, /^::error file=p\.plan\.yaml,.*title=target\/percent-range::Target 1 of indicator 'funds' is 180 %25; a percentage lies between 0 and 100\.$/m);
  });
});

describe('jalon check: bad input exits 2 with a one-line message naming the path', () => {
  const dir = workspace({ 'ok.plan.yaml': CLEAN_PLAN, 'latin1.plan.yaml': Buffer.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xe9, 0x0a]), 'empty/readme.txt': 'x' });
  const cases: [string, string[], string][] = [
    ['a missing file', ['check', 'missing.plan.yaml'], "jalon: no such file or folder: 'missing.plan.yaml'\n"],
    ['a glob that matches nothing', ['check', 'plans/**/*.plan.yaml'], "jalon: no file matches 'plans/**/*.plan.yaml'\n"],
    ['an unreadable (non UTF-8) file', ['check', 'latin1.plan.yaml'], "jalon: cannot read 'latin1.plan.yaml': it is not UTF-8 text\n"],
    ['a folder without plan files', ['check', 'empty'], "jalon: no plan file (*.plan.yaml) under 'empty'\n"],
    ['an unknown option', ['check', '--strict', 'ok.plan.yaml'], "jalon: unknown option '--strict'\n"],
    ['an unknown format', ['check', '--format', 'xml', 'ok.plan.yaml'], "jalon: --format must be one of stylish, json, sarif, github, not 'xml'\n"],
    ['an unknown command', ['lint'], "jalon: unknown command 'lint'; try 'jalon check', 'jalon render', 'jalon export' or 'jalon report import'\n"],
  ];
  for (const [name, args, message] of cases) {
    test(name, () => {
      const run = jalon(args, dir);
      assert.equal(run.stderr, message);
      assert.equal(run.stdout, '');
      assert.equal(run.code, 2);
    });
  }

  test('a configuration with an unknown rule names the file, line and rule', () => {
    const cfg = workspace({ 'jalon.config.yaml': 'rules:\n  date/outside-cycles: off\n', 'a.plan.yaml': CLEAN_PLAN });
    const run = jalon(['check', '.'], cfg);
    assert.equal(run.stderr, "jalon: jalon.config.yaml:2:3: Unknown rule 'date/outside-cycles'; did you mean 'date/outside-cycle'?\n");
    assert.equal(run.code, 2);
  });
});

describe('jalon check: plans and configuration', () => {
  test('a file that is not valid YAML is a finding, not a crash', () => {
    const dir = workspace({ 'broken.plan.yaml': 'plan:\n  id: x\n  title: "unclosed\n' });
    const run = jalon(['check', 'broken.plan.yaml'], dir);
    assert.match(run.stdout, /^broken\.plan\.yaml:4:1 error yaml\/syntax YAML syntax error: Missing closing "quote$/m);
    assert.equal(run.stderr, '');
    assert.equal(run.code, 1);
  });

  test('jalon.config.yaml severities apply as in the editor, and the plan file is never written', () => {
    const plan = edit(CLEAN_PLAN, '                start: 2026\n', '                start: 2025\n');
    const dir = workspace({ 'jalon.config.yaml': 'rules:\n  date/outside-cycle: error\n', 'sub/a.plan.yaml': plan });
    const w = at(plan, '2025\n');
    const file = path.join(dir, 'sub/a.plan.yaml');
    const before = statSync(file).mtimeMs;
    const run = jalon(['check', 'sub'], dir);
    assert.ok(run.stdout.startsWith(`sub/a.plan.yaml:${w.line}:${w.column} error date/outside-cycle `));
    assert.equal(run.code, 1);
    assert.equal(readFileSync(file, 'utf8'), plan);
    assert.equal(statSync(file).mtimeMs, before);
  });

  test('the files globs of the configuration choose the plan files of a folder', () => {
    const dir = workspace({ 'jalon.config.yaml': 'files:\n  - "plans/*.yaml"\n', 'plans/a.yaml': CLEAN_PLAN, 'other/b.plan.yaml': 'x: [' });
    const run = jalon(['check'], dir);
    assert.equal(run.stdout, 'No problems in 1 file.\n');
  });

  test('a root and its parts given as a folder form one plan', () => {
    const dir = workspace({
      'root.plan.yaml': CLEAN_PLAN,
      'part.plan.yaml': 'part_of: demo\naxis: care-axis\nobjectives:\n  - id: more\n    title: More\n    indicators: [patients]\n    owner: care\n    actions:\n      - { id: act-c, title: C, start: 2029, end: 2030, depends_on: [act-b] }\n',
    });
    const run = jalon(['check', '.'], dir);
    assert.equal(run.stdout, 'No problems in 2 files.\n');
    const alone = jalon(['check', 'part.plan.yaml'], dir);
    assert.match(alone.stdout, /^part\.plan\.yaml:1:10 warning ref\/unknown-plan /);
  });
});
