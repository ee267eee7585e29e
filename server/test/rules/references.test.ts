import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertCovers, at, check, checkFiles, CLEAN_PLAN, edit, ofRule, one, withPart } from '../helpers';

/** A part of CLEAN_PLAN's plan `demo` that has no finding with it. */
const PART = `part_of: demo
axis: care-axis
ambition: quality
owners:
  - { id: research, name: Research directorate }
indicators:
  - id: trials
    label: Trials open
    unit: trials
    direction: increase
    baseline: { value: 10, year: 2024 }
    targets:
      - { value: 20, by: 2030, quote: "open 20 trials by 2030" }
objectives:
  - id: part-obj
    title: Part objective
    owner: research
    indicators: [trials]
    actions:
      - id: part-act
        title: Part action
        start: 2027
        end: 2028
        owner: research
        contributes_to: [trials]
        depends_on: [act-a]
`;

/** CLEAN_PLAN with a second axis, whose ambition `reach` a part of axis `care-axis` may not name. */
const TWO_AXES = `${CLEAN_PLAN}  - id: other-axis
    title: Other
    ambitions:
      - id: reach
        title: Reach
        stakes: Why reach matters.
        objectives:
          - id: reach-obj
            title: Reach objective
            intention: What we intend.
            owner: care
            indicators: [patients]
            actions:
              - id: reach-act
                title: Reach action
                start: 2026
                end: 2027
`;

test('the fixtures of this file are clean', () => {
  assert.deepEqual(withPart(PART), []);
  assert.deepEqual(ofRule(check(TWO_AXES), 'ref/unknown'), []);
  assert.deepEqual(ofRule(check(TWO_AXES), 'ref/duplicate-id'), []);
});

