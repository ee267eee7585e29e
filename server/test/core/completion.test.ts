import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { completionsAt } from '../../src/core/features/completion/complete';
import type { PlanCompletion } from '../../src/core/features/completion/types';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import { CLEAN_PLAN, edit } from '../helpers';

const CARET = '‸';
const ROOT_URI = 'file:///w/demo.plan.yaml';
const PART_URI = 'file:///w/research.plan.yaml';

/** A part of CLEAN_PLAN's plan: an owner, an indicator and two actions defined in another file. */
const PART = `part_of: demo
axis: care-axis
ambition: quality
owners:
  - { id: research, name: Research department }
indicators:
  - id: trials
    label: Trials opened
    unit: essais
    baseline: { value: 2, year: 2024 }
    targets: [{ value: 4, by: 2030 }]
objectives:
  - id: part-obj
    title: Part objective
    actions:
      - id: act-c
        title: Action C
        depends_on: [act-b]
      - id: act-d
        title: Action D
        due: 2027-Q2
`;

interface Completed {
  items: PlanCompletion[];
  /** The text without its caret. */
  text: string;
  offset: number;
}

/** Completions at the caret of `text` (the root file, or `uri`), with the other files of the workspace. */
function complete(
  text: string,
  options: { files?: Record<string, string>; uri?: string; trigger?: string } = {},
): Completed {
  const offset = text.indexOf(CARET);
  assert.notEqual(offset, -1, 'fixture needs a caret');
  const clean = text.slice(0, offset) + text.slice(offset + CARET.length);
  const uri = options.uri ?? ROOT_URI;
  const workspace = new PlanWorkspace();
  for (const [name, content] of Object.entries(options.files ?? {})) workspace.setFile(name, content);
  workspace.setFile(uri, clean);
  const file = workspace.file(uri)!;
  const items = completionsAt({
    file,
    plan: workspace.planOf(uri)!,
    offset,
    plans: workspace.plans(),
    year: 2025,
    triggerCharacter: options.trigger,
  });
  return { items, text: clean, offset };
}

function labelOf(c: PlanCompletion): string {
  return typeof c.label === 'string' ? c.label : c.label.en;
}

function labels(result: Completed): string[] {
  return result.items.map(labelOf);
}

function find(result: Completed, label: string): PlanCompletion {
  const found = result.items.find((c) => labelOf(c) === label);
  assert.ok(found, `no completion ${label} among ${labels(result).join(', ')}`);
  return found;
}

/** The text once the completion is accepted (its snippet, or its plain form). */
function accept(result: Completed, label: string, form: 'snippet' | 'plain' = 'snippet'): string {
  const c = find(result, label);
  return result.text.slice(0, c.range.start) + c.insert[form] + result.text.slice(c.range.end);
}

/** CLEAN_PLAN with `insertion` added after the line `after`. */
function withLine(after: string, insertion: string): string {
  return edit(CLEAN_PLAN, after, `${after}${insertion}`);
}

