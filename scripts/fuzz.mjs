// `npm run fuzz [-- --seed N] [--edits N] [--without family,family]`: the long fuzz run (10,000
// random edits by default, every family of the alphabet), the same test as the short run of
// `npm test` (server/test/lsp/fuzz.test.ts). A failing run prints its seed: the same options
// replay it. Families: yaml, alias, whitespace, crlf, cr, nul, unicode, words.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i === -1) return fallback;
  return args[i].includes('=') ? args[i].slice(name.length + 1) : args[i + 1];
};
const env = {
  ...process.env,
  JALON_FUZZ_EDITS: option('--edits', '10000'),
  JALON_FUZZ_SEED: option('--seed', String(Date.now() % 1_000_000)),
  JALON_FUZZ_WITHOUT: option('--without', ''),
};
process.stderr.write(
  `fuzz: seed ${env.JALON_FUZZ_SEED}, ${env.JALON_FUZZ_EDITS} edits${env.JALON_FUZZ_WITHOUT ? `, without ${env.JALON_FUZZ_WITHOUT}` : ''}\n`,
);
const build = spawnSync(process.execPath, ['esbuild.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter', 'spec', 'server/test/lsp/fuzz.test.ts'],
  { stdio: 'inherit', env },
);
process.exit(run.status ?? 1);
