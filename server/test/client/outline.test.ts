import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildElements,
  filterKey,
  filterOutline,
  isFiltering,
  ownersOf,
  type OutlineElement,
} from '../../../client/src/outline/outlineModel';
import {
  collapsible,
  escapeMarkdown,
  nodeDescription,
  nodeIcon,
  nodeTooltip,
  type TooltipWords,
} from '../../../client/src/outline/outlinePresentation';
import type { OutlineNode } from '../../src/lsp/protocol';

const URI = 'file:///plans/demo.plan.yaml';
const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

function node(
  kind: OutlineNode['kind'],
  label: string,
  extra: Partial<OutlineNode> = {},
  children: OutlineNode[] = [],
): OutlineNode {
  return { kind, label, errors: 0, warnings: 0, uri: URI, range: RANGE, children, ...extra };
}

const PLAN = node('plan', 'Demo plan', { id: 'demo', description: '2026 – 2030' }, [
  node('axis', 'Care', { id: 'care' }, [
    node('objective', 'Listen', { id: 'listen', owner: 'care-dept' }, [
      node('action', 'Survey', { id: 'survey', status: 'done', owner: 'care-dept', description: '2027-S2' }),
      node('action', 'Panel', { id: 'panel', status: 'overdue', owner: 'lab', description: '2026 – 2027' }, [
        node('milestone', 'Panel set up', { status: 'planned', owner: 'lab' }),
      ]),
    ]),
    node('objective', 'Teach', { id: 'teach' }, [node('action', 'Course', { id: 'course', status: 'in-progress' })]),
  ]),
  node('indicators', 'Indicators', {}, [
    node('indicator', 'Patients', { id: 'patients', description: '→ 1 000 patients (2030)' }),
  ]),
]);

/** The tree as `label` lines, children indented. */
const labels = (nodes: readonly OutlineNode[], depth = 0): string[] =>
  nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.label}`, ...labels(n.children, depth + 1)]);

test('no filter: everything', () => {
  assert.equal(isFiltering({}), false);
  assert.equal(isFiltering({ statuses: [] }), false);
  assert.deepEqual(filterOutline([PLAN], {}), [PLAN]);
});

test('by status: the items with one of the statuses, with their ancestors and their children that pass', () => {
  assert.deepEqual(labels(filterOutline([PLAN], { statuses: ['overdue', 'in-progress'] })), [
    'Demo plan',
    '  Care',
    '    Listen',
    '      Panel',
    '    Teach',
    '      Course',
  ]);
  assert.deepEqual(labels(filterOutline([PLAN], { statuses: ['planned'] })), [
    'Demo plan',
    '  Care',
    '    Listen',
    '      Panel',
    '        Panel set up',
  ]);
  // Nothing passes: the plan stays, empty.
  assert.deepEqual(labels(filterOutline([PLAN], { statuses: ['cancelled'] })), ['Demo plan']);
});

test('by owner, written or inherited; with a status too, both must hold', () => {
  assert.deepEqual(labels(filterOutline([PLAN], { owner: 'lab' })), [
    'Demo plan',
    '  Care',
    '    Listen',
    '      Panel',
    '        Panel set up',
  ]);
  assert.deepEqual(labels(filterOutline([PLAN], { owner: 'care-dept' })), [
    'Demo plan',
    '  Care',
    '    Listen',
    '      Survey',
  ]);
  assert.deepEqual(labels(filterOutline([PLAN], { owner: 'care-dept', statuses: ['overdue'] })), ['Demo plan']);
  assert.deepEqual(ownersOf([PLAN]), ['care-dept', 'lab']);
});

test('keys: stable, unique (a duplicate id gets a number), and changed by a filter so that VS Code expands it afresh', () => {
  const duplicate = node('plan', 'P', { id: 'p' }, [
    node('axis', 'A', { id: 'a' }),
    node('axis', 'A again', { id: 'a' }),
    node('axis', 'No id'),
  ]);
  const elements = buildElements([duplicate]);
  const keys = (list: readonly OutlineElement[]): string[] => list.flatMap((e) => [e.key, ...keys(e.children)]);
  assert.deepEqual(keys(elements), [
    `${URI}/plan:p`,
    `${URI}/plan:p/axis:a`,
    `${URI}/plan:p/axis:a~1`,
    `${URI}/plan:p/axis#2`,
  ]);
  assert.equal(elements[0].children[1].parent, elements[0]);
  assert.deepEqual(keys(buildElements([duplicate])), keys(elements));
  const salt = filterKey({ owner: 'lab', statuses: ['planned', 'done'] });
  assert.equal(salt, '?done,planned@lab');
  assert.equal(buildElements([duplicate], salt)[0].children[0].key, `${URI}/plan:p${salt}/axis:a`);
  assert.equal(filterKey({}), '');
});