describe('completion: keys from the schema', () => {
  test("an action's keys not written yet, required first, each with its schema description", () => {
    const result = complete(withLine('                contributes_to: [patients]\n', `                ${CARET}\n`));
    // act-a has id, title, start, end and contributes_to; `due` is excluded by start/end.
    assert.deepEqual(labels(result), ['details', 'status', 'progress', 'owner', 'depends_on', 'milestones']);
    assert.deepEqual(find(result, 'depends_on'), {
      label: 'depends_on',
      kind: 'key',
      detail: undefined,
      documentation: {
        markdown: {
          en: 'Actions (ids, anywhere in the plan) that must end before this one starts.',
          fr: "Les actions (ids, n'importe où dans le plan) qui doivent se terminer avant que celle-ci commence.",
        },
        plain: {
          en: 'Actions (ids, anywhere in the plan) that must end before this one starts.',
          fr: "Les actions (ids, n'importe où dans le plan) qui doivent se terminer avant que celle-ci commence.",
        },
      },
      insert: { snippet: 'depends_on: [$1]', plain: 'depends_on: []' },
      range: { start: result.offset, end: result.offset },
      sortText: '1-00010',
      multiline: false,
      opensValues: true,
    });
    assert.deepEqual(find(result, 'status').insert, {
      snippet: 'status: ${1|planned,in-progress,done,delayed,cancelled|}',
      plain: 'status: ',
    });
    assert.match(find(result, 'status').documentation!.markdown.en, /^Where the item stands at `plan.as_of`/);
  });

  test("in French, a key's description is the schema's French text (markdownDescriptionFr), its plain form without Markdown marks", () => {
    const result = complete(withLine('                contributes_to: [patients]\n', `                ${CARET}\n`));
    assert.deepEqual(find(result, 'status').documentation, {
      markdown: { en: 'Where the item stands at `plan.as_of`.', fr: "Où en est l'élément à la date `plan.as_of`." },
      plain: { en: 'Where the item stands at plan.as_of.', fr: "Où en est l'élément à la date plan.as_of." },
    });
  });

  test('a list of mappings is written with its first item, required fields as tab stops, at the right indentation', () => {
    const result = complete(withLine('                contributes_to: [patients]\n', `                mi${CARET}\n`));
    assert.equal(
      accept(result, 'milestones'),
      withLine(
        '                contributes_to: [patients]\n',
        '                milestones:\n                  - title: $1\n',
      ),
    );
    const objective = complete(
      withLine('            title: Objective\n', `            ${CARET}\n`).replace(
        '            actions:\n',
        '            acts:\n',
      ),
    );
    assert.ok(labels(objective).includes('actions'));
    assert.deepEqual(find(objective, 'actions').insert, {
      snippet: 'actions:\n              - id: ${1:action-id}\n                title: $2',
      plain: 'actions:\n              - id: \n                title: ',
    });
    assert.equal(find(objective, 'actions').multiline, true);
  });

  test('a required field is marked, and comes first', () => {
    const result = complete(`plan:\n  ${CARET}\n`);
    assert.deepEqual(labels(result).slice(0, 4), ['id', 'title', 'institution', 'cycle']);
    assert.deepEqual(find(result, 'cycle').detail, { en: 'required', fr: 'obligatoire' });
    assert.deepEqual(find(result, 'cycle').insert, {
      snippet: 'cycle: { start: $1, end: $2 }',
      plain: 'cycle: { start: , end:  }',
    });
    assert.deepEqual(find(result, 'id').insert, { snippet: 'id: ${1:plan-id}', plain: 'id: ' });
  });

  test("a new file is offered both a root's and a part's keys, `plan` with its required fields", () => {
    const result = complete(CARET);
    assert.deepEqual(labels(result), [
      'plan',
      'owners',
      'indicators',
      'axes',
      'part_of',
      'axis',
      'ambition',
      'objectives',
    ]);
    assert.deepEqual(
      find(result, 'plan').insert.snippet,
      'plan:\n  id: ${1:plan-id}\n  title: $2\n  institution: $3\n  cycle: { start: $4, end: $5 }',
    );
  });

  test("a part file is offered a part's keys, not those it has", () => {
    const result = complete(`part_of: demo\naxis: care-axis\n${CARET}\n`, {
      files: { [ROOT_URI]: CLEAN_PLAN },
      uri: PART_URI,
    });
    assert.deepEqual(labels(result), ['ambition', 'objectives', 'indicators', 'owners']);
  });

  test('keys that exclude each other: an axis holds ambitions or objectives; a target one of by, each_year, over', () => {
    assert.ok(!labels(complete(withLine('    number: 1\n', `    ${CARET}\n`))).includes('objectives'));
    const target = complete(
      withLine('        by: 2030\n        quote: "include 1000 patients in 2030"\n', `        ${CARET}\n`),
    );
    assert.deepEqual(labels(target), ['change', 'comparator']);
  });

  test("the file's own indentation is followed (4 spaces, lists not indented)", () => {
    const text = `plan:\n    id: x\naxes:\n- id: a\n  title: A\n  ${CARET}\n`;
    const result = complete(text);
    assert.deepEqual(find(result, 'objectives').insert.plain, 'objectives:\n  - id: \n    title: ');
    const nested = complete(`plan:\n    id: x\naxes:\n    -   id: a\n        title: A\n        ${CARET}\n`);
    assert.deepEqual(find(nested, 'ambitions').insert.plain, 'ambitions:\n            - id: \n              title: ');
  });

  test('on a key already written, only the key is replaced', () => {
    const result = complete(edit(CLEAN_PLAN, '    measure: annual', `    meas${CARET}ure: annual`));
    assert.deepEqual(find(result, 'frequency').insert, { snippet: 'frequency', plain: 'frequency' });
    assert.deepEqual(find(result, 'frequency').range, { start: result.offset - 4, end: result.offset + 3 });
  });

  test('inside a flow mapping: the missing keys on one line', () => {
    const cycle = complete(edit(CLEAN_PLAN, 'cycle: { start: 2026, end: 2030 }', `cycle: { start: 2026,${CARET} }`));
    assert.deepEqual(
      cycle.items.map((c) => [labelOf(c), c.insert.snippet]),
      [['end', ' end: $1']],
    );
    const milestone = complete(edit(CLEAN_PLAN, '{ title: Step, due: 2028-S2 }', `{ title: Step, ${CARET} }`));
    assert.deepEqual(labels(milestone), ['id', 'due', 'status']);
    assert.equal(find(milestone, 'id').insert.snippet, 'id: ${1:milestone-id}');
  });
});

