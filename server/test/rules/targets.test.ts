import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { at, check, checkFiles, CLEAN_PLAN, edit, none, ofRule, one } from '../helpers';

// ---------------------------------------------------------------------------------------------
// Fixture builders: each changes one thing in CLEAN_PLAN.

/** The one target of indicator 'patients' (baseline 500 in 2024, increase). */
const PATIENTS_TARGET = '      - value: 1000\n        by: 2030\n        quote: "include 1000 patients in 2030"\n';
/** The one target of indicator 'funds' (M€, baseline 40 in 2024, increase, x2). */
const FUNDS_TARGET =
  '      - value: 80\n        change: x2\n        by: 2030\n        quote: "double the funds raised, to 80M€ in 2030"\n';

function patientsTargets(targets: string, plan = CLEAN_PLAN): string {
  return edit(plan, PATIENTS_TARGET, targets);
}

function fundsTarget(target: string, plan = CLEAN_PLAN): string {
  return edit(plan, FUNDS_TARGET, target);
}

function patientsDirection(direction: string, plan = CLEAN_PLAN): string {
  return edit(
    plan,
    'direction: increase\n    baseline: { value: 500',
    `direction: ${direction}\n    baseline: { value: 500`,
  );
}

function patientsCumulative(plan = CLEAN_PLAN): string {
  return edit(plan, '    baseline: { value: 500', '    measure: cumulative\n    baseline: { value: 500');
}

/** Adds an indicator to the catalogue, measured by the objective (so that coverage stays quiet). */
function withIndicator(block: string, id: string, plan = CLEAN_PLAN): string {
  return edit(
    edit(plan, 'axes:\n', `${block}axes:\n`),
    'indicators: [patients, funds]',
    `indicators: [patients, funds, ${id}]`,
  );
}

/** A percentage indicator: baseline 60 %, +15 pts to 75 % in 2030. */
const RATE = `  - id: rate
    label: Satisfaction rate
    unit: '%'
    direction: increase
    baseline: { value: 60, year: 2024 }
    targets:
      - value: 75
        change: +15 pts
        by: 2030
        quote: "raise satisfaction by 15 points, to 75 % in 2030"
`;

/** A whole (60 teams in 2030) and its component (ERC-funded teams, `part_of: teams`). */
function teams(partTarget: string, partBy = '2030'): string {
  return withIndicator(
    `  - id: teams
    label: Research teams
    unit: teams
    direction: increase
    baseline: { value: 40, year: 2024 }
    targets:
      - value: 60
        by: 2030
  - id: erc
    label: ERC-funded teams
    unit: teams
    direction: increase
    part_of: teams
    baseline: { value: 5, year: 2024 }
    targets:
      - value: ${partTarget}
        by: ${partBy}
`,
    'teams, erc',
  );
}

// ---------------------------------------------------------------------------------------------

describe('target/direction', () => {
  test('fires when an increasing indicator aims below its baseline', () => {
    const text = patientsTargets('      - value: 400\n        by: 2030\n');
    const f = one(text, 'target/direction', 'error', '400');
    assert.equal(
      f.message,
      "Target 1 of indicator 'patients' is 400, below the baseline (500), but the indicator should increase.",
    );
    assert.equal(
      f.fr,
      "La cible 1 de l’indicateur 'patients' vaut 400, sous la valeur de référence (500), alors que l’indicateur doit augmenter.",
    );
  });

  test('fires when a decreasing indicator aims above its baseline', () => {
    const text = patientsDirection('decrease', patientsTargets('      - value: 600\n        by: 2030\n'));
    const f = one(text, 'target/direction', 'error', '600');
    assert.equal(
      f.message,
      "Target 1 of indicator 'patients' is 600, above the baseline (500), but the indicator should decrease.",
    );
    assert.equal(
      f.fr,
      "La cible 1 de l’indicateur 'patients' vaut 600, au-dessus de la valeur de référence (500), alors que l’indicateur doit baisser.",
    );
  });

  test('fires when a maintained indicator aims at another value than its baseline', () => {
    const text = patientsDirection('maintain', patientsTargets('      - value: 501\n        by: 2030\n'));
    const f = one(text, 'target/direction', 'error', '501');
    assert.equal(
      f.message,
      "Target 1 of indicator 'patients' is 501, not the baseline (500), but the indicator should be maintained.",
    );
  });

  test('fires on a target given by a change only, at the change', () => {
    const text = fundsTarget('      - change: -10 %\n        by: 2030\n');
    const f = one(text, 'target/direction', 'error', '-10 %');
    assert.equal(
      f.message,
      "Target 1 of indicator 'funds' is 36, below the baseline (40), but the indicator should increase.",
    );
  });

  test('compares in the indicator\'s unit: "30000 k€" is below a 40 M€ baseline', () => {
    const text = fundsTarget('      - value: "30000 k€"\n        by: 2030\n');
    const f = one(text, 'target/direction', 'error', '"30000 k€"');
    assert.equal(
      f.message,
      "Target 1 of indicator 'funds' is 30, below the baseline (40), but the indicator should increase.",
    );
  });

  test('does not fire just above the baseline of an increasing indicator', () => {
    none(patientsTargets('      - value: 501\n        by: 2030\n'), 'target/direction');
  });

  test('does not fire just below the baseline of a decreasing indicator', () => {
    none(patientsDirection('decrease', patientsTargets('      - value: 499\n        by: 2030\n')), 'target/direction');
  });

  test('does not fire when a maintained indicator aims at its baseline, written in another scale', () => {
    const text = edit(
      fundsTarget('      - value: "40000 k€"\n        by: 2030\n'),
      'direction: increase\n    measure: annual',
      'direction: maintain\n    measure: annual',
    );
    none(text, 'target/direction');
    assert.deepEqual(check(text), []);
  });

  test('does not fire on a target still to be determined (tbd)', () => {
    none(patientsTargets('      - value: tbd\n        by: 2030\n'), 'target/direction');
  });
});

