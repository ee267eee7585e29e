import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CrashPolicy } from '../../../client/src/crashPolicy';
import { statusView, type PlanStatus } from '../../../client/src/statusView';

/** The client's logic that needs no VS Code: the status-bar item's content and the crash policy. */

const english = (message: string, ...args: (string | number)[]) =>
  message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
const running: PlanStatus = { server: 'running', planActive: true, checking: false, errors: 0, warnings: 0 };

describe('status-bar item', () => {
  test('the counts of the active plan, linking to the Problems panel', () => {
    const view = statusView({ ...running, errors: 2, warnings: 1 }, english);
    assert.equal(view?.text, '$(error) 2 $(warning) 1');
    assert.equal(view?.tooltip, 'Jalon: 2 errors, 1 warning in this file. Click to show the Problems panel.');
    assert.equal(view?.command, 'workbench.actions.view.problems');
    assert.equal(
      statusView(running, english)?.tooltip,
      'Jalon: no errors, no warnings in this file. Click to show the Problems panel.',
    );
  });

  test('checking while the server starts or an edit awaits its diagnostics', () => {
    assert.equal(statusView({ ...running, checking: true }, english)?.text, '$(sync~spin) Jalon: checking');
    assert.equal(statusView({ ...running, server: 'starting' }, english)?.text, '$(sync~spin) Jalon: checking');
  });

  test('stopped, with the restart command, whatever the editor shows', () => {
    for (const planActive of [true, false]) {
      const view = statusView({ ...running, server: 'stopped', planActive }, english);
      assert.equal(view?.text, '$(circle-slash) Jalon stopped');
      assert.equal(view?.command, 'jalon.restartServer');
      assert.equal(view?.warning, true);
    }
  });

  test('hidden when no plan is in view', () => {
    assert.equal(statusView({ ...running, planActive: false }, english), undefined);
  });
});

describe('crash policy', () => {
  test('restarts up to four times in three minutes, then gives up', () => {
    let now = 0;
    const policy = new CrashPolicy(4, 180_000, () => now);
    const outcomes = [0, 1, 2, 3, 4].map(() => {
      now += 1000;
      return policy.closed();
    });
    assert.deepEqual(outcomes, ['restart', 'restart', 'restart', 'restart', 'give-up']);
    // After giving up, a restart by the user starts the count afresh.
    assert.equal(policy.closed(), 'restart');
  });

  test('crashes spread over more than the window keep restarting', () => {
    let now = 0;
    const policy = new CrashPolicy(4, 180_000, () => now);
    for (let i = 0; i < 20; i++) {
      now += 60_000;
      assert.equal(policy.closed(), 'restart');
    }
  });

  test('reset forgets earlier crashes', () => {
    const now = 0;
    const policy = new CrashPolicy(1, 180_000, () => now);
    assert.equal(policy.closed(), 'restart');
    policy.reset();
    assert.equal(policy.closed(), 'restart');
    assert.equal(policy.closed(), 'give-up');
  });
});