describe('ref/duplicate-id', () => {
  test('fires on the second of two actions sharing an id, naming the first', () => {
    const text = edit(CLEAN_PLAN, 'id: act-b', 'id: act-a');
    const f = one(check(text), 'ref/duplicate-id');
    assert.equal(f.severity, 'error');
    assertCovers(f, text, 'id: act-a\n                title: Action B', 'act-a');
    assert.equal(
      f.message,
      `Action 'act-a' has the id 'act-a' of action 'act-a' (line ${at(text, 'id: act-a').line}); ids must be unique in the plan: rename one.`,
    );
    assert.equal(
      f.fr,
      `L’action 'act-a' a l’identifiant 'act-a' déjà pris par l’action 'act-a' (ligne ${at(text, 'id: act-a').line}) ; les identifiants sont uniques dans le plan : renommez l’un d’eux.`,
    );
  });

  test('fires across kinds: an action with the id of an indicator', () => {
    const text = edit(CLEAN_PLAN, 'id: act-b', 'id: funds');
    const f = one(check(text), 'ref/duplicate-id');
    assertCovers(f, text, '- id: funds\n                title: Action B', 'funds');
    assert.equal(
      f.message,
      `Action 'funds' has the id 'funds' of indicator 'funds' (line ${at(text, '- id: funds').line}); ids must be unique in the plan: rename one.`,
    );
  });

  test('fires on a milestone id that an owner already has', () => {
    const text = edit(CLEAN_PLAN, '{ title: Step, due: 2028-S2 }', '{ id: care, title: Step, due: 2028-S2 }');
    const f = one(check(text), 'ref/duplicate-id');
    assertCovers(f, text, '{ id: care, title: Step', 'care');
    assert.match(f.message, /^Milestone 'care' has the id 'care' of owner 'care' \(line 9\)/);
  });

  test('fires in the part file when a part reuses an id of the root, naming the root file and line', () => {
    const part = edit(PART, 'id: part-act', 'id: act-b');
    const f = one(withPart(part), 'ref/duplicate-id');
    assertCovers(f, part, 'id: act-b', 'act-b', 'part.plan.yaml');
    const line = at(CLEAN_PLAN, 'id: act-b').line;
    assert.equal(
      f.message,
      `Action 'act-b' has the id 'act-b' of action 'act-b' (root.plan.yaml:${line}); ids must be unique in the plan: rename one.`,
    );
    assert.equal(
      f.fr,
      `L’action 'act-b' a l’identifiant 'act-b' déjà pris par l’action 'act-b' (root.plan.yaml:${line}) ; les identifiants sont uniques dans le plan : renommez l’un d’eux.`,
    );
  });

  test('the part is the one reported even when its item is of a kind listed before the root’s (an indicator vs an action)', () => {
    const part = edit(PART, '  - id: trials', '  - id: act-b');
    const f = one(withPart(part), 'ref/duplicate-id');
    assertCovers(f, part, '- id: act-b', 'act-b', 'part.plan.yaml');
    assert.equal(
      f.message,
      `Indicator 'act-b' has the id 'act-b' of action 'act-b' (root.plan.yaml:${at(CLEAN_PLAN, 'id: act-b').line}); ids must be unique in the plan: rename one.`,
    );
  });

  test('fires once per later duplicate: three items, two findings', () => {
    const text = edit(
      edit(CLEAN_PLAN, 'id: act-b', 'id: act-a'),
      '{ title: Step, due: 2028-S2 }',
      '{ id: act-a, title: Step, due: 2028-S2 }',
    );
    const found = ofRule(check(text), 'ref/duplicate-id');
    assert.deepEqual(
      found.map((f) => f.line),
      [at(text, 'id: act-a', 1).line, at(text, 'id: act-a', 2).line],
    );
  });

  test('fires on the later of two root files declaring the same plan id', () => {
    const findings = checkFiles({ 'a.plan.yaml': CLEAN_PLAN, 'b.plan.yaml': CLEAN_PLAN });
    const f = one(findings, 'ref/duplicate-id');
    assertCovers(f, CLEAN_PLAN, 'id: demo', 'demo', 'b.plan.yaml');
    assert.equal(f.severity, 'error');
    assert.equal(
      f.message,
      "The plan id 'demo' is already declared by another root file (a.plan.yaml:2); give each plan its own id.",
    );
    assert.equal(
      f.fr,
      "L’identifiant de plan 'demo' est déjà déclaré par un autre fichier racine (a.plan.yaml:2) ; donnez à chaque plan son propre identifiant.",
    );
  });

  test('does not fire when root and part use distinct ids', () => {
    assert.deepEqual(ofRule(withPart(PART), 'ref/duplicate-id'), []);
  });

  test('does not fire across two different plans: ids are unique within a plan only', () => {
    const findings = checkFiles({
      'a.plan.yaml': CLEAN_PLAN,
      'b.plan.yaml': edit(CLEAN_PLAN, 'id: demo', 'id: demo-2'),
    });
    assert.deepEqual(ofRule(findings, 'ref/duplicate-id'), []);
  });

  test('does not fire on a reference that repeats an id (naming is not declaring)', () => {
    assert.deepEqual(ofRule(check(CLEAN_PLAN), 'ref/duplicate-id'), []);
  });
});