describe('target/no-ambition', () => {
  test("fires when an increasing indicator's target equals its baseline", () => {
    const text = patientsTargets('      - value: 500\n        by: 2030\n');
    const f = one(text, 'target/no-ambition', 'warning', '500\n');
    assert.equal(
      f.message,
      "Target 1 of indicator 'patients' is 500, the same as the baseline, though the indicator should increase: the target asks for no change.",
    );
    assert.equal(
      f.fr,
      "La cible 1 de l’indicateur 'patients' vaut 500, comme la valeur de référence, alors que l’indicateur doit augmenter : la cible ne demande aucun progrès.",
    );
  });

  test("fires when a decreasing indicator's target equals its baseline", () => {
    const text = patientsDirection('decrease', patientsTargets('      - value: 500\n        by: 2030\n'));
    const f = one(text, 'target/no-ambition', 'warning', '500\n');
    assert.equal(
      f.message,
      "Target 1 of indicator 'patients' is 500, the same as the baseline, though the indicator should decrease: the target asks for no change.",
    );
    assert.equal(ofRule(check(text), 'target/direction').length, 0);
  });

  test('fires when the target equals the baseline in another scale ("40000 k€" for 40 M€)', () => {
    const text = fundsTarget('      - value: "40000 k€"\n        by: 2030\n');
    one(text, 'target/no-ambition', 'warning', '"40000 k€"');
  });

  test('does not fire for a maintained indicator at its baseline', () => {
    none(
      patientsDirection('maintain', patientsTargets('      - value: 500\n        by: 2030\n')),
      'target/no-ambition',
    );
  });

  test('does not fire one unit above the baseline', () => {
    none(patientsTargets('      - value: 501\n        by: 2030\n'), 'target/no-ambition');
  });
});

describe('target/percent-range', () => {
  const HINT =
    'if the rate can exceed 100 % (bed occupancy), declare it on the indicator: `range: { min: 0, max: 150 }` (or `max: none`)';
  const HINT_FR =
    'si le taux peut dépasser 100 % (occupation des lits), déclarez-le sur l’indicateur : `range: { min: 0, max: 150 }` (ou `max: none`)';

  test('fires on a percentage target above 100', () => {
    const text = withIndicator(edit(RATE, 'value: 75', 'value: 120'), 'rate');
    const f = one(text, 'target/percent-range', 'error', '120');
    assert.equal(f.message, `Target 1 of indicator 'rate' is 120 %; a percentage lies between 0 and 100, and ${HINT}.`);
    assert.equal(
      f.fr,
      `La cible 1 de l’indicateur 'rate' vaut 120 % ; un pourcentage est compris entre 0 et 100, et ${HINT_FR}.`,
    );
  });

  test('fires on a negative percentage baseline (not target/negative)', () => {
    const text = withIndicator(edit(RATE, 'value: 60,', 'value: -5,'), 'rate');
    const f = one(text, 'target/percent-range', 'error', '-5');
    assert.equal(
      f.message,
      `The baseline of indicator 'rate' is -5 %; a percentage lies between 0 and 100, and ${HINT}.`,
    );
    none(text, 'target/negative');
  });

  test('fires on a percentage written with its unit ("100.5 %"), and on a unit written `pourcentage`', () => {
    const text = withIndicator(edit(RATE, 'value: 75', 'value: "100.5 %"'), 'rate');
    one(text, 'target/percent-range', 'error', '"100.5 %"');
    for (const unit of ['pourcentage', 'percent', 'pct']) {
      one(
        withIndicator(edit(edit(RATE, 'value: 75', 'value: 130'), "unit: '%'", `unit: ${unit}`), 'rate'),
        'target/percent-range',
        'error',
        '130',
      );
    }
  });

  test('a measured value above 100 (an occupancy of 103 %) is only an info that suggests declaring the range', () => {
    const text = withIndicator(`${RATE}    actuals:\n      - { value: 103, date: 2026 }\n`, 'rate');
    const f = one(text, 'target/percent-range', 'info', '103');
    assert.equal(f.message, `Actual 1 of indicator 'rate' is 103 %, above 100; ${HINT}.`);
    assert.equal(f.fr, `Le réalisé 1 de l’indicateur 'rate' vaut 103 %, au-delà de 100 ; ${HINT_FR}.`);
  });

  test('a target above 100 is no error when a measured value already exceeds 100', () => {
    const text = withIndicator(
      edit(edit(RATE, 'value: 60,', 'value: 103,'), 'value: 75\n        change: +15 pts', 'value: 105'),
      'rate',
    );
    const found = ofRule(check(text), 'target/percent-range');
    assert.deepEqual(
      found.map((f) => [f.severity, f.line]),
      [['info', at(text, '103').line]],
    );
  });

  test('a declared `range` replaces 0-100: silent within it, an error outside it, and `max: none` has no upper bound', () => {
    const declared = (range: string, value: string) =>
      withIndicator(
        edit(
          edit(RATE, "unit: '%'", `unit: '%'\n    range: ${range}`),
          'value: 75\n        change: +15 pts',
          `value: ${value}`,
        ),
        'rate',
      );
    none(declared('{ min: 0, max: 150 }', '120'), 'target/percent-range');
    none(declared('{ min: 0, max: none }', '400'), 'target/percent-range');
    const text = declared('{ min: 0, max: 150 }', '160');
    const f = one(text, 'target/percent-range', 'error', '160');
    assert.equal(
      f.message,
      "Target 1 of indicator 'rate' is 160 %, outside the indicator's declared `range: { min: 0, max: 150 }`; correct the figure or the range.",
    );
    assert.equal(
      f.fr,
      "La cible 1 de l’indicateur 'rate' vaut 160 %, hors de la plage déclarée de l’indicateur (`range: { min: 0, max: 150 }`) ; corrigez le chiffre ou la plage.",
    );
    none(text, 'schema/unknown-field');
  });

  test('does not fire at the bounds, 0 and 100', () => {
    const text = withIndicator(
      edit(
        edit(RATE, 'value: 60,', 'value: 0,'),
        '      - value: 75\n        change: +15 pts\n',
        '      - value: "100 %"\n',
      ),
      'rate',
    );
    none(text, 'target/percent-range');
  });

  test('does not fire on a count above 100, nor on points (only `%` indicators are percentages)', () => {
    none(CLEAN_PLAN, 'target/percent-range');
    assert.ok(CLEAN_PLAN.includes('value: 1000'));
    none(
      withIndicator(edit(edit(RATE, "unit: '%'", 'unit: points'), 'value: 75', 'value: 130'), 'rate'),
      'target/percent-range',
    );
  });
});

