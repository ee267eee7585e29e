import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { quickFixes } from '../../src/core/features/codeActions/quickFixes';
import type { QuickFix } from '../../src/core/features/codeActions/quickFix';
import type { Finding } from '../../src/core/rules/finding';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import { CLEAN_PLAN, edit } from '../helpers';

type Files = Record<string, string>;

function workspaceOf(files: Files): PlanWorkspace {
  const workspace = new PlanWorkspace();
  for (const [uri, text] of Object.entries(files)) workspace.setFile(uri, text);
  return workspace;
}

/** The findings of one rule in a file. */
function findingsOf(files: Files, uri: string, rule: string): Finding[] {
  return workspaceOf(files)
    .diagnostics(uri)
    .filter((f) => f.ruleId === rule);
}

/** The fixes offered for the `nth` finding of `rule` in `uri`. */
function fixesFor(files: Files, uri: string, rule: string, nth = 0): QuickFix[] {
  const workspace = workspaceOf(files);
  const finding = workspace.diagnostics(uri).filter((f) => f.ruleId === rule)[nth];
  assert.ok(finding, `no ${rule} finding #${nth} in ${uri}`);
  return quickFixes({ plan: workspace.planOf(uri)!, file: workspace.file(uri)!, finding });
}

/** The files once a fix's edits are applied (last edit first, so that offsets stay right). */
function applied(files: Files, fix: QuickFix): Files {
  const out = { ...files };
  const edits = [...fix.edits].sort((a, b) => b.range.start - a.range.start);
  for (const e of edits) out[e.uri] = out[e.uri].slice(0, e.range.start) + e.newText + out[e.uri].slice(e.range.end);
  return out;
}

const titles = (fixes: QuickFix[], locale: 'en' | 'fr' = 'en') => fixes.map((f) => f.title[locale]);
const preferred = (fixes: QuickFix[]) => fixes.map((f) => f.preferred);
const PLAN = 'plan.plan.yaml';

/** A one-file workspace. */
const single = (text: string): Files => ({ [PLAN]: text });

/** Applies the fix with this English title and checks the finding it fixes is gone. */
function applyAndCheck(files: Files, uri: string, rule: string, title: string, nth = 0): Files {
  const fix = fixesFor(files, uri, rule, nth).find((f) => f.title.en === title);
  assert.ok(fix, `no fix titled ${title}; got ${titles(fixesFor(files, uri, rule, nth)).join(' | ')}`);
  const before = findingsOf(files, uri, rule).length;
  const after = applied(files, fix);
  assert.ok(findingsOf(after, uri, rule).length < before, `${rule} still reported after "${title}"`);
  return after;
}

