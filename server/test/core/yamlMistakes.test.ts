import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkSources } from '../../src/core/check';
import type { Finding } from '../../src/core/rules/finding';
import { at, check, CLEAN_PLAN, edit, type Seen } from '../helpers';

/** The raw findings of one file (with their fixes). */
function raw(text: string): Finding[] {
  return checkSources([{ uri: 'plan.plan.yaml', text }])[0].findings;
}

/** The text after the finding's first (preferred) fix. */
function fixed(text: string, finding: Finding): string {
  const edits = [...finding.fixes![0].edits].sort((a, b) => b.range.start - a.range.start);
  return edits.reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);
}

/** [rule, line, column] of every finding, to compare with the clean plan's. */
const where = (findings: Seen[]) => findings.map((f) => `${f.rule}@${f.line}:${f.column}`);

/** Slips elsewhere, to show the rest of the file is still checked: an action out of the cycle, a doubling that is not one. */
const withOtherFinding = (text: string) =>
  edit(edit(text, 'start: 2026\n', 'start: 2025\n'), '      - value: 80\n', '      - value: 90\n');

/** The last action of CLEAN_PLAN, to the end of the file. */
const ACT_B = CLEAN_PLAN.slice(CLEAN_PLAN.indexOf('              - id: act-b'));

interface Case {
  name: string;
  from: string;
  to: string;
  message: string;
  fr: string;
  /** The text the range covers, and its occurrence. */
  range: [string, number?];
  /** The text at that place after the preferred fix. */
  after?: [string, string];
  severity?: string;
  /** Findings of the clean file the slip hides (the item that holds a broken list is a guess). */
  hidden?: string[];
}

const CASES: Case[] = [
  {
    name: 'a `: ` inside an unquoted title',
    from: 'title: Action A',
    to: 'title: Action A: pilot',
    message:
      'The title contains `: `, which YAML reads as the start of a new key: put the title in quotes: title: "Action A: pilot"',
    fr: 'Le titre contient « : », que YAML lit comme le début d’une nouvelle clé : mettez le titre entre guillemets : title: "Action A: pilot"',
    range: ['Action A: pilot'],
    after: ['title: Action A', 'title: "Action A: pilot"'],
  },
  {
    name: 'a decimal comma in a flow mapping',
    from: 'baseline: { value: 500, year: 2024 }',
    to: 'baseline: { value: 58,4, year: 2024 }',
    message: "In `{ }` a comma separates fields: '58,4' is read as 58 and a field '4'. Write 58.4 or \"58,4\".",
    fr: "Entre accolades, la virgule sépare les champs : '58,4' est lu comme 58 et un champ '4'. Écrivez 58.4 ou \"58,4\".",
    range: ['58,4'],
    after: ['{ value: 58,4,', '{ value: 58.4,'],
  },
  {
    name: 'an unclosed `[`',
    from: 'contributes_to: [patients]',
    to: 'contributes_to: [patients',
    message: 'The bracket `[` opened here is not closed: add `]` at the end of the list.',
    fr: 'Le crochet « [ » ouvert ici n’est pas fermé : ajoutez « ] » à la fin de la liste.',
    range: ['[patients\n'],
    after: ['contributes_to: [patients\n', 'contributes_to: [patients]\n'],
  },
  {
    name: 'an unclosed `"`',
    from: 'quote: "include 1000 patients in 2030"',
    to: 'quote: "include 1000 patients in 2030',
    message: 'The quote `"` opened here is not closed: add `"` at the end of the text.',
    fr: 'Le guillemet « " » ouvert ici n’est pas fermé : ajoutez « " » à la fin du texte.',
    range: ['"include 1000 patients in 2030\n'],
    after: ['"include 1000 patients in 2030\n', '"include 1000 patients in 2030"\n'],
  },
  {
    name: 'a tab used for indentation',
    from: '  horizon: 2040',
    to: '\thorizon: 2040',
    message: 'A tab indents this line, and YAML indents with spaces only: replace the tab with spaces.',
    fr: 'Une tabulation indente cette ligne, et YAML n’indente qu’avec des espaces : remplacez la tabulation par des espaces.',
    range: ['\t'],
    after: ['\thorizon', '  horizon'],
  },
  {
    name: 'an item indented one space off',
    from: ACT_B,
    to: ACT_B.replace(/^/gm, ' '),
    message:
      'This list item starts at column 16, the ones above at column 15: line up its `- ` with theirs (column 15).',
    fr: 'Cet élément de liste commence à la colonne 16, ceux du dessus à la colonne 15 : alignez son « - » sur les leurs (colonne 15).',
    range: ['- id: act-b\n'],
    after: [
      '               - id: act-b\n                 title: Action B\n',
      '              - id: act-b\n                title: Action B\n',
    ],
  },
  {
    name: 'a missing `- `',
    from: '              - id: act-b\n',
    to: '              id: act-b\n',
    message:
      'This line stands at the level of the list items above but does not start with `- `: write `- id: act-b` to start a new item.',
    fr: 'Cette ligne est au niveau des éléments de liste au-dessus mais ne commence pas par « - » : écrivez « - id: act-b » pour commencer un nouvel élément.',
    range: ['id: act-b\n'],
    after: ['              id: act-b\n', '              - id: act-b\n'],
    hidden: ['date/outside-cycle@48:24'],
  },
  {
    name: 'a ` #` in a title that cuts it',
    from: 'title: Action A',
    to: 'title: Action #1 pilot',
    message:
      "` #` starts a comment in YAML: the title stops at 'Action' and '#1 pilot' is not read. Put the title in quotes: title: \"Action #1 pilot\"",
    fr: "En YAML, une espace suivie de « # » commence un commentaire : le titre s’arrête à 'Action' et '#1 pilot' n’est pas lu. Mettez le titre entre guillemets : title: \"Action #1 pilot\"",
    range: ['Action #1 pilot'],
    after: ['title: Action #1 pilot', 'title: "Action #1 pilot"'],
    severity: 'warning',
  },
  {
    name: 'a value starting with `@`',
    from: 'owner: care',
    to: 'owner: @care',
    message: 'In YAML a value cannot start with `@`: put it in quotes: owner: "@care"',
    fr: 'En YAML une valeur ne peut pas commencer par « @ » : mettez-la entre guillemets : owner: "@care"',
    range: ['@care'],
    after: ['owner: @care', 'owner: "@care"'],
  },
  {
    name: 'a value starting with `%`',
    from: 'unit: M€',
    to: 'unit: %',
    message: 'In YAML a value cannot start with `%`: put it in quotes: unit: "%"',
    fr: 'En YAML une valeur ne peut pas commencer par « % » : mettez-la entre guillemets : unit: "%"',
    range: ['%'],
    after: ['unit: %', 'unit: "%"'],
  },
  {
    name: 'a value starting with a backtick',
    from: 'unit: patients',
    to: 'unit: `patients`',
    message: 'In YAML a value cannot start with a backtick (`): put it in quotes: unit: "`patients`"',
    fr: 'En YAML une valeur ne peut pas commencer par une apostrophe inversée (`) : mettez-la entre guillemets : unit: "`patients`"',
    range: ['`patients`'],
    after: ['unit: `patients`', 'unit: "`patients`"'],
  },
];

