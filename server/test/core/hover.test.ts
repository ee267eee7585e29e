import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt } from '../../src/core/features/hover/hoverAt';
import { dateMeaning } from '../../src/core/features/hover/dateText';
import { parsePartialDate } from '../../src/core/model/dates';
import type { Locale } from '../../src/core/i18n/locale';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import { CLEAN_PLAN } from '../helpers';
import { PART_A, PART_B } from '../fixtures/rootWithParts';

/** A root (CLEAN_PLAN) and two parts: part A defines `beds` and `act-c`, part B uses them and the root's ids. */

/** A plan written in French (numbers follow it), with every kind of target and dating. */
const FRENCH_PLAN = `plan:
  id: cap
  title: Plan capacitaire
  institution: Hôpital
  language: fr
  cycle: { start: 2026, end: 2030 }
indicators:
  - id: lits
    label: Lits ouverts
    unit: lits
    direction: increase
    baseline: { value: 1200, year: 2024 }
    targets:
      - { change: "+20 %", by: 2028-06 }
      - { value: "1 500", comparator: at-least, by: 2030 }
    actuals:
      - { value: 1250.5, date: 2026-Q4 }
  - id: essais
    label: Essais
    unit: essais
    measure: annual
    baseline: { value: tbd }
    targets:
      - { value: 2, each_year: { from: 2027, to: 2030 } }
  - id: caf
    label: Capacité d'autofinancement
    unit: M€
    measure: average
    targets:
      - { value: "2,5 M€", over: { from: 2026, to: 2030 } }
axes:
  - id: a1
    title: Axe
    objectives:
      - id: o1
        title: Objectif
        indicators: [lits, essais]
        actions:
          - { id: x1, title: Jalon, due: 2028-06-15, depends_on: [x9] }
          - { id: x2, title: Début, start: 2027-S2 }
          - { id: x3, title: "Libre *important*" }
`;

const ws = new PlanWorkspace();
for (const [uri, text] of Object.entries({
  'root.plan.yaml': CLEAN_PLAN,
  'part-a.plan.yaml': PART_A,
  'part-b.plan.yaml': PART_B,
  'fr.plan.yaml': FRENCH_PLAN,
}))
  ws.setFile(uri, text);

/** The hover at `needle` (+ delta) in a file: the text its range covers, and its Markdown. */
function hover(
  uri: string,
  needle: string,
  delta: number,
  locale: Locale = 'en',
): { on: string; markdown: string } | undefined {
  const file = ws.file(uri)!;
  const index = file.text.indexOf(needle);
  assert.notEqual(index, -1, `${uri} has no ${needle}`);
  const result = hoverAt(ws.planOf(uri)!, file, index + delta, locale);
  return result && { on: file.text.slice(result.range.start, result.range.end), markdown: result.markdown };
}

const N = '\u202f'; // French digit groups: a narrow no-break space, as Intl writes them.