describe('completion: keys whose value list opens once they are written', () => {
  function opening(result: Completed): string[] {
    return result.items.filter((c) => c.opensValues).map(labelOf);
  }

  test('an action: its dates, owner, indicators and dependencies; not its enum, texts or lists of mappings', () => {
    const result = complete(
      withLine('                  - { title: Step, due: 2028-S2 }\n', `              - ${CARET}\n`),
    );
    assert.deepEqual(opening(result), ['start', 'end', 'due', 'owner', 'contributes_to', 'depends_on']);
    assert.equal(find(result, 'status').opensValues, undefined);
    assert.equal(find(result, 'New action').opensValues, undefined);
  });

  test("units, a baseline's year or date, a target's deadline, the plan's dates and predecessor, a part's axis and ambition", () => {
    assert.deepEqual(opening(complete(edit(CLEAN_PLAN, '    unit: M€\n', `    ${CARET}\n`))), ['unit', 'part_of']);
    assert.deepEqual(
      opening(complete(edit(CLEAN_PLAN, 'baseline: { value: 40, year: 2024 }', `baseline: { value: 40, ${CARET} }`))),
      ['year', 'date'],
    );
    assert.deepEqual(
      opening(
        complete(
          edit(CLEAN_PLAN, '        by: 2030\n        quote: "include', `        ${CARET}\n        quote: "include`),
        ),
      ),
      ['by'],
    );
    // `cycle` is written `{ start: $1, end: $2 }`: its value is not one picked from a list.
    assert.deepEqual(opening(complete(`plan:\n  ${CARET}\n`)), ['horizon', 'as_of', 'previous']);
    assert.deepEqual(
      opening(complete(`part_of: demo\n${CARET}\n`, { files: { [ROOT_URI]: CLEAN_PLAN }, uri: PART_URI })),
      ['axis', 'ambition'],
    );
  });

  test('a key already written keeps its value: nothing to open', () => {
    const result = complete(edit(CLEAN_PLAN, '            owner: care', `            own${CARET}er: care`));
    assert.deepEqual(find(result, 'owner').insert.snippet, 'owner');
    assert.equal(find(result, 'owner').opensValues, undefined);
  });

  test('once accepted, the cursor stands where those values are offered', () => {
    const text = withLine('                  - { title: Step, due: 2028-S2 }\n', `              - ${CARET}\n`);
    const result = complete(text);
    const offered = result.items
      .filter((c) => c.opensValues)
      .map((c) => {
        // The snippet's first tab stop, as the caret.
        const accepted = accept(result, labelOf(c)).replace('$1', CARET);
        return [labelOf(c), labels(complete(accepted)).slice(0, 2)];
      });
    assert.deepEqual(offered, [
      ['start', ['2026', '2026-Q1']],
      ['end', ['2026', '2026-Q1']],
      ['due', ['2026', '2026-Q1']],
      ['owner', ['care']],
      ['contributes_to', ['patients', 'funds']],
      ['depends_on', ['act-a', 'act-b']],
    ]);
  });
});

