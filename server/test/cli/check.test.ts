import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { at, CLEAN_PLAN, edit } from '../helpers';
import { RULE_IDS } from '../../src/core/rules/registry';
import { jalon, workspace } from './run';
import { CAREFUL_PLAN } from '../fixtures/carefulPlan';

/** CLEAN_PLAN with one warning (action 'act-a' starts before the cycle) and one error (a status typo in 'act-b'). */
const FINDINGS_PLAN = edit(
  edit(CLEAN_PLAN, '                start: 2026\n', '                start: 2025\n'),
  '                end: 2029\n',
  '                end: 2029\n                status: plannd\n',
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
    assert.equal(
      run.stdout,
      `demo.plan.yaml:${WARNING}\ndemo.plan.yaml:${ERROR}\n1 error, 1 warning, 0 suggestions in 1 file.\n`,
    );
    assert.equal(run.code, 1);
  });

  test('a clean plan: a summary only and exit 0; with no path, the current folder', () => {
    const dir = workspace({ 'plans/demo.plan.yaml': CLEAN_PLAN, 'notes.yaml': 'not: a plan\n' });
    const run = jalon(['check'], dir);
    assert.equal(run.stdout, 'No problems in 1 file.\n');
    assert.equal(run.code, 0);
  });

  test('French messages, severities and summary with --locale fr, and from LANG', () => {
    const dir = workspace({ 'demo.plan.yaml': FINDINGS_PLAN });
    const expected = [
      `demo.plan.yaml:${WARNING_AT.line}:${WARNING_AT.column} avertissement date/outside-cycle L’action 'act-a' commence en 2025, avant le cycle du plan (2026–2030).`,
      `demo.plan.yaml:${ERROR_AT.line}:${ERROR_AT.column} erreur schema/enum \`status\` de l’action 'act-b' vaut 'plannd' ; valeurs permises : planned, in-progress, done, delayed, cancelled — vouliez-vous dire 'planned' ?`,
      '1 erreur, 1 avertissement, 0 suggestion dans 1 fichier.',
      '',
    ].join('\n');
    assert.equal(jalon(['check', '--locale', 'fr', 'demo.plan.yaml'], dir).stdout, expected);
    assert.equal(jalon(['check', 'demo.plan.yaml'], dir, { LANG: 'fr_FR.UTF-8' }).stdout, expected);
  });

  test('infos are counted as suggestions, in both languages', () => {
    const dir = workspace({ 'demo.plan.yaml': edit(CLEAN_PLAN, '            owner: care\n', '') });
    const en = jalon(['check', 'demo.plan.yaml'], dir).stdout.split('\n');
    assert.match(en[0], /^demo\.plan\.yaml:\d+:\d+ info coverage\/action-without-owner /);
    assert.equal(en[en.length - 2], '0 errors, 0 warnings, 2 suggestions in 1 file.');
    const fr = jalon(['check', 'demo.plan.yaml', '--locale', 'fr'], dir).stdout.split('\n');
    assert.match(fr[0], /^demo\.plan\.yaml:\d+:\d+ suggestion coverage\/action-without-owner /);
    assert.equal(fr[fr.length - 2], '0 erreur, 0 avertissement, 2 suggestions dans 1 fichier.');
  });
});

