import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { quickFixes } from '../../src/core/features/codeActions/quickFixes';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import { CLEAN_PLAN, edit } from '../helpers';

const PLAN = 'plan.plan.yaml';

/**
 * The one finding of `rule` in the text, its English and French messages, and its first quick
 * fix applied: the slip, its suggestion in the message and as the preferred fix, in one look.
 */
function slip(text: string, rule: string) {
  const workspace = new PlanWorkspace();
  workspace.setFile(PLAN, text);
  const found = workspace.diagnostics(PLAN).filter((f) => f.ruleId === rule);
  assert.equal(
    found.length,
    1,
    `expected one ${rule}, got ${JSON.stringify(
      workspace.diagnostics(PLAN).map((f) => f.message.en),
      null,
      2,
    )}`,
  );
  const [finding] = found;
  const [first, ...others] = quickFixes({ plan: workspace.planOf(PLAN)!, file: workspace.file(PLAN)!, finding });
  assert.ok(first.preferred, 'the first fix is preferred');
  assert.ok(
    others.every((f) => !f.preferred),
    'only the first fix is preferred',
  );
  assert.equal(first.edits.length, 1);
  const [e] = first.edits;
  return {
    message: finding.message.en,
    fr: finding.message.fr,
    written: text.slice(e.range.start, e.range.end),
    newText: e.newText,
    fixed: text.slice(0, e.range.start) + e.newText + text.slice(e.range.end),
  };
}

/** Asserts the slip's suggestion: in both messages, and as the preferred fix replacing exactly the slip. */
function suggests(text: string, rule: string, written: string, word: string, quote = "'") {
  const s = slip(text, rule);
  assert.ok(s.message.includes(`did you mean ${quote}${word}${quote}`), s.message);
  assert.ok(s.fr.includes(`vouliez-vous dire ${quote}${word}${quote}`), s.fr);
  assert.deepEqual([s.written, s.newText], [written, word]);
  return s;
}

const actionA = (fields: string) =>
  edit(CLEAN_PLAN, '                start: 2026\n                end: 2027\n', fields);

describe("French enum values suggest the format's word", () => {
  const statuses: [string, string][] = [
    ['en-cours', 'in-progress'],
    ['en cours', 'in-progress'],
    ['prévu', 'planned'],
    ['terminé', 'done'],
    ['réalisé', 'done'],
    ['en retard', 'delayed'],
    ['annulé', 'cancelled'],
  ];
  for (const [french, english] of statuses) {
    test(`status: ${french} → ${english}`, () => {
      suggests(
        actionA(`                start: 2026\n                end: 2027\n                status: ${french}\n`),
        'schema/enum',
        french,
        english,
      );
    });
  }

  test('the exact message for `en-cours`', () => {
    const s = slip(
      actionA('                start: 2026\n                end: 2027\n                status: en-cours\n'),
      'schema/enum',
    );
    assert.equal(
      s.message,
      "`status` of action 'act-a' is 'en-cours'; expected one of planned, in-progress, done, delayed, cancelled — did you mean 'in-progress'?",
    );
    assert.equal(
      s.fr,
      "`status` de l’action 'act-a' vaut 'en-cours' ; valeurs permises : planned, in-progress, done, delayed, cancelled — vouliez-vous dire 'in-progress' ?",
    );
  });

  for (const [french, english] of [
    ['hausse', 'increase'],
    ['baisse', 'decrease'],
    ['stable', 'maintain'],
    ['maintien', 'maintain'],
  ]) {
    test(`direction: ${french} → ${english}`, () => {
      suggests(
        edit(
          CLEAN_PLAN,
          '    unit: patients\n    direction: increase\n',
          `    unit: patients\n    direction: ${french}\n`,
        ),
        'schema/enum',
        french,
        english,
      );
    });
  }

  test('measure: annuel → annual; plan status: brouillon → draft, adopté → adopted', () => {
    suggests(edit(CLEAN_PLAN, 'measure: annual', 'measure: annuel'), 'schema/enum', 'annuel', 'annual');
    for (const [french, english] of [
      ['brouillon', 'draft'],
      ['adopté', 'adopted'],
    ]) {
      suggests(
        edit(CLEAN_PLAN, '  horizon: 2040\n', `  horizon: 2040\n  status: ${french}\n`),
        'schema/enum',
        french,
        english,
      );
    }
  });
});

describe("French field names suggest the format's field", () => {
  const fields: [string, string, string][] = [
    // [the text to change, the French field written instead, the field suggested]
    ['    label: Patients included\n', 'libellé', 'label'],
    ['            owner: care\n', 'responsable', 'owner'],
    ['            owner: care\n', 'pilote', 'owner'],
    ['{ title: Step, due: 2028-S2 }', 'échéance', 'due'],
    ['                start: 2026\n', 'début', 'start'],
    ['                end: 2027\n', 'fin', 'end'],
    ['                milestones:\n', 'jalons', 'milestones'],
    ['    targets:\n      - value: 1000\n', 'cibles', 'targets'],
    ['    baseline: { value: 500, year: 2024 }\n', 'référence', 'baseline'],
    ['                depends_on: [act-a]\n', 'dépend_de', 'depends_on'],
    ['            indicators: [patients, funds]\n', 'indicateurs', 'indicators'],
    ['                title: Action A\n', 'titre', 'title'],
  ];
  for (const [from, french, english] of fields) {
    test(`${french} → ${english}`, () => {
      const key = from.includes('{ title: Step') ? 'due' : /(\w+):/.exec(from)![1];
      suggests(
        edit(CLEAN_PLAN, from, from.replace(`${key}:`, `${french}:`)),
        'schema/unknown-field',
        french,
        english,
        '`',
      );
    });
  }

  test('statut → status, with the exact message', () => {
    const s = slip(
      actionA('                start: 2026\n                end: 2027\n                statut: planned\n'),
      'schema/unknown-field',
    );
    assert.equal(s.message, "`statut` is not a field of action 'act-a'; did you mean `status`?");
    assert.equal(s.fr, "`statut` n’est pas un champ de l’action 'act-a' ; vouliez-vous dire `status` ?");
  });
});