describe('completion: new list items', () => {
  test('a blank line at the dashes of `actions` gets `- id:` and `title:` as tab stops, indented under the dash', () => {
    const after = '                  - { title: Step, due: 2028-S2 }\n';
    const result = complete(withLine(after, `              ${CARET}\n`));
    assert.deepEqual(result.items, [
      {
        label: { en: 'New action', fr: 'Nouvelle action' },
        kind: 'new-item',
        documentation: {
          markdown: {
            en: 'A project, action or key step ("Projets, actions et jalons clés"). It has a span (`start`/`end`), a single deadline (`due`), or neither.',
            fr: "Un projet, une action ou un jalon clé (« Projets, actions et jalons clés »). Elle a une période (`start`/`end`), une échéance unique (`due`), ou ni l'une ni l'autre.",
          },
          plain: {
            en: 'A project, action or key step ("Projets, actions et jalons clés"). It has a span (start/end), a single deadline (due), or neither.',
            fr: "Un projet, une action ou un jalon clé (« Projets, actions et jalons clés »). Elle a une période (start/end), une échéance unique (due), ou ni l'une ni l'autre.",
          },
        },
        insert: {
          snippet: '- id: ${1:action-id}\n                title: $2',
          plain: '- id: \n                title: ',
        },
        range: { start: result.offset, end: result.offset },
        sortText: '0',
        multiline: true,
      },
    ]);
    assert.equal(
      accept(result, 'New action', 'plain'),
      withLine(after, '              - id: \n                title: \n'),
    );
  });

  test("after `- `, the new item without its dash, then the item's keys", () => {
    const result = complete(
      withLine('                  - { title: Step, due: 2028-S2 }\n', `              - ${CARET}\n`),
    );
    assert.deepEqual(labels(result), [
      'New action',
      'id',
      'title',
      'details',
      'start',
      'end',
      'due',
      'status',
      'progress',
      'owner',
      'contributes_to',
      'depends_on',
      'milestones',
    ]);
    assert.equal(find(result, 'New action').insert.snippet, 'id: ${1:action-id}\n                title: $2');
    // A dash just typed: the space after it is written too.
    const typed = complete(
      withLine('                  - { title: Step, due: 2028-S2 }\n', `              -${CARET}\n`),
    );
    assert.equal(find(typed, 'New action').insert.snippet, ' id: ${1:action-id}\n                title: $2');
  });

  test("right under a list's key, and for lists whose items have no required field (targets)", () => {
    const axes = complete(edit(CLEAN_PLAN, 'axes:\n', `axes:\n  ${CARET}\n`));
    assert.deepEqual(
      axes.items.map((c) => [labelOf(c), c.insert.snippet]),
      [['New axis', '- id: ${1:axis-id}\n    title: $2']],
    );
    const targets = complete(withLine('        quote: "include 1000 patients in 2030"\n', `      ${CARET}\n`));
    assert.deepEqual(
      targets.items.map((c) => [labelOf(c), c.insert.snippet]),
      [['New target', '- value: $1\n        by: $2']],
    );
  });

  test('inside a flow list of mappings, the item is written in braces', () => {
    const result = complete(`part_of: demo\naxis: care-axis\nowners: [${CARET}]\n`, {
      files: { [ROOT_URI]: CLEAN_PLAN },
      uri: PART_URI,
    });
    assert.deepEqual(
      result.items.map((c) => [labelOf(c), c.insert.snippet]),
      [['New owner', '{ id: ${1:owner-id}, name: $2 }']],
    );
  });
});

