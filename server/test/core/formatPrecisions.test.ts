import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, check, CLEAN_PLAN, edit } from '../helpers';

// The "Precisions" of docs/plan-format.md, each as the checker reads it.

test('without an owners list, an owner is free text', () => {
  const text = edit(
    edit(CLEAN_PLAN, 'owners:\n  - { id: care, name: Care directorate }\n', ''),
    '            owner: care\n',
    '            owner: Direction des soins\n',
  );
  assert.deepEqual(check(text), []);
});

test('with an owners list, an owner must name one of its ids', () => {
  const text = edit(CLEAN_PLAN, '            owner: care\n', '            owner: Direction des soins\n');
  assert.deepEqual(
    check(text).map((f) => [f.rule, f.line, f.column]),
    [['ref/unknown', at(text, 'Direction').line, at(text, 'Direction').column]],
  );
});

test('an id of the wrong form in a reference is reported once, by the schema', () => {
  const text = edit(
    CLEAN_PLAN,
    '                contributes_to: [patients]',
    '                contributes_to: ["pat ients"]',
  );
  assert.deepEqual(
    check(text).map((f) => f.rule),
    ['schema/pattern'],
  );
});

test('a second YAML document is explained in the words of a plan author', () => {
  const findings = check(`${CLEAN_PLAN}---\nplan: {}\n`).filter((f) => f.rule === 'yaml/syntax');
  assert.deepEqual(
    findings.map((f) => [f.message, f.fr]),
    [
      [
        'YAML syntax error: A plan file holds one YAML document: remove the `---` line and what follows it, or move it to a file of its own',
        'Erreur de syntaxe YAML : un fichier de plan ne contient qu’un seul document YAML : supprimez la ligne `---` et ce qui la suit, ou déplacez-le dans un autre fichier',
      ],
    ],
  );
});

test('a dependency ending in the year the action starts is not reported (same year, order unknown)', () => {
  const text = edit(CLEAN_PLAN, '                start: 2028\n', '                start: 2027\n');
  assert.deepEqual(
    check(text).filter((f) => f.rule === 'date/dependency-order'),
    [],
  );
});

test('an unknown field is not taken for a field the mapping already has', () => {
  const typo = edit(
    CLEAN_PLAN,
    '                end: 2027\n',
    '                end: 2027\n                statuss: planned\n',
  );
  assert.deepEqual(
    check(typo).map((f) => f.message),
    ["`statuss` is not a field of action 'act-a'; did you mean `status`?"],
  );
  const both = edit(
    CLEAN_PLAN,
    '                end: 2027\n',
    '                end: 2027\n                status: planned\n                statuss: planned\n',
  );
  const [finding] = check(both);
  assert.equal(finding.rule, 'schema/unknown-field');
  assert.match(
    finding.message,
    /^`statuss` is not a field of action 'act-a'; its fields are id, title, details, start, end, due, status, /,
  );
});