describe('hover on an indicator', () => {
  test('a reference in one part to an indicator of another: label, unit, baseline → targets, actuals, users, file', () => {
    assert.deepEqual(hover('part-b.plan.yaml', 'beds]', 2), {
      on: 'beds',
      markdown: [
        '**Beds opened** · indicator `beds`',
        '',
        '- Unit: beds · direction `increase`',
        '- 1,200 beds (2024) → 1,500 beds by 2027-Q2',
        '- Actuals: 1,450 beds (2026)',
        '- Objectives: `obj-a` Open beds, `obj-b` Measure beds',
        '- Actions: `act-c` Action C',
        '',
        'File: `part-a.plan.yaml:5`',
      ].join('\n'),
    });
  });

  test("its definition, in French (the plan's numbers stay in the plan's language, English here)", () => {
    assert.equal(
      hover('part-a.plan.yaml', 'id: beds', 5, 'fr')!.markdown,
      [
        '**Beds opened** · indicateur `beds`',
        '',
        '- Unité : beds · sens `increase`',
        '- 1,200 beds (2024) → 1,500 beds d’ici 2027-Q2',
        '- Réalisé : 1,450 beds (2026)',
        '- Objectifs : `obj-a` Open beds, `obj-b` Measure beds',
        '- Actions : `act-c` Action C',
      ].join('\n'),
    );
  });

  test('a French plan: numbers in French format, a change with the value it implies, a comparator', () => {
    assert.equal(
      hover('fr.plan.yaml', 'id: lits', 5, 'fr')!.markdown,
      [
        '**Lits ouverts** · indicateur `lits`',
        '',
        '- Unité : lits · sens `increase`',
        `- 1${N}200 lits (2024) → +20 % (= 1${N}440 lits) d’ici 2028-06 → au moins 1${N}500 lits d’ici 2030`,
        `- Réalisé : 1${N}250,5 lits (2026-Q4)`,
        '- Objectifs : `o1` Objectif',
      ].join('\n'),
    );
    assert.equal(
      hover('fr.plan.yaml', 'id: lits', 5, 'en')!.markdown.split('\n')[3],
      `- 1${N}200 lits (2024) → +20 % (= 1${N}440 lits) by 2028-06 → at least 1${N}500 lits by 2030`,
    );
  });

  test('a baseline to be defined, a target every year of a span, a target over a span, an unused indicator', () => {
    assert.equal(
      hover('fr.plan.yaml', 'id: essais', 5, 'fr')!.markdown.split('\n')[3],
      '- à définir → 2 essais chaque année de 2027 à 2030',
    );
    assert.equal(
      hover('fr.plan.yaml', 'id: essais', 5, 'en')!.markdown.split('\n')[3],
      '- to be defined → 2 essais each year from 2027 to 2030',
    );
    assert.equal(
      hover('fr.plan.yaml', 'id: caf', 5, 'en')!.markdown,
      [
        "**Capacité d'autofinancement** · indicator `caf`",
        '',
        '- Unit: M€ · measure `average`',
        '- no baseline → 2,5 M€ over 2026–2030',
        '- Not used by any objective or action.',
      ].join('\n'),
    );
    assert.equal(
      hover('fr.plan.yaml', 'id: caf', 5, 'fr')!.markdown.split('\n').slice(3).join('\n'),
      '- pas de valeur de référence → 2,5 M€ sur 2026–2030\n- N’est utilisé par aucun objectif ni aucune action.',
    );
  });
});

describe('hover on an action', () => {
  test('from a reference in another part: span, status and progress, owner, dependencies both ways, objective, file', () => {
    assert.deepEqual(hover('part-b.plan.yaml', 'act-c', 1), {
      on: 'act-c',
      markdown: [
        '**Action C** · action `act-c`',
        '',
        '- Span: 2027-Q2 → 2028 (1 April 2027 – 31 December 2028)',
        '- Status: `in-progress` · 40 %',
        '- Owner: `care` Care directorate',
        '- Depends on: `act-a` Action A',
        '- Needed by: `act-d` Action D',
        '- Objective: `obj-a` Open beds',
        '',
        'File: `part-a.plan.yaml:20`',
      ].join('\n'),
    });
  });

  test('in French, with milestones', () => {
    assert.equal(
      hover('root.plan.yaml', 'id: act-b', 5, 'fr')!.markdown,
      [
        '**Action B** · action `act-b`',
        '',
        '- Période : 2028 → 2029 (1er janvier 2028 – 31 décembre 2029)',
        '- Statut : non renseigné',
        '- Dépend de : `act-a` Action A',
        '- Jalons : Step (2028-S2)',
        '- Objectif : `obj` Objective',
      ].join('\n'),
    );
  });

  test('a deadline, a start alone, no date; a dependency missing from the plan; a title with Markdown marks', () => {
    assert.equal(
      hover('fr.plan.yaml', 'id: x1', 5, 'fr')!.markdown,
      [
        '**Jalon** · action `x1`',
        '',
        '- Échéance : 2028-06-15 (15 juin 2028)',
        '- Statut : non renseigné',
        '- Dépend de : `x9` (absent du plan)',
        '- Objectif : `o1` Objectif',
      ].join('\n'),
    );
    assert.equal(hover('fr.plan.yaml', 'id: x2', 5, 'en')!.markdown.split('\n')[2], '- Starts: 2027-S2 (1 July 2027)');
    assert.equal(
      hover('fr.plan.yaml', 'id: x3', 5, 'en')!.markdown.split('\n').slice(0, 3).join('\n'),
      '**Libre \\*important\\*** · action `x3`\n\n- No dates',
    );
  });
});