describe('completion: values', () => {
  test('enum values with their descriptions', () => {
    const result = complete(withLine('                end: 2027\n', `                status: ${CARET}\n`));
    assert.deepEqual(
      result.items.map((c) => [c.label, c.description?.en]),
      [
        ['planned', 'Not started yet.'],
        ['in-progress', 'Started and going on.'],
        ['done', 'Completed.'],
        ['delayed', 'Started or due, but late against its dates.'],
        ['cancelled', 'Abandoned; kept for the record.'],
      ],
    );
    assert.deepEqual(find(result, 'done'), {
      label: 'done',
      kind: 'enum',
      description: { en: 'Completed.', fr: 'Terminé.' },
      detail: { en: 'Completed.', fr: 'Terminé.' },
      documentation: { markdown: { en: 'Completed.', fr: 'Terminé.' }, plain: { en: 'Completed.', fr: 'Terminé.' } },
      insert: { snippet: 'done', plain: 'done' },
      range: { start: result.offset, end: result.offset },
      sortText: '0-00002',
      multiline: false,
    });
    const direction = complete(
      edit(CLEAN_PLAN, '    direction: increase\n    measure', `    direction: de${CARET}\n    measure`),
    );
    assert.deepEqual(labels(direction), ['increase', 'decrease', 'maintain']);
    assert.deepEqual(find(direction, 'decrease').range, { start: direction.offset - 2, end: direction.offset });
  });

  test('right after the colon, a space is written first', () => {
    const result = complete(withLine('                end: 2027\n', `                status:${CARET}\n`));
    assert.equal(find(result, 'done').insert.plain, ' done');
  });

  test("units: %, €, k€, M€, then the plan's own; `%` quoted unless inside quotes", () => {
    const result = complete(edit(CLEAN_PLAN, '    unit: M€\n', `    unit: ${CARET}\n`), {
      files: { [PART_URI]: PART },
    });
    assert.deepEqual(
      result.items.map((c) => [c.label, c.insert.plain, c.description?.en]),
      [
        ['%', "'%'", 'percent'],
        ['€', '€', 'euros'],
        ['k€', 'k€', 'thousands of euros'],
        ['M€', 'M€', 'millions of euros'],
        ['patients', 'patients', 'used by 1 indicator'],
        ['essais', 'essais', 'used by 1 indicator'],
      ],
    );
    const quoted = complete(edit(CLEAN_PLAN, '    unit: M€\n', `    unit: '${CARET}'\n`));
    assert.equal(find(quoted, '%').insert.plain, '%');
    assert.equal(find(quoted, 'M€').description?.fr, 'millions d’euros');
  });

  test('`each_year`: true, or a span; a figure: tbd', () => {
    const result = complete(
      withLine('        quote: "include 1000 patients in 2030"\n', `        each_year: ${CARET}\n`).replace(
        '        by: 2030\n        quote: "include',
        '        quote: "include',
      ),
    );
    assert.deepEqual(
      result.items.map((c) => [c.label, c.insert.snippet]),
      [
        ['true', 'true'],
        ['{ from, to }', '{ from: $1, to: $2 }'],
      ],
    );
    const baseline = complete(
      edit(CLEAN_PLAN, 'baseline: { value: 500, year: 2024 }', `baseline: { value: ${CARET}, year: 2024 }`),
    );
    assert.deepEqual(labels(baseline), ['tbd']);
  });
});