describe('ref/unknown', () => {
  test('fires on an objective’s `indicators` entry, with a did-you-mean', () => {
    const text = edit(CLEAN_PLAN, 'indicators: [patients, funds]', 'indicators: [patient, funds]');
    const f = one(check(text), 'ref/unknown');
    assert.equal(f.severity, 'error');
    assertCovers(f, text, 'indicators: [patient, funds]', 'patient');
    assert.equal(
      f.message,
      "`indicators` of objective 'obj' names 'patient', which is not an indicator of the plan — did you mean 'patients'?",
    );
    assert.equal(
      f.fr,
      "`indicators` de l’objectif 'obj' cite 'patient', qui n’est pas un indicateur du plan — vouliez-vous dire 'patients' ?",
    );
  });

  test('fires on a `contributes_to` entry with no near id: no did-you-mean', () => {
    const text = edit(CLEAN_PLAN, 'contributes_to: [patients]', 'contributes_to: [beds]');
    const f = one(check(text), 'ref/unknown');
    assertCovers(f, text, 'contributes_to: [beds]', 'beds');
    assert.equal(f.message, "`contributes_to` of action 'act-a' names 'beds', which is not an indicator of the plan.");
    assert.equal(f.fr, "`contributes_to` de l’action 'act-a' cite 'beds', qui n’est pas un indicateur du plan.");
  });

  test('fires on a `depends_on` entry', () => {
    const text = edit(CLEAN_PLAN, 'depends_on: [act-a]', 'depends_on: [act-aa]');
    const f = one(check(text), 'ref/unknown');
    assertCovers(f, text, 'depends_on: [act-aa]', 'act-aa');
    assert.equal(
      f.message,
      "`depends_on` of action 'act-b' names 'act-aa', which is not an action of the plan — did you mean 'act-a'?",
    );
  });

  test('fires on an indicator’s `part_of`', () => {
    const text = edit(CLEAN_PLAN, '    measure: annual\n', '    measure: annual\n    part_of: patient\n');
    const f = one(check(text), 'ref/unknown');
    assertCovers(f, text, 'part_of: patient', 'patient');
    assert.equal(
      f.message,
      "`part_of` of indicator 'funds' names 'patient', which is not an indicator of the plan — did you mean 'patients'?",
    );
  });

  test('fires on an objective’s `owner` when the plan has an owners registry', () => {
    const text = edit(CLEAN_PLAN, 'owner: care', 'owner: cares');
    const f = one(check(text), 'ref/unknown');
    assertCovers(f, text, 'owner: cares', 'cares');
    assert.equal(
      f.message,
      "`owner` of objective 'obj' names 'cares', which is not an owner of the plan — did you mean 'care' (Care directorate)?",
    );
    assert.equal(
      f.fr,
      "`owner` de l’objectif 'obj' cite 'cares', qui n’est pas un responsable du plan — vouliez-vous dire 'care' (Care directorate) ?",
    );
  });

  test('fires on an action’s `owner` when the plan has an owners registry', () => {
    const text = edit(
      CLEAN_PLAN,
      '                title: Action A\n',
      '                title: Action A\n                owner: nursing\n',
    );
    const f = one(check(text), 'ref/unknown');
    assertCovers(f, text, 'owner: nursing', 'nursing');
    assert.equal(f.message, "`owner` of action 'act-a' names 'nursing', which is not an owner of the plan.");
  });

  test('fires on a root’s owner when only a part declares the registry', () => {
    const root = edit(CLEAN_PLAN, 'owners:\n  - { id: care, name: Care directorate }\n', '');
    const f = one(withPart(PART, root), 'ref/unknown');
    assertCovers(f, root, 'owner: care', 'care', 'root.plan.yaml');
    assert.equal(f.message, "`owner` of objective 'obj' names 'care', which is not an owner of the plan.");
  });

  test('fires on a part’s `axis`, with a did-you-mean', () => {
    const part = edit(PART, 'axis: care-axis', 'axis: care-axes');
    const f = one(withPart(part), 'ref/unknown');
    assertCovers(f, part, 'axis: care-axes', 'care-axes', 'part.plan.yaml');
    assert.equal(
      f.message,
      "`axis` of this part names 'care-axes', which is not an axis of the plan — did you mean 'care-axis'?",
    );
    assert.equal(
      f.fr,
      "`axis` de cette partie cite 'care-axes', qui n’est pas un axe du plan — vouliez-vous dire 'care-axis' ?",
    );
  });

  test('fires on a part’s `ambition`, naming the axis it was looked for in', () => {
    const part = edit(PART, 'ambition: quality', 'ambition: qualty');
    const f = one(withPart(part), 'ref/unknown');
    assertCovers(f, part, 'ambition: qualty', 'qualty', 'part.plan.yaml');
    assert.equal(
      f.message,
      "`ambition` of this part names 'qualty', which is not an ambition of axis 'care-axis' — did you mean 'quality'?",
    );
    assert.equal(
      f.fr,
      "`ambition` de cette partie cite 'qualty', qui n’est pas une ambition de l’axe 'care-axis' — vouliez-vous dire 'quality' ?",
    );
  });

  test('fires on a part’s `ambition` that belongs to another axis', () => {
    const part = edit(PART, 'ambition: quality', 'ambition: reach');
    const f = one(withPart(part, TWO_AXES), 'ref/unknown');
    assertCovers(f, part, 'ambition: reach', 'reach', 'part.plan.yaml');
    assert.equal(f.message, "`ambition` of this part names 'reach', which is not an ambition of axis 'care-axis'.");
    assert.deepEqual(ofRule(withPart(part, TWO_AXES), 'ref/wrong-kind'), []);
  });

  test('fires on each unknown entry of a list', () => {
    const text = edit(CLEAN_PLAN, 'indicators: [patients, funds]', 'indicators: [beds, funds, staff]');
    assert.deepEqual(
      ofRule(check(text), 'ref/unknown').map((f) => f.column),
      [at(text, 'beds').column, at(text, 'staff').column],
    );
  });

  test('does not fire on references that name items of the right kind (root and part together)', () => {
    assert.deepEqual(ofRule(withPart(PART), 'ref/unknown'), []);
  });

  test('does not fire on an unregistered `owner` when no file declares `owners`', () => {
    const text = edit(
      edit(CLEAN_PLAN, 'owners:\n  - { id: care, name: Care directorate }\n', ''),
      'owner: care',
      'owner: nobody',
    );
    assert.deepEqual(ofRule(check(text), 'ref/unknown'), []);
  });

  test('does not fire in a part whose root is missing (ref/unknown-plan says why)', () => {
    const part = edit(PART, 'contributes_to: [trials]', 'contributes_to: [nothing]');
    const findings = checkFiles({ 'part.plan.yaml': part });
    assert.deepEqual(ofRule(findings, 'ref/unknown'), []);
    assert.equal(ofRule(findings, 'ref/unknown-plan').length, 1);
  });

  test('does not fire when a part names an ambition of its own axis', () => {
    assert.deepEqual(ofRule(withPart(PART, TWO_AXES), 'ref/unknown'), []);
  });
});

