// `npm run gen:plan -- [--actions N | --bytes N] [--shape gr] [--id ID] [-o file]`: writes a generated
// plan. `--shape gr` makes one shaped like the seeds' real plans (8 big axes, quoted titles) of
// about `--bytes` characters (1 MB by default).
import { writeFileSync } from 'node:fs';
import { generateGrShapedPlan, generatePlan } from '../core';

const args = process.argv.slice(2);
const value = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const bytes = value('--bytes');
let actions = Number(value('--actions') ?? 100);
if (bytes) {
  // About 620 bytes per action: scale from a small sample.
  const perAction = generatePlan({ actions: 200 }).length / 200;
  actions = Math.round(Number(bytes) / perAction);
}
const text =
  value('--shape') === 'gr'
    ? generateGrShapedPlan({ size: Number(bytes ?? 1_000_000) })
    : generatePlan({ actions, id: value('--id') });
const output = value('-o');
if (output) {
  writeFileSync(output, text);
  process.stderr.write(`wrote ${output}: ${text.length} characters\n`);
} else process.stdout.write(text);
