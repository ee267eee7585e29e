import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkSources } from '../../src/core/check';
import { assemblePlans } from '../../src/core/plan/assemble';

const ROOT = path.resolve(__dirname, '../../..');
const SEEDS = ['gustave-roussy-2026-2030.plan.yaml', 'centre-antoine-lacassagne-2020-2024.plan.yaml'];
const read = (name: string) => ({ uri: `seeds/${name}`, text: readFileSync(path.join(ROOT, 'seeds', name), 'utf8') });

test('the Gustave Roussy seed holds the whole plan: 4 axes, 11 ambitions, 38 objectives, 129 actions', () => {
  const [checked] = checkSources([read(SEEDS[0])]);
  const [plan] = assemblePlans([checked.file]);
  assert.equal(plan.header?.title?.value, "Projet d'établissement 2026-2030");
  assert.equal(plan.axes.length, 4);
  assert.equal(plan.ambitions.length, 11);
  assert.equal(plan.objectives.length, 38);
  assert.equal(plan.actions.length, 129);
  assert.ok(plan.actions.length >= 100);
  assert.deepEqual(
    plan.axes.map((a) => a.ambitions.length),
    [3, 3, 3, 2],
  );
  assert.deepEqual(
    plan.axes.map((a) => a.ambitions.reduce((n, m) => n + m.objectives.length, 0)),
    [10, 10, 12, 6],
  );
  // Every objective has its intention and at least one action; every ambition its stakes.
  assert.ok(plan.objectives.every((o) => (o.intention?.value.length ?? 0) > 50 && o.actions.length > 0));
  assert.ok(plan.ambitions.every((m) => (m.stakes?.value.length ?? 0) > 50));
  // The quantified targets the issue names are all there, with their quotes.
  const target = (id: string) => plan.indicators.find((i) => i.id?.value === id)!.targets[0];
  assert.equal(target('inclusions-ditep').value?.value, 1000);
  assert.equal(target('equipes-recherche').value?.value, 60);
  assert.equal(target('equipes-erc').value?.value, 20);
  assert.equal(plan.indicators.find((i) => i.id?.value === 'equipes-erc')!.partOf?.value, 'equipes-recherche');
  assert.equal(target('collecte-annuelle').change?.value, 'x2');
  assert.equal(target('capacite-autofinancement').over?.from?.value, 2026);
  assert.equal(target('collecte-dematerialisee').value?.value, 80);
  assert.equal(target('essais-practice-changing').eachYear?.range !== undefined, true);
  assert.equal(target('taux-guerison').by?.value, 2040);
  assert.equal(target('nouveaux-batiments').value?.value, 3);
  assert.ok(plan.indicators.every((i) => i.targets.every((t) => (t.quote?.value.length ?? 0) > 10)));
});

test('the Centre Antoine Lacassagne seed is an English plan with its references', () => {
  const [checked] = checkSources([read(SEEDS[1])]);
  const [plan] = assemblePlans([checked.file]);
  assert.equal(plan.header?.language?.value, 'en');
  assert.deepEqual(
    plan.references.map((r) => r.title?.value),
    ['EVOLPEC 2.0', 'Unicancer strategic project', 'Regional Health Project'],
  );
  assert.equal(plan.objectives.length, 14);
});

test('the seeds check without errors', () => {
  const findings = checkSources(SEEDS.map(read)).flatMap((c) => c.findings);
  assert.deepEqual(
    findings.filter((f) => f.severity === 'error'),
    [],
  );
});

test('seeds/README.md lists exactly what `jalon check seeds` reports', () => {
  const run = spawnSync(process.execPath, ['bin/jalon.js', 'check', 'seeds', '--locale', 'en'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  const readme = readFileSync(path.join(ROOT, 'seeds/README.md'), 'utf8');
  const listed = readme.slice(readme.indexOf('```text\n') + 8, readme.indexOf('```\n\n<!-- findings:end'));
  assert.equal(
    listed,
    run.stdout,
    'seeds/README.md is out of date: run `npm run seeds:findings` and explain any new finding',
  );
});
