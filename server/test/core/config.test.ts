import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig, type JalonConfig } from '../../src/core/config/config';
import { at, check, CLEAN_PLAN, edit, ofRule } from '../helpers';

/** The offsets of `needle` in `text` (its first appearance). */
function rangeOf(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  assert.notEqual(start, -1, `config text lacks ${needle}`);
  return { start, end: start + needle.length };
}

/** A plan with an unknown field on the first indicator (schema/unknown-field, a warning by default). */
const UNKNOWN_FIELD = edit(
  CLEAN_PLAN,
  '    label: Patients included\n',
  '    label: Patients included\n    colour: blue\n',
);
/** A plan whose action act-a has no date (coverage/action-without-date, an info by default). */
const NO_DATE = edit(CLEAN_PLAN, '                start: 2026\n                end: 2027\n', '');

describe('jalon.config.yaml: parseConfig', () => {
  test('reads rule settings and file globs', () => {
    const text =
      'rules:\n  schema/unknown-field: error\n  date/cycle-length: off\n  target/direction: warning\n  coverage/unused-indicator: info\nfiles:\n  - "plans/**/*.plan.yaml"\n';
    assert.deepEqual(parseConfig(text), {
      config: {
        rules: {
          'schema/unknown-field': 'error',
          'date/cycle-length': 'off',
          'target/direction': 'warning',
          'coverage/unused-indicator': 'info',
        },
        files: ['plans/**/*.plan.yaml'],
      },
      problems: [],
    });
  });

  test('an empty file is an empty configuration', () => {
    assert.deepEqual(parseConfig(''), { config: { rules: {} }, problems: [] });
  });

  test('an unknown rule is a problem on its key, with did-you-mean; the other rules still apply', () => {
    const text = 'rules:\n  schema/unkown-field: error\n  target/direction: info\n';
    const { config, problems } = parseConfig(text);
    assert.deepEqual(config.rules, { 'target/direction': 'info' });
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0].range, rangeOf(text, 'schema/unkown-field'));
    assert.equal(problems[0].message.en, "Unknown rule 'schema/unkown-field'; did you mean 'schema/unknown-field'?");
    assert.equal(
      problems[0].message.fr,
      "Règle 'schema/unkown-field' inconnue ; vouliez-vous dire 'schema/unknown-field' ?",
    );
  });

  test('an unknown rule far from every id has no suggestion', () => {
    const text = 'rules:\n  totally-bogus: off\n';
    const { problems } = parseConfig(text);
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0].range, rangeOf(text, 'totally-bogus'));
    assert.equal(problems[0].message.en, "Unknown rule 'totally-bogus'.");
  });

  test('a bad severity is a problem on the value, and the rule keeps its default', () => {
    const text = 'rules:\n  date/cycle-length: warn\n  target/direction: info\n';
    const { config, problems } = parseConfig(text);
    assert.deepEqual(config.rules, { 'target/direction': 'info' });
    assert.equal(problems.length, 1);
    assert.deepEqual(problems[0].range, rangeOf(text, 'warn'));
    assert.equal(problems[0].message.en, "Rule 'date/cycle-length' is set to 'warn'; use off, info, warning or error.");
    assert.equal(
      problems[0].message.fr,
      "La règle 'date/cycle-length' vaut 'warn' ; utilisez off, info, warning ou error.",
    );
  });

  test('an unknown top-level setting and a `files` that is not a list are problems', () => {
    const text = 'rulez: {}\nfiles: plans\n';
    const { config, problems } = parseConfig(text);
    assert.deepEqual(config, { rules: {} });
    const plans = rangeOf(text, 'plans\n');
    assert.deepEqual(
      problems.map((p) => p.range),
      [rangeOf(text, 'rulez'), { start: plans.start, end: plans.end - 1 }],
    );
    assert.equal(
      problems[0].message.en,
      'Unknown setting `rulez`; the configuration has `rules`, `files`, `max_file_size` and `diff`.',
    );
    assert.equal(problems[1].message.en, '`files` must be a list of globs (`- "plans/**/*.plan.yaml"`).');
  });

  test('`off` is the word off, not a YAML 1.1 boolean', () => {
    assert.deepEqual(parseConfig('rules:\n  schema/unknown-field: off\n').config.rules, {
      'schema/unknown-field': 'off',
    });
  });
});