describe('target/negative', () => {
  test('fires on a negative count', () => {
    const text = edit(CLEAN_PLAN, '{ value: 500, year: 2024 }', '{ value: -5, year: 2024 }');
    const f = one(text, 'target/negative', 'error', '-5');
    assert.equal(
      f.message,
      "The baseline of indicator 'patients' is -5; a count or an amount cannot be negative (use `direction: decrease` for a reduction).",
    );
    assert.equal(
      f.fr,
      "La valeur de référence de l’indicateur 'patients' vaut -5 ; un effectif ou un montant ne peut pas être négatif (utilisez `direction: decrease` pour une baisse).",
    );
  });

  test("fires on a negative amount written with its unit, read in the indicator's unit", () => {
    const text = fundsTarget('      - value: "-2000 k€"\n        by: 2030\n');
    const f = one(text, 'target/negative', 'error', '"-2000 k€"');
    assert.equal(
      f.message,
      "Target 1 of indicator 'funds' is -2; a count or an amount cannot be negative (use `direction: decrease` for a reduction).",
    );
  });

  test('fires on a negative actual', () => {
    const text = patientsTargets(`${PATIENTS_TARGET}    actuals:\n      - { value: -1, date: 2026 }\n`);
    one(text, 'target/negative', 'error', '-1');
  });

  test('does not fire on zero', () => {
    none(edit(CLEAN_PLAN, '{ value: 500, year: 2024 }', '{ value: 0, year: 2024 }'), 'target/negative');
  });

  test('does not fire on a negative percentage (that is target/percent-range)', () => {
    none(withIndicator(edit(RATE, 'value: 60,', 'value: -5,'), 'rate'), 'target/negative');
  });
});

describe('target/unit-mismatch', () => {
  test('fires on "80 %" for an indicator in M€', () => {
    const text = fundsTarget('      - value: "80 %"\n        change: x2\n        by: 2030\n');
    const f = one(text, 'target/unit-mismatch', 'error', '"80 %"');
    assert.equal(f.message, "Target 1 of indicator 'funds' is '80 %', in %, but indicator 'funds' is measured in M€.");
    assert.equal(
      f.fr,
      "La cible 1 de l’indicateur 'funds' vaut '80 %', en %, alors que l’indicateur 'funds' se mesure en M€.",
    );
  });

  test('fires on an amount for an indicator that counts patients', () => {
    const text = patientsTargets('      - value: "1000 k€"\n        by: 2030\n');
    one(text, 'target/unit-mismatch', 'error', '"1000 k€"');
  });

  test('fires on another counted noun', () => {
    const text = edit(CLEAN_PLAN, '{ value: 500, year: 2024 }', '{ value: "500 teams", year: 2024 }');
    const f = one(text, 'target/unit-mismatch', 'error', '"500 teams"');
    assert.equal(
      f.message,
      "The baseline of indicator 'patients' is '500 teams', in teams, but indicator 'patients' is measured in patients.",
    );
  });

  test('does not fire on "80000 k€" for an indicator in M€: it converts (to 80, which x2 gives)', () => {
    const text = fundsTarget(
      '      - value: "80000 k€"\n        change: x2\n        by: 2030\n        quote: "double the funds raised, to 80M€ in 2030"\n',
    );
    none(text, 'target/unit-mismatch');
    assert.deepEqual(check(text), []);
  });

  test("does not fire on the indicator's own unit, nor on its singular", () => {
    none(fundsTarget('      - value: "80 M€"\n        by: 2030\n'), 'target/unit-mismatch');
    none(patientsTargets('      - value: "1 000 patients"\n        by: 2030\n'), 'target/unit-mismatch');
    none(
      edit(CLEAN_PLAN, '{ value: 500, year: 2024 }', '{ value: "500 patient", year: 2024 }'),
      'target/unit-mismatch',
    );
  });
});

