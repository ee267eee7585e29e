import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { didYouMean, editDistance } from '../../src/core/text/didYouMean';

describe('didYouMean', () => {
  test('counts a transposition as one edit, and stops past its bound', () => {
    assert.equal(editDistance('lable', 'label'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('kitten', 'sitting', 2), 3);
    assert.equal(editDistance('abcdefgh', 'zyxwvuts', 3), 4);
    assert.equal(editDistance('', 'abc'), 3);
  });

  test('suggests the closest candidate within a third of the word', () => {
    assert.equal(didYouMean('plannd', ['planned', 'done', 'delayed']), 'planned');
    assert.equal(didYouMean('xyz', ['planned', 'done']), undefined);
  });

  test('compares without accents or case: an accented id suggests the unaccented one', () => {
    assert.equal(
      didYouMean('filière-gériatrique', ['filiere-geriatrique', 'filiere-pediatrique']),
      'filiere-geriatrique',
    );
    assert.equal(didYouMean('Planned', ['planned']), 'planned');
    assert.equal(didYouMean('planned', ['planned']), undefined);
  });

  test('a 1 MB id with a typo gets its suggestion, among short and long candidates', () => {
    const long = 'a'.repeat(500_000) + 'b'.repeat(500_000);
    const typo = 'a'.repeat(500_000) + 'c' + 'b'.repeat(499_999);
    const unrelated = 'z'.repeat(1_000_000);
    assert.equal(didYouMean(typo, ['short-id', unrelated, long, 'other']), long);
    assert.equal(didYouMean(typo, ['short-id', unrelated]), undefined);
  });
});
