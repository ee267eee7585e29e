import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { jalon, workspace } from '../run';
import { BASE, edits, PART_A, PART_A_WITHOUT, PART_B } from './fixtures';

/** Diffs two versions of one plan file (base/ and head/ folders); returns the run. */
function diffPair(head: string, args: string[] = [], base = BASE) {
  const dir = workspace({ 'base/demo.plan.yaml': base, 'head/demo.plan.yaml': head });
  return jalon(['diff', 'base/demo.plan.yaml', 'head/demo.plan.yaml', ...args], dir);
}

const SUMMARY = (counts: string) => `${counts} between base/demo.plan.yaml and head/demo.plan.yaml.`;

const LOWERED = edits(BASE, ['      - value: 1000\n', '      - value: 800\n']);
const RENAMED = edits(BASE, ['- id: act-a', '- id: act-first'], ['depends_on: [act-a]', 'depends_on: [act-first]']);

describe('jalon diff: what changed in a root file, in plan terms', () => {
  const DECREASING = edits(
    BASE,
    ['    direction: increase\n    baseline: { value: 500', '    direction: decrease\n    baseline: { value: 500'],
    ['      - value: 1000\n', '      - value: 400\n'],
  );
  const cases: [string, string, string[], string, string?][] = [
    [
      'a target lowered against an increasing indicator',
      LOWERED,
      ["head/demo.plan.yaml:17 attention Indicator 'patients': ambition lowered: 1000 → 800 patients by 2030."],
      '1 change (1 attention, 0 notices)',
    ],
    [
      'dates shifted on their intervals',
      edits(
        BASE,
        ['                end: 2027\n', '                end: 2028-S1\n'],
        ['                end: 2029\n', '                end: 2029-Q3\n'],
        ['                start: 2028\n', '                start: 2027\n'],
        ['due: 2028-S2', 'due: 2029-S1'],
      ),
      [
        "head/demo.plan.yaml:49 attention Action 'act-a': end postponed by 6 months (2027 → 2028-S1).",
        "head/demo.plan.yaml:53 notice Action 'act-b': start brought forward by a year (2028 → 2027).",
        "head/demo.plan.yaml:54 notice Action 'act-b': end brought forward by a quarter (2029 → 2029-Q3).",
        "head/demo.plan.yaml:58 attention Milestone 'act-b/Step': deadline postponed by 6 months (2028-S2 → 2029-S1).",
      ],
      '4 changes (2 attention, 2 notices)',
    ],
    [
      'an action cancelled, its progress and an owner changed',
      edits(
        BASE,
        [
          '                end: 2027\n',
          '                end: 2027\n                status: cancelled\n                progress: 10\n',
        ],
        ['owner: care\n            indicators', 'owner: other\n            indicators'],
      ),
      [
        "head/demo.plan.yaml:43 notice Objective 'obj': owner care → other.",
        "head/demo.plan.yaml:50 attention Action 'act-a' cancelled.",
        "head/demo.plan.yaml:51 notice Action 'act-a': progress — → 10.",
      ],
      '3 changes (1 attention, 2 notices)',
    ],
    [
      'an action removed (with its milestone) and one added',
      edits(BASE, [
        '              - id: act-b\n                title: Action B\n                start: 2028\n                end: 2029\n                depends_on: [act-a]\n                contributes_to: [funds]\n                milestones:\n                  - { title: Step, due: 2028-S2 }\n',
        '              - id: act-c\n                title: A brand new action\n                due: 2030\n',
      ]),
      [
        "head/demo.plan.yaml:40 attention Action 'act-b' removed with the item under it.",
        "head/demo.plan.yaml:51 notice Action 'act-c' added under objective 'obj'.",
      ],
      '2 changes (1 attention, 1 notice)',
    ],
    [
      'an id changed, the content kept: a rename (and the reference to it is no change)',
      RENAMED,
      ["head/demo.plan.yaml:46 notice Action 'act-a' renamed to 'act-first'."],
      '1 change (0 attention, 1 notice)',
    ],
    [
      'texts changed: short ones quoted, long ones counted in words',
      edits(
        BASE,
        [
          'intention: What we intend.',
          'intention: What we intend to do for our patients, together with the regions, within the next five years.',
        ],
        ['title: Action B', 'title: Action B, rewritten'],
      ),
      [
        "head/demo.plan.yaml:42 notice Objective 'obj': intention changed (16 words).",
        "head/demo.plan.yaml:52 notice Action 'act-b': title “Action B” → “Action B, rewritten”.",
      ],
      '2 changes (0 attention, 2 notices)',
    ],
    [
      'the plan: cycle shortened, status, version, horizon',
      edits(
        BASE,
        ['cycle: { start: 2026, end: 2030 }', 'cycle: { start: 2026, end: 2029 }\n  status: adopted\n  version: "2.0"'],
        ['horizon: 2040', 'horizon: 2035'],
      ),
      [
        "head/demo.plan.yaml:6 attention Plan 'demo': cycle shortened: 2026–2030 → 2026–2029.",
        "head/demo.plan.yaml:7 notice Plan 'demo': status — → adopted.",
        "head/demo.plan.yaml:8 notice Plan 'demo': version — → 2.0.",
        "head/demo.plan.yaml:9 notice Plan 'demo': horizon 2040 → 2035.",
      ],
      '4 changes (1 attention, 3 notices)',
    ],
    [
      'an indicator: baseline changed, a target postponed, another raised',
      edits(
        BASE,
        ['baseline: { value: 500, year: 2024 }', 'baseline: { value: 450, year: 2025 }'],
        ['      - value: 1000\n        by: 2030\n', '      - value: 1000\n        by: 2032\n'],
        ['    targets:\n      - value: 80\n', '    targets:\n      - value: 90\n'],
      ),
      [
        "head/demo.plan.yaml:15 notice Indicator 'patients': baseline 500 (2024) → 450 (2025).",
        "head/demo.plan.yaml:18 attention Indicator 'patients': target postponed by 2 years (2030 → 2032).",
        "head/demo.plan.yaml:27 notice Indicator 'funds': ambition raised: 80 → 90 M€ by 2030.",
      ],
      '3 changes (1 attention, 2 notices)',
    ],
    [
      'a decreasing indicator: a higher target is a lowered ambition',
      edits(DECREASING, ['      - value: 400\n', '      - value: 450\n']),
      ["head/demo.plan.yaml:17 attention Indicator 'patients': ambition lowered: 400 → 450 patients by 2030."],
      '1 change (1 attention, 0 notices)',
      DECREASING,
    ],
    [
      'a target added and one removed',
      edits(
        BASE,
        [
          '      - value: 1000\n        by: 2030\n        quote: "include 1000 patients in 2030"\n',
          '      - value: 1000\n        by: 2030\n        quote: "include 1000 patients in 2030"\n      - value: 700\n        by: 2028\n',
        ],
        [
          '    targets:\n      - value: 80\n        change: x2\n        by: 2030\n        quote: "double the funds raised, to 80M€ in 2030"\n',
          '    targets: []\n',
        ],
      ),
      [
        "head/demo.plan.yaml:20 notice Indicator 'patients': target added: 700 patients by 2028.",
        "head/demo.plan.yaml:22 attention Indicator 'funds': target removed: 80 M€ by 2030.",
      ],
      '2 changes (1 attention, 1 notice)',
    ],
    [
      'the cycle moved, fields, a target brought forward, a date made precise, a status, links and a dependency',
      edits(
        BASE,
        ['cycle: { start: 2026, end: 2030 }', 'cycle: { start: 2027, end: 2031 }'],
        ['                end: 2027\n', '                end: 2027-12\n                status: in-progress\n'],
        ['                depends_on: [act-a]\n', ''],
        ['                contributes_to: [patients]\n', '                contributes_to: [patients, funds]\n'],
        ['    unit: patients\n', '    unit: inclusions\n'],
        ['    measure: annual\n', '    measure: level\n'],
        [
          '      - value: 80\n        change: x2\n        by: 2030\n',
          '      - value: 80\n        change: x2\n        by: 2029\n',
        ],
      ),
      [
        "head/demo.plan.yaml:6 notice Plan 'demo': cycle 2026–2030 → 2027–2031.",
        "head/demo.plan.yaml:13 notice Indicator 'patients': unit patients → inclusions.",
        "head/demo.plan.yaml:24 notice Indicator 'funds': measure annual → level.",
        "head/demo.plan.yaml:29 notice Indicator 'funds': target brought forward by a year (2030 → 2029).",
        "head/demo.plan.yaml:49 notice Action 'act-a': end 2027 → 2027-12.",
        "head/demo.plan.yaml:50 notice Action 'act-a': status — → in-progress.",
        "head/demo.plan.yaml:51 notice Action 'act-a': indicators contributed to [patients] → [patients, funds].",
        "head/demo.plan.yaml:52 notice Action 'act-b' no longer depends on 'act-a'.",
      ],
      '8 changes (0 attention, 8 notices)',
    ],
    [
      'a maintained indicator: a target changed either way is a notice',
      edits(
        BASE,
        ['    direction: increase\n    baseline: { value: 500', '    direction: maintain\n    baseline: { value: 500'],
        ['      - value: 1000\n', '      - value: 900\n'],
      ),
      [
        "head/demo.plan.yaml:14 notice Indicator 'patients': direction increase → maintain.",
        "head/demo.plan.yaml:17 notice Indicator 'patients': target changed: 1000 → 900 patients by 2030.",
      ],
      '2 changes (0 attention, 2 notices)',
    ],
  ];
  for (const [name, head, lines, counts, base] of cases) {
    test(name, () => {
      const run = diffPair(head, [], base);
      assert.equal(run.stderr, '');
      assert.equal(run.stdout, [...lines, SUMMARY(counts)].join('\n') + '\n');
      assert.equal(run.code, 0);
    });
  }

  test('no change: a summary line only', () => {
    assert.equal(diffPair(BASE).stdout, 'No change between base/demo.plan.yaml and head/demo.plan.yaml.\n');
  });
});

