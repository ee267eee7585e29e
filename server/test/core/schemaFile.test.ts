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
  for (const [name, def] of Object.entries((n.definitions ?? {}) as Record<string, Node>))
    properties(def, `#${name}`, out);
  return out;
}

test('the schema is draft-07 and is what scripts/make-schema.mjs writes', () => {
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  const before = readFileSync(path.join(ROOT, 'schemas/plan.schema.json'), 'utf8');
  const run = spawnSync(process.execPath, ['scripts/make-schema.mjs'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(
    readFileSync(path.join(ROOT, 'schemas/plan.schema.json'), 'utf8'),
    before,
    'schemas/plan.schema.json is out of date: run node scripts/make-schema.mjs',
  );
});

test('every field has a description and a markdownDescription, every enum its enumDescriptions', () => {
  const fields = properties(schema, '');
  assert.ok(fields.length > 80);
  for (const [where, field] of fields) {
    const described = (n: Node) => typeof n.description === 'string' && typeof n.markdownDescription === 'string';
    const target = field.$ref ? { ...schema.definitions[String(field.$ref).split('/').pop()!], ...field } : field;
    assert.ok(described(field) || described(target), `${where} has no description`);
    if (Array.isArray(target.enum)) {
      assert.equal(
        (target.enumDescriptions as unknown[] | undefined)?.length,
        target.enum.length,
        `${where} lacks enumDescriptions`,
      );
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
      assert.ok(
        typeof node.markdownDescriptionFr === 'string' && node.markdownDescriptionFr !== '',
        `${where} has no markdownDescriptionFr`,
      );
      assert.notEqual(
        node.markdownDescriptionFr,
        node.markdownDescription,
        `${where}: markdownDescriptionFr is the English text`,
      );
    }
    if (Array.isArray(node.enum)) {
      const french = node.enumDescriptionsFr as unknown[] | undefined;
      assert.equal(french?.length, node.enum.length, `${where} lacks enumDescriptionsFr`);
      assert.ok(
        french!.every((d) => typeof d === 'string' && d !== ''),
        `${where} has an empty enumDescriptionsFr`,
      );
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

for (const [file, severity] of [
  ['docs/rules.md', 'Default severity: '],
  ['docs/fr/rules.md', 'Sévérité par défaut\u00a0: '],
]) {
  test(`${file} documents every rule under its own heading, with its default severity and an example`, () => {
    const docs = readFileSync(path.join(ROOT, file), 'utf8');
    const headings = [...docs.matchAll(/^### (\S+)$/gm)].map((m) => m[1]);
    // The same headings in both languages, so that a rule's link has the same anchor.
    assert.deepEqual(headings, RULE_IDS);
    for (const id of RULE_IDS) {
      const start = docs.indexOf(`### ${id}\n`);
      const end = docs.indexOf('\n### ', start + 1);
      const section = docs.slice(start, end === -1 ? undefined : end);
      assert.ok(section.includes(`${severity}${defaultSeverity(id)}.`), `${file}: ${id} has no default severity`);
      // A file/ rule is about the bytes of a file, not its YAML: its example is what Jalon prints.
      const example = id.startsWith('file/') ? /```(yaml|text)\n/ : /```yaml\n/;
      assert.ok(example.test(section), `${file}: ${id} has no example`);
    }
  });
}

test('the rules docs in both languages show the rule changes of the first hour', () => {
  const en = readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
  const fr = readFileSync(path.join(ROOT, 'docs/fr/rules.md'), 'utf8');
  for (const docs of [en, fr]) {
    for (const example of [
      'gagner 4 points',
      'range: { min: 0, max: 150 }',
      '2027-T2',
      'status: en cours',
      'libellé:',
      'marche-dpi',
      'direction-rh',
      '2027-02-28',
      '30/06/2027',
      '3 h 30',
    ]) {
      assert.ok(
        docs.includes(example),
        `${docs === en ? 'docs/rules.md' : 'docs/fr/rules.md'} does not show ${example}`,
      );
    }
  }
});