describe('target/change-mismatch', () => {
  test('fires when x2 from 40 is written 70 (it is 80)', () => {
    const text = edit(CLEAN_PLAN, 'value: 80\n', 'value: 70\n');
    const f = one(text, 'target/change-mismatch', 'warning', '70');
    assert.equal(
      f.message,
      "Target 1 of indicator 'funds' is 70, but `change: x2` from the baseline 40 gives 80; correct the value or the change.",
    );
    assert.equal(
      f.fr,
      "La cible 1 de l’indicateur 'funds' vaut 70, mais `change: x2` appliqué à la valeur de référence 40 donne 80 ; corrigez la valeur ou l’évolution.",
    );
  });

  test('does not fire within the 1 % tolerance, up to its boundaries (79.2 and 80.8 for 80)', () => {
    for (const value of ['79.2', '79.5', '80.8'])
      none(edit(CLEAN_PLAN, 'value: 80\n', `value: ${value}\n`), 'target/change-mismatch');
  });

  test('fires just outside the 1 % tolerance (79.19, 80.81), and 1 % is of the value the change gives', () => {
    for (const value of ['79.19', '80.81', '80.805']) {
      const text = edit(CLEAN_PLAN, 'value: 80\n', `value: ${value}\n`);
      one(text, 'target/change-mismatch', 'warning', value);
    }
  });

  test('reads +15 pts as percentage points: 60 % + 15 pts is 75 %', () => {
    none(withIndicator(RATE, 'rate'), 'target/change-mismatch');
    const text = withIndicator(edit(RATE, 'value: 75', 'value: 69'), 'rate');
    const f = one(text, 'target/change-mismatch', 'warning', '69');
    assert.equal(
      f.message,
      "Target 1 of indicator 'rate' is 69, but `change: +15 pts` from the baseline 60 gives 75; correct the value or the change.",
    );
  });

  test('reads +20 % as relative: 40 + 20 % is 48, not 60', () => {
    none(fundsTarget('      - value: 48\n        change: +20 %\n        by: 2030\n'), 'target/change-mismatch');
    const text = fundsTarget('      - value: 60\n        change: +20 %\n        by: 2030\n');
    const f = one(text, 'target/change-mismatch', 'warning', '60');
    assert.equal(
      f.message,
      "Target 1 of indicator 'funds' is 60, but `change: +20 %` from the baseline 40 gives 48; correct the value or the change.",
    );
  });

  test('reads -10 % as a relative decrease: 40 - 10 % is 36', () => {
    const decreasing = edit(
      CLEAN_PLAN,
      'direction: increase\n    measure: annual',
      'direction: decrease\n    measure: annual',
    );
    none(
      fundsTarget('      - value: 36\n        change: -10 %\n        by: 2030\n', decreasing),
      'target/change-mismatch',
    );
    one(
      fundsTarget('      - value: 34\n        change: -10 %\n        by: 2030\n', decreasing),
      'target/change-mismatch',
      'warning',
      '34',
    );
  });

  test('converts the value to the indicator\'s unit before comparing ("80000 k€" is x2 of 40 M€)', () => {
    none(fundsTarget('      - value: "80000 k€"\n        change: x2\n        by: 2030\n'), 'target/change-mismatch');
  });

  test('does not fire when the baseline is still to be determined', () => {
    none(
      edit(edit(CLEAN_PLAN, '{ value: 40, year: 2024 }', '{ value: tbd, year: 2024 }'), 'value: 80\n', 'value: 70\n'),
      'target/change-mismatch',
    );
  });
});

describe('target/trajectory', () => {
  test('warns when a later target of an increasing indicator moves back', () => {
    const text = patientsTargets('      - value: 800\n        by: 2028\n      - value: 700\n        by: 2030\n');
    const f = one(text, 'target/trajectory', 'warning', '700');
    assert.equal(
      f.message,
      "Target 2 of indicator 'patients' (700 by 2030) moves back from the earlier target (800 by 2028), against the indicator's direction (increase).",
    );
    assert.equal(
      f.fr,
      "La cible 2 de l’indicateur 'patients' (700 en 2030) recule par rapport à la cible précédente (800 en 2028), à l’encontre du sens de l’indicateur (increase).",
    );
  });

  test('warns when a later target of a decreasing indicator goes up', () => {
    const text = patientsDirection(
      'decrease',
      patientsTargets('      - value: 300\n        by: 2028\n      - value: 400\n        by: 2030\n'),
    );
    const f = one(text, 'target/trajectory', 'warning', '400');
    assert.equal(
      f.message,
      "Target 2 of indicator 'patients' (400 by 2030) moves back from the earlier target (300 by 2028), against the indicator's direction (decrease).",
    );
  });

  test('orders targets by date, not as written', () => {
    const text = patientsTargets('      - value: 700\n        by: 2030\n      - value: 800\n        by: 2028\n');
    const f = one(text, 'target/trajectory', 'warning', '700');
    assert.equal(
      f.message,
      "Target 1 of indicator 'patients' (700 by 2030) moves back from the earlier target (800 by 2028), against the indicator's direction (increase).",
    );
  });

  test('is an error when a cumulative indicator decreases', () => {
    const text = patientsCumulative(
      patientsTargets('      - value: 800\n        by: 2028\n      - value: 700\n        by: 2030\n'),
    );
    const f = one(text, 'target/trajectory', 'error', '700');
    assert.equal(
      f.message,
      "Target 2 of indicator 'patients' (700 by 2030) is below the earlier target (800 by 2028), but a cumulative total never decreases.",
    );
    assert.equal(
      f.fr,
      "La cible 2 de l’indicateur 'patients' (700 en 2030) est inférieure à la cible précédente (800 en 2028), or un cumul ne baisse jamais.",
    );
  });

  test('is an error when a cumulative indicator decreases, even with direction decrease', () => {
    const text = patientsCumulative(
      patientsDirection(
        'decrease',
        patientsTargets('      - value: 300\n        by: 2028\n      - value: 200\n        by: 2030\n'),
      ),
    );
    one(text, 'target/trajectory', 'error', '200');
  });

  test('does not fire on a plateau of an increasing indicator, nor on a rising cumulative', () => {
    none(
      patientsTargets('      - value: 800\n        by: 2028\n      - value: 800\n        by: 2030\n'),
      'target/trajectory',
    );
    none(
      patientsCumulative(
        patientsTargets('      - value: 800\n        by: 2028\n      - value: 1000\n        by: 2030\n'),
      ),
      'target/trajectory',
    );
  });

  test('does not fire on a single target', () => {
    none(CLEAN_PLAN, 'target/trajectory');
  });
});