describe('jalon diff: parts', () => {
  const MOVED_FILE = PART_B.replace('axis: care-axis\n', 'axis: care-axis\nambition: quality\n');
  test('an objective moved to another part file (its actions move with it)', () => {
    const dir = workspace({
      'base/demo.plan.yaml': BASE,
      'base/part-a.plan.yaml': PART_A,
      'head/demo.plan.yaml': BASE,
      'head/part-a.plan.yaml': PART_A_WITHOUT,
      'head/part-b.plan.yaml': MOVED_FILE,
    });
    const run = jalon(['diff', 'base', 'head'], dir);
    assert.equal(
      run.stdout,
      "head/part-b.plan.yaml:5 notice Objective 'obj-part' moved from part-a.plan.yaml to part-b.plan.yaml.\n1 change (0 attention, 1 notice) between base and head.\n",
    );
  });

  test('an objective moved to another ambition or axis', () => {
    const dir = workspace({
      'base/demo.plan.yaml': BASE,
      'base/part-a.plan.yaml': PART_A,
      'head/demo.plan.yaml': BASE,
      'head/part-a.plan.yaml': PART_A_WITHOUT,
      'head/part-b.plan.yaml': PART_B,
    });
    const run = jalon(['diff', 'base', 'head'], dir);
    assert.equal(
      run.stdout,
      "head/part-b.plan.yaml:4 notice Objective 'obj-part' moved from ambition 'quality' to axis 'care-axis'.\n1 change (0 attention, 1 notice) between base and head.\n",
    );
  });

  test('an action of a part changed is reported at its line in the part', () => {
    const dir = workspace({
      'base/demo.plan.yaml': BASE,
      'base/part-a.plan.yaml': PART_A,
      'head/demo.plan.yaml': BASE,
      'head/part-a.plan.yaml': edits(PART_A, ['start: 2027, end: 2029', 'start: 2027, end: 2030']),
    });
    assert.equal(
      jalon(['diff', 'base', 'head'], dir).stdout,
      "head/part-a.plan.yaml:18 attention Action 'act-s': end postponed by a year (2029 → 2030).\n1 change (1 attention, 0 notices) between base and head.\n",
    );
  });
});

