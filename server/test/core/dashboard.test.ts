import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dashboardData } from '../../src/core/dashboard/dashboardData';
import { renderDashboard } from '../../src/core/dashboard/renderDashboard';
import { parsePartialDate } from '../../src/core/model/dates';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';

const EXAMPLES = path.resolve(__dirname, '../../../examples');

function examplePlan() {
  const workspace = new PlanWorkspace();
  for (const name of readdirSync(EXAMPLES)) workspace.setFile(name, readFileSync(path.join(EXAMPLES, name), 'utf8'));
  return workspace.planOf('valbrume-2026-2030.plan.yaml')!;
}

test('the dashboard of examples/ at its latest report: counts, weighted progress, states, slips', () => {
  const data = dashboardData(examplePlan());
  assert.equal(data.report?.file.uri, '2027-12.report.yaml');
  assert.equal(data.previous?.file.uri, '2026-12.report.yaml');
  const rows = (list: typeof data.byAxis) =>
    list.map((r) => [r.name, r.counts.done, r.counts['in-progress'], r.counts.delayed, r.progress]);
  // Axis 1: tri-infirmier done (100) and circuit-court at 45 → 72.5; axis 2: dpi delayed at 35.
  assert.deepEqual(rows(data.byAxis), [
    ['Des soins plus rapides', 1, 1, 0, 72.5],
    ['Un hôpital numérique', 0, 0, 1, 35],
  ]);
  assert.deepEqual(rows(data.byOwner), [
    ['Direction du numérique', 0, 0, 1, 35],
    ['Direction des soins infirmiers', 1, 1, 0, 72.5],
  ]);
  assert.deepEqual(
    data.rag.map((r) => [r.objective.id?.value, r.rag]),
    [
      ['urgences', 'on-track'],
      ['dossier-patient', 'at-risk'],
    ],
  );
  assert.deepEqual(
    data.axisRag.map((r) => [r.axis.id?.value, r.rag]),
    [
      ['soins', 'on-track'],
      ['numerique', 'at-risk'],
    ],
  );
  assert.deepEqual(
    data.slips.map((s) => [s.action.id?.value, s.from, s.to]),
    [['dpi', 'in-progress', 'delayed']],
  );
  assert.deepEqual(data.overdue, []);
  assert.deepEqual(
    data.indicators.map((s) => [s.indicator.id?.value, s.offTrack, s.actuals.map((a) => `${a.text}=${a.value}`)]),
    [
      ['delai-urgences', false, ['2026-12=105', '2027-12=98']],
      ['dossiers-numeriques', true, ['2026-12=52', '2027-12=55']],
    ],
  );
});

test('the dashboard at an earlier date reads the reports up to it: no slip, the progress of then', () => {
  const early = dashboardData(examplePlan(), parsePartialDate('2027-06'));
  assert.equal(early.report?.file.uri, '2026-12.report.yaml');
  assert.deepEqual(early.slips, []);
  assert.deepEqual(
    early.byAxis.map((r) => r.progress),
    [50, 20],
  );
});

test('the chart puts the points where the data put them', () => {
  const html = renderDashboard(examplePlan(), 'en');
  const chart = /<svg class="chart"[^>]*data-indicator="delai-urgences">[\s\S]*?<\/svg>/.exec(html)![0];
  // Days from 2025-12-31 (baseline) to 2030-12-31 (last target) over x 96…464; values 54…126 (60…120 padded by 6) over y 172…16.
  assert.match(chart, /<rect class="baseline" x="93" y="26" width="6" height="6">/);
  assert.match(
    chart,
    /<circle class="actual" cx="169.6" cy="61.5" r="4"><title>2026-12: 105\u00a0minutes<\/title><\/circle>/,
  );
  assert.match(chart, /<path class="trajectory" d="M96,29 L316.9,94 L464,159"\/>/);
  assert.match(chart, /<line class="report-date" x1="243.1" y1="16" x2="243.1" y2="172"\/>/);
  assert.doesNotMatch(html, /<script/);
  assert.ok(
    html.includes(
      'Weighted progress: the mean of the actions’ progress, a done action counting 100 %, cancelled actions left out.',
    ),
  );
});