describe('target/part-exceeds-whole', () => {
  test('does not fire on 20 ERC teams of 60 teams, nor on exactly the whole', () => {
    assert.deepEqual(check(teams('20')), []);
    none(teams('60'), 'target/part-exceeds-whole');
  });

  test('fires on 70 ERC teams of 60 teams at the same date', () => {
    const text = teams('70');
    const f = one(text, 'target/part-exceeds-whole', 'error', '70');
    assert.equal(
      f.message,
      "Target 1 of indicator 'erc' is 70 by 2030, more than its whole indicator 'teams' aims for at that date (60).",
    );
    assert.equal(
      f.fr,
      "La cible 1 de l’indicateur 'erc' vaut 70 en 2030, plus que ce que vise à cette date son ensemble, l’indicateur 'teams' (60).",
    );
  });

  test("does not fire when the whole has no target at the part's date", () => {
    none(teams('70', '2028'), 'target/part-exceeds-whole');
  });

  test("converts the part to the whole's unit (90000 k€ is more than 80 M€; 50000 k€ is not)", () => {
    const part = (value: number) =>
      withIndicator(
        `  - id: legacies
    label: Legacies
    unit: k€
    direction: increase
    part_of: funds
    baseline: { value: 10000, year: 2024 }
    targets:
      - value: ${value}
        by: 2030
`,
        'legacies',
      );
    none(part(50000), 'target/part-exceeds-whole');
    one(part(90000), 'target/part-exceeds-whole', 'error', '90000');
  });

  test("fires across files: a part file's component against the root's whole", () => {
    const root = teams('20');
    const part = `part_of: demo
axis: care-axis
ambition: quality
indicators:
  - id: erc-2
    label: ERC starting grants
    unit: teams
    direction: increase
    part_of: teams
    baseline: { value: 1, year: 2024 }
    targets:
      - value: 61
        by: 2030
objectives:
  - id: grants
    title: Grants
    owner: care
    indicators: [erc-2]
    actions:
      - id: apply
        title: Apply
        due: 2027
`;
    const found = ofRule(checkFiles({ 'demo.plan.yaml': root, 'grants.plan.yaml': part }), 'target/part-exceeds-whole');
    assert.equal(found.length, 1);
    assert.equal(found[0].file, 'grants.plan.yaml');
    assert.deepEqual({ line: found[0].line, column: found[0].column }, at(part, '61'));
  });
});

describe('target/duplicate', () => {
  test('fires on two targets of one indicator due the same year', () => {
    const text = patientsTargets('      - value: 800\n        by: 2030\n      - value: 1000\n        by: 2030\n');
    const f = one(text, 'target/duplicate', 'error', '2030\n', 1);
    assert.equal(
      f.message,
      "Target 2 of indicator 'patients' has the same date (2030) as target 1; keep one target per date.",
    );
    assert.equal(
      f.fr,
      "La cible 2 de l’indicateur 'patients' a la même échéance (2030) que la cible 1 ; une seule cible par échéance.",
    );
  });

  test('fires when two deadlines written differently end the same day (2030 and 2030-12)', () => {
    const text = patientsTargets('      - value: 800\n        by: 2030\n      - value: 1000\n        by: 2030-12\n');
    const f = one(text, 'target/duplicate', 'error', '2030-12');
    assert.equal(
      f.message,
      "Target 2 of indicator 'patients' has the same date (2030-12) as target 1; keep one target per date.",
    );
  });

  test('fires on two `over` targets of the same span', () => {
    const text = patientsTargets(
      '      - value: 800\n        over: { from: 2026, to: 2030 }\n      - value: 900\n        over: { from: 2026, to: 2030 }\n',
    );
    one(text, 'target/duplicate', 'error', 'over', 1);
  });

  test('fires on two `each_year: true` targets', () => {
    const text = patientsTargets(
      '      - value: 800\n        each_year: true\n      - value: 900\n        each_year: true\n',
    );
    one(text, 'target/duplicate', 'error', 'each_year', 1);
  });

  test('does not fire on different deadlines of one year (2030-06 and 2030)', () => {
    none(
      patientsTargets('      - value: 800\n        by: 2030-06\n      - value: 1000\n        by: 2030\n'),
      'target/duplicate',
    );
  });

  test('does not fire on two indicators with targets at the same date', () => {
    none(CLEAN_PLAN, 'target/duplicate');
  });
});

