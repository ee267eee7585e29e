import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { renderPlanDocument } from '../../src/core/render/renderPlan';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';

const EXAMPLES = path.resolve(__dirname, '../../../examples');

function render(edit: (name: string, text: string) => string = (_, t) => t, only?: string[]): string {
  const workspace = new PlanWorkspace();
  for (const name of readdirSync(EXAMPLES)) {
    if (only && !only.includes(name)) continue;
    workspace.setFile(name, edit(name, readFileSync(path.join(EXAMPLES, name), 'utf8')));
  }
  return renderPlanDocument(workspace.planOf('valbrume-2026-2030.plan.yaml')!, [], { mode: 'standalone' });
}

const actualCells = (html: string) =>
  [
    ...html.matchAll(
      /<td class="actual"><span class="actual-value">([^<]*)<\/span> <span class="when">\(([^)]*)\)<\/span>(?:.*?aria-label="([^"]*)")?/g,
    ),
  ].map((m) => [m[1], m[2], m[3]]);
const actionMeta = (html: string) =>
  [
    ...html.matchAll(
      /<span class="action-meta">.*?<span class="status status-([\w-]+)">[^<]*<\/span>(?:.*?<span class="progress-value">([^<]*)<\/span>)?/g,
    ),
  ].map((m) => [m[1], m[2]]);

test("the plan's document shows the latest report's figures: actuals, statuses, progress bars", () => {
  const html = render();
  // 98 minutes at 2027-12: (98 − 120) / (90 − 120) of the way to the 2028 target; 55 %: (55 − 40) / (100 − 40).
  assert.deepEqual(actualCells(html), [
    ['98\u00a0minutes', 'décembre 2027', '73\u00a0%'],
    ['55\u00a0%', 'décembre 2027', '25\u00a0%'],
  ]);
  assert.deepEqual(actionMeta(html), [
    ['done', '100\u00a0%'],
    ['in-progress', '45\u00a0%'],
    ['delayed', '35\u00a0%'],
  ]);
  assert.match(html, /width="73.3" height="6"\/>/);
});

test('with the first report only, its figures; without any report, the plan has none to show', () => {
  const first = render(undefined, ['valbrume-2026-2030.plan.yaml', 'numerique.plan.yaml', '2026-12.report.yaml']);
  assert.deepEqual(actualCells(first), [
    ['105\u00a0minutes', 'décembre 2026', '50\u00a0%'],
    ['52\u00a0%', 'décembre 2026', '20\u00a0%'],
  ]);
  // circuit-court is not in the first report: the plan states nothing for it (and it is not overdue at 2026-12).
  assert.deepEqual(actionMeta(first), [
    ['done', '100\u00a0%'],
    ['in-progress', '20\u00a0%'],
  ]);
  const none = render(undefined, ['valbrume-2026-2030.plan.yaml', 'numerique.plan.yaml']);
  assert.deepEqual(actualCells(none), []);
  assert.doesNotMatch(none, /class="status status-/);
});

test("the plan's inline figures hold where they are later: an actual dated after the report, a status at a later as_of", () => {
  const html = render((name, text) =>
    name === 'valbrume-2026-2030.plan.yaml'
      ? text
          .replace('  status: in-force\n', '  status: in-force\n  as_of: 2028-06\n')
          .replace(
            '      - { value: 60, by: 2030 }\n',
            '      - { value: 60, by: 2030 }\n    actuals:\n      - { value: 93, date: 2028-06 }\n      - { value: 80, date: 2027-06 }\n',
          )
          .replace(
            '            owner: dsi\n            depends_on',
            '            owner: dsi\n            status: done\n            progress: 100\n            depends_on',
          )
      : text,
  );
  assert.deepEqual(actualCells(html)[0], ['93\u00a0minutes', 'juin 2028', '90\u00a0%']);
  assert.deepEqual(actionMeta(html)[1], ['done', '100\u00a0%'], 'plan.as_of 2028-06 is after the report of 2027-12');
});