describe('jalon diff: French', () => {
  test('--locale fr and LANG', () => {
    const head = edits(
      LOWERED,
      ['                end: 2027\n', '                end: 2028-S1\n'],
      ['title: Action B', 'title: Action B, rewritten'],
    );
    const expected =
      [
        "head/demo.plan.yaml:17 attention L’indicateur 'patients' : ambition revue à la baisse : 1000 → 800 patients d’ici 2030.",
        "head/demo.plan.yaml:49 attention L’action 'act-a' : fin repoussée de 6 mois (2027 → 2028-S1).",
        "head/demo.plan.yaml:52 notice L’action 'act-b' : titre « Action B » → « Action B, rewritten ».",
        '3 changements (2 points d’attention, 1 information) entre base/demo.plan.yaml et head/demo.plan.yaml.',
      ].join('\n') + '\n';
    assert.equal(diffPair(head, ['--locale', 'fr']).stdout, expected);
    const dir = workspace({ 'base/demo.plan.yaml': BASE, 'head/demo.plan.yaml': head });
    assert.equal(
      jalon(['diff', 'base/demo.plan.yaml', 'head/demo.plan.yaml'], dir, { LANG: 'fr_FR.UTF-8' }).stdout,
      expected,
    );
  });

  test('a rename, a removal and a move, in French', () => {
    const dir = workspace({
      'base/demo.plan.yaml': BASE,
      'base/part-a.plan.yaml': PART_A,
      'head/demo.plan.yaml': RENAMED,
      'head/part-a.plan.yaml': PART_A_WITHOUT,
      'head/part-b.plan.yaml': PART_B,
    });
    assert.equal(
      jalon(['diff', '--locale', 'fr', 'base', 'head'], dir).stdout,
      [
        "head/demo.plan.yaml:46 notice L’action 'act-a' est renommée 'act-first'.",
        "head/part-b.plan.yaml:4 notice L’objectif 'obj-part' est déplacé de l’ambition 'quality' vers l’axe 'care-axis'.",
        '2 changements (0 point d’attention, 2 informations) entre base et head.',
      ].join('\n') + '\n',
    );
  });
});