describe('completion: dates', () => {
  test("where a date goes: the cycle's years with their quarters and half-years, each with its interval", () => {
    const result = complete(
      withLine('                title: Action B\n', `                due: ${CARET}\n`).replace(
        '                start: 2028\n                end: 2029\n',
        '',
      ),
    );
    assert.deepEqual(labels(result).slice(0, 8), [
      '2026',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
      '2026-S1',
      '2026-S2',
      '2027',
    ]);
    assert.equal(result.items.length, 35);
    assert.equal(labels(result).at(-1), '2030-S2');
    assert.deepEqual(find(result, '2027-Q2'), {
      label: '2027-Q2',
      kind: 'date',
      description: { en: '1 April – 30 June 2027', fr: '1er avril – 30 juin 2027' },
      detail: { en: '1 April – 30 June 2027', fr: '1er avril – 30 juin 2027' },
      insert: { snippet: '2027-Q2', plain: '2027-Q2' },
      range: { start: result.offset, end: result.offset },
      sortText: '0-00009',
      multiline: false,
    });
  });

  test('after `2027-`, the word replaced is the whole date typed so far', () => {
    const result = complete(
      edit(
        CLEAN_PLAN,
        '        by: 2030\n        quote: "include',
        `        by: 2027-${CARET}\n        quote: "include`,
      ),
      { trigger: '-' },
    );
    assert.deepEqual(find(result, '2027-Q3').range, { start: result.offset - 5, end: result.offset });
    // A target's deadline may reach the plan's horizon.
    assert.equal(labels(result).at(-1), '2040');
  });

  test('the horizon: years after the cycle; a baseline: years up to its start; spans and milestones: the cycle', () => {
    assert.deepEqual(labels(complete(edit(CLEAN_PLAN, '  horizon: 2040', `  horizon: ${CARET}`))), [
      '2031',
      '2032',
      '2033',
      '2034',
      '2035',
      '2036',
      '2037',
      '2038',
      '2039',
      '2040',
    ]);
    assert.deepEqual(
      labels(
        complete(edit(CLEAN_PLAN, 'baseline: { value: 500, year: 2024 }', `baseline: { value: 500, year: ${CARET} }`)),
      ),
      ['2022', '2023', '2024', '2025', '2026'],
    );
    assert.equal(
      labels(complete(edit(CLEAN_PLAN, '{ title: Step, due: 2028-S2 }', `{ title: Step, due: ${CARET} }`)))[0],
      '2026',
    );
    assert.equal(
      labels(complete(edit(CLEAN_PLAN, '  horizon: 2040\n', `  horizon: 2040\n  as_of: ${CARET}\n`))).length,
      35,
    );
  });

  test('without a cycle: the coming years; the cycle itself: years around this one', () => {
    assert.deepEqual(labels(complete(`plan:\n  cycle: { start: ${CARET} }\n`)).slice(0, 3), ['2024', '2025', '2026']);
    assert.deepEqual(
      labels(
        complete(
          `plan:\n  id: x\naxes:\n  - id: a\n    objectives:\n      - id: o\n        actions:\n          - id: x\n            start: ${CARET}\n`,
        ),
      ).slice(0, 2),
      ['2025', '2025-Q1'],
    );
  });
});

