import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CHANGE_KINDS, CHANGE_KIND_IDS } from '../../src/core/diff/kinds';
import { parseConfig } from '../../src/core/config/config';

const DOC = readFileSync(path.resolve(__dirname, '../../../docs/diff.md'), 'utf8');

test('docs/diff.md has a row for every kind of change, with its default class', () => {
  const rows = new Map([...DOC.matchAll(/^\| `([a-z-]+)` \| (attention|notice) \|/gm)].map((m) => [m[1], m[2]]));
  assert.deepEqual([...rows.keys()].sort(), [...CHANGE_KIND_IDS].sort());
  for (const kind of CHANGE_KIND_IDS) assert.equal(rows.get(kind), CHANGE_KINDS[kind], kind);
});

test('jalon.config.yaml: diff classes read, a wrong class named', () => {
  const { config, problems } = parseConfig('diff:\n  target-lowered: notice\n  item-added: loud\n');
  assert.deepEqual(config.diff, { 'target-lowered': 'notice' });
  assert.deepEqual(
    problems.map((p) => p.message),
    [
      {
        en: "'item-added' is set to 'loud'; use attention or notice.",
        fr: "'item-added' vaut 'loud' ; utilisez attention ou notice.",
      },
    ],
  );
});
