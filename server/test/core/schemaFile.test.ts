import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RULE_IDS, defaultSeverity } from '../../src/core/rules/registry';

const ROOT = path.resolve(__dirname, '../../..');
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/plan.schema.json'), 'utf8'));

type Node = Record<string, unknown>;

/** Every property schema of the file, with its path (for the message of a failing check). */
function properties(node: unknown, where: string, out: [string, Node][] = []): [string, Node][] {
  if (!node || typeof node !== 'object') return out;
  const n = node as Node;
  for (const [name, child] of Object.entries((n.properties ?? {}) as Record<string, Node>)) {
    out.push([`${where}.${name}`, child]);
    properties(child, `${where}.${name}`, out);
  }
  for (const key of ['items', 'then', 'else']) if (n[key]) properties(n[key], `${where}.${key}`, out);
  for (const [name, def] of Object.entries((n.definitions ?? {}) as Record<string, Node>)) properties(def, `#${name}`, out);
  return out;
}

test('the schema is draft-07 and is what scripts/make-schema.mjs writes', () => {
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  const before = readFileSync(path.join(ROOT, 'schemas/plan.schema.json'), 'utf8');
  const run = spawnSync(process.execPath, ['scripts/make-schema.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(readFileSync(path.join(ROOT, 'schemas/plan.schema.json'), 'utf8'), before, 'schemas/plan.schema.json is out of date: run node scripts/make-schema.mjs');
});

test('every field has a description and a markdownDescription, every enum its enumDescriptions', () => {
  const fields = properties(schema, '');
  assert.ok(fields.length > 80);
  for (const [where, field] of fields) {
    const described = (n: Node) => typeof n.description === 'string' && typeof n.markdownDescription === 'string';
    const target = field.$ref ? { ...schema.definitions[String(field.$ref).split('/').pop()!], ...field } : field;
    assert.ok(described(field) || described(target), `${where} has no description`);
    if (Array.isArray(target.enum)) {
      assert.equal((target.enumDescriptions as unknown[] | undefined)?.length, target.enum.length, `${where} lacks enumDescriptions`);
    }
  }
});

test('every field with a markdownDescription has its French markdownDescriptionFr, every enum its enumDescriptionsFr', () => {
  const nodes: [string, Node][] = [['', schema], ...properties(schema, '')];
  for (const [name, def] of Object.entries(schema.definitions as Record<string, Node>)) nodes.push([`#${name}`, def]);
  let described = 0;
  for (const [where, node] of nodes) {
    if (typeof node.markdownDescription === 'string') {
      described++;
      assert.ok(typeof node.markdownDescriptionFr === 'string' && node.markdownDescriptionFr !== '', `${where} has no markdownDescriptionFr`);
      assert.notEqual(node.markdownDescriptionFr, node.markdownDescription, `${where}: markdownDescriptionFr is the English text`);
    }
    if (Array.isArray(node.enum)) {
      const french = node.enumDescriptionsFr as unknown[] | undefined;
      assert.equal(french?.length, node.enum.length, `${where} lacks enumDescriptionsFr`);
      assert.ok(french!.every((d) => typeof d === 'string' && d !== ''), `${where} has an empty enumDescriptionsFr`);
    }
  }
  assert.ok(described > 80);
});

test('new axes, objectives, actions and indicators have snippets', () => {
  for (const name of ['axis', 'objective', 'action', 'indicator']) {
    const snippets = schema.definitions[name].defaultSnippets as { label: string; body: Node }[];
    assert.ok(snippets.length > 0 && snippets[0].body.id !== undefined, `${name} has no snippet`);
  }
});

test('docs/rules.md documents every rule under its own heading, with its default severity', () => {
  const docs = readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
  const headings = [...docs.matchAll(/^### (\S+)$/gm)].map((m) => m[1]);
  assert.deepEqual(headings, RULE_IDS);
  for (const id of RULE_IDS) {
    const section = docs.slice(docs.indexOf(`### ${id}\n`), docs.indexOf('\n### ', docs.indexOf(`### ${id}\n`) + 1));
    assert.match(section, new RegExp(`Default severity: ${defaultSeverity(id)}\\.`), id);
  }
});