describe('jalon.config.yaml: severities applied by check', () => {
  const configWith = (rules: JalonConfig['rules']): JalonConfig => ({ rules });

  test('without configuration each rule has its default severity', () => {
    assert.equal(ofRule(check(UNKNOWN_FIELD), 'schema/unknown-field')[0].severity, 'warning');
    assert.equal(ofRule(check(NO_DATE), 'coverage/action-without-date')[0].severity, 'info');
  });

  test("off removes the rule's findings, and only that rule's", () => {
    const fixture = edit(UNKNOWN_FIELD, 'number: 1', 'number: one');
    const findings = check(fixture, configWith({ 'schema/unknown-field': 'off' }));
    assert.deepEqual(
      findings.map((f) => f.rule),
      ['schema/type'],
    );
  });

  test('info, warning and error replace the default severity, at the same place', () => {
    for (const severity of ['info', 'warning', 'error'] as const) {
      const findings = check(UNKNOWN_FIELD, configWith({ 'schema/unknown-field': severity }));
      assert.deepEqual(
        findings.map((f) => [f.rule, f.severity, f.line, f.column]),
        [['schema/unknown-field', severity, ...Object.values(at(UNKNOWN_FIELD, 'colour'))]],
      );
    }
    const raised = check(NO_DATE, configWith({ 'coverage/action-without-date': 'error' }));
    assert.deepEqual(
      raised.map((f) => [f.rule, f.severity]),
      [['coverage/action-without-date', 'error']],
    );
  });

  test('a configuration parsed from text applies the same way', () => {
    const { config } = parseConfig('rules:\n  schema/unknown-field: error\n  coverage/action-without-date: off\n');
    const fixture = edit(UNKNOWN_FIELD, '                start: 2026\n                end: 2027\n', '');
    assert.deepEqual(
      check(fixture, config).map((f) => [f.rule, f.severity]),
      [['schema/unknown-field', 'error']],
    );
  });

  test('a setting for another rule changes nothing', () => {
    const findings = check(UNKNOWN_FIELD, configWith({ 'schema/enum': 'off', 'target/direction': 'info' }));
    assert.deepEqual(
      findings.map((f) => [f.rule, f.severity]),
      [['schema/unknown-field', 'warning']],
    );
  });
});

describe('suppression comments', () => {
  /** An unknown field and a bad date on the milestone line, and an unknown field on indicator funds. */
  const MILESTONE = '                  - { title: Step, due: 2028-S3, sttaus: done }';
  const BASE = edit(
    edit(CLEAN_PLAN, '                  - { title: Step, due: 2028-S2 }', MILESTONE),
    '    label: Funds raised\n',
    '    label: Funds raised\n    colour: blue\n',
  );
  const withLineAbove = (comment: string) => edit(BASE, MILESTONE, `                  ${comment}\n${MILESTONE}`);
  const summary = (text: string) => check(text).map((f) => `${f.rule}@${f.line}:${f.column}`);

  test('without a comment, all three findings are reported', () => {
    assert.deepEqual(summary(BASE), [
      `schema/unknown-field@${at(BASE, 'colour').line}:${at(BASE, 'colour').column}`,
      `date/invalid@${at(BASE, '2028-S3').line}:${at(BASE, '2028-S3').column}`,
      `schema/unknown-field@${at(BASE, 'sttaus').line}:${at(BASE, 'sttaus').column}`,
    ]);
  });

  test('jalon-disable-next-line silences the named rule on the next line only', () => {
    const fixture = withLineAbove('# jalon-disable-next-line schema/unknown-field');
    assert.deepEqual(summary(fixture), [
      `schema/unknown-field@${at(fixture, 'colour').line}:${at(fixture, 'colour').column}`,
      `date/invalid@${at(fixture, '2028-S3').line}:${at(fixture, '2028-S3').column}`,
    ]);
  });

  test('jalon-disable-next-line with several rule ids silences each of them', () => {
    const fixture = withLineAbove('# jalon-disable-next-line schema/unknown-field date/invalid');
    assert.deepEqual(summary(fixture), [
      `schema/unknown-field@${at(fixture, 'colour').line}:${at(fixture, 'colour').column}`,
    ]);
  });

  test('jalon-disable silences the named rule in the whole file, from any line', () => {
    const fixture = `${BASE}# jalon-disable schema/unknown-field\n`;
    assert.deepEqual(summary(fixture), [
      `date/invalid@${at(fixture, '2028-S3').line}:${at(fixture, '2028-S3').column}`,
    ]);
    const atTop = `# jalon-disable date/invalid\n${BASE}`;
    assert.deepEqual(
      check(atTop).map((f) => f.rule),
      ['schema/unknown-field', 'schema/unknown-field'],
    );
  });

  test('does not silence a rule it does not name, nor a line it does not precede', () => {
    assert.deepEqual(summary(withLineAbove('# jalon-disable-next-line schema/enum')).length, 3);
    assert.deepEqual(summary(`${BASE}# jalon-disable coverage/action-without-date\n`).length, 3);
    // Above `milestones:`, the comment applies to that line only, not to the milestone below it.
    const early = edit(
      BASE,
      '                milestones:\n',
      '                # jalon-disable-next-line schema/unknown-field\n                milestones:\n',
    );
    assert.equal(ofRule(check(early), 'schema/unknown-field').length, 2);
  });
});