describe('ref/wrong-kind', () => {
  test('fires on `contributes_to` naming an action', () => {
    const text = edit(CLEAN_PLAN, 'contributes_to: [patients]', 'contributes_to: [act-b]');
    const findings = check(text);
    const f = one(findings, 'ref/wrong-kind');
    assert.equal(f.severity, 'error');
    assertCovers(f, text, 'contributes_to: [act-b]', 'act-b');
    assert.equal(f.message, "`contributes_to` of action 'act-a' names 'act-b', which is an action, not an indicator.");
    assert.equal(f.fr, "`contributes_to` de l’action 'act-a' cite 'act-b', qui est une action et non un indicateur.");
    assert.deepEqual(ofRule(findings, 'ref/unknown'), []);
  });

  test('fires on `depends_on` naming an indicator', () => {
    const text = edit(CLEAN_PLAN, 'depends_on: [act-a]', 'depends_on: [funds]');
    const f = one(check(text), 'ref/wrong-kind');
    assertCovers(f, text, 'depends_on: [funds]', 'funds');
    assert.equal(f.message, "`depends_on` of action 'act-b' names 'funds', which is an indicator, not an action.");
  });

  test('fires on an objective’s `indicators` naming an objective', () => {
    const text = edit(CLEAN_PLAN, 'indicators: [patients, funds]', 'indicators: [patients, obj]');
    const f = one(check(text), 'ref/wrong-kind');
    assertCovers(f, text, 'indicators: [patients, obj]', 'obj');
    assert.equal(f.message, "`indicators` of objective 'obj' names 'obj', which is an objective, not an indicator.");
  });

  test('fires on `owner` naming an indicator when there is a registry', () => {
    const text = edit(CLEAN_PLAN, 'owner: care', 'owner: patients');
    const f = one(check(text), 'ref/wrong-kind');
    assertCovers(f, text, 'owner: patients', 'patients');
    assert.equal(f.message, "`owner` of objective 'obj' names 'patients', which is an indicator, not an owner.");
  });

  test('fires on a part’s `axis` naming an ambition', () => {
    const part = edit(PART, 'axis: care-axis\nambition: quality\n', 'axis: quality\n');
    const f = one(withPart(part), 'ref/wrong-kind');
    assertCovers(f, part, 'axis: quality', 'quality', 'part.plan.yaml');
    assert.equal(f.message, "`axis` of this part names 'quality', which is an ambition, not an axis.");
  });

  test('fires on a part’s `ambition` naming an objective (not ref/unknown)', () => {
    const part = edit(PART, 'ambition: quality', 'ambition: obj');
    const findings = withPart(part);
    const f = one(findings, 'ref/wrong-kind');
    assertCovers(f, part, 'ambition: obj', 'obj', 'part.plan.yaml');
    assert.equal(f.message, "`ambition` of this part names 'obj', which is an objective, not an ambition.");
    assert.equal(f.fr, "`ambition` de cette partie cite 'obj', qui est un objectif et non une ambition.");
    assert.deepEqual(ofRule(findings, 'ref/unknown'), []);
  });

  test('does not fire when the id names an item of the right kind', () => {
    assert.deepEqual(ofRule(withPart(PART), 'ref/wrong-kind'), []);
  });

  test('does not fire when a duplicated id names an item of the right kind too (ref/duplicate-id only)', () => {
    const text = edit(CLEAN_PLAN, 'id: act-b', 'id: funds');
    const findings = check(text);
    assert.deepEqual(ofRule(findings, 'ref/wrong-kind'), []);
    assert.equal(ofRule(findings, 'ref/duplicate-id').length, 1);
  });

  test('does not fire on an owner named like an indicator when there is no registry', () => {
    const text = edit(
      edit(CLEAN_PLAN, 'owners:\n  - { id: care, name: Care directorate }\n', ''),
      'owner: care',
      'owner: patients',
    );
    assert.deepEqual(ofRule(check(text), 'ref/wrong-kind'), []);
  });
});

