import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { PlanWorkspace } from '../../src/core/workspace/planWorkspace';
import type { Finding } from '../../src/core';
import { CLEAN_PLAN } from '../helpers';

const ROOT = path.resolve(__dirname, '../../..');

/** The core as the bundles hold it: the schema's validators compiled at build time (scripts/precompiledValidators.mjs). */
async function bundledWorkspace(): Promise<typeof PlanWorkspace> {
  const { precompiledValidators } = (await import(path.join(ROOT, 'scripts/precompiledValidators.mjs'))) as {
    precompiledValidators: () => import('esbuild').Plugin;
  };
  const bundle = await build({
    stdin: {
      contents: "export { PlanWorkspace } from './server/src/core/workspace/planWorkspace';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    format: 'cjs',
    write: false,
    logLevel: 'warning',
    plugins: [precompiledValidators()],
  });
  const text = bundle.outputFiles[0].text;
  assert.match(text, /= at\("\/definitions\/date"\)/, 'the bundle holds the precompiled validators');
  assert.doesNotMatch(text, /_compileSchemaEnv/, 'and not ajv’s compiler');
  const module = { exports: {} as { PlanWorkspace: typeof PlanWorkspace } };
  new Function('module', 'exports', 'require', text)(module, module.exports, createRequire(__filename));
  return module.exports.PlanWorkspace;
}

const edit = (text: string, from: string, to: string) => {
  assert.ok(text.includes(from), from);
  return text.replace(from, to);
};

/** Plans whose schema findings go through every branch that reads the schema node of an error. */
const CASES: [string, string][] = [
  ['a clean plan', CLEAN_PLAN],
  ['a date of the wrong form', edit(CLEAN_PLAN, 'end: 2027', 'end: 2026-Q5')],
  ['a date out of range', edit(CLEAN_PLAN, 'end: 2027', 'end: 20270')],
  ['a half-year of the wrong form', edit(CLEAN_PLAN, 'due: 2028-S2', 'due: 2028-S3')],
  ['an id of the wrong form', edit(CLEAN_PLAN, 'id: act-a', 'id: -act-a')],
  ['an accented id', edit(CLEAN_PLAN, 'id: act-a', 'id: acté-a')],
  ['a quantity that is not one', edit(CLEAN_PLAN, 'value: 1000', 'value: "lots"')],
  ['a change that is not one', edit(CLEAN_PLAN, 'change: x2', 'change: double')],
  ['a language of the wrong form', edit(CLEAN_PLAN, 'language: en', 'language: english1')],
  ['a target without value or change', edit(CLEAN_PLAN, '      - value: 1000\n        by: 2030', '      - by: 2030')],
  ['a target with no date', edit(CLEAN_PLAN, '        by: 2030\n        quote: "include', '        quote: "include')],
  [
    'a target with two dates',
    edit(
      CLEAN_PLAN,
      '        by: 2030\n        quote: "include',
      '        by: 2030\n        each_year: true\n        quote: "include',
    ),
  ],
  ['an unknown field', edit(CLEAN_PLAN, '    unit: patients\n', '    uint: patients\n')],
  ['a French field', edit(CLEAN_PLAN, '    unit: patients\n', '    unité: patients\n')],
  ['a number that is not one', edit(CLEAN_PLAN, 'number: 1', 'number: one')],
  ['a number below its minimum', edit(CLEAN_PLAN, 'number: 1', 'number: 0')],
  ['a missing title', edit(CLEAN_PLAN, '                title: Action A\n', '')],
  ['an enum value misspelt', edit(CLEAN_PLAN, 'direction: increase', 'direction: increae')],
  [
    'a progress out of range',
    edit(CLEAN_PLAN, '                end: 2027\n', '                end: 2027\n                progress: 140\n'),
  ],
  [
    'a list where a mapping is expected',
    edit(CLEAN_PLAN, '  cycle: { start: 2026, end: 2030 }', '  cycle: [2026, 2030]'),
  ],
  ['a report', 'report_of: demo\nas_of: 2027-13\nactions:\n  - { id: act-a, status: finished }\n'],
  ...['seeds/gustave-roussy-2026-2030.plan.yaml', 'seeds/centre-antoine-lacassagne-2020-2024.plan.yaml'].map(
    (file): [string, string] => [file, readFileSync(path.join(ROOT, file), 'utf8')],
  ),
];

const findings = (Workspace: typeof PlanWorkspace, text: string): Finding[] => {
  const workspace = new Workspace();
  workspace.setFile('file:///w/plan.plan.yaml', text);
  return workspace.diagnostics('file:///w/plan.plan.yaml');
};

test('the validators compiled into the bundles give the findings ajv gives compiling on first use', async () => {
  const Bundled = await bundledWorkspace();
  for (const [name, text] of CASES) {
    const expected = findings(PlanWorkspace, text);
    assert.deepEqual(JSON.parse(JSON.stringify(findings(Bundled, text))), JSON.parse(JSON.stringify(expected)), name);
  }
  const schemaFindings = CASES.flatMap(([, text]) => findings(PlanWorkspace, text)).filter((f) =>
    f.ruleId.startsWith('schema/'),
  );
  assert.ok(schemaFindings.length >= 15, `${schemaFindings.length} schema findings compared`);
});