describe('quick fixes: ref/unknown', () => {
  test('did you mean replaces the id, preferred over creating the entry', () => {
    const files = single(edit(CLEAN_PLAN, 'indicators: [patients, funds]', 'indicators: [patient, funds]'));
    const fixes = fixesFor(files, PLAN, 'ref/unknown');
    assert.deepEqual(titles(fixes), [
      "Change to 'patients'",
      "Create indicator 'patient' in the catalogue",
      'Disable ref/unknown on this line',
    ]);
    assert.deepEqual(titles(fixes, 'fr'), [
      "Remplacer par 'patients'",
      "Créer l’indicateur 'patient' dans le catalogue",
      'Désactiver ref/unknown sur cette ligne',
    ]);
    assert.deepEqual(preferred(fixes), [true, false, false]);
    const start = files[PLAN].indexOf('patient, funds');
    assert.deepEqual(fixes[0].edits, [
      { uri: PLAN, range: { start, end: start + 'patient'.length }, newText: 'patients' },
    ]);
    assert.equal(applyAndCheck(files, PLAN, 'ref/unknown', "Change to 'patients'")[PLAN], CLEAN_PLAN);
  });

  test('did you mean keeps the quotes of a quoted id', () => {
    const files = single(edit(CLEAN_PLAN, 'contributes_to: [patients]', 'contributes_to: ["patient"]'));
    const after = applyAndCheck(files, PLAN, 'ref/unknown', "Change to 'patients'");
    assert.equal(after[PLAN], edit(CLEAN_PLAN, 'contributes_to: [patients]', 'contributes_to: ["patients"]'));
  });

  test('a new indicator goes at the end of the block list, written like the entries there; preferred when no id is close', () => {
    const files = single(edit(CLEAN_PLAN, 'indicators: [patients, funds]', 'indicators: [patients, funds, beds-icu]'));
    const fixes = fixesFor(files, PLAN, 'ref/unknown');
    assert.deepEqual(titles(fixes), [
      "Create indicator 'beds-icu' in the catalogue",
      'Disable ref/unknown on this line',
    ]);
    assert.deepEqual(preferred(fixes), [true, false]);
    const lastLine = '        quote: "double the funds raised, to 80M€ in 2030"\n';
    const at = files[PLAN].indexOf(lastLine) + lastLine.length;
    assert.deepEqual(fixes[0].edits, [
      { uri: PLAN, range: { start: at, end: at }, newText: '  - id: beds-icu\n    label: Beds icu\n' },
    ]);
    const after = applyAndCheck(files, PLAN, 'ref/unknown', "Create indicator 'beds-icu' in the catalogue");
    assert.equal(after[PLAN], edit(files[PLAN], lastLine, `${lastLine}  - id: beds-icu\n    label: Beds icu\n`));
    // The stub is valid: only the coverage reminders of a new indicator remain.
    assert.deepEqual(
      workspaceOf(after)
        .diagnostics(PLAN)
        .map((f) => f.ruleId),
      ['coverage/indicator-without-baseline', 'coverage/indicator-without-target'],
    );
  });

  test('a new owner copies the flow style of the owners list', () => {
    const files = single(edit(CLEAN_PLAN, 'owner: care', 'owner: board'));
    const fixes = fixesFor(files, PLAN, 'ref/unknown');
    assert.deepEqual(titles(fixes), ["Create owner 'board' in the owners list", 'Disable ref/unknown on this line']);
    assert.deepEqual(titles(fixes, 'fr'), [
      "Créer le responsable 'board' dans la liste des responsables",
      'Désactiver ref/unknown sur cette ligne',
    ]);
    const after = applyAndCheck(files, PLAN, 'ref/unknown', "Create owner 'board' in the owners list");
    assert.equal(
      after[PLAN],
      edit(
        files[PLAN],
        '  - { id: care, name: Care directorate }\n',
        '  - { id: care, name: Care directorate }\n  - { id: board, name: Board }\n',
      ),
    );
    assert.deepEqual(workspaceOf(after).diagnostics(PLAN), []);
  });

  test('a reference in a part creates the entry in the root file', () => {
    const part =
      'part_of: demo\naxis: care-axis\nobjectives:\n  - id: beds-obj\n    title: Beds\n    indicators: [beds]\n    actions:\n      - { id: beds-act, title: Open beds, due: 2027 }\n';
    const files = { 'root.plan.yaml': CLEAN_PLAN, 'part.plan.yaml': part };
    const [create] = fixesFor(files, 'part.plan.yaml', 'ref/unknown');
    assert.deepEqual(
      create.edits.map((e) => e.uri),
      ['root.plan.yaml'],
    );
    const after = applyAndCheck(files, 'part.plan.yaml', 'ref/unknown', "Create indicator 'beds' in the catalogue");
    assert.equal(after['part.plan.yaml'], part);
    assert.ok(
      after['root.plan.yaml'].includes(
        '"double the funds raised, to 80M€ in 2030"\n  - id: beds\n    label: Beds\naxes:',
      ),
    );
  });

  test('without the list, the root gets one before the keys that follow it, above their comments', () => {
    const withoutIndicators =
      CLEAN_PLAN.slice(0, CLEAN_PLAN.indexOf('indicators:\n')) +
      '# The strategy\naxes:' +
      CLEAN_PLAN.slice(CLEAN_PLAN.indexOf('axes:') + 5);
    const files = single(withoutIndicators);
    const after = applyAndCheck(files, PLAN, 'ref/unknown', "Create indicator 'patients' in the catalogue");
    // Both references to it are resolved.
    assert.deepEqual(
      findingsOf(after, PLAN, 'ref/unknown').map((f) => f.message.en.match(/'(.*?)'/g)?.[1]),
      ["'funds'", "'funds'"],
    );
    assert.equal(
      after[PLAN],
      edit(
        withoutIndicators,
        '# The strategy\n',
        'indicators:\n  - id: patients\n    label: Patients\n# The strategy\n',
      ),
    );
  });

  test('owners registered only in a part: the root gets an owners list before its indicators', () => {
    const root = edit(
      edit(CLEAN_PLAN, 'owners:\n  - { id: care, name: Care directorate }\n', ''),
      '            owner: care\n',
      '            owner: nobody\n',
    );
    const part = 'part_of: demo\naxis: care-axis\nowners:\n  - { id: care, name: Care directorate }\n';
    const files = { 'root.plan.yaml': root, 'part.plan.yaml': part };
    const after = applyAndCheck(files, 'root.plan.yaml', 'ref/unknown', "Create owner 'nobody' in the owners list");
    assert.equal(
      after['root.plan.yaml'],
      edit(
        root,
        'indicators:\n  - id: patients',
        'owners:\n  - { id: nobody, name: Nobody }\nindicators:\n  - id: patients',
      ),
    );
  });

  test('an empty flow list, an empty key, and a list that ends the file without a line end', () => {
    const emptyFlow = edit(CLEAN_PLAN, '  - { id: care, name: Care directorate }\n', '').replace(
      'owners:\n',
      'owners: []\n',
    );
    const a = single(edit(emptyFlow, 'owner: care', 'owner: board'));
    assert.equal(
      applyAndCheck(a, PLAN, 'ref/unknown', "Create owner 'board' in the owners list")[PLAN],
      a[PLAN].replace('owners: []', 'owners: [{ id: board, name: Board }]'),
    );

    const emptyKey = edit(CLEAN_PLAN, '  - { id: care, name: Care directorate }\n', '').replace(
      'owners:\n',
      'owners:   # who carries what\n',
    );
    const b = single(edit(emptyKey, 'owner: care', 'owner: board'));
    assert.equal(
      applyAndCheck(b, PLAN, 'ref/unknown', "Create owner 'board' in the owners list")[PLAN],
      b[PLAN].replace(
        'owners:   # who carries what\n',
        'owners:   # who carries what\n  - { id: board, name: Board }\n',
      ),
    );

    const last = `${edit(CLEAN_PLAN, 'owners:\n  - { id: care, name: Care directorate }\n', '')}owners:\n- { id: care, name: Care directorate }`;
    const c = single(edit(last, 'owner: care', 'owner: board'));
    assert.equal(
      applyAndCheck(c, PLAN, 'ref/unknown', "Create owner 'board' in the owners list")[PLAN],
      `${c[PLAN]}\n- { id: board, name: Board }`,
    );
  });

  test("inserted lines keep the file's CRLF line ends", () => {
    const files = single(
      edit(CLEAN_PLAN, 'indicators: [patients, funds]', 'indicators: [patients, funds, beds]').replace(/\n/g, '\r\n'),
    );
    const [create, disable] = fixesFor(files, PLAN, 'ref/unknown');
    assert.equal(create.edits[0].newText, '  - id: beds\r\n    label: Beds\r\n');
    assert.equal(disable.edits[0].newText, '            # jalon-disable-next-line ref/unknown\r\n');
    applyAndCheck(files, PLAN, 'ref/unknown', "Create indicator 'beds' in the catalogue");
    applyAndCheck(files, PLAN, 'ref/unknown', 'Disable ref/unknown on this line');
  });

  test('an action in depends_on gets no catalogue entry', () => {
    const files = single(edit(CLEAN_PLAN, 'depends_on: [act-a]', 'depends_on: [act-z]'));
    assert.deepEqual(titles(fixesFor(files, PLAN, 'ref/unknown')), [
      "Change to 'act-a'",
      'Disable ref/unknown on this line',
    ]);
    applyAndCheck(files, PLAN, 'ref/unknown', "Change to 'act-a'");
  });
});