describe('completion: ids from every file of the plan', () => {
  const files = { [PART_URI]: PART };

  test('indicators of an objective: label and unit shown, those already listed left out', () => {
    const result = complete(edit(CLEAN_PLAN, 'indicators: [patients, funds]', `indicators: [patients, ${CARET}]`), {
      files,
    });
    assert.deepEqual(
      result.items.map((c) => [c.label, c.labelDetail, c.description?.en, c.detail?.en]),
      [
        ['funds', ' (M€)', 'Funds raised', 'Funds raised (M€)'],
        ['trials', ' (essais)', 'Trials opened', 'Trials opened (essais)'],
      ],
    );
    assert.deepEqual(find(result, 'trials').documentation, {
      markdown: {
        en: '**Trials opened**\n\nUnit: essais\n\nDefined in `research.plan.yaml`.',
        fr: '**Trials opened**\n\nUnité : essais\n\nDéfini dans `research.plan.yaml`.',
      },
      plain: {
        en: 'Trials opened\n\nUnit: essais\n\nDefined in research.plan.yaml.',
        fr: 'Trials opened\n\nUnité : essais\n\nDéfini dans research.plan.yaml.',
      },
    });
    assert.deepEqual(find(result, 'trials').insert, { snippet: 'trials', plain: 'trials' });
  });

  test('`contributes_to` in a block list; `indicators:` with no value yet gets `[id]`', () => {
    const block = complete(
      edit(
        CLEAN_PLAN,
        'contributes_to: [patients]',
        `contributes_to:\n                  - patients\n                  - ${CARET}`,
      ),
      { files },
    );
    assert.deepEqual(labels(block), ['funds', 'trials']);
    assert.equal(find(block, 'funds').insert.plain, 'funds');
    // On a blank line of the list, the dash comes with the id.
    const blank = complete(
      edit(
        CLEAN_PLAN,
        'contributes_to: [patients]',
        `contributes_to:\n                  - patients\n                  ${CARET}`,
      ),
      { files },
    );
    assert.deepEqual(
      blank.items.map((c) => c.insert.plain),
      ['- funds', '- trials'],
    );
    const under = complete(
      edit(CLEAN_PLAN, 'contributes_to: [patients]', `contributes_to:\n                  ${CARET}`),
      { files },
    );
    assert.deepEqual(
      under.items.map((c) => c.insert.plain),
      ['- patients', '- funds', '- trials'],
    );
    const empty = complete(edit(CLEAN_PLAN, 'indicators: [patients, funds]', `indicators: ${CARET}`), { files });
    assert.deepEqual(
      empty.items.map((c) => c.insert.plain),
      ['[patients]', '[funds]', '[trials]'],
    );
  });

  test('`depends_on`: actions anywhere in the plan, but not the action itself, nor one that would close a cycle', () => {
    // act-c (in the part) depends on act-b: act-b may not depend on it.
    const result = complete(edit(CLEAN_PLAN, 'depends_on: [act-a]', `depends_on: [act-a, ${CARET}]`), { files });
    assert.deepEqual(labels(result), ['act-d']);
    assert.deepEqual(
      find(result, 'act-d').documentation?.markdown.en,
      "**Action D**\n\nIn objective 'part-obj'.\n\nDue 2027-Q2.\n\nDefined in `research.plan.yaml`.",
    );
    const fromA = complete(
      withLine('                contributes_to: [patients]\n', `                depends_on: [${CARET}]\n`),
      { files },
    );
    assert.deepEqual(labels(fromA), ['act-d']);
    const inPart = complete(edit(PART, 'due: 2027-Q2', `due: 2027-Q2\n        depends_on: [${CARET}]`), {
      files: { [ROOT_URI]: CLEAN_PLAN },
      uri: PART_URI,
    });
    assert.deepEqual(labels(inPart), ['act-a', 'act-b', 'act-c']);
    assert.deepEqual(
      find(inPart, 'act-a').documentation?.markdown.fr,
      "**Action A**\n\nDans l’objectif 'obj'.\n\n2026 → 2027.\n\nDéfini dans `demo.plan.yaml`.",
    );
  });

  test('owners with their names', () => {
    const result = complete(edit(CLEAN_PLAN, 'owner: care', `owner: ${CARET}`), { files });
    assert.deepEqual(
      result.items.map((c) => [c.label, c.description?.en]),
      [
        ['care', 'Care directorate'],
        ['research', 'Research department'],
      ],
    );
  });

  test("a part's axis, its ambition (of that axis), its plan; an indicator's `part_of`", () => {
    const root = {
      [ROOT_URI]: CLEAN_PLAN,
      'file:///w/other.plan.yaml':
        'plan:\n  id: other\n  title: Other plan\n  institution: Elsewhere\n  cycle: { start: 2026, end: 2030 }\n',
    };
    const axis = complete(edit(PART, 'axis: care-axis', `axis: ${CARET}`), { files: root, uri: PART_URI });
    assert.deepEqual(
      axis.items.map((c) => [c.label, c.description?.en]),
      [['care-axis', 'Care']],
    );
    const ambition = complete(edit(PART, 'ambition: quality', `ambition: q${CARET}`), { files: root, uri: PART_URI });
    assert.deepEqual(
      ambition.items.map((c) => [c.label, c.description?.en, c.documentation?.markdown.en]),
      [['quality', 'Quality', "**Quality**\n\nIn axis 'care-axis'.\n\nDefined in `demo.plan.yaml`."]],
    );
    const plan = complete(edit(PART, 'part_of: demo', `part_of: ${CARET}`), { files: root, uri: PART_URI });
    assert.deepEqual(
      plan.items.map((c) => [c.label, c.description?.en]),
      [
        ['demo', 'Demo plan'],
        ['other', 'Other plan'],
      ],
    );
    const component = complete(edit(CLEAN_PLAN, '    unit: M€\n', `    unit: M€\n    part_of: ${CARET}\n`), { files });
    assert.deepEqual(labels(component), ['patients', 'trials']);
  });

  test('the plan a root follows: other plans', () => {
    const other = {
      'file:///w/other.plan.yaml':
        'plan:\n  id: other\n  title: Other plan\n  institution: Elsewhere\n  cycle: { start: 2020, end: 2025 }\n',
    };
    assert.deepEqual(labels(complete(withLine('  horizon: 2040\n', `  previous: ${CARET}\n`), { files: other })), [
      'other',
    ]);
  });
});