describe('hover on other ids', () => {
  test("an owner, an objective, the plan from a part's `part_of`", () => {
    assert.equal(
      hover('part-a.plan.yaml', 'owner: care', 8)!.markdown,
      [
        '**Care directorate** · owner `care`',
        '',
        '- Objectives: `obj` Objective, `obj-a` Open beds, `obj-b` Measure beds',
        '- Actions: `act-c` Action C',
        '',
        'File: `root.plan.yaml:9`',
      ].join('\n'),
    );
    assert.equal(
      hover('part-a.plan.yaml', 'obj-a', 1)!.markdown,
      '**Open beds** · objective `obj-a`\n\n- Owner: `care`\n- Actions: `act-c` Action C',
    );
    assert.deepEqual(hover('part-a.plan.yaml', 'demo', 1, 'fr'), {
      on: 'demo',
      markdown: '**Demo plan** · plan `demo`\n\n- Établissement : Demo hospital\n- Cycle : 2026–2030',
    });
  });

  test('an owner of a plan without an owners list is a name: what it carries, not the item that has that id', () => {
    const uri = 'free.plan.yaml';
    ws.setFile(
      uri,
      CLEAN_PLAN.replace('id: demo', 'id: free')
        .replace('owners:\n  - { id: care, name: Care directorate }\n', '')
        .replace('owner: care', 'owner: quality'),
    );
    assert.deepEqual(hover(uri, 'owner: quality', 8), {
      on: 'quality',
      markdown: '**Owner** `quality`\n\n- Objectives: `obj` Objective',
    });
    ws.removeFile(uri);
  });

  test('nothing for a reference to an unknown id, nor for free text', () => {
    assert.equal(hover('fr.plan.yaml', 'x9', 1), undefined);
    assert.equal(hover('part-a.plan.yaml', 'Open beds', 3), undefined);
  });
});