describe('quick fixes: schema', () => {
  test('an enum typo is replaced by the closest word, keeping the quotes', () => {
    const files = single(
      edit(
        CLEAN_PLAN,
        '                end: 2029\n',
        '                end: 2029\n                status: "in progres"  # asked in May\n',
      ),
    );
    const fixes = fixesFor(files, PLAN, 'schema/enum');
    assert.deepEqual(titles(fixes), ["Change to 'in-progress'", 'Disable schema/enum on this line']);
    assert.deepEqual(preferred(fixes), [true, false]);
    const after = applyAndCheck(files, PLAN, 'schema/enum', "Change to 'in-progress'");
    assert.ok(after[PLAN].includes('                status: "in-progress"  # asked in May\n'));
  });

  test('a value far from every word: each allowed word is offered, none preferred', () => {
    const files = single(
      edit(CLEAN_PLAN, '                end: 2029\n', '                end: 2029\n                status: finished\n'),
    );
    const fixes = fixesFor(files, PLAN, 'schema/enum');
    assert.deepEqual(titles(fixes), [
      "Change to 'planned'",
      "Change to 'in-progress'",
      "Change to 'done'",
      "Change to 'delayed'",
      "Change to 'cancelled'",
      'Disable schema/enum on this line',
    ]);
    assert.ok(preferred(fixes).every((p) => !p));
    applyAndCheck(files, PLAN, 'schema/enum', "Change to 'done'");
  });

  test('an unknown field is renamed to the closest field', () => {
    const files = single(
      edit(CLEAN_PLAN, '    direction: increase\n    measure: annual', '    direciton: increase\n    measure: annual'),
    );
    const fixes = fixesFor(files, PLAN, 'schema/unknown-field');
    assert.deepEqual(titles(fixes), ["Change to 'direction'", 'Disable schema/unknown-field on this line']);
    assert.deepEqual(preferred(fixes), [true, false]);
    assert.equal(applyAndCheck(files, PLAN, 'schema/unknown-field', "Change to 'direction'")[PLAN], CLEAN_PLAN);
  });

  test('an unknown field with no close name can only be silenced', () => {
    const files = single(edit(CLEAN_PLAN, '    measure: annual\n', '    measure: annual\n    colour: blue\n'));
    assert.deepEqual(titles(fixesFor(files, PLAN, 'schema/unknown-field')), [
      'Disable schema/unknown-field on this line',
    ]);
  });
});