describe("completion: an id's documentation escapes the plan's texts", () => {
  test('a label and a unit holding Markdown and HTML are escaped in Markdown, kept as written in plain text', () => {
    const text = edit(
      edit(
        CLEAN_PLAN,
        '    label: Funds raised\n    unit: M€\n',
        '    label: "Funds **raised** <b>"\n    unit: "M€ [x](https://e.example)"\n',
      ),
      '                contributes_to: [funds]',
      `                contributes_to: [${CARET}]`,
    );
    assert.deepEqual(find(complete(text), 'funds').documentation, {
      markdown: {
        en: '**Funds \\*\\*raised\\*\\* \\<b\\>**\n\nUnit: M€ \\[x\\](https\\://e.example)',
        fr: '**Funds \\*\\*raised\\*\\* \\<b\\>**\n\nUnité : M€ \\[x\\](https\\://e.example)',
      },
      plain: {
        en: 'Funds **raised** <b>\n\nUnit: M€ [x](https://e.example)',
        fr: 'Funds **raised** <b>\n\nUnité : M€ [x](https://e.example)',
      },
    });
  });
});

describe('completion: where there is nothing to offer, and broken files', () => {
  test('inside text or a comment: nothing', () => {
    assert.deepEqual(labels(complete(edit(CLEAN_PLAN, '  title: Demo plan', `  title: Demo plan # ${CARET}`))), []);
    assert.deepEqual(
      labels(complete(edit(CLEAN_PLAN, '  title: Demo plan', `  vision: |\n    Our ${CARET}\n  title: Demo plan`))),
      [],
    );
  });

  test('trigger characters: a space after `:`, `,`, `[` or a dash asks; a space in a title does not', () => {
    const title = complete(withLine('                end: 2027\n', `                title: A new ${CARET}\n`), {
      trigger: ' ',
    });
    assert.deepEqual(labels(title), []);
    const key = complete(withLine('                end: 2027\n', `                st ${CARET}\n`), { trigger: ' ' });
    assert.deepEqual(labels(key), []);
    const status = complete(withLine('                end: 2027\n', `                status: ${CARET}\n`), {
      trigger: ' ',
    });
    assert.equal(status.items.length, 5);
    const dash = complete(
      withLine('                  - { title: Step, due: 2028-S2 }\n', `              - ${CARET}\n`),
      { trigger: ' ' },
    );
    assert.equal(labels(dash)[0], 'New action');
    const inKey = complete(withLine('                end: 2027\n', `                depends-${CARET}\n`), {
      trigger: '-',
    });
    assert.deepEqual(labels(inKey), []);
  });

  test('a file broken below the cursor still completes, with the ids above the error', () => {
    const broken = edit(
      CLEAN_PLAN,
      'depends_on: [act-a]',
      `depends_on: [${CARET}\n                status: "unclosed\n  - id: [`,
    );
    assert.deepEqual(labels(complete(broken)), ['act-a']);
    const keys = complete(
      `${withLine('                contributes_to: [patients]\n', `                ${CARET}\n`)}  - id: [broken\n    title: "unclosed\n`,
    );
    assert.ok(labels(keys).includes('status'));
  });
});
