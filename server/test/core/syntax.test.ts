import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { at, check, CLEAN_PLAN, edit, ofRule, type Seen } from '../helpers';

function startOf(finding: Seen): { line: number; column: number } {
  return { line: finding.line, column: finding.column };
}

/** Where `needle` ends (the position just after its last character, on its line). */
function after(text: string, needle: string): { line: number; column: number } {
  const start = at(text, needle);
  return { line: start.line, column: start.column + needle.length };
}

describe('yaml/syntax', () => {
  test('fires on an unclosed quote, where the closing quote is missing', () => {
    const fixture = edit(CLEAN_PLAN, 'title: Demo plan', 'title: "Demo plan');
    const findings = check(fixture);
    assert.equal(findings.length, 1, JSON.stringify(findings));
    const f = only(findings, 'yaml/syntax');
    assert.equal(f.severity, 'error');
    assert.deepEqual(startOf(f), at(fixture, '"Demo plan'));
    assert.deepEqual(
      [f.endLine, f.endColumn],
      [after(fixture, '"Demo plan').line, after(fixture, '"Demo plan').column],
    );
    assert.equal(f.message, 'The quote `"` opened here is not closed: add `"` at the end of the text.');
    assert.equal(f.fr, 'Le guillemet « " » ouvert ici n’est pas fermé : ajoutez « " » à la fin du texte.');
  });

  test('fires once per parser error, each at its own position', () => {
    let fixture = edit(CLEAN_PLAN, 'title: Action A', 'title: "Action A" extra');
    fixture = edit(fixture, 'title: Action B', 'title: "Action B" more');
    const findings = check(fixture);
    const syntax = ofRule(findings, 'yaml/syntax');
    assert.deepEqual(syntax.map(startOf), [at(fixture, 'extra'), at(fixture, 'more')]);
    assert.deepEqual(
      syntax.map((f) => [f.endLine, f.endColumn]),
      [
        [at(fixture, 'extra').line, at(fixture, 'extra').column + 'extra'.length],
        [at(fixture, 'more').line, at(fixture, 'more').column + 'more'.length],
      ],
    );
    for (const f of syntax) {
      assert.equal(f.severity, 'error');
      assert.equal(
        f.message,
        'YAML syntax error: unexpected text; if it is text, put the whole value in quotes (Unexpected scalar at node end)',
      );
      assert.equal(
        f.fr,
        'Erreur de syntaxe YAML : élément inattendu ; si c’est du texte, mettez toute la valeur entre guillemets (Unexpected scalar at node end)',
      );
    }
    assert.deepEqual(findings, syntax, 'the recovered titles are read as text: nothing else to report');
  });

  test('checking goes on: a schema finding and a rule finding elsewhere are still reported', () => {
    let fixture = edit(CLEAN_PLAN, 'title: Demo plan', 'title: "Demo plan" x');
    fixture = edit(fixture, 'number: 1', 'number: one');
    fixture = edit(fixture, 'start: 2026\n                end: 2027', 'start: 2025\n                end: 2027');
    const findings = check(fixture);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.line, f.column]),
      [
        ['yaml/syntax', at(fixture, 'x\n').line, at(fixture, 'x\n').column],
        ['schema/type', at(fixture, 'one').line, at(fixture, 'one').column],
        ['date/outside-cycle', at(fixture, '2025').line, at(fixture, '2025').column],
      ],
    );
  });

  test('the node the parser could not read is not also reported by the schema', () => {
    // `Demo: plan` makes the parser read the rest of the header as a mapping under `title`:
    // "title must be text" and "the plan has no cycle" would only echo the syntax error.
    let fixture = edit(CLEAN_PLAN, 'title: Demo plan', 'title: Demo: plan');
    fixture = edit(fixture, 'number: 1', 'number: one');
    const findings = check(fixture);
    assert.deepEqual(
      findings.map((f) => [f.rule, f.line, f.column]),
      [
        ['yaml/syntax', at(fixture, 'Demo: plan').line, at(fixture, 'Demo: plan').column],
        ['schema/type', at(fixture, 'one').line, at(fixture, 'one').column],
      ],
    );
    assert.equal(
      findings[0].message,
      'The title contains `: `, which YAML reads as the start of a new key: put the title in quotes: title: "Demo: plan"',
    );
  });

  test('fires on tabs used as indentation, at the tab', () => {
    const fixture = edit(CLEAN_PLAN, '  horizon: 2040', '\thorizon: 2040');
    const f = only(check(fixture), 'yaml/syntax');
    assert.deepEqual(
      [f.line, f.column, f.endLine, f.endColumn],
      [at(fixture, '\thorizon').line, 1, at(fixture, '\thorizon').line, 2],
    );
    assert.equal(f.message, 'A tab indents this line, and YAML indents with spaces only: replace the tab with spaces.');
    assert.equal(
      f.fr,
      'Une tabulation indente cette ligne, et YAML n’indente qu’avec des espaces : remplacez la tabulation par des espaces.',
    );
  });

  test('a stray closing bracket is one finding, not one per following word', () => {
    const fixture = edit(
      CLEAN_PLAN,
      '  - { id: care, name: Care directorate }',
      '  - { id: care, name: Care directorate }}',
    );
    const findings = check(fixture);
    assert.equal(findings.length, 1, JSON.stringify(findings.slice(0, 5)));
    const f = only(findings, 'yaml/syntax');
    assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [9, 41, 9, 42]);
    assert.equal(
      f.message,
      'YAML syntax error: `}` closes nothing here (one too many?): remove it; the rest of the file is not read.',
    );
    assert.equal(
      f.fr,
      'Erreur de syntaxe YAML : « } » ne ferme rien ici (un de trop ?) : supprimez-le ; la suite du fichier n’est pas lue.',
    );
  });

  test('does not fire on near misses: a colon without a space, a quoted colon, a tab inside text', () => {
    assert.deepEqual(check(edit(CLEAN_PLAN, 'title: Demo plan', 'title: Demo:plan')), []);
    assert.deepEqual(check(edit(CLEAN_PLAN, 'title: Demo plan', 'title: "Demo: plan"')), []);
    assert.deepEqual(check(edit(CLEAN_PLAN, 'title: Demo plan', 'title: Demo\tplan')), []);
    assert.deepEqual(ofRule(check(CLEAN_PLAN), 'yaml/syntax'), []);
  });
});