describe('target/quote-mismatch', () => {
  const quoted = (quote: string, value = '1000', date = '        by: 2030\n') =>
    patientsTargets(`      - value: ${value}\n${date}        quote: ${JSON.stringify(quote)}\n`);

  test("fires when no figure of the quote is the target's value", () => {
    const text = quoted('include 1200 patients in 2030');
    const f = one(text, 'target/quote-mismatch', 'warning', '"include 1200');
    assert.equal(
      f.message,
      "The quote of target 1 of indicator 'patients' states 1200, but the target's value is 1000 patients.",
    );
    assert.equal(
      f.fr,
      "La citation de la cible 1 de l’indicateur 'patients' donne 1\u202f200, mais la cible vaut 1\u202f000 patients.",
    );
  });

  test('fires when the quote states a wrong year', () => {
    const text = quoted('include 1000 patients in 2029');
    const f = one(text, 'target/quote-mismatch', 'warning', '"include');
    assert.equal(f.message, "Target 1 of indicator 'patients' is due 2030, but its quote states 2029.");
    assert.equal(f.fr, "La cible 1 de l’indicateur 'patients' est fixée à 2030, mais sa citation indique 2029.");
  });

  test('does not fire on "1,000", "1 000" (also with a no-break space) and "1000"', () => {
    for (const figure of ['1,000', '1 000', '1\u00a0000', '1\u202f000', '1000'])
      none(quoted(`include ${figure} patients in 2030`), 'target/quote-mismatch');
  });

  test('does not fire on "80M€" for a target of 80 in M€ (nor on "80 000 k€")', () => {
    none(CLEAN_PLAN, 'target/quote-mismatch');
    none(
      fundsTarget('      - value: 80\n        by: 2030\n        quote: "reach 80 000 k€ in 2030"\n'),
      'target/quote-mismatch',
    );
  });

  test('sets years aside: the years of the quote are not figures', () => {
    none(quoted('between 2026 and 2030, include 1000 patients'), 'target/quote-mismatch');
  });

  test('reads a four-digit count of the indicator\'s noun as a figure, not a year ("2000 patients")', () => {
    const text = quoted('include 2000 patients in 2030', '1500');
    const f = one(text, 'target/quote-mismatch', 'warning', '"include');
    assert.equal(
      f.message,
      "The quote of target 1 of indicator 'patients' states 2000, but the target's value is 1500 patients.",
    );
  });

  test('does not take a percentage of the quote for a value in M€', () => {
    const text = fundsTarget('      - value: 80\n        by: 2030\n        quote: "raise 80 % more, in 2030"\n');
    const f = one(text, 'target/quote-mismatch', 'warning', '"raise');
    assert.equal(f.message, "The quote of target 1 of indicator 'funds' states 80 %, but the target's value is 80 M€.");
  });

  test('compares with the value a change gives when the target has no value', () => {
    none(
      fundsTarget('      - change: x2\n        by: 2030\n        quote: "double the funds raised, to 80M€ in 2030"\n'),
      'target/quote-mismatch',
    );
    one(
      fundsTarget('      - change: x2\n        by: 2030\n        quote: "double the funds raised, to 90M€ in 2030"\n'),
      'target/quote-mismatch',
      'warning',
      '"double',
    );
  });

  test('accepts any year of an `over` span, and fires on a year outside it', () => {
    none(
      quoted('include 1000 patients in 2028', '1000', '        over: { from: 2026, to: 2030 }\n'),
      'target/quote-mismatch',
    );
    const text = quoted('include 1000 patients in 2032', '1000', '        over: { from: 2026, to: 2030 }\n');
    const f = one(text, 'target/quote-mismatch', 'warning', '"include');
    assert.equal(f.message, "Target 1 of indicator 'patients' is due 2026–2030, but its quote states 2032.");
  });

  test('reads `each_year: true` as every year of the cycle', () => {
    none(
      quoted('include 1000 patients a year until 2030', '1000', '        each_year: true\n'),
      'target/quote-mismatch',
    );
    const text = quoted('include 1000 patients a year until 2035', '1000', '        each_year: true\n');
    const f = one(text, 'target/quote-mismatch', 'warning', '"include');
    assert.equal(f.message, "Target 1 of indicator 'patients' is due 2026–2030, but its quote states 2035.");
  });

  test('does not fire on a quote without figures or years', () => {
    none(quoted('include many more patients'), 'target/quote-mismatch');
  });
});

describe('target/off-track', () => {
  const withActuals = (actuals: string, plan = CLEAN_PLAN) =>
    patientsTargets(`${PATIENTS_TARGET}    actuals:\n${actuals}`, plan);

  test('fires when the latest actual is behind the line by more than 10 % of the planned change', () => {
    // 500 (2024) → 1000 (2030): the line passes 749.89 at the end of 2027; 10 % of 500 is 50.
    const text = withActuals('      - { value: 699, date: 2027 }\n');
    const f = one(text, 'target/off-track', 'info', '699');
    assert.equal(
      f.message,
      "Indicator 'patients' is off track: 699 at 2027, where the straight line from 500 (2024) to 1000 (2030) passes 749.89.",
    );
    assert.equal(
      f.fr,
      "L’indicateur 'patients' prend du retard : 699 en 2027, alors que la trajectoire de 500 (2024) à 1\u202f000 (2030) passe par 749,89.",
    );
  });

  test('does not fire within 10 % of the planned change', () => {
    none(withActuals('      - { value: 700, date: 2027 }\n'), 'target/off-track');
  });

  test('looks at the latest actual by date, not as written', () => {
    none(withActuals('      - { value: 760, date: 2027 }\n      - { value: 520, date: 2026 }\n'), 'target/off-track');
    const text = withActuals('      - { value: 520, date: 2027 }\n      - { value: 700, date: 2026 }\n');
    one(text, 'target/off-track', 'info', '520');
  });

  test('for a decreasing indicator, behind means above the line', () => {
    const decreasing = patientsDirection('decrease', patientsTargets('      - value: 0\n        by: 2030\n'));
    const text = edit(
      decreasing,
      '        by: 2030\n  - id: funds',
      '        by: 2030\n    actuals:\n      - { value: 320, date: 2027 }\n  - id: funds',
    );
    one(text, 'target/off-track', 'info', '320');
    none(edit(text, 'value: 320', 'value: 290'), 'target/off-track');
  });

  test('does not fire without actuals', () => {
    none(CLEAN_PLAN, 'target/off-track');
  });
});