describe('quick fixes: dates', () => {
  test("end before start: the action's dates are swapped as written", () => {
    const files = single(
      edit(
        CLEAN_PLAN,
        '                start: 2026\n                end: 2027\n',
        '                start: "2027"\n                end: 2026-Q3\n',
      ),
    );
    const fixes = fixesFor(files, PLAN, 'date/end-before-start');
    assert.deepEqual(titles(fixes), [
      'Swap start and end ("2027" ↔ 2026-Q3)',
      'Disable date/end-before-start on this line',
    ]);
    assert.deepEqual(titles(fixes, 'fr'), [
      'Intervertir start et end ("2027" ↔ 2026-Q3)',
      'Désactiver date/end-before-start sur cette ligne',
    ]);
    assert.deepEqual(preferred(fixes), [true, false]);
    const after = applyAndCheck(files, PLAN, 'date/end-before-start', 'Swap start and end ("2027" ↔ 2026-Q3)');
    assert.ok(after[PLAN].includes('                start: 2026-Q3\n                end: "2027"\n'));
  });

  test('end before start: the cycle, a `due`, and an `over` span', () => {
    const cycle = single(edit(CLEAN_PLAN, 'cycle: { start: 2026, end: 2030 }', 'cycle: { start: 2030, end: 2026 }'));
    assert.equal(
      applyAndCheck(cycle, PLAN, 'date/end-before-start', 'Swap start and end (2030 ↔ 2026)')[PLAN],
      CLEAN_PLAN,
    );

    const due = single(
      edit(
        CLEAN_PLAN,
        '                start: 2026\n                end: 2027\n',
        '                start: 2027\n                due: 2026\n',
      ),
    );
    const fixed = applyAndCheck(due, PLAN, 'date/end-before-start', 'Swap start and due (2027 ↔ 2026)');
    assert.ok(fixed[PLAN].includes('                start: 2026\n                due: 2027\n'));

    const over = single(
      edit(
        CLEAN_PLAN,
        '      - value: 1000\n        by: 2030\n',
        '      - value: 1000\n        over: { from: 2030, to: 2027 }\n',
      ),
    );
    const swapped = applyAndCheck(over, PLAN, 'date/end-before-start', 'Swap from and to (2030 ↔ 2027)');
    assert.ok(swapped[PLAN].includes('        over: { from: 2027, to: 2030 }\n'));
  });

  test("a target beyond the horizon: the horizon is moved to the target's year", () => {
    const files = single(
      edit(CLEAN_PLAN, '        by: 2030\n        quote: "double', '        by: 2045-Q2\n        quote: "double'),
    );
    const fixes = fixesFor(files, PLAN, 'date/target-beyond-horizon');
    assert.deepEqual(titles(fixes), [
      "Set the plan's horizon to 2045",
      'Disable date/target-beyond-horizon on this line',
    ]);
    assert.deepEqual(titles(fixes, 'fr'), [
      'Fixer l’horizon du plan à 2045',
      'Désactiver date/target-beyond-horizon sur cette ligne',
    ]);
    assert.deepEqual(preferred(fixes), [true, false]);
    const start = files[PLAN].indexOf('2040');
    assert.deepEqual(fixes[0].edits, [{ uri: PLAN, range: { start, end: start + 4 }, newText: '2045' }]);
    applyAndCheck(files, PLAN, 'date/target-beyond-horizon', "Set the plan's horizon to 2045");
  });

  test('without a horizon, `horizon: <year>` goes after the cycle, however the cycle is written', () => {
    const noHorizon = edit(CLEAN_PLAN, '  horizon: 2040\n', '');
    const flow = single(
      edit(noHorizon, '        by: 2030\n        quote: "double', '        by: 2036\n        quote: "double'),
    );
    assert.equal(
      applyAndCheck(flow, PLAN, 'date/target-beyond-horizon', "Set the plan's horizon to 2036")[PLAN],
      edit(
        flow[PLAN],
        '  cycle: { start: 2026, end: 2030 }\n',
        '  cycle: { start: 2026, end: 2030 }\n  horizon: 2036\n',
      ),
    );

    const blockCycle = edit(
      flow[PLAN],
      '  cycle: { start: 2026, end: 2030 }\n',
      '  cycle:\n    start: 2026\n    end: 2030   # five years\n',
    );
    assert.equal(
      applyAndCheck(single(blockCycle), PLAN, 'date/target-beyond-horizon', "Set the plan's horizon to 2036")[PLAN],
      edit(blockCycle, '    end: 2030   # five years\n', '    end: 2030   # five years\n  horizon: 2036\n'),
    );

    const flowHeader = flow[PLAN].replace(
      /^plan:\n[\s\S]*?(?=owners:)/,
      'plan: { id: demo, title: Demo plan, institution: Demo hospital, cycle: { start: 2026, end: 2030 } }\n',
    );
    assert.equal(
      applyAndCheck(single(flowHeader), PLAN, 'date/target-beyond-horizon', "Set the plan's horizon to 2036")[PLAN],
      flowHeader.replace('end: 2030 } }', 'end: 2030 }, horizon: 2036 }'),
    );
  });

  test('an empty `horizon:` gets the year after its colon, before its comment', () => {
    const files = single(
      edit(
        edit(CLEAN_PLAN, '  horizon: 2040\n', '  horizon:  # to decide\n'),
        '        by: 2030\n        quote: "double',
        '        by: 2036\n        quote: "double',
      ),
    );
    const [fix] = fixesFor(files, PLAN, 'date/target-beyond-horizon');
    assert.equal(
      applied(files, fix)[PLAN],
      edit(files[PLAN], '  horizon:  # to decide\n', '  horizon: 2036  # to decide\n'),
    );
  });

  test("a target in a part moves the root's horizon", () => {
    const part =
      'part_of: demo\naxis: care-axis\nindicators:\n  - id: beds\n    label: Beds\n    baseline: { value: 8, year: 2024 }\n    targets: [{ value: 10, by: 2050 }]\n';
    const files = { 'root.plan.yaml': CLEAN_PLAN, 'part.plan.yaml': part };
    const after = applyAndCheck(
      files,
      'part.plan.yaml',
      'date/target-beyond-horizon',
      "Set the plan's horizon to 2050",
    );
    assert.equal(after['root.plan.yaml'], edit(CLEAN_PLAN, 'horizon: 2040', 'horizon: 2050'));
  });
});

