// Rewrites the findings list of seeds/README.md from `jalon check seeds` (the test
// server/test/core/seeds.test.ts fails when the list is out of date).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

export const START = '<!-- findings:start (npm run seeds:findings) -->';
export const END = '<!-- findings:end -->';

const run = spawnSync(process.execPath, ['bin/jalon.js', 'check', 'seeds', '--locale', 'en'], { encoding: 'utf8' });
if (run.status === 2) throw new Error(run.stderr);
const readme = readFileSync('seeds/README.md', 'utf8');
const before = readme.slice(0, readme.indexOf(START) + START.length);
const after = readme.slice(readme.indexOf(END));
writeFileSync('seeds/README.md', `${before}\n\n\`\`\`text\n${run.stdout}\`\`\`\n\n${after}`);
