// `npm start`: builds Jalon, checks the seed plans and writes the reports to out/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

function step(title, args) {
  process.stdout.write(`• ${title}\n`);
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status === 2 || result.error) {
    process.stderr.write(result.stderr || String(result.error));
    process.exit(2);
  }
  return result;
}

step('Building dist/ (CLI)', ['esbuild.mjs']);
mkdirSync('out', { recursive: true });
const stylish = step('Checking seeds/*.plan.yaml', ['dist/cli.js', 'check', 'seeds']);
writeFileSync('out/seeds-check.txt', stylish.stdout);
step('Writing SARIF for code scanning', ['dist/cli.js', 'check', 'seeds', '--format', 'sarif', '-o', 'out/seeds-check.sarif']);
step('Writing JSON', ['dist/cli.js', 'check', 'seeds', '--format', 'json', '-o', 'out/seeds-check.json']);
const summary = stylish.stdout.trim().split('\n').pop();
process.stdout.write(`\n${summary}\n\nOutput:\n  out/seeds-check.txt    every finding, one per line\n  out/seeds-check.sarif  SARIF 2.1.0 (GitHub code scanning)\n  out/seeds-check.json   JSON\n`);
process.exit(stylish.status ?? 1);