describe('yaml/duplicate-key', () => {
  test('fires on the repeated key (the second one), covering the whole key', () => {
    const fixture = edit(CLEAN_PLAN, '  horizon: 2040\n', '  horizon: 2040\n  horizon: 2041\n');
    const findings = check(fixture);
    assert.equal(findings.length, 1, JSON.stringify(findings));
    const f = only(findings, 'yaml/duplicate-key');
    assert.equal(f.severity, 'error');
    const second = at(fixture, 'horizon', 1);
    assert.deepEqual(
      [f.line, f.column, f.endLine, f.endColumn],
      [second.line, second.column, second.line, second.column + 'horizon'.length],
    );
    assert.equal(
      f.message,
      "Key 'horizon' is repeated in the same mapping; YAML keeps only one of them. Remove or rename one.",
    );
    assert.equal(
      f.fr,
      "La clé 'horizon' est répétée dans le même bloc ; YAML n’en garde qu’une. Supprimez ou renommez l’une d’elles.",
    );
  });

  test('fires in a flow mapping, and names a quoted key without its quotes', () => {
    const flow = edit(
      CLEAN_PLAN,
      'cycle: { start: 2026, end: 2030 }',
      'cycle: { start: 2026, end: 2030, start: 2027 }',
    );
    const f = only(check(flow), 'yaml/duplicate-key');
    assert.deepEqual(startOf(f), at(flow, 'start', 1));
    assert.equal(f.endColumn, at(flow, 'start', 1).column + 'start'.length);
    assert.equal(
      f.message,
      "Key 'start' is repeated in the same mapping; YAML keeps only one of them. Remove or rename one.",
    );

    const quoted = edit(CLEAN_PLAN, '  horizon: 2040\n', '  horizon: 2040\n  "horizon": 2041\n');
    const g = only(check(quoted), 'yaml/duplicate-key');
    assert.deepEqual(startOf(g), at(quoted, '"horizon"'));
    assert.equal(g.endColumn, at(quoted, '"horizon"').column + '"horizon"'.length);
    assert.equal(
      g.message,
      "Key 'horizon' is repeated in the same mapping; YAML keeps only one of them. Remove or rename one.",
    );
  });

  test('fires once per repeat among many top-level keys, parsed in chunks, and in a large mapping', () => {
    // 40 unknown top-level keys are parsed as one chunk: the repeat inside it is reported once.
    const keys = Array.from({ length: 40 }, (_, i) => `extra_${i}: ${i}\n`).join('');
    const many = `${CLEAN_PLAN}${keys}extra_5: again\n`;
    const f = only(check(many), 'yaml/duplicate-key');
    assert.deepEqual(startOf(f), at(many, 'extra_5', 1));
    assert.equal(f.endColumn, at(many, 'extra_5', 1).column + 'extra_5'.length);
    // The same repeat inside one mapping of 2,000 keys (the parser's own check compared each with all).
    const nested = edit(
      CLEAN_PLAN,
      '  horizon: 2040\n',
      `  horizon: 2040\n  extra:\n${Array.from({ length: 2000 }, (_, i) => `    k${i}: ${i}\n`).join('')}    k7: 7\n`,
    );
    const g = only(check(nested), 'yaml/duplicate-key');
    assert.deepEqual(startOf(g), at(nested, 'k7:', 1));
  });

  test('does not fire on the same key in different mappings, or on keys differing in case', () => {
    // Every item of CLEAN_PLAN has its own `id` and `title`: same key, different mappings.
    assert.deepEqual(ofRule(check(CLEAN_PLAN), 'yaml/duplicate-key'), []);
    const cased = edit(CLEAN_PLAN, '  horizon: 2040\n', '  horizon: 2040\n  Horizon: 2041\n');
    assert.deepEqual(ofRule(check(cased), 'yaml/duplicate-key'), []);
  });
});

/** The one finding of `rule` (fails, showing every finding, if there is not exactly one). */
function only(findings: Seen[], rule: string): Seen {
  const mine = ofRule(findings, rule);
  assert.equal(mine.length, 1, `expected one ${rule}, got: ${JSON.stringify(findings, null, 1)}`);
  return mine[0];
}
