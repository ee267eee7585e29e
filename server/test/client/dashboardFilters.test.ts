import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activeFilters, dashboardState, isShown } from '../../../client/src/dashboard/webview/filters';

const block = (attributes: Record<string, string>) => ({ getAttribute: (name: string) => attributes[name] ?? null });

test('a filter hides a block that has its attribute without the value, and leaves alone one without it', () => {
  const action = block({ 'data-axis': 'soins', 'data-owner': 'dsi', 'data-status': 'done' });
  const objective = block({ 'data-axis': 'soins', 'data-owner': 'dsi', 'data-status': 'done in-progress' });
  const ownerRow = block({ 'data-owner': 'dnum' });
  assert.equal(isShown(action, {}), true);
  assert.equal(isShown(action, { axis: 'soins' }), true);
  assert.equal(isShown(action, { axis: 'numerique' }), false);
  assert.equal(isShown(action, { axis: 'soins', status: 'in-progress' }), false);
  assert.equal(isShown(objective, { status: 'in-progress' }), true, 'one of its values is enough');
  assert.equal(isShown(ownerRow, { axis: 'soins' }), true, 'an owner row is not concerned by the axis');
  assert.equal(isShown(ownerRow, { owner: 'dsi' }), false);
  assert.equal(isShown(ownerRow, { owner: '' }), true, 'an empty choice is all');
  assert.equal(isShown(block({ 'data-owner': 'dsi-2' }), { owner: 'dsi' }), false, 'whole values, not prefixes');
});

test('the state kept across reloads: its document and the filters in use, anything else dropped', () => {
  assert.deepEqual(dashboardState({ uri: 'file:///p.plan.yaml', filters: { axis: 'soins', owner: '', status: 3 } }), {
    uri: 'file:///p.plan.yaml',
    filters: { axis: 'soins' },
  });
  assert.deepEqual(dashboardState({ uri: 'file:///p.plan.yaml' }), { uri: 'file:///p.plan.yaml', filters: {} });
  assert.equal(dashboardState({ filters: {} }), undefined);
  assert.equal(dashboardState(null), undefined);
  assert.deepEqual(activeFilters({ axis: '', owner: 'dsi' }), { owner: 'dsi' });
});