describe('jalon check: --fail-on', () => {
  const dir = workspace({
    'warn.plan.yaml': edit(CLEAN_PLAN, '                start: 2026\n', '                start: 2025\n'),
  });
  test('warnings alone pass by default', () => assert.equal(jalon(['check', '.'], dir).code, 0));
  test('--fail-on warning fails on a warning', () =>
    assert.equal(jalon(['check', '--fail-on', 'warning', '.'], dir).code, 1));
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
      file: 'demo.plan.yaml',
      line: ERROR_AT.line,
      column: ERROR_AT.column,
      endLine: ERROR_AT.line,
      endColumn: ERROR_AT.column + 6,
      severity: 'error',
      ruleId: 'schema/enum',
      message:
        "`status` of action 'act-b' is 'plannd'; expected one of planned, in-progress, done, delayed, cancelled — did you mean 'planned'?",
      docs: 'https://github.com/jalon-plan/jalon/blob/main/docs/rules.md#schemaenum',
      suggestions: ['planned'],
    });
    assert.equal(run.code, 1);
  });

  test('French readers get the French rule docs, under the same anchors', () => {
    const dir = workspace({ 'demo.plan.yaml': FINDINGS_PLAN });
    const json = JSON.parse(jalon(['check', '--format', 'json', '--locale', 'fr', 'demo.plan.yaml'], dir).stdout);
    assert.deepEqual(
      json.findings.map((f: { docs: string }) => f.docs),
      [
        'https://github.com/jalon-plan/jalon/blob/main/docs/fr/rules.md#dateoutside-cycle',
        'https://github.com/jalon-plan/jalon/blob/main/docs/fr/rules.md#schemaenum',
      ],
    );
    const sarif = JSON.parse(jalon(['check', '--format', 'sarif', '--locale', 'fr', 'demo.plan.yaml'], dir).stdout);
    const yamlSyntax = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'yaml/syntax');
    assert.equal(yamlSyntax.helpUri, 'https://github.com/jalon-plan/jalon/blob/main/docs/rules.md#yamlsyntax');
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
    const rules = runResult.tool.driver.rules as {
      id: string;
      helpUri: string;
      shortDescription: { text: string };
      defaultConfiguration: { level: string };
    }[];
    assert.deepEqual(
      rules.map((r) => r.id),
      RULE_IDS,
    );
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
      artifactLocation: { uri: 'plans/%C3%A9%20demo.plan.yaml', uriBaseId: 'REPOROOT' },
      region: {
        startLine: ERROR_AT.line,
        startColumn: ERROR_AT.column,
        endLine: ERROR_AT.line,
        endColumn: ERROR_AT.column + 6,
      },
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
    assert.equal(
      run.stdout,
      `::warning file=a%2Cb%3Ac.plan.yaml,line=${w.line},col=${w.column},endLine=${w.line},endColumn=${w.column + 4},title=date/outside-cycle::Action 'act-a' starts in 2025, before the plan's cycle (2026–2030).\n` +
        `::error file=a%2Cb%3Ac.plan.yaml,line=${e.line},col=${e.column},endLine=${e.line},endColumn=${e.column + 6},title=schema/enum::\`status\` of action 'act-b' is 'plannd'; expected one of planned, in-progress, done, delayed, cancelled — did you mean 'planned'?\n`,
    );
    assert.equal(run.code, 1);
  });

  test('info findings are notices, and % in a message is escaped', () => {
    const plan = edit(CLEAN_PLAN, '                contributes_to: [funds]\n', '');
    const withPercent = edit(plan, '    unit: M€', '    unit: "%"');
    const dir = workspace({ 'p.plan.yaml': edit(withPercent, '      - value: 80\n', '      - value: 180\n') });
    const out = jalon(['check', '--format', 'github', '--fail-on', 'info', '.'], dir).stdout;
    assert.match(
      out,
      /^::error file=p\.plan\.yaml,.*title=target\/percent-range::Target 1 of indicator 'funds' is 180 %25; a percentage lies between 0 and 100, and if the rate can exceed 100 %25 \(bed occupancy\), declare it/m,
    );
  });
});

describe('jalon check: bad input exits 2 with a one-line message naming the path', () => {
  const dir = workspace({ 'ok.plan.yaml': CLEAN_PLAN, 'empty/readme.txt': 'x' });
  const cases: [string, string[], string][] = [
    ['a missing file', ['check', 'missing.plan.yaml'], "jalon: no such file or folder: 'missing.plan.yaml'\n"],
    [
      'a glob that matches nothing',
      ['check', 'plans/**/*.plan.yaml'],
      "jalon: no file matches 'plans/**/*.plan.yaml'\n",
    ],
    ['a folder without plan files', ['check', 'empty'], "jalon: no plan file (*.plan.yaml) under 'empty'\n"],
    ['an unknown option', ['check', '--strict', 'ok.plan.yaml'], "jalon: unknown option '--strict'\n"],
    [
      'an unknown format',
      ['check', '--format', 'xml', 'ok.plan.yaml'],
      "jalon: --format must be one of stylish, json, sarif, github, not 'xml'\n",
    ],
    [
      'an unknown command',
      ['lint'],
      "jalon: unknown command 'lint'; try 'jalon check', 'jalon diff', 'jalon render', 'jalon init', 'jalon export' or 'jalon report import'\n",
    ],
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
    assert.equal(
      run.stderr,
      "jalon: jalon.config.yaml:2:3: Unknown rule 'date/outside-cycles'; did you mean 'date/outside-cycle'?\n",
    );
    assert.equal(run.code, 2);
  });
});