describe('target/quote-mismatch reads changes, durations and numbers in words', () => {
  /** An indicator `x` with a unit, a baseline and one target (`fields`, indented as a target's). */
  const indicator = (unit: string, baseline: string, fields: string, direction = 'increase') =>
    withIndicator(
      `  - id: x
    label: Measured
    unit: '${unit}'
    direction: ${direction}
    baseline: { value: ${baseline}, year: 2025 }
    targets:
      - ${fields.trim().split('\n').join('\n        ')}
        by: 2030
`,
      'x',
    );
  const silent = (text: string) => assert.deepEqual(ofRule(check(text), 'target/quote-mismatch'), []);

  test('a quote that states the change agrees with `change` or with the change `value` implies', () => {
    silent(indicator('%', '72.1', 'change: +4 pts\nquote: "gagner 4 points au score e-Satis d’ici 2030"'));
    silent(
      indicator(
        'MWh',
        '31500',
        'value: 18900\nquote: "réduire de 40 % notre consommation d’énergie d’ici 2030"',
        'decrease',
      ),
    );
    silent(
      indicator('MWh', '31500', 'change: -40 %\nquote: "réduire notre consommation d’énergie de 40 %"', 'decrease'),
    );
    silent(indicator('journées', '11800', 'value: 23600\nchange: x2\nquote: "doubler l’activité d’HAD"'));
    silent(indicator('journées', '11800', 'value: 35400\nquote: "tripler l’activité d’HAD"'));
    silent(indicator('jours', '12', 'value: 6\nquote: "réduire de moitié le délai de rendez-vous"', 'decrease'));
    silent(indicator('jours', '12', 'value: 6\nquote: "diviser par deux le délai"', 'decrease'));
    silent(indicator('actes', '5000', 'value: 6000\nquote: "+20 % d’actes de télésanté"'));
    silent(indicator('trials', '30', 'value: 40\nquote: "increase the number of trials by a third"'));
    silent(indicator('days', '12', 'value: 6\nquote: "halve the waiting time"', 'decrease'));
  });

  test('a change that cannot be judged (no baseline known, no `change`) is left alone', () => {
    silent(indicator('%', 'tbd', 'value: 80\nquote: "gagner 4 points d’ici 2030"'));
  });

  test('says in the same terms what the quote states and what the target states', () => {
    const text = indicator('%', '72.1', 'change: +5 pts\nquote: "gagner 4 points au score e-Satis d’ici 2030"');
    const f = one(text, 'target/quote-mismatch', 'warning', '"gagner');
    assert.equal(
      f.message,
      "The quote of target 1 of indicator 'x' states a change of +4 points, but the target's change is +5 points.",
    );
    assert.equal(
      f.fr,
      "La citation de la cible 1 de l’indicateur 'x' donne une évolution de +4 points, mais l’évolution de la cible est de +5 points.",
    );
    const energy = indicator('MWh', '31500', 'value: 22050\nquote: "réduire de 40 % notre consommation"', 'decrease');
    const g = one(energy, 'target/quote-mismatch', 'warning', '"réduire');
    assert.equal(
      g.message,
      "The quote of target 1 of indicator 'x' states a change of -40 %, but the target's change is -30 %.",
    );
    assert.equal(
      g.fr,
      "La citation de la cible 1 de l’indicateur 'x' donne une évolution de -40 %, mais l’évolution de la cible est de -30 %.",
    );
  });

  test('a right change does not excuse a wrong figure', () => {
    const text = indicator('M€', '40', 'value: 80\nquote: "doubler les fonds, à 90 M€"');
    const f = one(text, 'target/quote-mismatch', 'warning', '"doubler');
    assert.equal(
      f.message,
      "The quote of target 1 of indicator 'x' states 90 M€ and a change of ×2, but the target's value is 80 M€ (a change of ×2).",
    );
    assert.equal(
      f.fr,
      "La citation de la cible 1 de l’indicateur 'x' donne 90 M€ et une évolution de ×2, mais la cible vaut 80 M€ (soit une évolution de ×2).",
    );
  });

  test("a duration converts to the indicator's time unit", () => {
    silent(
      indicator(
        'minutes',
        '260',
        'value: 210\nquote: "ramener la durée médiane de passage sous 3 h 30 d’ici 2030"',
        'decrease',
      ),
    );
    silent(indicator('minutes', '120', 'value: 90\nquote: "moins de 1h30"', 'decrease'));
    silent(indicator('minutes', '300', 'value: 240\nquote: "moins de 4 h"', 'decrease'));
    silent(indicator('heures', '2', 'value: 1.5\nquote: "90 min au plus"', 'decrease'));
    silent(indicator('heures', '72', 'value: 48\nquote: "sous 2 jours"', 'decrease'));
    silent(indicator('jours', '270', 'value: 180\nquote: "un délai de six mois"', 'decrease'));
    const text = indicator('minutes', '260', 'value: 200\nquote: "sous 3 h 30"', 'decrease');
    const f = one(text, 'target/quote-mismatch', 'warning', '"sous');
    assert.equal(
      f.message,
      "The quote of target 1 of indicator 'x' states 3 h 30 (210 minutes), but the target's value is 200 minutes.",
    );
  });

  test('numbers in words count, in French and English', () => {
    silent(indicator('équipes', '6', 'value: 10\nquote: "atteindre dix équipes"'));
    silent(indicator('teams', '6', 'value: 10\nquote: "reach ten teams"'));
    const f = one(
      indicator('équipes', '6', 'value: 12\nquote: "atteindre dix équipes"'),
      'target/quote-mismatch',
      'warning',
      '"atteindre',
    );
    assert.equal(f.message, "The quote of target 1 of indicator 'x' states 10, but the target's value is 12 équipes.");
  });

  test('ordinals, dates and names are not figures', () => {
    silent(
      indicator(
        '%',
        '20',
        'value: 30\nquote: "dès le 1er janvier, au 21e siècle, après la COVID-19 et le plan du 30/06/2027 : 30 % en 2030"',
      ),
    );
  });
});