describe('hover on a partial date', () => {
  test('a quarter denotes its three months, and `by` reads its last day', () => {
    assert.deepEqual(hover('part-a.plan.yaml', '2027-Q2 }', 3), {
      on: '2027-Q2',
      markdown: '2027-Q2: 1 April – 30 June 2027\n\n`by` reads its last day: 30 June 2027.',
    });
    assert.deepEqual(hover('part-a.plan.yaml', '2027-Q2 }', 3, 'fr'), {
      on: '2027-Q2',
      markdown: '2027-Q2 : 1er avril – 30 juin 2027\n\n`by` en retient le dernier jour : 30 juin 2027.',
    });
  });

  test("a start reads the first day; a span's `from` too; a day is itself; a date without a reading end", () => {
    assert.equal(
      hover('part-a.plan.yaml', 'start: 2027-Q2', 9)!.markdown,
      '2027-Q2: 1 April – 30 June 2027\n\n`start` reads its first day: 1 April 2027.',
    );
    assert.equal(
      hover('fr.plan.yaml', 'from: 2027', 7, 'fr')!.markdown,
      '2027 : 1er janvier – 31 décembre 2027\n\n`from` en retient le premier jour : 1er janvier 2027.',
    );
    assert.equal(hover('fr.plan.yaml', '2028-06-15', 2, 'fr')!.markdown, '2028-06-15 : 15 juin 2028');
    assert.equal(hover('fr.plan.yaml', '2026-Q4', 2, 'fr')!.markdown, '2026-Q4 : 1er octobre – 31 décembre 2026');
    assert.equal(
      hover('fr.plan.yaml', '2028-06 }', 2)!.markdown,
      '2028-06: 1 June – 30 June 2028\n\n`by` reads its last day: 30 June 2028.',
    );
    assert.equal(
      hover('root.plan.yaml', 'end: 2030 }', 6)!.markdown,
      '2030: 1 January – 31 December 2030\n\n`end` reads its last day: 31 December 2030.',
    );
    assert.equal(
      hover('part-b.plan.yaml', '2029-S1', 1)!.markdown,
      '2029-S1: 1 January – 30 June 2029\n\n`due` reads its last day: 30 June 2029.',
    );
  });

  test('every form, in both languages', () => {
    const meaning = (text: string | number, locale: Locale) => dateMeaning(parsePartialDate(text)!, locale);
    assert.equal(meaning('2027-Q2', 'en'), '2027-Q2: 1 April – 30 June 2027');
    assert.equal(meaning('2027-Q2', 'fr'), '2027-Q2 : 1er avril – 30 juin 2027');
    assert.equal(meaning('2027-H2', 'en'), '2027-H2: 1 July – 31 December 2027');
    assert.equal(meaning('2028-02', 'fr'), '2028-02 : 1er février – 29 février 2028');
    assert.equal(meaning(2030, 'fr'), '2030 : 1er janvier – 31 décembre 2030');
    assert.equal(meaning('2028-08-01', 'fr'), '2028-08-01 : 1er août 2028');
  });
});

describe('hover on a field key', () => {
  test('its schema description, with the allowed values of an enum', () => {
    assert.deepEqual(hover('part-a.plan.yaml', 'status', 2), {
      on: 'status',
      markdown: [
        '**`status`**',
        '',
        'Where the item stands at `plan.as_of`.',
        '',
        '- `planned`: Not started yet.',
        '- `in-progress`: Started and going on.',
        '- `done`: Completed.',
        '- `delayed`: Started or due, but late against its dates.',
        '- `cancelled`: Abandoned; kept for the record.',
      ].join('\n'),
    });
    assert.deepEqual(hover('root.plan.yaml', 'horizon', 0), {
      on: 'horizon',
      markdown:
        '**`horizon`**\n\nA long-range date that targets may reach beyond the cycle ("guérir 80 % d\'ici 2040").',
    });
  });

  test("keys inside flow mappings, a part's own keys, and an enum value", () => {
    assert.deepEqual(hover('part-a.plan.yaml', 'year: 2024', 1), {
      on: 'year',
      markdown: '**`year`**\n\nThe year the baseline was measured.',
    });
    assert.deepEqual(hover('part-a.plan.yaml', 'part_of', 3), {
      on: 'part_of',
      markdown: '**`part_of`**\n\nId of the root plan this part belongs to.',
    });
    assert.deepEqual(hover('part-a.plan.yaml', 'in-progress', 3), {
      on: 'in-progress',
      markdown: '`in-progress`: Started and going on.',
    });
    assert.deepEqual(hover('fr.plan.yaml', 'at-least', 3, 'fr'), {
      on: 'at-least',
      markdown: '`at-least` : La cible est atteinte quand la valeur lui est au moins égale.',
    });
  });

  test("in French: the schema's French description and the French meaning of each value", () => {
    assert.deepEqual(hover('part-a.plan.yaml', 'status', 2, 'fr'), {
      on: 'status',
      markdown: [
        '**`status`**',
        '',
        "Où en est l'élément à la date `plan.as_of`.",
        '',
        '- `planned` : Pas encore commencé.',
        '- `in-progress` : Commencé et en cours.',
        '- `done` : Terminé.',
        '- `delayed` : Commencé ou échu, mais en retard sur ses dates.',
        '- `cancelled` : Abandonné ; conservé pour mémoire.',
      ].join('\n'),
    });
    assert.deepEqual(hover('root.plan.yaml', 'horizon', 0, 'fr'), {
      on: 'horizon',
      markdown:
        "**`horizon`**\n\nL'horizon : une date lointaine que les cibles peuvent viser au-delà du cycle (« guérir 80 % d'ici 2040 »).",
    });
    assert.deepEqual(hover('part-a.plan.yaml', 'year: 2024', 1, 'fr'), {
      on: 'year',
      markdown: "**`year`**\n\nL'année de mesure de la valeur de référence.",
    });
  });

  test('nothing for a key the schema does not know', () => {
    const file = 'odd.plan.yaml';
    ws.setFile(
      file,
      CLEAN_PLAN.replace('id: demo', 'id: odd').replace('  horizon: 2040\n', '  horizon: 2040\n  colour: blue\n'),
    );
    assert.equal(hover(file, 'colour', 1), undefined);
    ws.removeFile(file);
  });
});