describe('quick fixes: disable on this line', () => {
  test('a directive above the line, indented like it, silences exactly that finding', () => {
    const text = edit(CLEAN_PLAN, '                start: 2026\n', '                start: 2025\n');
    const files = single(text);
    const [disable] = fixesFor(files, PLAN, 'date/outside-cycle');
    const at = text.indexOf('                start: 2025\n');
    assert.deepEqual(disable, {
      title: { en: 'Disable date/outside-cycle on this line', fr: 'Désactiver date/outside-cycle sur cette ligne' },
      edits: [
        {
          uri: PLAN,
          range: { start: at, end: at },
          newText: '                # jalon-disable-next-line date/outside-cycle\n',
        },
      ],
      preferred: false,
    });
    const after = applyAndCheck(files, PLAN, 'date/outside-cycle', 'Disable date/outside-cycle on this line');
    assert.deepEqual(workspaceOf(after).diagnostics(PLAN), []);
  });

  test('a rule is added to the directive already above the line, before its note', () => {
    const text = edit(
      CLEAN_PLAN,
      '        by: 2030\n        quote: "double',
      '        # jalon-disable-next-line target/duplicate, date/invalid -- from the board\n        by: 2045\n        quote: "double',
    );
    const after = applyAndCheck(
      single(text),
      PLAN,
      'date/target-beyond-horizon',
      'Disable date/target-beyond-horizon on this line',
    );
    assert.ok(
      after[PLAN].includes(
        '        # jalon-disable-next-line target/duplicate, date/invalid date/target-beyond-horizon -- from the board\n        by: 2045\n',
      ),
    );
  });

  test("every finding of the seeds' rules can be silenced on its line", () => {
    const text = edit(
      edit(CLEAN_PLAN, '    direction: increase\n    measure', '    direciton: increase\n    measure'),
      '                start: 2028\n',
      '                start: 2031\n',
    );
    const files = single(text);
    const workspace = workspaceOf(files);
    const findings = workspace.diagnostics(PLAN);
    assert.ok(findings.length >= 3);
    for (const finding of findings) {
      const fixes = quickFixes({ plan: workspace.planOf(PLAN)!, file: workspace.file(PLAN)!, finding });
      const disable = fixes[fixes.length - 1];
      assert.equal(disable.title.en, `Disable ${finding.ruleId} on this line`);
      const after = workspaceOf(applied(files, disable)).diagnostics(PLAN);
      assert.ok(
        !after.some((f) => f.ruleId === finding.ruleId && f.message.en === finding.message.en),
        `${finding.ruleId} not silenced`,
      );
    }
  });
});
