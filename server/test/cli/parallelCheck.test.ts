import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { checkSources, type SourceFile } from '../../src/core';
import { checkInWorkers, heldWholePlans, share } from '../../src/cli/check/parallelCheck';
import { scannedPlanKey } from '../../src/cli/check/planKeyScan';
import { placeFinding } from '../../src/cli/report';
import { readLogoFile } from '../../src/host/logoFile';
import { formatJson } from '../../src/cli/formats/json';
import { formatStylish } from '../../src/cli/formats/stylish';
import { CLEAN_PLAN } from '../helpers';
import { PART_A, PART_B } from '../fixtures/rootWithParts';
import { jalon, ROOT, workspace } from './run';

const SCRIPT = path.join(ROOT, 'dist', 'cli.js');

const IDS = ['urgences', 'recherche', 'numerique', 'formation', 'qualite', 'territoire'];

/** Six plans (a root, two parts, a report each), a second root of one, a report of a misspelt plan, a broken file. */
function files(extra: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of IDS) {
    out[`${id}/root.plan.yaml`] = CLEAN_PLAN.replace(/^ {2}id: demo$/m, `  id: ${id}`);
    out[`${id}/a.plan.yaml`] = PART_A.replace('part_of: demo', `part_of: ${id}`);
    out[`${id}/b.plan.yaml`] = PART_B.replace('part_of: demo', `part_of: ${id}`);
    out[`${id}/2027.report.yaml`] = `report_of: ${id}\nas_of: 2027-12\nactions:\n  act-zz: { status: done }\n`;
  }
  out['twin/root.plan.yaml'] = out['urgences/root.plan.yaml'];
  // A logo the workers read beside the plan, as one thread does (it is missing: a finding).
  out['recherche/root.plan.yaml'] = out['recherche/root.plan.yaml'].replace(
    /^ {2}id: recherche$/m,
    '  id: recherche\n  logo: logo.png',
  );
  out['lost.report.yaml'] = 'report_of: recherch\nas_of: 2027-12\n';
  out['broken.plan.yaml'] = 'plan:\n  id: broken\n  title: "unclosed\n';
  return { ...out, ...extra };
}

const sourcesOf = (all: Record<string, string>): SourceFile[] =>
  Object.entries(all).map(([uri, text]) => ({ uri, text }));

function oneThread(sources: SourceFile[]) {
  return checkSources(sources, { readLogo: (uri, logo) => readLogoFile(path.join(ROOT, uri), logo) }).flatMap(
    ({ file, findings }) => findings.map((f) => placeFinding(file.uri, f, file.lineIndex, 'en')),
  );
}

test('the scan reads the plan id a root, a part or a report names, and gives up on the rest', () => {
  assert.equal(scannedPlanKey(CLEAN_PLAN), 'demo');
  assert.equal(scannedPlanKey(PART_A), 'demo');
  assert.equal(scannedPlanKey('report_of: "demo" # the plan\nas_of: 2027\n'), 'demo');
  assert.equal(scannedPlanKey('plan: { title: x, id: demo }\n'), 'demo');
  assert.equal(scannedPlanKey('plan:\n  references:\n    - id: psi\n  id: demo\n'), 'demo');
  assert.equal(scannedPlanKey('plan:\n  title: no id\n'), undefined);
});

test('files are shared out whole plans each, and a wrong guess or a part of no plan sends the check back to one thread', () => {
  const shares = share(sourcesOf(files()), 2);
  assert.equal(shares.length, 2);
  for (const id of IDS) {
    const holding = shares.filter((s) => s.some((f) => f.uri.startsWith(`${id}/`)));
    assert.equal(holding.length, 1, `${id} is in one share`);
  }
  const root = { uri: 'r.plan.yaml', kind: 'root', key: 'x' } as const;
  const part = { uri: 'p.plan.yaml', kind: 'part', key: 'x' } as const;
  assert.equal(heldWholePlans([[root, part], []]), true);
  assert.equal(heldWholePlans([[root], [part]]), false);
  assert.equal(heldWholePlans([[root, { ...part, key: 'y' }]]), false);
});

test('checked in two workers, the findings are those of one thread, file by file', async () => {
  const sources = sourcesOf(files());
  const inWorkers = await checkInWorkers(
    sources,
    () => undefined,
    (uri) => path.join(ROOT, uri),
    'en',
    2,
    SCRIPT,
    () => {},
  );
  assert.ok(inWorkers, 'the workers checked the files');
  const expected = oneThread(sources);
  const got = sources.flatMap((s) => inWorkers.get(s.uri) ?? []);
  assert.ok(got.some((f) => f.finding.ruleId === 'logo/unreadable'));
  // As the reports print them (the workers leave out the quick fixes, which no report prints).
  for (const format of [formatJson, formatStylish])
    assert.equal(
      format({ locale: 'en', fileCount: sources.length, findings: got }),
      format({ locale: 'en', fileCount: sources.length, findings: expected }),
    );
});

test('jalon check prints the same with workers as without, and when a part of no plan needs its root found', () => {
  for (const extra of [
    {} as Record<string, string>,
    { 'orphan.plan.yaml': PART_A.replace('part_of: demo', 'part_of: nowhere') },
  ]) {
    const dir = workspace(files(extra));
    for (const format of ['stylish', 'sarif']) {
      const one = jalon(['check', '.', '--format', format], dir, { JALON_CHECK_WORKERS: '0' });
      const two = jalon(['check', '.', '--format', format], dir, { JALON_CHECK_WORKERS: '2' });
      assert.equal(one.code, 1);
      assert.deepEqual(two, one);
    }
  }
});
