import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, CLEAN_PLAN } from '../helpers';

test('the clean fixture plan has no finding at all', () => {
  assert.deepEqual(check(CLEAN_PLAN), []);
});
