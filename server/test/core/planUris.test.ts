import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PlanWorkspace } from '../../src/core';
import { CLEAN_PLAN } from '../helpers';

const PART = 'part_of: demo\naxis: axis-a\nobjectives: []\n';
const REPORT = 'report_of: demo\nas_of: 2027-12\n';

test('planUris names the files that name the same plan, and follows a file that changes plan', () => {
  const workspace = new PlanWorkspace();
  workspace.setFile('root.plan.yaml', CLEAN_PLAN);
  workspace.setFile('part.plan.yaml', PART);
  workspace.setFile('2027.report.yaml', REPORT);
  workspace.setFile('twin.plan.yaml', CLEAN_PLAN);
  workspace.setFile('other.plan.yaml', PART.replace('demo', 'elsewhere'));
  workspace.setFile('notes.plan.yaml', 'title: no plan here\n');
  const demo = ['root.plan.yaml', 'part.plan.yaml', '2027.report.yaml', 'twin.plan.yaml'];
  assert.deepEqual(workspace.planUris('part.plan.yaml'), demo);
  assert.deepEqual(workspace.planUris('other.plan.yaml'), ['other.plan.yaml']);
  assert.deepEqual(workspace.planUris('notes.plan.yaml'), ['notes.plan.yaml']);
  assert.deepEqual(workspace.planUris('missing.plan.yaml'), []);
  // It covers the assembled plan: every file and report of it.
  const plan = workspace.planOf('root.plan.yaml')!;
  for (const uri of [...plan.files.map((f) => f.uri), ...plan.reports.map((r) => r.file.uri)])
    assert.ok(workspace.planUris('root.plan.yaml').includes(uri), uri);

  workspace.setFile('other.plan.yaml', PART);
  assert.deepEqual(workspace.planUris('root.plan.yaml'), [...demo, 'other.plan.yaml']);
  workspace.removeFile('twin.plan.yaml');
  workspace.setUnreadable('2027.report.yaml', { kind: 'binary' });
  assert.deepEqual(workspace.planUris('root.plan.yaml'), ['root.plan.yaml', 'part.plan.yaml', 'other.plan.yaml']);
});
