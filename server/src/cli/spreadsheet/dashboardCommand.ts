import { existsSync } from 'node:fs';
import path from 'node:path';
import { renderDashboard, type Locale } from '../../core';
import { UsageError } from '../args';
import type { CliIO } from '../main';
import { assertWritableOutput, writeOutput } from '../outputPath';
import { planAt } from './planAt';
import { asOfOption, readSpreadsheetOptions } from './spreadsheetArgs';

/** `jalon render <plan.yaml> --dashboard [--as-of DATE|latest] [-o FILE.html] [--locale en|fr]`: the dashboard as one HTML file. */
export async function runDashboard(
  argv: readonly string[],
  io: CliIO,
  show: (file: string) => string,
): Promise<number> {
  const { options, paths } = readSpreadsheetOptions(
    argv.slice(1),
    ['--as-of', '--output', '-o', '--locale'],
    ['--dashboard'],
  );
  if (paths.length !== 1)
    throw new UsageError({
      en: 'render --dashboard takes one plan file',
      fr: 'render --dashboard attend un fichier de plan',
    });
  const given = options.get('--as-of');
  const asOf = given === undefined || given === 'latest' ? undefined : asOfOption(given, false);
  const { plan } = await planAt(paths[0], io.cwd, show);
  const locale: Locale =
    (options.get('--locale') as Locale | undefined) ??
    (plan.header?.language?.value?.toLowerCase().startsWith('fr') ? 'fr' : 'en');
  const html = renderDashboard(plan, locale, asOf);
  const target =
    options.get('--output') ?? `${path.basename(paths[0]).replace(/(\.plan)?\.ya?ml$/i, '')}-dashboard.html`;
  if (target === '-') {
    io.stdout(html);
    return 0;
  }
  const output = path.resolve(io.cwd, target);
  if (!/\.html?$/i.test(output))
    throw new UsageError({
      en: `give an .html file to -o, not '${target}'`,
      fr: `donnez un fichier .html à -o, pas '${target}'`,
    });
  if (existsSync(output) && !options.has('--force')) {
    // A dashboard is a generated file: writing it again is the point, but never over something else.
    if (!/-dashboard\.html?$/i.test(output))
      throw new UsageError({
        en: `'${target}' exists already; it is not overwritten`,
        fr: `'${target}' existe déjà ; il n’est pas écrasé`,
      });
  }
  // Through the output guard too: never a plan, a part, a configuration or a symbolic link.
  writeOutput(assertWritableOutput(target, io.cwd, { inputs: [], example: 'plan-dashboard.html' }), html);
  io.stderr(`${show(output)}\n`);
  return 0;
}
