// `npm start`: builds Jalon, checks and renders the seed plans, packages the extension, and says
// where each output is.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

function step(title, args, { quiet = true } = {}) {
  if (title) process.stdout.write(`• ${title}\n`);
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: quiet ? 'pipe' : 'inherit' });
  if (result.status === 2 || result.error || (!quiet && result.status !== 0)) {
    process.stderr.write(result.stderr || String(result.error ?? `${title ?? args.join(' ')} failed`));
    process.exit(2);
  }
  return result;
}

step('Building dist/ (CLI, language server, extension)', ['esbuild.mjs']);
mkdirSync('out', { recursive: true });
const stylish = step('Checking seeds/*.plan.yaml', ['dist/cli.js', 'check', 'seeds']);
writeFileSync('out/seeds-check.txt', stylish.stdout);
step('Writing SARIF for code scanning', [
  'dist/cli.js',
  'check',
  'seeds',
  '--format',
  'sarif',
  '-o',
  'out/seeds-check.sarif',
]);
step('Writing JSON', ['dist/cli.js', 'check', 'seeds', '--format', 'json', '-o', 'out/seeds-check.json']);
process.stdout.write('• Rendering the seed plans\n');
for (const seed of ['gustave-roussy-2026-2030', 'centre-antoine-lacassagne-2020-2024']) {
  step(null, ['dist/cli.js', 'render', `seeds/${seed}.plan.yaml`, '-o', `out/${seed}.html`]);
}
step('Packaging the VS Code extension', ['scripts/package.mjs']);
// The seeds are faithful plans: infos are suggestions, not "problems" (the wording of `jalon check`).
const { files, summary: counts } = JSON.parse(readFileSync('out/seeds-check.json', 'utf8'));
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const summary = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'suggestion')} in ${plural(files, 'file')}.`;
process.stdout.write(`\n${summary}\n\nOutput:
  out/seeds-check.txt        every finding, one per line
  out/seeds-check.sarif      SARIF 2.1.0 (GitHub code scanning)
  out/seeds-check.json       JSON
  out/*.html                 the seed plans rendered (open in a browser, or print)
  jalon-0.1.0.vsix           the extension (code --install-extension jalon-0.1.0.vsix)
`);
process.exit(stylish.status ?? 1);