/** CLEAN_PLAN with a third action `act-c` (2029–2030) depending on the given ids. */
function withActC(plan: string, dependsOn: string): string {
  return `${plan}              - id: act-c
                title: Action C
                start: 2029
                end: 2030
                depends_on: [${dependsOn}]
`;
}

describe('ref/dependency-cycle', () => {
  test('fires once on a two-action cycle, showing it a → b → a', () => {
    const text = edit(
      CLEAN_PLAN,
      '                end: 2027\n',
      '                end: 2027\n                depends_on: [act-b]\n',
    );
    const f = one(check(text), 'ref/dependency-cycle');
    assert.equal(f.severity, 'error');
    assertCovers(f, text, 'depends_on: [act-b]', 'act-b');
    assert.equal(
      f.message,
      '`depends_on` forms a cycle: act-a → act-b → act-a; no action of it can start. Remove one dependency.',
    );
    assert.equal(
      f.fr,
      '`depends_on` forme un cycle : act-a → act-b → act-a ; aucune de ces actions ne peut commencer. Supprimez une dépendance.',
    );
  });

  test('fires once on a three-action cycle, showing the whole path', () => {
    const text = withActC(
      edit(
        CLEAN_PLAN,
        '                end: 2027\n',
        '                end: 2027\n                depends_on: [act-c]\n',
      ),
      'act-b',
    );
    const f = one(check(text), 'ref/dependency-cycle');
    assertCovers(f, text, 'depends_on: [act-c]', 'act-c');
    assert.equal(
      f.message,
      '`depends_on` forms a cycle: act-a → act-c → act-b → act-a; no action of it can start. Remove one dependency.',
    );
  });

  test('fires on an action that depends on itself', () => {
    const text = edit(CLEAN_PLAN, 'depends_on: [act-a]', 'depends_on: [act-b]');
    const f = one(check(text), 'ref/dependency-cycle');
    assertCovers(f, text, 'depends_on: [act-b]', 'act-b');
    assert.equal(
      f.message,
      '`depends_on` forms a cycle: act-b → act-b; no action of it can start. Remove one dependency.',
    );
  });

  test('fires on a cycle that runs through a part file', () => {
    const root = edit(
      CLEAN_PLAN,
      '                end: 2027\n',
      '                end: 2027\n                depends_on: [part-act]\n',
    );
    const f = one(withPart(PART, root), 'ref/dependency-cycle');
    assertCovers(f, root, 'depends_on: [part-act]', 'part-act', 'root.plan.yaml');
    assert.equal(
      f.message,
      '`depends_on` forms a cycle: act-a → part-act → act-a; no action of it can start. Remove one dependency.',
    );
  });

  test('does not fire on a chain or a diamond', () => {
    assert.deepEqual(ofRule(check(withActC(CLEAN_PLAN, 'act-b')), 'ref/dependency-cycle'), []);
    assert.deepEqual(ofRule(check(withActC(CLEAN_PLAN, 'act-a, act-b')), 'ref/dependency-cycle'), []);
    assert.deepEqual(ofRule(withPart(PART), 'ref/dependency-cycle'), []);
  });

  test('does not fire through an unknown id (ref/unknown reports it)', () => {
    const text = edit(CLEAN_PLAN, 'depends_on: [act-a]', 'depends_on: [act-x]');
    assert.deepEqual(ofRule(check(text), 'ref/dependency-cycle'), []);
  });

  test('a 10,000-action cycle is one finding with its whole path (no recursion to overflow)', () => {
    const count = 10_000;
    const text = withActions(count, (i) => `c${(i + 1) % count}`);
    const f = one(check(text), 'ref/dependency-cycle');
    assertCovers(f, text, 'depends_on: [c1] }', 'c1');
    const path = [...Array.from({ length: count }, (_, i) => `c${i}`), 'c0'].join(' → ');
    assert.equal(f.message, `\`depends_on\` forms a cycle: ${path}; no action of it can start. Remove one dependency.`);
  });

  test('a 5,000-action forward chain, and a cycle at its far end, are checked', () => {
    const count = 5_000;
    assert.deepEqual(
      ofRule(check(withActions(count, (i) => (i + 1 < count ? `c${i + 1}` : ''))), 'ref/dependency-cycle'),
      [],
    );
    const closed = withActions(count, (i) => (i + 1 < count ? `c${i + 1}` : `c${count - 2}`));
    const f = one(check(closed), 'ref/dependency-cycle');
    assert.equal(
      f.message,
      `\`depends_on\` forms a cycle: c${count - 2} → c${count - 1} → c${count - 2}; no action of it can start. Remove one dependency.`,
    );
  });
});

