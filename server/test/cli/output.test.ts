import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { linkSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { PART_A } from '../fixtures/rootWithParts';
import { CLEAN_PLAN, edit } from '../helpers';
import { jalon, workspace } from './run';

/** CLEAN_PLAN with one warning: action 'act-a' starts before the cycle. */
const WARNED = edit(CLEAN_PLAN, '                start: 2026\n', '                start: 2025\n');

/** A folder with a plan, a part, a configuration, links to them and a folder; `plans/` is where the commands run. */
function planFolder(): string {
  const dir = workspace({
    'plans/demo.plan.yaml': WARNED,
    'plans/team.yml': PART_A,
    'plans/jalon.config.yaml': 'files: ["*.plan.yaml", "*.yml"]\n',
    'plans/old.report.yaml': 'findings: []\n',
    'plans/notes.txt': 'notes\n',
    'plans/copy.txt': WARNED,
    'plans/sub/keep.txt': 'x\n',
  });
  const plans = path.join(dir, 'plans');
  symlinkSync('demo.plan.yaml', path.join(plans, 'to-plan.txt'));
  symlinkSync('jalon.config.yaml', path.join(plans, 'to-config.json'));
  symlinkSync('notes.txt', path.join(plans, 'to-notes.sarif'));
  symlinkSync('nowhere.txt', path.join(plans, 'dangling.json'));
  symlinkSync('.', path.join(plans, 'here'));
  linkSync(path.join(plans, 'team.yml'), path.join(plans, 'hard-part.txt'));
  return plans;
}

/** The bytes and modification time of every file the refusal must leave alone. */
function snapshot(plans: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of [
    'demo.plan.yaml',
    'team.yml',
    'jalon.config.yaml',
    'old.report.yaml',
    'notes.txt',
    'copy.txt',
    'hard-part.txt',
  ]) {
    const file = path.join(plans, name);
    out.set(name, `${statSync(file).mtimeMs} ${readFileSync(file, 'base64')}`);
  }
  return out;
}

const YAML = 'it is a YAML file (plans, parts, reports and jalon.config.yaml are); give -o another file, such as ';
const LINK = 'it is a symbolic link, which may lead to a plan; give -o another file, such as ';
const INPUT = 'it is a file this command reads; give -o another file, such as ';

/** `-o` spellings that must be refused, each with the reason the message gives. */
function refusals(plans: string): [string, string][] {
  return [
    ['demo.plan.yaml', YAML],
    ['./demo.plan.yaml', YAML],
    ['DEMO.PLAN.YAML', YAML],
    [path.join(plans, 'demo.plan.yaml'), YAML],
    ['../plans/demo.plan.yaml', YAML],
    ['sub/../demo.plan.yaml', YAML],
    ['here/demo.plan.yaml', YAML],
    ['team.yml', YAML],
    ['Team.YML', YAML],
    ['jalon.config.yaml', YAML],
    ['old.report.yaml', YAML],
    ['new.report.yaml', YAML],
    ['to-plan.txt', LINK],
    ['to-config.json', LINK],
    ['to-notes.sarif', LINK],
    ['dangling.json', LINK],
    ['hard-part.txt', INPUT],
    ['copy.txt', 'it holds a plan; give -o another file, such as '],
  ];
}

describe('jalon check -o never writes over a plan, a part, a report, the configuration or an input', () => {
  const plans = planFolder();
  const before = snapshot(plans);
  // Each spelling once, the formats and both option spellings taking turns.
  const formats = ['stylish', 'json', 'sarif', 'github'] as const;
  const examples = { stylish: 'report.txt', json: 'report.json', sarif: 'jalon.sarif', github: 'report.txt' };
  refusals(plans).forEach(([output, why], i) => {
    const format = formats[i % formats.length];
    const option = i % 2 === 0 ? ['-o', output] : [`--output=${output}`];
    test(`--format ${format} ${option.join(' ')}`, () => {
      const run = jalon(['check', '.', '--format', format, ...option], plans);
      assert.equal(run.stderr, `jalon: will not write over '${output}': ${why}'${examples[format]}'\n`);
      assert.equal(run.stdout, '');
      assert.equal(run.code, 2);
      assert.deepEqual(snapshot(plans), before, 'every file byte-identical, untouched');
    });
  });

  test('an input given on the command line, whatever its name, is refused', () => {
    const run = jalon(['check', 'notes.txt', 'demo.plan.yaml', '-o', './NOTES.txt'], plans);
    assert.equal(run.stderr, `jalon: will not write over './NOTES.txt': ${INPUT}'report.txt'\n`);
    assert.equal(run.code, 2);
    assert.deepEqual(snapshot(plans), before);
  });

  test('in French', () => {
    const run = jalon(['check', '.', '-o', 'to-plan.txt', '--locale', 'fr'], plans);
    assert.equal(
      run.stderr,
      "jalon: refus d’écrire sur 'to-plan.txt' : c’est un lien symbolique, qui peut mener à un plan ; donnez à -o un autre fichier, par exemple 'report.txt'\n",
    );
  });
});