test('icons: errors first, then the status, else the kind', () => {
  assert.deepEqual(nodeIcon(node('action', 'x', { status: 'done' })), { id: 'pass', color: 'testing.iconPassed' });
  assert.deepEqual(nodeIcon(node('action', 'x', { status: 'in-progress' })).id, 'sync');
  assert.deepEqual(nodeIcon(node('action', 'x', { status: 'delayed' })).id, 'clock');
  assert.deepEqual(nodeIcon(node('action', 'x', { status: 'overdue' })).id, 'error');
  assert.deepEqual(nodeIcon(node('action', 'x', { status: 'planned' })).id, 'circle-outline');
  assert.deepEqual(nodeIcon(node('action', 'x', { status: 'cancelled' })).id, 'close');
  assert.deepEqual(nodeIcon(node('action', 'x', { status: 'done', errors: 2 })), {
    id: 'error',
    color: 'list.errorForeground',
  });
  assert.deepEqual(nodeIcon(node('axis', 'x')).id, 'layers');
  assert.deepEqual(nodeIcon(node('indicators', 'x')).id, 'graph');
});

test('description: the id, then dates or targets; plans open, other containers closed unless filtered', () => {
  assert.equal(nodeDescription(node('action', 'x', { id: 'act', description: '2026 – 2027' })), 'act · 2026 – 2027');
  assert.equal(nodeDescription(node('indicator', 'x', { description: '→ 80 M€ (2030)' })), '→ 80 M€ (2030)');
  assert.equal(nodeDescription(node('indicators', 'x')), undefined);
  assert.equal(collapsible(PLAN, false), 'expanded');
  assert.equal(collapsible(PLAN.children[0], false), 'collapsed');
  assert.equal(collapsible(PLAN.children[0], true), 'expanded');
  assert.equal(collapsible(node('action', 'leaf'), true), 'none');
});

const WORDS: TooltipWords = {
  kinds: {
    plan: 'Plan',
    axis: 'Axis',
    ambition: 'Ambition',
    objective: 'Objective',
    action: 'Action',
    milestone: 'Milestone',
    indicators: 'Indicators',
    indicator: 'Indicator',
  },
  statuses: {
    done: 'Done',
    'in-progress': 'In progress',
    delayed: 'Delayed',
    overdue: 'Overdue',
    planned: 'Planned',
    cancelled: 'Cancelled',
  },
  owner: 'Owner:',
  errors: (n) => `${n} error${n === 1 ? '' : 's'}`,
  warnings: (n) => `${n} warning${n === 1 ? '' : 's'}`,
};

test('the tooltip: title, kind and id, dates, status, owner, findings and file; plan text shown as text', () => {
  const action = node('action', '<img src=x onerror=alert(1)> *Survey*', {
    id: 'survey',
    status: 'overdue',
    owner: 'care_dept',
    description: '2026 – 2027',
    errors: 1,
    warnings: 2,
  });
  assert.equal(
    nodeTooltip(action, WORDS, 'plans/demo.plan.yaml'),
    [
      '**\\<img src=x onerror=alert\\(1\\)\\> \\*Survey\\***',
      'Action `survey`',
      '2026 – 2027',
      '$(error) Overdue',
      'Owner: care\\_dept',
      '$(error) 1 error · $(warning) 2 warnings',
      '*plans/demo\\.plan\\.yaml*',
    ].join('\n\n'),
  );
  assert.equal(nodeTooltip(node('indicators', 'Indicators'), WORDS, 'a'), '**Indicators**\n\nIndicators\n\n*a*');
  assert.equal(escapeMarkdown('[a](b) `c` #d'), '\\[a\\]\\(b\\) \\`c\\` \\#d');
});