describe('jalon diff: formats', () => {
  test('json: the contract of docs/diff.md, exactly', () => {
    const run = diffPair(edits(RENAMED, ['      - value: 1000\n', '      - value: 800\n']), ['--format', 'json']);
    assert.deepEqual(JSON.parse(run.stdout), {
      version: 1,
      base: { ref: 'base/demo.plan.yaml', plans: ['demo'] },
      head: { ref: 'head/demo.plan.yaml', plans: ['demo'] },
      changes: [
        {
          change: 'changed',
          type: 'target',
          id: 'patients@2030',
          plan: 'demo',
          field: 'value',
          before: 1000,
          after: 800,
          class: 'attention',
          message: "Indicator 'patients': ambition lowered: 1000 → 800 patients by 2030.",
          base: { file: 'base/demo.plan.yaml', line: 17 },
          head: { file: 'head/demo.plan.yaml', line: 17 },
        },
        {
          change: 'renamed',
          type: 'action',
          id: 'act-first',
          plan: 'demo',
          field: 'id',
          before: 'act-a',
          after: 'act-first',
          class: 'notice',
          message: "Action 'act-a' renamed to 'act-first'.",
          base: { file: 'base/demo.plan.yaml', line: 46 },
          head: { file: 'head/demo.plan.yaml', line: 46 },
        },
      ],
    });
  });

  test('json: an added item has only a head, a removed one only a base', () => {
    const head = edits(BASE, [
      '                  - { title: Step, due: 2028-S2 }\n',
      '                  - { id: kickoff, title: Kick-off, due: 2028-Q1 }\n',
    ]);
    const changes = JSON.parse(diffPair(head, ['-f', 'json']).stdout).changes;
    assert.deepEqual(changes, [
      {
        change: 'removed',
        type: 'milestone',
        id: 'act-b/Step',
        plan: 'demo',
        class: 'attention',
        message: "Milestone 'act-b/Step' removed.",
        base: { file: 'base/demo.plan.yaml', line: 58 },
      },
      {
        change: 'added',
        type: 'milestone',
        id: 'kickoff',
        plan: 'demo',
        class: 'notice',
        message: "Milestone 'kickoff' added under action 'act-b'.",
        head: { file: 'head/demo.plan.yaml', line: 58 },
      },
    ]);
  });

  test('markdown: a verdict line, a collapsible table per axis, word-level texts, rows linking to head lines', () => {
    const head = edits(LOWERED, ['stakes: Why quality matters.', 'stakes: Why quality and safety matter.']);
    const run = diffPair(head, ['--format', 'markdown', '--link-base', 'https://github.com/o/r/blob/abc/']);
    assert.equal(
      run.stdout,
      [
        '**Jalon diff** `base/demo.plan.yaml` → `head/demo.plan.yaml`: ⚠️ **1 attention, 1 notice** (`demo`)',
        '',
        '<details open><summary><b>Plan and indicators</b> (1 attention, 0 notices)</summary>',
        '',
        '| | Change | Where |',
        '|---|---|---|',
        "| ⚠️ attention | Indicator 'patients': ambition lowered: 1000 → 800 patients by 2030. | [head/demo.plan.yaml:17](https://github.com/o/r/blob/abc/head/demo.plan.yaml#L17) |",
        '',
        '</details>',
        '',
        '<details><summary><b>Axis `care-axis` — Care</b> (0 attention, 1 notice)</summary>',
        '',
        '| | Change | Where |',
        '|---|---|---|',
        "| notice | Ambition 'quality': stakes “Why quality matters.” → “Why quality and safety matter.”.<br>Why quality ~~matters.~~ **and safety matter.** | [head/demo.plan.yaml:38](https://github.com/o/r/blob/abc/head/demo.plan.yaml#L38) |",
        '',
        '</details>',
        '',
      ].join('\n'),
    );
  });

  test('markdown in French, and no change', () => {
    const run = diffPair(BASE, ['--format', 'markdown', '--locale', 'fr']);
    assert.equal(
      run.stdout,
      '**Jalon diff** `base/demo.plan.yaml` → `head/demo.plan.yaml` : ✅ aucun changement (`demo`)\n',
    );
  });

  test('github: ::warning on the head lines of attention changes only', () => {
    const head = edits(LOWERED, ['title: Action B', 'title: Action B, rewritten']);
    assert.equal(
      diffPair(head, ['--format', 'github']).stdout,
      "::warning file=head/demo.plan.yaml,line=17,title=jalon diff%3A target-lowered::Indicator 'patients': ambition lowered: 1000 → 800 patients by 2030.\n",
    );
  });

  test('stylish: colours when asked (FORCE_COLOR), none otherwise', () => {
    const dir = workspace({ 'base/demo.plan.yaml': BASE, 'head/demo.plan.yaml': LOWERED });
    const coloured = jalon(['diff', 'base/demo.plan.yaml', 'head/demo.plan.yaml'], dir, { FORCE_COLOR: '1' }).stdout;
    assert.ok(
      coloured.startsWith('\u001b[2mhead/demo.plan.yaml:17\u001b[0m \u001b[33;1mattention\u001b[0m Indicator'),
      JSON.stringify(coloured),
    );
    assert.ok(!jalon(['diff', 'base/demo.plan.yaml', 'head/demo.plan.yaml'], dir).stdout.includes('\u001b'));
  });
});