describe('jalon check: plans and configuration', () => {
  test('a file that is not valid YAML is a finding, not a crash', () => {
    const dir = workspace({ 'broken.plan.yaml': 'plan:\n  id: x\n  title: "unclosed\n' });
    const run = jalon(['check', 'broken.plan.yaml'], dir);
    assert.match(
      run.stdout,
      /^broken\.plan\.yaml:3:10 error yaml\/syntax The quote `"` opened here is not closed: add `"` at the end of the text\.$/m,
    );
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
    const dir = workspace({
      'jalon.config.yaml': 'files:\n  - "plans/*.yaml"\n',
      'plans/a.yaml': CLEAN_PLAN,
      'other/b.plan.yaml': 'x: [',
    });
    const run = jalon(['check'], dir);
    assert.equal(run.stdout, 'No problems in 1 file.\n');
  });

  test('a root and its parts given as a folder form one plan', () => {
    const dir = workspace({
      'root.plan.yaml': CLEAN_PLAN,
      'part.plan.yaml':
        'part_of: demo\naxis: care-axis\nobjectives:\n  - id: more\n    title: More\n    indicators: [patients]\n    owner: care\n    actions:\n      - { id: act-c, title: C, start: 2029, end: 2030, depends_on: [act-b] }\n',
    });
    const run = jalon(['check', '.'], dir);
    assert.equal(run.stdout, 'No problems in 2 files.\n');
    const alone = jalon(['check', 'part.plan.yaml'], dir);
    assert.equal(alone.stdout, 'No problems in 1 file.\n');
    assert.equal(alone.code, 0);
  });

  test('a part checked alone finds its root in its folder or above, as render does, and only the part is reported', () => {
    const part =
      'part_of: demo\naxis: care-axis\nobjectives:\n  - id: more\n    title: More\n    indicators: [patients]\n    owner: care\n    actions:\n      - { id: act-c, title: C, start: 2029, end: 2030, depends_on: [act-b] }\n';
    const dir = workspace({
      'root.plan.yaml': CLEAN_PLAN,
      'parts/part.plan.yaml': part,
      'parts/typo.plan.yaml': part.replace('part_of: demo', 'part_of: demoo'),
    });
    const alone = jalon(['check', 'part.plan.yaml'], path.join(dir, 'parts'));
    assert.equal(alone.stdout, 'No problems in 1 file.\n');
    const typo = jalon(['check', 'typo.plan.yaml', '--locale', 'en'], path.join(dir, 'parts'));
    assert.equal(typo.code, 1);
    assert.equal(
      typo.stdout.split('\n')[0],
      "typo.plan.yaml:1:10 error ref/unknown-plan `part_of` names the plan 'demoo', but no root plan file declares it, so this part is left out of the plan — did you mean 'demo'?",
    );
  });
});

describe('jalon check: a careful plan raises no false alarm', () => {
  test('change and duration quotes, an occupancy of 103 %, points and 2027-T2: no error, no warning', () => {
    const dir = workspace({ 'mareval.plan.yaml': CAREFUL_PLAN });
    const run = jalon(['check', 'mareval.plan.yaml'], dir);
    const where = at(CAREFUL_PLAN, '103');
    assert.equal(
      run.stdout,
      [
        `mareval.plan.yaml:${where.line}:${where.column} info target/percent-range The baseline of indicator 'occupation-medecine' is 103 %, above 100; if the rate can exceed 100 % (bed occupancy), declare it on the indicator: \`range: { min: 0, max: 150 }\` (or \`max: none\`).`,
        '0 errors, 0 warnings, 1 suggestion in 1 file.',
        '',
      ].join('\n'),
    );
    assert.equal(run.code, 0);
    const declared = workspace({
      'mareval.plan.yaml': edit(
        CAREFUL_PLAN,
        "    unit: '%'\n    direction: decrease\n",
        "    unit: '%'\n    range: { min: 0, max: 150 }\n    direction: decrease\n",
      ),
    });
    assert.equal(
      jalon(['check', 'mareval.plan.yaml', '--fail-on', 'info'], declared).stdout,
      'No problems in 1 file.\n',
    );
  });
});
