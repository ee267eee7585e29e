import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newClient } from './client';
import { FAMILIES, type Family } from './fuzz/edits';
import { fuzz } from './fuzz/fuzzRun';

// `npm run fuzz` runs this file with a long run: JALON_FUZZ_EDITS, JALON_FUZZ_SEED and
// JALON_FUZZ_WITHOUT (families of the alphabet left out, comma-separated) come from its options.
const edits = Number(process.env.JALON_FUZZ_EDITS ?? 1000);
const seed = Number(process.env.JALON_FUZZ_SEED ?? 20261202);
// The short run uses the whole alphabet (aliases, lone CRs, CRLFs, NULs, emoji...).
const without = (process.env.JALON_FUZZ_WITHOUT ?? '').split(',').filter(Boolean);

test(
  `${edits} random edits with feature requests (seed ${seed}${without.length ? `, without ${without.join(', ')}` : ''}): no crash, failure, error, slow request, out-of-range range or mismatch with jalon check`,
  // A second an edit at most (a busy machine; a quiet one runs 10,000 in well under that), never under 30 minutes.
  { timeout: Math.max(30 * 60_000, edits * 1000) },
  async () => {
    const families = FAMILIES.filter((f: Family) => !without.includes(f));
    const c = newClient();
    const report = await fuzz(c, {
      seed,
      edits,
      families,
      checkpointEvery: 50,
      requestChance: 0.35,
      progress: edits > 2000 ? (line) => process.stderr.write(`fuzz: ${line}\n`) : undefined,
    });
    const { problems, ...counts } = report;
    process.stderr.write(`fuzz: ${JSON.stringify(counts)}\n`);
    assert.deepEqual(
      {
        crashes: counts.crashes,
        handlerFailures: counts.handlerFailures,
        rpcErrors: counts.rpcErrors,
        slowRequests: counts.slowRequests,
        outOfRange: counts.outOfRange,
        mismatches: counts.mismatches,
      },
      { crashes: 0, handlerFailures: 0, rpcErrors: 0, slowRequests: 0, outOfRange: 0, mismatches: 0 },
      problems.join('\n'),
    );
    assert.equal(counts.edits, edits);
  },
);