describe('jalon diff: classes and --fail-on', () => {
  test('--fail-on attention exits 1 on an attention change, 0 without one', () => {
    assert.equal(diffPair(LOWERED, ['--fail-on', 'attention']).code, 1);
    assert.equal(diffPair(RENAMED, ['--fail-on', 'attention']).code, 0);
    assert.equal(diffPair(RENAMED, ['--fail-on', 'notice']).code, 1);
    assert.equal(diffPair(LOWERED).code, 0);
  });

  test('jalon.config.yaml changes a class (diff: { target-lowered: notice })', () => {
    const dir = workspace({
      'jalon.config.yaml': 'diff:\n  target-lowered: notice\n',
      'base/demo.plan.yaml': BASE,
      'head/demo.plan.yaml': LOWERED,
    });
    const run = jalon(['diff', 'base/demo.plan.yaml', 'head/demo.plan.yaml', '--fail-on', 'attention'], dir);
    assert.equal(
      run.stdout,
      `head/demo.plan.yaml:17 notice Indicator 'patients': ambition lowered: 1000 → 800 patients by 2030.\n${SUMMARY('1 change (0 attention, 1 notice)')}\n`,
    );
    assert.equal(run.code, 0);
  });

  test('an unknown kind of change in the configuration: exit 2, naming the line and a suggestion', () => {
    const dir = workspace({
      'jalon.config.yaml': 'diff:\n  target-lowerd: notice\n',
      'base/demo.plan.yaml': BASE,
      'head/demo.plan.yaml': LOWERED,
    });
    const run = jalon(['diff', 'base/demo.plan.yaml', 'head/demo.plan.yaml'], dir);
    assert.equal(
      run.stderr,
      "jalon: jalon.config.yaml:2:3: Unknown kind of change 'target-lowerd'; did you mean 'target-lowered'?\n",
    );
    assert.equal(run.code, 2);
  });
});

