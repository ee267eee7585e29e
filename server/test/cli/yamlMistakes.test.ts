import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CLEAN_PLAN, edit } from '../helpers';
import { jalon, workspace } from './run';

/** The clean plan with a different id, so that two of them can share a folder. */
const other = (id: string, text: string) => edit(text, 'id: demo\n', `id: ${id}\n`);

describe('jalon check and render on YAML slips (as a process)', () => {
  test('several slips in one file: each explained on its line, the other findings still reported, no stack trace', () => {
    let text = edit(CLEAN_PLAN, 'title: Action A', 'title: Action A: pilot');
    text = edit(text, 'baseline: { value: 500, year: 2024 }', 'baseline: { value: 58,4, year: 2024 }');
    text = edit(text, 'owner: care', 'owner: @care');
    text = edit(text, 'start: 2028\n', 'start: 2025\n');
    const dir = workspace({ 'a.plan.yaml': text });
    const run = jalon(['check', 'a.plan.yaml'], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.equal(run.stderr, '');
    const lines = run.stdout.trim().split('\n');
    assert.deepEqual(lines.slice(0, -1), [
      "a.plan.yaml:15:24 error yaml/syntax In `{ }` a comma separates fields: '58,4' is read as 58 and a field '4'. Write 58.4 or \"58,4\".",
      'a.plan.yaml:43:20 error yaml/syntax In YAML a value cannot start with `@`: put it in quotes: owner: "@care"',
      'a.plan.yaml:47:24 error yaml/syntax The title contains `: `, which YAML reads as the start of a new key: put the title in quotes: title: "Action A: pilot"',
      "a.plan.yaml:53:24 warning date/dependency-order Action 'act-b' starts in 2025, before action 'act-a', which it depends on, ends (2027).",
      "a.plan.yaml:53:24 warning date/outside-cycle Action 'act-b' starts in 2025, before the plan's cycle (2026–2030).",
    ]);
  });

  for (const [name, from, to] of [
    ['`title: *Important* plan`', 'title: Action A', 'title: *Important* plan'],
    ['`<<: *a`', '  horizon: 2040\n', '  horizon: 2040\n  <<: *a\n'],
  ]) {
    test(`${name} is a finding (exit 1), and a good plan beside it still checks and renders`, () => {
      const dir = workspace({
        'bad.plan.yaml': edit(CLEAN_PLAN, from, to),
        'good.plan.yaml': other('good', CLEAN_PLAN),
      });
      const run = jalon(['check', '.'], dir);
      assert.equal(run.code, 1, run.stderr);
      assert.equal(run.stderr, '');
      assert.match(run.stdout, /^bad\.plan\.yaml:\d+:\d+ error yaml\/syntax .*(put it in quotes|remove this line)/m);
      assert.doesNotMatch(run.stdout, /good\.plan\.yaml|at .*\.js:\d+/);
      const good = jalon(['check', 'good.plan.yaml'], dir);
      assert.equal(good.code, 0, good.stdout + good.stderr);
      const render = jalon(['render', 'good.plan.yaml', '-o', 'good.html'], dir);
      assert.equal(render.code, 0, render.stderr);
      assert.match(readFileSync(path.join(dir, 'good.html'), 'utf8'), /Demo plan/);
    });
  }

  test('an alias bomb and a 50,000-deep flow sequence are findings, not crashes', () => {
    const bomb = `${CLEAN_PLAN}x0: &a0 [1, 1, 1, 1, 1, 1, 1, 1, 1]\n${Array.from({ length: 8 }, (_, i) => `x${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`).join('\n')}\n`;
    const deep = `${CLEAN_PLAN}x: ${'['.repeat(50000)}${']'.repeat(50000)}\n`;
    const dir = workspace({
      'bomb.plan.yaml': other('bomb', bomb),
      'deep.plan.yaml': other('deep', deep),
      'good.plan.yaml': other('good', CLEAN_PLAN),
    });
    const run = jalon(['check', '.'], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.equal(run.stderr, '');
    assert.match(run.stdout, /^bomb\.plan\.yaml:\d+:\d+ error yaml\/syntax The aliases of this file/m);
    assert.match(
      run.stdout,
      /^deep\.plan\.yaml:\d+:\d+ error yaml\/syntax YAML syntax error: brackets or braces are nested too deeply to read/m,
    );
    assert.doesNotMatch(run.stdout, /call stack/);
    assert.equal(jalon(['render', 'good.plan.yaml', '-o', 'good.html'], dir).code, 0);
  });
});