/** CLEAN_PLAN whose objective holds `count` actions c0, c1, ..., each depending on the action `dependency(i)` names. */
function withActions(count: number, dependency: (i: number) => string): string {
  const actions = Array.from(
    { length: count },
    (_, i) => `              - { id: c${i}, title: C ${i}, depends_on: [${dependency(i)}] }\n`,
  ).join('');
  const start = CLEAN_PLAN.indexOf('            actions:\n') + '            actions:\n'.length;
  return `${CLEAN_PLAN.slice(0, start)}${actions}`;
}

describe('ref/unknown-plan', () => {
  test('fires on a part naming a plan no root file declares', () => {
    const part = edit(PART, 'part_of: demo', 'part_of: demo-2');
    const f = one(withPart(part), 'ref/unknown-plan');
    assert.equal(f.severity, 'error');
    assertCovers(f, part, 'part_of: demo-2', 'demo-2', 'part.plan.yaml');
    assert.equal(
      f.message,
      "`part_of` names the plan 'demo-2', but no root plan file declares it, so this part is left out of the plan — did you mean 'demo'?",
    );
    assert.equal(
      f.fr,
      "`part_of` cite le plan 'demo-2', mais aucun fichier racine ne le déclare : cette partie reste hors du plan — vouliez-vous dire 'demo' ?",
    );
  });

  test('names no plan when no root is near the one written', () => {
    const part = edit(PART, 'part_of: demo', 'part_of: strategie-2040');
    const f = one(withPart(part), 'ref/unknown-plan');
    assert.equal(
      f.message,
      "`part_of` names the plan 'strategie-2040', but no root plan file declares it (a file with `plan: { id: strategie-2040 }`), so this part is left out of the plan and its references cannot be checked.",
    );
    assert.equal(
      f.fr,
      "`part_of` cite le plan 'strategie-2040', mais aucun fichier racine ne le déclare (un fichier avec `plan: { id: strategie-2040 }`) : cette partie reste hors du plan et ses références ne peuvent pas être vérifiées.",
    );
  });

  test('fires on a part given alone', () => {
    const f = one(checkFiles({ 'part.plan.yaml': PART }), 'ref/unknown-plan');
    assertCovers(f, PART, 'part_of: demo', 'demo', 'part.plan.yaml');
  });

  test('fires on each of two parts naming the same missing plan', () => {
    const findings = checkFiles({ 'a.plan.yaml': PART, 'b.plan.yaml': PART });
    assert.deepEqual(
      ofRule(findings, 'ref/unknown-plan').map((f) => f.file),
      ['a.plan.yaml', 'b.plan.yaml'],
    );
  });

  test('does not fire when a root among the files declares the plan, whatever the file order', () => {
    assert.deepEqual(ofRule(withPart(PART), 'ref/unknown-plan'), []);
    assert.deepEqual(
      ofRule(checkFiles({ 'a-part.plan.yaml': PART, 'z-root.plan.yaml': CLEAN_PLAN }), 'ref/unknown-plan'),
      [],
    );
  });

  test('does not fire on a root file', () => {
    assert.deepEqual(ofRule(check(CLEAN_PLAN), 'ref/unknown-plan'), []);
  });
});