test("a report may set an objective's state (`rag` with a `note`): the dashboard shows it, marked as set", () => {
  const workspace = new PlanWorkspace();
  for (const name of readdirSync(EXAMPLES)) workspace.setFile(name, readFileSync(path.join(EXAMPLES, name), 'utf8'));
  const text = readFileSync(path.join(EXAMPLES, '2027-12.report.yaml'), 'utf8').replace(
    'urgences: { note: Sur la trajectoire. }',
    'urgences: { rag: red, note: Les effectifs manquent. }',
  );
  workspace.setFile('2027-12.report.yaml', text);
  assert.deepEqual(
    workspace.diagnostics('2027-12.report.yaml').map((f) => f.ruleId),
    ['report/off-trajectory'],
  );
  const plan = workspace.planOf('2027-12.report.yaml')!;
  assert.deepEqual(
    dashboardData(plan).rag.map((r) => [r.objective.id?.value, r.rag, r.overridden]),
    [
      ['urgences', 'late', true],
      ['dossier-patient', 'at-risk', false],
    ],
  );
  assert.ok(
    renderDashboard(plan, 'en').includes(
      'Réduire l\'attente aux urgences <span class="rag late">Late</span> <span class="legend">(set by the report)</span>',
    ),
  );
  const withoutNote = text.replace('urgences: { rag: red, note: Les effectifs manquent. }', 'urgences: { rag: red }');
  workspace.setFile('2027-12.report.yaml', withoutNote);
  const [missing] = workspace.diagnostics('2027-12.report.yaml').filter((f) => f.ruleId.startsWith('schema/'));
  assert.equal(
    missing.message.en,
    "Objective 'urgences' of the report has `rag` but no `note`; add `note: …` to say why.",
  );
  assert.equal(
    missing.message.fr,
    "L’objectif 'urgences' du bilan a un champ `rag` mais pas de `note` ; ajoutez `note: …` pour dire pourquoi.",
  );
  assert.deepEqual([missing.ruleId, missing.severity], ['schema/required', 'error']);
  const key = withoutNote.indexOf('urgences: { rag');
  assert.deepEqual(missing.range, { start: key, end: key + 'urgences'.length });
});

test("the view's page: the webview's policy, its script, a filter bar, and what each block concerns", () => {
  const page = renderDashboard(examplePlan(), 'en', undefined, {
    cspSource: 'vscode-resource:',
    nonce: 'N0NCE',
    scriptUri: 'vscode-resource:/dist/dashboard.js',
    styleUri: 'vscode-resource:/client/media/preview.css',
  });
  assert.ok(
    page.includes(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src vscode-resource: data:; style-src vscode-resource: 'nonce-N0NCE'; font-src vscode-resource:; script-src 'nonce-N0NCE'">`,
    ),
  );
  assert.deepEqual(page.match(/<script[^>]*>/g), ['<script nonce="N0NCE" src="vscode-resource:/dist/dashboard.js">']);
  assert.deepEqual(
    [...page.matchAll(/<select name="(\w+)">(.*?)<\/select>/g)].map((m) => [
      m[1],
      [...m[2].matchAll(/<option value="([^"]*)">/g)].map((o) => o[1]),
    ]),
    [
      ['axis', ['', 'soins', 'numerique']],
      ['owner', ['', 'dnum', 'dsi']],
      ['status', ['', 'in-progress', 'delayed', 'done']],
    ],
  );
  // An action: its axis, owner and status at the date; an axis: the union of its objectives'.
  assert.ok(
    page.includes(
      '<tr data-axis="soins" data-owner="dsi" data-status="in-progress"><td><a class="source-link" href="#" data-uri="valbrume-2026-2030.plan.yaml" data-line="46">Créer un circuit court pour les consultations simples</a></td><td>Direction des soins infirmiers</td><td>In progress</td><td class="n">45 %</td></tr>',
    ),
  );
  assert.ok(page.includes('<li data-axis="numerique" data-owner="dnum" data-status="delayed"><a class="source-link"'));
  // A row of completion: its own key, and the axes, owners and statuses of its actions.
  assert.ok(
    page.includes('<tr data-axis="numerique" data-owner="dnum" data-status="delayed"><th>Direction du numérique</th>'),
  );
  assert.ok(
    page.includes(
      '<tr data-axis="soins" data-owner="dsi" data-status="done in-progress"><th>Des soins plus rapides</th>',
    ),
  );
  // An indicator: the axes and owners of the objectives that follow it and the actions that contribute to it.
  assert.ok(page.includes('<figure data-axis="soins" data-owner="dsi"><figcaption><a class="source-link"'));
  // The file for print has none of it.
  const file = renderDashboard(examplePlan(), 'en');
  assert.doesNotMatch(file, /data-(axis|owner|status|uri|line)=|<form|<a /);
});
