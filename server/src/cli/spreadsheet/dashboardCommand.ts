import { existsSync } from 'node:fs';
import path from 'node:path';
import { renderDashboard, type Locale, type Localized } from '../../core';
import { UsageError } from '../args';
import type { CliIO } from '../main';
import { assertWritableOutput, writeOutput } from '../outputPath';
import { planAt } from './planAt';
import { asOfOption, readSpreadsheetOptions } from './spreadsheetArgs';

const FORMATS = ['html', 'pdf', 'docx'] as const;
type DashboardFormat = (typeof FORMATS)[number];

/**
 * `jalon render <plan.yaml> --dashboard [--as-of DATE|latest] [--format html|pdf|docx] [-o FILE]
 * [--chrome PATH] [--locale en|fr]`: the dashboard as one HTML file, a PDF printed by Chromium
 * or a Word file.
 */
export async function runDashboard(
  argv: readonly string[],
  io: CliIO,
  show: (file: string) => string,
): Promise<number> {
  const { options, paths } = readSpreadsheetOptions(
    argv.slice(1),
    ['--as-of', '--output', '-o', '--locale', '--format', '-f', '--chrome'],
    ['--dashboard', '--force'],
  );
  if (paths.length !== 1)
    throw new UsageError({
      en: 'render --dashboard takes one plan file',
      fr: 'render --dashboard attend un fichier de plan',
    });
  const given = options.get('--format') ?? options.get('-f') ?? 'html';
  if (!(FORMATS as readonly string[]).includes(given))
    throw new UsageError({
      en: `--format '${given}' is not one of html, pdf, docx`,
      fr: `--format '${given}' n’est pas html, pdf ou docx`,
    });
  const format = given as DashboardFormat;
  const asOfGiven = options.get('--as-of');
  const asOf = asOfGiven === undefined || asOfGiven === 'latest' ? undefined : asOfOption(asOfGiven, false);
  const target =
    options.get('--output') ?? `${path.basename(paths[0]).replace(/(\.plan)?\.ya?ml$/i, '')}-dashboard.${format}`;
  if (target === '-' && format !== 'html')
    throw new UsageError({
      en: `a ${format.toUpperCase()} file is not written to standard output: give a file name to -o`,
      fr: `un fichier ${format.toUpperCase()} ne s’écrit pas sur la sortie standard : donnez un nom de fichier à -o`,
    });
  const output = target === '-' ? undefined : path.resolve(io.cwd, target);
  if (
    output &&
    path
      .extname(output)
      .toLowerCase()
      .replace(/^\.htm$/, '.html') !== `.${format}`
  )
    throw new UsageError({
      en: `give a .${format} file to -o, not '${target}'`,
      fr: `donnez un fichier .${format} à -o, pas '${target}'`,
    });
  // A dashboard is a generated file: writing it again is the point, but never over something else.
  if (output && existsSync(output) && !options.has('--force') && !/-dashboard\.(html?|pdf|docx)$/i.test(output))
    throw new UsageError({
      en: `'${target}' exists already; it is not overwritten`,
      fr: `'${target}' existe déjà ; il n’est pas écrasé`,
    });
  // Through the output guard too, before any work: never a plan, a part, a configuration or a symbolic link.
  const guarded = output
    ? assertWritableOutput(target, io.cwd, { inputs: [], example: `plan-dashboard.${format}` })
    : undefined;
  const { plan } = await planAt(paths[0], io.cwd, show);
  const locale: Locale =
    (options.get('--locale') as Locale | undefined) ??
    (plan.header?.language?.value?.toLowerCase().startsWith('fr') ? 'fr' : 'en');
  const chrome = { chrome: options.get('--chrome'), env: io.env };
  const warn = (problem: Localized) => io.stderr(`jalon: ${show(paths[0])}: ${problem[locale]}\n`);
  const bytes =
    format === 'pdf'
      ? await (await import('../../host/pdf/dashboardPdf.js')).printDashboardPdf(plan, locale, asOf, chrome)
      : format === 'docx'
        ? await (
            await import('../../host/docx/dashboardDocx.js')
          ).renderDashboardDocx(plan, locale, asOf, { ...chrome, warn })
        : renderDashboard(plan, locale, asOf);
  if (!guarded || !output) {
    io.stdout(bytes as string);
    return 0;
  }
  writeOutput(guarded, bytes);
  io.stderr(`${show(output)}\n`);
  return 0;
}
