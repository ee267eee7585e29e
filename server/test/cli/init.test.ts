import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { jalon, workspace } from './run';

const year = new Date().getFullYear() + 1;

describe('jalon init (as a process)', () => {
  test('French from --lang fr: the usual axes, and the plan checks with no error and no warning', () => {
    const dir = workspace({});
    const run = jalon(['init', 'plan', '--lang', 'fr'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(
      run.stdout,
      'Plan créé : plan/projet-etablissement.plan.yaml\nRemplacez les textes à rédiger, puis : jalon check plan\n',
    );
    const text = readFileSync(path.join(dir, 'plan', 'projet-etablissement.plan.yaml'), 'utf8');
    for (const axis of [
      'Projet médical',
      'Projet de soins',
      'Projet social et managérial',
      'Qualité et sécurité des soins',
      'Système d’information et numérique',
      'Finances et investissements',
    ]) {
      assert.ok(text.includes(`title: "${axis}"`), axis);
    }
    assert.match(text, new RegExp(`cycle: \\{ start: ${year}, end: ${year + 4} \\}`));
    const check = jalon(['check', 'plan', '--fail-on', 'warning'], dir);
    assert.equal(check.code, 0, check.stdout);
  });

  test('English from LANG, with --parts: a root and one part per axis, checked as one plan', () => {
    const dir = workspace({});
    const run = jalon(['init', '--parts'], dir, { LANG: 'en_GB.UTF-8' });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(readdirSync(dir).sort(), [
      'digital.plan.yaml',
      'establishment-plan.plan.yaml',
      'finances.plan.yaml',
      'medical.plan.yaml',
      'nursing.plan.yaml',
      'people.plan.yaml',
      'quality-safety.plan.yaml',
    ]);
    assert.match(
      readFileSync(path.join(dir, 'medical.plan.yaml'), 'utf8'),
      new RegExp(`^part_of: establishment-plan-${year}-${year + 4}\naxis: medical\n`),
    );
    const check = jalon(['check', '--fail-on', 'warning'], dir);
    assert.equal(check.code, 0, check.stdout);
    assert.match(check.stdout, /0 errors?, 0 warnings?,.* in 7 files/);
  });

  test('the language follows LANG when --lang is not given; French LANG gives French help', () => {
    const dir = workspace({});
    assert.equal(jalon(['init'], dir, { LANG: 'fr_FR.UTF-8' }).code, 0);
    assert.match(readFileSync(path.join(dir, 'projet-etablissement.plan.yaml'), 'utf8'), /language: fr/);
    assert.match(jalon(['--help'], dir, { LANG: 'fr_FR.UTF-8' }).stdout, /^Usage : jalon check/);
    assert.match(jalon(['--help', '--locale', 'en'], dir, { LANG: 'fr_FR.UTF-8' }).stdout, /^Usage: jalon check/);
    const usage = jalon(['frob', '--locale', 'fr'], dir);
    assert.deepEqual(
      [usage.code, usage.stderr],
      [
        2,
        "jalon: commande 'frob' inconnue ; essayez 'jalon check', 'jalon diff', 'jalon render', 'jalon init', 'jalon export' ou 'jalon report import'\n",
      ],
    );
  });

  test('never overwrites a file: exit 2, naming it, and nothing written', () => {
    const dir = workspace({ 'establishment-plan.plan.yaml': 'mine\n' });
    const run = jalon(['init', '--lang', 'en', '--parts'], dir);
    assert.equal(run.code, 2);
    assert.equal(
      run.stderr,
      "jalon: 'establishment-plan.plan.yaml' already exists; jalon init never overwrites a file: choose another folder\n",
    );
    assert.equal(readFileSync(path.join(dir, 'establishment-plan.plan.yaml'), 'utf8'), 'mine\n');
    assert.deepEqual(readdirSync(dir), ['establishment-plan.plan.yaml']);
  });
});