describe('YAML mistakes a newcomer makes: a message that says what to write, a fix, and the rest still checked', () => {
  const clean = where(check(withOtherFinding(CLEAN_PLAN)));
  for (const c of CASES) {
    test(c.name, () => {
      const text = withOtherFinding(edit(CLEAN_PLAN, c.from, c.to));
      const findings = check(text);
      const mine = findings.filter((f) => f.message === c.message);
      assert.equal(mine.length, 1, JSON.stringify(findings, null, 1));
      const f = mine[0];
      assert.equal(f.rule, 'yaml/syntax');
      assert.equal(f.severity, c.severity ?? 'error');
      assert.equal(f.fr, c.fr);
      const [needle, occurrence] = c.range;
      const start = at(text, needle, occurrence);
      const lines = needle.replace(/\n$/, '').split('\n');
      assert.deepEqual(
        [f.line, f.column, f.endLine, f.endColumn],
        [
          start.line,
          start.column,
          start.line + lines.length - 1,
          (lines.length === 1 ? start.column : 1) + lines[lines.length - 1].length,
        ],
      );
      // The rest of the file is still checked, and nothing is made up from the broken node.
      assert.deepEqual(
        findings.filter((g) => g !== f).map((g) => `${g.rule}@${g.line}:${g.column}`),
        clean.filter((w) => !c.hidden?.includes(w)),
        'the other findings are those of the file without the slip',
      );
      if (c.after) {
        const finding = raw(text).find((g) => g.message.en === c.message)!;
        const result = fixed(text, finding);
        assert.ok(result.includes(c.after[1]), result);
        assert.deepEqual(
          check(result).filter((g) => g.rule.startsWith('yaml/')),
          [],
        );
      }
    });
  }

  test('the raw parser message never reaches the user alone', () => {
    const text = edit(CLEAN_PLAN, 'stakes: Why quality matters.', 'stakes: Why: quality: matters.\n        extra: [a');
    for (const f of check(text).filter((g) => g.rule === 'yaml/syntax')) {
      assert.doesNotMatch(f.message, /^YAML syntax error: [A-Z][^(]*$/, f.message);
    }
  });

  test('a list item where a mapping is expected says to remove the `- `', () => {
    const text = edit(
      CLEAN_PLAN,
      '  cycle: { start: 2026, end: 2030 }',
      '  cycle:\n    - start: 2026\n      end: 2030',
    );
    const f = check(text).find((g) => g.rule === 'schema/type')!;
    assert.ok(f, JSON.stringify(check(text)));
    assert.equal(
      f.message,
      '`cycle` of the plan must be a mapping of fields, not a list. Remove the `- ` before its fields: they go directly under the key.',
    );
    assert.equal(
      f.fr,
      '`cycle` du plan doit être un bloc de champs, pas une liste. Retirez le « - » devant ses champs : ils se placent directement sous la clé.',
    );
    const fix = raw(text).find((g) => g.ruleId === 'schema/type')!;
    assert.equal(
      fixed(text, fix),
      edit(CLEAN_PLAN, '  cycle: { start: 2026, end: 2030 }', '  cycle:\n      start: 2026\n      end: 2030'),
    );
    assert.deepEqual(check(fixed(text, fix)), []);
  });

  test('a duplicate key: removing the repeated line is the fix, and a second `id` hints at a missing `- `', () => {
    const text = edit(CLEAN_PLAN, '  horizon: 2040\n', '  horizon: 2040\n  horizon: 2041\n');
    const f = raw(text).find((g) => g.ruleId === 'yaml/duplicate-key')!;
    assert.equal(fixed(text, f), CLEAN_PLAN);
    const ids = edit(
      CLEAN_PLAN,
      '                title: Action B\n',
      '                title: Action B\n                id: act-c\n',
    );
    const g = check(ids).find((h) => h.rule === 'yaml/duplicate-key')!;
    assert.equal(
      g.message,
      "Key 'id' is repeated in the same mapping; YAML keeps only one of them. Remove or rename one. If it starts a new item, write `- ` before it.",
    );
  });

  test('no false alarm: a quoted colon, a comment set apart, a colon without a space, `#` inside a word', () => {
    for (const title of ['"Action: A"', 'Action A  # a comment', 'Action A # a comment', 'Action:A', 'Action#1']) {
      assert.deepEqual(
        check(edit(CLEAN_PLAN, 'title: Action A', `title: ${title}`)).filter((f) => f.rule.startsWith('yaml/')),
        [],
        title,
      );
    }
    assert.deepEqual(
      check(edit(CLEAN_PLAN, '{ value: 500, year: 2024 }', '{ value: "58,4", year: 2024 }')).filter((f) =>
        f.rule.startsWith('yaml/'),
      ),
      [],
    );
  });
});

describe('aliases are findings, never a crash', () => {
  test('`title: *Important* plan` says to quote the text, with a fix that does', () => {
    const text = edit(CLEAN_PLAN, 'title: Action A', 'title: *Important* plan');
    const findings = check(text);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.line, f.column, f.endColumn]),
      [
        [
          'yaml/syntax',
          at(text, '*Important*').line,
          at(text, '*Important*').column,
          at(text, '*Important*').column + '*Important* plan'.length,
        ],
      ],
    );
    assert.equal(
      findings[0].message,
      'YAML reads `*Important*` as an alias (a reference to an anchor `&…`), and the file has no such anchor: to write this text, put it in quotes: title: "*Important* plan"',
    );
    assert.equal(
      findings[0].fr,
      'YAML lit « *Important* » comme un alias (un renvoi à une ancre « &… »), et le fichier n’a pas cette ancre : pour écrire ce texte, mettez-le entre guillemets : title: "*Important* plan"',
    );
    assert.equal(fixed(text, raw(text)[0]), edit(CLEAN_PLAN, 'title: Action A', 'title: "*Important* plan"'));
  });

  test('`<<: *a` to nothing is a finding whose fix removes the line', () => {
    const text = edit(CLEAN_PLAN, '  horizon: 2040\n', '  horizon: 2040\n  <<: *a\n');
    const findings = check(text);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.line, f.column]),
      [['yaml/syntax', at(text, '<<').line, at(text, '<<').column]],
    );
    assert.equal(
      findings[0].message,
      '`<<: *a` merges the fields of an anchor `&a`, and the file has none: remove this line, or write the fields out.',
    );
    assert.equal(fixed(text, raw(text)[0]), CLEAN_PLAN);
  });

  test('an alias bomb is one finding', () => {
    const bomb = `${CLEAN_PLAN}x0: &a0 [1, 1, 1, 1, 1, 1, 1, 1, 1]\n${Array.from({ length: 8 }, (_, i) => `x${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`).join('\n')}\n`;
    const findings = check(bomb).filter((f) => f.rule === 'yaml/syntax');
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /repeat anchors into more than 100 copies/);
  });

  test('a 50,000-deep flow sequence says the nesting is too deep, with no internal message', () => {
    const text = `${CLEAN_PLAN}x: ${'['.repeat(50000)}${']'.repeat(50000)}\n`;
    const findings = check(text).filter((f) => f.rule === 'yaml/syntax');
    assert.equal(findings.length, 1, JSON.stringify(findings.slice(0, 3)));
    assert.equal(
      findings[0].message,
      'YAML syntax error: brackets or braces are nested too deeply to read; a plan needs only a few levels',
    );
    assert.doesNotMatch(findings[0].message + findings[0].fr, /call stack/);
  });
});