describe('French messages write figures the French way', () => {
  const indicator = (unit: string, baseline: string, target: string) =>
    withIndicator(
      `  - id: x
    label: Measured
    unit: '${unit}'
    direction: increase
    baseline: { value: ${baseline}, year: 2025 }
    targets:
      - ${target}
`,
      'x',
    );

  test('thousands with a narrow no-break space, a decimal comma', () => {
    const doubling = indicator('journées', '11800', '{ value: 20000, change: x2, by: 2030 }');
    assert.equal(
      one(doubling, 'target/change-mismatch', 'warning', '20000').fr,
      "La cible 1 de l’indicateur 'x' vaut 20\u202f000, mais `change: x2` appliqué à la valeur de référence 11\u202f800 donne 23\u202f600 ; corrigez la valeur ou l’évolution.",
    );
    const score = indicator('%', '72.1', '{ change: +4 pts, by: 2030, quote: "atteindre 80 % en 2030" }');
    const f = one(score, 'target/quote-mismatch', 'warning', '"atteindre');
    assert.equal(f.fr, "La citation de la cible 1 de l’indicateur 'x' donne 80 %, mais la cible vaut 76,1 %.");
    assert.equal(f.message, "The quote of target 1 of indicator 'x' states 80 %, but the target's value is 76.1 %.");
    const energy = indicator('MWh', '31500', '{ value: 18900, by: 2030, quote: "atteindre 19 000 MWh" }');
    assert.equal(
      one(energy, 'target/quote-mismatch', 'warning', '"atteindre').fr,
      "La citation de la cible 1 de l’indicateur 'x' donne 19\u202f000, mais la cible vaut 18\u202f900 MWh.",
    );
  });
});

describe('figures too large to compute with (schema/pattern, schema/type)', () => {
  const huge = `1${'0'.repeat(400)}`;

  test('a quantity beyond double range is reported, not read as Infinity', () => {
    const text = edit(CLEAN_PLAN, '{ value: 40, year: 2024 }', `{ value: "${huge} M€", year: 2024 }`);
    const findings = check(text);
    assert.equal(findings.length, 1, JSON.stringify(findings));
    const f = one(text, 'schema/pattern', 'error', `"${huge} M€"`);
    assert.equal(f.endColumn - f.column, huge.length + 5);
    assert.equal(
      f.message,
      "The baseline of indicator 'funds' is '10000000000000000000…' (404 characters), a figure too large to compute with; check it, or write it in a larger unit (M€ rather than €).",
    );
    assert.equal(
      f.fr,
      "La valeur de référence de l’indicateur 'funds' vaut '10000000000000000000…' (404 caractères), un chiffre trop grand pour être calculé ; vérifiez-le, ou écrivez-le dans une unité plus grande (M€ plutôt que €).",
    );
  });

  test('a change beyond range is reported on the change', () => {
    const text = fundsTarget(
      `      - value: 80\n        change: x${huge}\n        by: 2030\n        quote: "double the funds raised, to 80M€ in 2030"\n`,
    );
    const f = one(text, 'schema/pattern', 'error', `x${huge}`);
    assert.equal(
      f.message,
      "`change` of target 1 of indicator 'funds' is 'x1000000000000000000…' (402 characters), a figure too large to compute with; check it, or write it in a larger unit (M€ rather than €).",
    );
    none(text, 'target/change-mismatch');
  });

  test("a figure that overflows once converted to the indicator's unit", () => {
    const cash = `  - id: cash\n    label: Cash\n    unit: €\n    direction: increase\n    baseline: { value: "${'9'.repeat(303)} Md€", year: 2024 }\n    targets:\n      - { value: 10, by: 2030 }\n`;
    const text = withIndicator(cash, 'cash');
    one(text, 'schema/pattern', 'error', `"${'9'.repeat(303)} Md€"`);
    none(text, 'target/direction');
  });

  test('YAML numbers beyond range, .inf and .nan are schema/type, with what to write', () => {
    for (const [value, message] of [
      [
        huge,
        "`value` of target 1 of indicator 'funds' is a number too large to compute with (.inf, or beyond ±1.8e308); check it, or write it in a larger unit (M€ rather than €).",
      ],
      [
        '-.inf',
        "`value` of target 1 of indicator 'funds' is a number too large to compute with (.inf, or beyond ±1.8e308); check it, or write it in a larger unit (M€ rather than €).",
      ],
      [
        '.nan',
        "`value` of target 1 of indicator 'funds' is .nan, which is not a figure; write a number, or tbd when it is not known yet.",
      ],
    ]) {
      const text = fundsTarget(`      - value: ${value}\n        by: 2030\n`);
      const findings = check(text);
      assert.deepEqual(
        findings.map((f) => f.rule),
        ['schema/type'],
        value,
      );
      assert.equal(one(text, 'schema/type', 'error', `${value}\n`).message, message);
    }
  });

  test('does not fire on a long figure that fits', () => {
    const text = edit(CLEAN_PLAN, '{ value: 40, year: 2024 }', `{ value: "${'9'.repeat(300)} M€", year: 2024 }`);
    none(text, 'schema/pattern');
  });
});