/** Every text field of the plan holding Markdown, HTML, an entity, bare links or backticks. */
const HOSTILE_PLAN = `plan:
  id: evil
  title: "Plan <script>alert(1)</script>"
  institution: "See https://evil.example and www.evil.example or a@b.example\\n\\n# Heading"
  language: en
  cycle: { start: "2026 <b>", end: 2030 }
indicators:
  - id: money
    label: "Money [click](javascript:alert(1)) ~~gone~~"
    unit: "<img src=x onerror=alert(1)> [x](https://evil.example) **b** &lt;"
    baseline: { value: "12 <b>u</b>", year: 2024 }
    targets:
      - { change: "x2 <i>", by: "2030 <script>" }
      - { value: "a\`b", by: 2030 }
    actuals:
      - { value: 5, date: "2026 *x*" }
axes:
  - id: a1
    title: Axe
    objectives:
      - { id: o1, title: Objectif, indicators: [money], actions: [{ id: x1, title: "A | b", start: "<u>2027</u>", end: 2028, status: "\`\`done\`", milestones: [{ title: M, due: "[d](x)" }] }] }
`;

describe('hover escapes every field it shows', () => {
  const hostile = new PlanWorkspace();
  hostile.setFile('evil.plan.yaml', HOSTILE_PLAN);
  const at = (needle: string) => {
    const file = hostile.file('evil.plan.yaml')!;
    return hoverAt(hostile.planOf('evil.plan.yaml')!, file, file.text.indexOf(needle) + needle.length - 1, 'en')!
      .markdown;
  };

  test('an indicator: its label, unit (as written and after each figure), figures, change and dates', () => {
    assert.equal(
      at('id: money'),
      '**Money \\[click\\](javascript:alert(1)) \\~\\~gone\\~\\~** · indicator `money`\n\n- Unit: \\<img src=x onerror=alert(1)\\> \\[x\\](https\\://evil.example) \\*\\*b\\*…\n- 12 \\<b\\>u\\</b\\> (2024) → x2 \\<i\\> by 2030 \\<script\\> → ``a`b`` by 2030\n- Actuals: 5 \\<img src=x onerror=alert(1)\\> \\[x\\](https\\://evil.example) \\*\\*b\\*\\* \\&lt; (2026 \\*x\\*)\n- Objectives: `o1` Objectif',
    );
  });

  test('an action: its title, dates, status in a code span that holds backticks, milestones', () => {
    assert.equal(
      at('id: x1'),
      '**A \\| b** · action `x1`\n\n- Span: \\<u\\>2027\\</u\\> → 2028\n- Status: ``` ``done` ```\n- Milestones: M (\\[d\\](x))\n- Objective: `o1` Objectif',
    );
  });

  test('the plan: its title, institution on one line without live links, cycle', () => {
    assert.equal(
      at('id: evil'),
      '**Plan \\<script\\>alert(1)\\</script\\>** · plan `evil`\n\n- Institution: See https\\://evil.example and www\\.evil.example or a\\@b.example # Heading\n- Cycle: 2026 \\<b\\>–2030',
    );
  });
});