/** A git repository with a base commit and a head commit of the plan (and a part), and an uncommitted edit. */
function gitRepository(): string {
  const dir = workspace({
    'plans/demo.plan.yaml': BASE,
    'plans/part-a.plan.yaml': PART_A,
    'README.md': 'not a plan\n',
  });
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.org',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.org',
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  git('tag', 'v1');
  writeFileSync(path.join(dir, 'plans/demo.plan.yaml'), LOWERED);
  git('commit', '-q', '-am', 'lower the target');
  writeFileSync(
    path.join(dir, 'plans/part-a.plan.yaml'),
    edits(PART_A, ['title: Part action', 'title: Part action renamed']),
  );
  return dir;
}

describe('jalon diff: git revisions', () => {
  const dir = gitRepository();
  const LOWERED_LINE =
    "plans/demo.plan.yaml:17 attention Indicator 'patients': ambition lowered: 1000 → 800 patients by 2030.";
  const PART_LINE = "plans/part-a.plan.yaml:11 notice Action 'act-p': title “Part action” → “Part action renamed”.";

  test('two revisions: read with git, nothing checked out', () => {
    const run = jalon(['diff', 'HEAD~1', 'HEAD'], dir);
    assert.equal(run.stdout, `${LOWERED_LINE}\n1 change (1 attention, 0 notices) between HEAD~1 and HEAD.\n`);
    assert.equal(
      execFileSync('git', ['status', '--porcelain'], { cwd: dir, encoding: 'utf8' }),
      ' M plans/part-a.plan.yaml\n',
    );
  });

  test('defaults: BASE is HEAD, HEAD the working tree', () => {
    assert.equal(
      jalon(['diff'], dir).stdout,
      `${PART_LINE}\n1 change (0 attention, 1 notice) between HEAD and the working tree.\n`,
    );
  });

  test('a tag against the working tree, from a sub-folder: paths stay relative to it', () => {
    assert.equal(
      jalon(['diff', 'v1'], path.join(dir, 'plans')).stdout,
      `${LOWERED_LINE.replace('plans/', '')}\n${PART_LINE.replace('plans/', '')}\n2 changes (1 attention, 1 notice) between v1 and the working tree.\n`,
    );
  });

  test('paths after -- limit what is compared on both sides', () => {
    assert.equal(
      jalon(['diff', 'main~1', '--', 'plans/demo.plan.yaml', 'plans/part-a.plan.yaml'], dir).stdout.split('\n').length,
      4,
    );
    assert.equal(jalon(['diff', 'v1', '--', 'plans/*.plan.yaml'], dir).stdout.split('\n').length, 4);
  });

  test('markdown rows link to the GitHub blob of the head (GITHUB_* environment)', () => {
    const run = jalon(['diff', 'HEAD~1', 'HEAD', '-f', 'markdown'], dir, {
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_SHA: 'f00',
    });
    assert.ok(
      run.stdout.includes('[plans/demo.plan.yaml:17](https://github.com/o/r/blob/f00/plans/demo.plan.yaml#L17)'),
      run.stdout,
    );
  });
});

