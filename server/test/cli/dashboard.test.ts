import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { jalon, ROOT, workspace } from './run';

test("jalon render --dashboard writes the dashboard of examples/ as one HTML file, in the plan's language", () => {
  const folder = path.join(ROOT, 'examples');
  const dir = workspace(
    Object.fromEntries(readdirSync(folder).map((f) => [f, readFileSync(path.join(folder, f), 'utf8')])),
  );
  const run = jalon(['render', 'valbrume-2026-2030.plan.yaml', '--dashboard', '-o', 'tableau.html'], dir);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, 'tableau.html\n');
  const html = readFileSync(path.join(dir, 'tableau.html'), 'utf8');
  assert.match(
    html,
    /<h1>Tableau de bord — Projet d'établissement 2026-2030 \(exemple fictif\)<\/h1>\n<p>Au 2027-12 · Bilan d'étape 2027<\/p>/,
  );
  assert.match(html, /<li>l’action 'dpi'\u00a0: En cours → Retardé<\/li>/);
  assert.equal((html.match(/<svg class="chart"/g) ?? []).length, 2);
  const earlier = jalon(
    ['render', 'valbrume-2026-2030.plan.yaml', '--dashboard', '--as-of', '2027-06', '--locale', 'en', '-o', '-'],
    dir,
  );
  assert.match(earlier.stdout, /<p>At 2026-12 · Bilan d'étape 2026<\/p>/);
  assert.equal(
    jalon(['render', 'valbrume-2026-2030.plan.yaml', '--dashboard', '-o', '2026-12.report.yaml'], dir).code,
    2,
  );
});