describe('jalon check -o: folders, missing folders and the summary', () => {
  test('a folder, a missing folder, a file as a folder: one line, exit 2', () => {
    const plans = planFolder();
    const cases: [string, string][] = [
      ['sub', "jalon: cannot write 'sub': it is a folder; give a file name, such as 'sub/report.json'\n"],
      ['sub/', "jalon: cannot write 'sub/': it is a folder; give a file name, such as 'sub/report.json'\n"],
      ['.', "jalon: cannot write '.': it is a folder; give a file name, such as 'report.json'\n"],
      [
        'missing/report.json',
        "jalon: cannot write 'missing/report.json': the folder 'missing' does not exist; create it first\n",
      ],
      ['notes.txt/report.json', "jalon: cannot write 'notes.txt/report.json': 'notes.txt' is not a folder\n"],
    ];
    for (const [output, message] of cases) {
      const run = jalon(['check', 'demo.plan.yaml', '-f', 'json', '-o', output], plans);
      assert.equal(run.stderr, message, output);
      assert.equal(run.code, 2);
    }
    const french = jalon(['check', 'demo.plan.yaml', '-o', 'missing/r.txt', '--locale', 'fr'], plans);
    assert.equal(
      french.stderr,
      "jalon: impossible d’écrire 'missing/r.txt' : le dossier 'missing' n’existe pas ; créez-le d’abord\n",
    );
  });

  test('the summary on the terminal counts the findings written; the exit code follows them', () => {
    const plans = planFolder();
    for (const format of ['stylish', 'json', 'sarif', 'github']) {
      const run = jalon(
        ['check', 'demo.plan.yaml', '-f', format, '-o', 'sub/report.out', '--fail-on', 'warning'],
        plans,
      );
      assert.equal(run.stdout, '');
      assert.equal(run.stderr, '0 errors, 1 warning, 0 suggestions in 1 file. → sub/report.out\n');
      assert.equal(run.code, 1);
      assert.ok(readFileSync(path.join(plans, 'sub/report.out'), 'utf8').includes('date/outside-cycle'));
    }
    const clean = workspace({ 'a.plan.yaml': CLEAN_PLAN });
    const run = jalon(['check', '.', '-o', 'report.txt'], clean);
    assert.equal(run.stderr, 'No problems in 1 file. → report.txt\n');
    assert.equal(readFileSync(path.join(clean, 'report.txt'), 'utf8'), 'No problems in 1 file.\n');
    assert.equal(run.code, 0);
  });

  test('an existing report is replaced; /dev/null is written to', () => {
    const plans = planFolder();
    assert.equal(jalon(['check', 'demo.plan.yaml', '-o', 'report.txt'], plans).code, 0);
    assert.equal(jalon(['check', 'demo.plan.yaml', '-o', 'report.txt', '-f', 'json'], plans).code, 0);
    assert.equal(JSON.parse(readFileSync(path.join(plans, 'report.txt'), 'utf8')).files, 1);
    const toNull = jalon(['check', 'demo.plan.yaml', '-o', '/dev/null'], plans);
    assert.equal(toNull.stderr, '0 errors, 1 warning, 0 suggestions in 1 file. → /dev/null\n');
    assert.equal(toNull.code, 0);
  });
});

describe('jalon render -o: the same refusals', () => {
  test('every refused spelling, exit 2, nothing touched', () => {
    const plans = planFolder();
    const before = snapshot(plans);
    for (const [output, why] of refusals(plans)) {
      const run = jalon(['render', 'demo.plan.yaml', '-o', output], plans);
      assert.equal(run.stderr, `jalon: will not write over '${output}': ${why}'demo.html'\n`, output);
      assert.equal(run.code, 2);
    }
    assert.deepEqual(snapshot(plans), before);
  });

  test('a symbolic link planted at the default output name is refused', () => {
    const plans = planFolder();
    const before = snapshot(plans);
    symlinkSync('demo.plan.yaml', path.join(plans, 'demo.html'));
    const run = jalon(['render', 'demo.plan.yaml'], plans);
    assert.equal(run.stderr, `jalon: will not write over 'demo.html': ${LINK}'plan.html'\n`);
    assert.equal(run.code, 2);
    assert.deepEqual(snapshot(plans), before);
  });

  test('a folder or a missing folder: one line', () => {
    const plans = planFolder();
    assert.equal(
      jalon(['render', 'demo.plan.yaml', '-o', 'sub'], plans).stderr,
      "jalon: cannot write 'sub': it is a folder; give a file name, such as 'sub/demo.html'\n",
    );
    assert.equal(
      jalon(['render', 'demo.plan.yaml', '-o', 'out/plan.html'], plans).stderr,
      "jalon: cannot write 'out/plan.html': the folder 'out' does not exist; create it first\n",
    );
  });
});