describe('jalon diff: bad input (exit 2, one line naming it)', () => {
  const dir = gitRepository();
  const cases: [string, string[], string][] = [
    ['an unknown revision', ['diff', 'nosuch'], "jalon: 'nosuch' is neither a file, a folder nor a git revision\n"],
    [
      'a path missing at a revision',
      ['diff', 'HEAD~1', '--', 'plans/new.plan.yaml'],
      "jalon: 'plans/new.plan.yaml' does not exist at HEAD~1\n",
    ],
    ['a folder missing on a side', ['diff', 'HEAD', '--', 'gone/'], "jalon: 'gone/' does not exist at HEAD\n"],
    [
      'three sides',
      ['diff', 'a', 'b', 'c'],
      "jalon: diff compares two sides, not 3 ('a', 'b', 'c'); put paths after --: 'jalon diff main HEAD -- plans/'\n",
    ],
    [
      'an unknown format',
      ['diff', '--format', 'sarif'],
      "jalon: --format must be one of stylish, markdown, json, github, not 'sarif'\n",
    ],
    [
      'an unknown --fail-on',
      ['diff', '--fail-on', 'error'],
      "jalon: --fail-on must be one of attention, notice, never, not 'error'\n",
    ],
  ];
  for (const [name, args, stderr] of cases) {
    test(name, () => {
      const run = jalon(args, dir);
      assert.equal(run.stderr, stderr);
      assert.equal(run.stdout, '');
      assert.equal(run.code, 2);
    });
  }

  test('in French', () => {
    assert.equal(
      jalon(['diff', 'HEAD~1', '--locale', 'fr', '--', 'plans/new.plan.yaml'], dir).stderr,
      "jalon: 'plans/new.plan.yaml' n’existe pas dans HEAD~1\n",
    );
  });

  test('no BASE outside a git repository', () => {
    const run = jalon(['diff'], workspace({ 'a.plan.yaml': BASE }));
    assert.match(
      run.stderr,
      /^jalon: no BASE given and '.*' is not in a git repository with a commit; try 'jalon diff old.plan.yaml new.plan.yaml'\n$/,
    );
    assert.equal(run.code, 2);
  });

  test('a side that is not valid YAML: the diff of what parsed, the syntax error named', () => {
    const broken = LOWERED.replace('  - id: funds\n', '  - id: funds\n   bad: [\n');
    const run = diffPair(broken);
    assert.match(
      run.stderr,
      /^jalon: head\/demo.plan.yaml: head\/demo.plan.yaml:\d+:\d+ is not valid YAML \(.+\); the diff covers what parsed.\n$/,
    );
    assert.ok(run.stdout.includes("Indicator 'patients': ambition lowered: 1000 → 800 patients by 2030."), run.stdout);
    assert.equal(run.code, 0);
  });
});
