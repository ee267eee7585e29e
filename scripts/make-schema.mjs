// One-off authoring aid, kept so the schema's repeated parts (description + markdownDescription)
// stay in step: `node scripts/make-schema.mjs` rewrites schemas/plan.schema.json.
import { writeFileSync } from 'node:fs';

/** A field documented for a planning officer: plain description and the same in Markdown. */
const doc = (md, extra = {}) => ({ description: md.replace(/[`*]/g, ''), markdownDescription: md, ...extra });

const idPattern = '^[A-Za-z0-9][A-Za-z0-9._-]*$';
const datePattern = '^[0-9]{4}(-(Q[1-4]|[SH][12]|(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?))?$';
const quantityPattern = '^(tbd|-?[0-9]+([ \u00a0\u202f,.][0-9]{3})*([.,][0-9]+)?( ?[^ 0-9].*)?)$';
const changePattern = '^(x[0-9]+([.,][0-9]+)?|[+-][0-9]+([.,][0-9]+)? ?(%|pts?))$';

const ref = (name) => ({ $ref: `#/definitions/${name}` });
const enumOf = (md, values) => doc(md, {
  type: 'string',
  enum: values.map(([v]) => v),
  enumDescriptions: values.map(([, d]) => d),
  markdownEnumDescriptions: values.map(([, d]) => d),
});
const idList = (md) => doc(md, { type: 'array', items: ref('id'), uniqueItems: true });

const definitions = {
  id: doc('A stable identifier: letters, digits, `.`, `_` or `-`, starting with a letter or digit (`juste-soin`, `obj-1.2`). Other items refer to it; rename it with the editor\'s Rename to update every reference.', { type: 'string', pattern: idPattern }),
  text: doc('Plain text. Paragraphs are separated by a blank line; `**bold**` and `*italic*` are shown as such in the preview.', { type: 'string' }),
  date: doc('A date, possibly partial: a year (`2030`), a quarter (`2027-Q2`), a half-year (`2027-S1` or `2027-H1`), a month (`2028-06`) or a day (`2028-06-15`). A partial date stands for its whole interval: as a start it reads its first day, as an end, `due` or `by` its last day.', {
    type: ['string', 'integer'], pattern: datePattern, minimum: 1000, maximum: 9999,
  }),
  quantity: doc('A figure: a number (`80`), a quantity in the indicator\'s unit (`"80 M€"`, `"80 %"`, `"1 000"`, `"1,000"`), or `tbd` when it is not known yet. Quantities in another scale of the same unit are converted (`"80000 k€"` = `80 M€`).', {
    type: ['number', 'string'], pattern: quantityPattern,
  }),
  span: doc('A span of time, `{ from, to }`, both partial dates.', {
    type: 'object', additionalProperties: false, required: ['from', 'to'],
    properties: { from: { ...ref('date'), ...doc('First year (or quarter, month...) of the span.') }, to: { ...ref('date'), ...doc('Last year (or quarter, month...) of the span, included.') } },
  }),
  status: enumOf('Where the item stands at `plan.as_of`.', [
    ['planned', 'Not started yet.'], ['in-progress', 'Started and going on.'], ['done', 'Completed.'],
    ['delayed', 'Started or due, but late against its dates.'], ['cancelled', 'Abandoned; kept for the record.'],
  ]),
  owner: doc('Who carries this item: an `id` from the plan\'s `owners` list when the plan has one, otherwise a free name ("Direction des soins").', { type: 'string', minLength: 1 }),
  reference: {
    ...doc('A framework or source document the plan refers to.'), type: 'object', additionalProperties: false, required: ['id', 'title'],
    properties: { id: ref('id'), title: { ...ref('text'), ...doc('Name of the framework or document.') }, url: doc('Where to read it.', { type: 'string' }) },
  },
  ownerEntry: {
    ...doc('A department, team or person who carries objectives and actions.'), type: 'object', additionalProperties: false, required: ['id', 'name'],
    properties: { id: ref('id'), name: doc('Full name of the department, team or person.', { type: 'string' }) },
  },
  milestone: {
    ...doc('A dated step of an action (`Principes validés en CME`, due `2026-S2`).'), type: 'object', additionalProperties: false, required: ['title'],
    properties: {
      id: ref('id'), title: doc('What is reached at this step.', { type: 'string' }),
      due: { ...ref('date'), ...doc('When the step is due (read as the last day of the partial date).') }, status: ref('status'),
    },
    defaultSnippets: [{ label: 'New milestone', body: { title: '$1', due: '${2:2027}', status: 'planned' } }],
  },
  action: {
    ...doc('A project, action or key step ("Projets, actions et jalons clés"). It has a span (`start`/`end`), a single deadline (`due`), or neither.'),
    type: 'object', additionalProperties: false, required: ['id', 'title'],
    properties: {
      id: ref('id'), title: doc('The action as printed.', { type: 'string' }),
      details: doc('Bullet points describing the action, as printed.', { type: 'array', items: { type: 'string' } }),
      start: { ...ref('date'), ...doc('When the action starts (read as the first day of the partial date).') },
      end: { ...ref('date'), ...doc('When the action ends (read as the last day of the partial date).') },
      due: { ...ref('date'), ...doc('A single deadline, for an action that is a key step rather than a span.') },
      status: ref('status'),
      progress: doc('Share of the action completed, in percent (0 to 100).', { type: 'number', minimum: 0, maximum: 100 }),
      owner: ref('owner'),
      contributes_to: idList('Indicators (ids from the catalogue) this action moves.'),
      depends_on: idList('Actions (ids, anywhere in the plan) that must end before this one starts.'),
      milestones: doc('Dated steps of the action.', { type: 'array', items: ref('milestone') }),
    },
    defaultSnippets: [{ label: 'New action', body: { id: '${1:action-id}', title: '$2', start: '${3:2026}', end: '${4:2027}', status: 'planned' } }],
  },
  objective: {
    ...doc('An objective ("Objectif"): what the plan commits to, its intention, how it is measured and the actions that deliver it.'),
    type: 'object', additionalProperties: false, required: ['id', 'title'],
    properties: {
      id: ref('id'), title: doc('The objective as printed.', { type: 'string' }),
      intention: { ...ref('text'), ...doc('Why and what for ("Intention").') },
      owner: ref('owner'),
      indicators: idList('Indicators (ids from the catalogue) this objective is measured by.'),
      actions: doc('Projects, actions and key steps ("Projets, actions et jalons clés").', { type: 'array', items: ref('action') }),
    },
    defaultSnippets: [{ label: 'New objective', body: { id: '${1:objective-id}', title: '$2', intention: '$3', indicators: [], actions: [] } }],
  },
  ambition: {
    ...doc('An ambition: a group of objectives within an axis, with its stakes ("Enjeux et ambition").'),
    type: 'object', additionalProperties: false, required: ['id', 'title'],
    properties: {
      id: ref('id'), title: doc('The ambition as printed.', { type: 'string' }),
      stakes: { ...ref('text'), ...doc('The stakes and ambition ("Enjeux et ambition").') },
      objectives: doc('The objectives of this ambition.', { type: 'array', items: ref('objective') }),
    },
    defaultSnippets: [{ label: 'New ambition', body: { id: '${1:ambition-id}', title: '$2', stakes: '$3', objectives: [] } }],
  },
  axis: {
    ...doc('A strategic axis. It holds `ambitions` (which hold objectives), or `objectives` directly.'),
    type: 'object', additionalProperties: false, required: ['id', 'title'],
    properties: {
      id: ref('id'), number: doc('Display number (1, 2, 3...).', { type: 'integer', minimum: 0 }),
      title: doc('The axis as printed.', { type: 'string' }),
      summary: { ...ref('text'), ...doc('The axis introduction.') },
      ambitions: doc('The ambitions of this axis.', { type: 'array', items: ref('ambition') }),
      objectives: doc('Objectives directly under the axis (when it has no ambitions).', { type: 'array', items: ref('objective') }),
    },
    defaultSnippets: [{ label: 'New axis', body: { id: '${1:axis-id}', number: '^${2:1}', title: '$3', summary: '$4', ambitions: [] } }],
  },
  baseline: {
    ...doc('The starting value the targets are measured against, and when it was measured (`year` or `date`). `value: tbd` when it is not known yet.'),
    type: 'object', additionalProperties: false, required: ['value'],
    properties: {
      value: ref('quantity'), year: doc('The year the baseline was measured.', { type: 'integer', minimum: 1000, maximum: 9999 }),
      date: { ...ref('date'), ...doc('When the baseline was measured (instead of `year`).') },
    },
  },
  target: {
    ...doc('A target: a `value` or a `change` from the baseline, and exactly one of `by` (a deadline), `each_year` (met every year) or `over` (an average or total over a span).'),
    type: 'object', additionalProperties: false,
    properties: {
      value: ref('quantity'),
      change: doc('Change from the baseline: `x2` (doubling), `+15 pts` (percentage points), `+20 %` or `-10 %`. With `value`, both must agree.', { type: 'string', pattern: changePattern }),
      by: { ...ref('date'), ...doc('Deadline (read as the last day of the partial date).') },
      each_year: {
        ...doc('`true`: the value must be met every year of the cycle; or `{ from, to }`: every year of that span ("au moins deux essais par an").'),
        anyOf: [{ const: true }, ref('span')],
      },
      over: { ...ref('span'), ...doc('The span an `average` or `cumulative` target is measured over ("30 M€ en moyenne par an").') },
      comparator: enumOf('How the measured value compares with the target. Default from the indicator\'s direction: increase → at-least, decrease → at-most, maintain → exactly.', [
        ['at-least', 'The target is met when the value is at least this.'], ['at-most', 'The target is met when the value is at most this.'], ['exactly', 'The target is met when the value equals this.'],
      ]),
      quote: doc('The sentence of the source document this target comes from, verbatim. Its figures are checked against the target.', { type: 'string' }),
    },
    allOf: [
      { anyOf: [{ required: ['value'] }, { required: ['change'] }] },
      { oneOf: [{ required: ['by'] }, { required: ['each_year'] }, { required: ['over'] }] },
    ],
    defaultSnippets: [{ label: 'New target', body: { value: '${1:100}', by: '${2:2030}', quote: '$3' } }],
  },
  actual: {
    ...doc('A reported value: progress towards the targets.'), type: 'object', additionalProperties: false, required: ['value', 'date'],
    properties: { value: ref('quantity'), date: { ...ref('date'), ...doc('When the value was measured.') } },
  },
  indicator: {
    ...doc('An indicator of the catalogue: what is measured, its unit, baseline and targets.'),
    type: 'object', additionalProperties: false, required: ['id', 'label'],
    properties: {
      id: ref('id'), label: doc('What is measured, in words.', { type: 'string' }),
      unit: doc('The unit: `%`, `€` (or `EUR`), `k€` (`kEUR`), `M€` (`MEUR`), `Md€`, or a counted noun (`patients`, `équipes`, `essais`). Amounts convert across scales; `%` and nouns never convert.', {
        type: 'string', examples: ['%', '€', 'k€', 'M€', 'patients', 'équipes', 'essais'],
      }),
      direction: enumOf('Which way is better.', [
        ['increase', 'Higher is better: targets must be above the baseline.'], ['decrease', 'Lower is better: targets must be below the baseline.'], ['maintain', 'Keep the baseline level: targets equal it.'],
      ]),
      measure: enumOf('What a value means. Default: level.', [
        ['level', 'The value at a date (a stock, a rate).'], ['annual', 'A yearly flow (amount collected in the year).'],
        ['cumulative', 'The total since the start of the cycle; it never goes down.'], ['average', 'The mean per year over a span (`over`).'],
      ]),
      baseline: ref('baseline'),
      targets: doc('The targets, in any order.', { type: 'array', items: ref('target') }),
      actuals: doc('Reported values, to track progress.', { type: 'array', items: ref('actual') }),
      part_of: doc('Id of a larger indicator this one is a component of (20 ERC teams out of 60 teams). A component\'s target may not exceed its whole\'s.', { anyOf: [ref('id'), { type: 'null' }] }),
      source: doc('Means of verification: where the figure comes from.', { type: 'string' }),
      frequency: enumOf('How often the indicator is measured.', [
        ['annual', 'Once a year.'], ['semiannual', 'Twice a year.'], ['quarterly', 'Every quarter.'], ['monthly', 'Every month.'],
      ]),
    },
    defaultSnippets: [{ label: 'New indicator', body: { id: '${1:indicator-id}', label: '$2', unit: '${3:%}', direction: 'increase', baseline: { value: 'tbd' }, targets: [{ value: '$4', by: '${5:2030}', quote: '$6' }] } }],
  },
  planHeader: {
    ...doc('What the plan is: its id, title, institution, cycle and status.'), type: 'object', additionalProperties: false,
    required: ['id', 'title', 'institution', 'cycle'],
    properties: {
      id: ref('id'), title: doc('The plan\'s title, as on its cover.', { type: 'string' }),
      institution: doc('The institution that adopts the plan.', { type: 'string' }),
      language: doc('Language of the plan\'s text (BCP 47: `fr`, `en`, `fr-CA`). Drives the preview\'s labels and number format. Default `en`.', { type: 'string', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$' }),
      cycle: {
        ...doc('The years the plan covers: `{ start, end }`, partial dates (`{ start: 2026, end: 2030 }`).'),
        type: 'object', additionalProperties: false, required: ['start', 'end'],
        properties: { start: { ...ref('date'), ...doc('First year of the cycle.') }, end: { ...ref('date'), ...doc('Last year of the cycle, included.') } },
      },
      horizon: { ...ref('date'), ...doc('A long-range date that targets may reach beyond the cycle ("guérir 80 % d\'ici 2040").') },
      as_of: { ...ref('date'), ...doc('The date statuses and actuals are reported at. Actions planned or in progress that should have ended before it are flagged overdue.') },
      status: enumOf('Where the plan stands in its life.', [
        ['draft', 'Being written.'], ['consultation', 'Submitted to the consultative bodies.'], ['adopted', 'Voted by the board.'],
        ['in-force', 'Adopted and being carried out.'], ['superseded', 'Replaced by a newer plan.'], ['archived', 'Kept for the record.'],
      ]),
      version: doc('Free version label (`"1.0"`).', { type: 'string' }),
      adopted: {
        ...doc('Who adopted the plan, and when.'), type: 'object', additionalProperties: false,
        properties: { by: doc('The body that adopted the plan (Conseil d\'administration).', { type: 'string' }), on: { ...ref('date'), ...doc('When it was adopted.') } },
      },
      previous: { ...ref('id'), ...doc('Id of the plan this one follows.') },
      vision: { ...ref('text'), ...doc('The plan\'s vision or foreword.') },
      references: doc('Frameworks and source documents the plan refers to.', { type: 'array', items: ref('reference') }),
    },
  },
};
const owners = doc('The departments, teams and people who carry the plan. When this list exists, every `owner` must name one of its ids.', { type: 'array', items: ref('ownerEntry') });
const indicators = doc('The indicator catalogue: what is measured, with baselines and targets. Objectives and actions refer to indicators by id.', { type: 'array', items: ref('indicator') });

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/jalon-plan/jalon/blob/main/schemas/plan.schema.json',
  title: 'Jalon strategic plan',
  ...doc('A strategic plan (*projet d\'établissement*) in the Jalon format: a root file with `plan:`, or a part file with `part_of:` that adds objectives to an axis of a root plan.'),
  type: 'object',
  if: { required: ['part_of'] },
  then: {
    additionalProperties: false, required: ['part_of', 'axis'],
    properties: {
      part_of: { ...ref('id'), ...doc('Id of the root plan this part belongs to.') },
      axis: { ...ref('id'), ...doc('Id of the axis of the root plan these objectives belong to.') },
      ambition: { ...ref('id'), ...doc('Id of an ambition of that axis, if the objectives belong to one.') },
      objectives: doc('The objectives this part adds.', { type: 'array', items: ref('objective') }),
      indicators, owners,
    },
  },
  else: {
    additionalProperties: false, required: ['plan'],
    properties: {
      plan: ref('planHeader'), owners, indicators,
      axes: doc('The strategic axes, in order.', { type: 'array', items: ref('axis') }),
    },
  },
  definitions,
};

writeFileSync(new URL('../schemas/plan.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