describe("dates written another way suggest the format's date", () => {
  const dates: [string, string][] = [
    ['30/06/2027', '2027-06-30'],
    ['juin 2028', '2028-06'],
    ['June 2028', '2028-06'],
    ['T4 2029', '2029-T4'],
    ['S2 2027', '2027-S2'],
  ];
  for (const [written, date] of dates) {
    test(`${written} → ${date}`, () => {
      suggests(
        actionA(`                start: 2026\n                end: ${written}\n`),
        'date/invalid',
        written,
        date,
      );
    });
  }

  test('2027-02-30 says February 2027 has 28 days and offers 2027-02-28', () => {
    const s = suggests(
      actionA('                start: 2026\n                end: 2027-02-30\n'),
      'date/invalid',
      '2027-02-30',
      '2027-02-28',
    );
    assert.equal(
      s.message,
      "`end` of action 'act-a' is '2027-02-30', but February 2027 has 28 days — did you mean '2027-02-28'?",
    );
    assert.equal(
      s.fr,
      "`end` de l’action 'act-a' vaut '2027-02-30', mais février 2027 compte 28 jours — vouliez-vous dire '2027-02-28' ?",
    );
  });

  test('2027-T2, the French quarter, is a date like 2027-Q2', () => {
    const workspace = new PlanWorkspace();
    workspace.setFile(PLAN, actionA('                start: 2026-T2\n                end: 2027-T4\n'));
    assert.deepEqual(
      workspace.diagnostics(PLAN).map((f) => f.ruleId),
      [],
    );
  });
});

describe('ids: accents, shortened forms and owners by name', () => {
  test('an accented id suggests the unaccented one', () => {
    const s = suggests(
      edit(CLEAN_PLAN, 'indicators: [patients, funds]', 'indicators: [pâtients, funds]'),
      'schema/pattern',
      'pâtients',
      'patients',
    );
    assert.equal(
      s.message,
      "`indicators` #1 of objective 'obj' is 'pâtients', which is not a valid id: use letters without accents, digits, '.', '_' or '-', starting with a letter or digit — did you mean 'patients'?",
    );
  });

  test('a shortened form of exactly one id suggests it (marche-dpi → marche-public-dpi)', () => {
    const text = edit(
      edit(CLEAN_PLAN, '- id: act-a\n', '- id: marche-public-dpi\n'),
      'depends_on: [act-a]',
      'depends_on: [marche-dpi]',
    );
    const s = suggests(text, 'ref/unknown', 'marche-dpi', 'marche-public-dpi');
    assert.equal(
      s.message,
      "`depends_on` of action 'act-b' names 'marche-dpi', which is not an action of the plan — did you mean 'marche-public-dpi'?",
    );
  });

  test('an owner written by its name or initials suggests its id, with its name (direction-rh → drh)', () => {
    const text = edit(
      edit(
        CLEAN_PLAN,
        '  - { id: care, name: Care directorate }\n',
        '  - { id: care, name: Care directorate }\n  - { id: drh, name: Direction des ressources humaines }\n',
      ),
      '            owner: care\n',
      '            owner: direction-rh\n',
    );
    const s = suggests(text, 'ref/unknown', 'direction-rh', 'drh');
    assert.equal(
      s.message,
      "`owner` of objective 'obj' names 'direction-rh', which is not an owner of the plan — did you mean 'drh' (Direction des ressources humaines)?",
    );
    assert.equal(
      s.fr,
      "`owner` de l’objectif 'obj' cite 'direction-rh', qui n’est pas un responsable du plan — vouliez-vous dire 'drh' (Direction des ressources humaines) ?",
    );
    suggests(
      edit(text, 'owner: direction-rh', 'owner: direction-des-ressources-humaines'),
      'ref/unknown',
      'direction-des-ressources-humaines',
      'drh',
    );
  });
});

describe('parts: part_of nearly naming a root', () => {
  test('gets a did-you-mean and the preferred fix', () => {
    const workspace = new PlanWorkspace();
    const part = 'part_of: dem\naxis: care-axis\nobjectives: []\n';
    workspace.setFile(PLAN, CLEAN_PLAN);
    workspace.setFile('part.plan.yaml', part);
    const [finding] = workspace.diagnostics('part.plan.yaml').filter((f) => f.ruleId === 'ref/unknown-plan');
    assert.equal(finding.severity, 'error');
    assert.equal(
      finding.message.en,
      "`part_of` names the plan 'dem', but no root plan file declares it, so this part is left out of the plan — did you mean 'demo'?",
    );
    const [fix] = quickFixes({
      plan: workspace.planOf('part.plan.yaml')!,
      file: workspace.file('part.plan.yaml')!,
      finding,
    });
    assert.deepEqual(
      { preferred: fix.preferred, edits: fix.edits },
      { preferred: true, edits: [{ uri: 'part.plan.yaml', range: { start: 9, end: 12 }, newText: 'demo' }] },
    );
  });
});
