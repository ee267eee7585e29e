import path from 'node:path';
import { planTables, type Locale } from '../../core';
import { UsageError } from '../args';
import { assertNewFile, writeNewFile } from '../outputPath';
import type { CliIO } from '../main';
import { toCsv } from './csv';
import { planAt } from './planAt';
import { asOfOption, readSpreadsheetOptions, SPREADSHEET_HELP } from './spreadsheetArgs';

/** `jalon export <plan.yaml> --format xlsx|csv [--as-of DATE] [-o FILE]`. */
export async function runExport(argv: readonly string[], io: CliIO, show: (file: string) => string): Promise<number> {
  const { options, paths, help } = readSpreadsheetOptions(
    argv.slice(1),
    ['--format', '--as-of', '--output', '-o', '--locale'],
    [],
  );
  if (help) {
    io.stdout(SPREADSHEET_HELP);
    return 0;
  }
  const format = options.get('--format');
  if (format !== 'xlsx' && format !== 'csv') {
    throw new UsageError({
      en: `--format must be xlsx or csv${format ? `, not '${format}'` : ''}`,
      fr: `--format doit valoir xlsx ou csv${format ? `, pas '${format}'` : ''}`,
    });
  }
  if (paths.length !== 1)
    throw new UsageError({
      en: "export takes one plan file; try 'jalon export plan.plan.yaml --format xlsx'",
      fr: "export attend un fichier de plan ; essayez 'jalon export plan.plan.yaml --format xlsx'",
    });
  const asOf = asOfOption(options.get('--as-of'), false);
  const { plan } = await planAt(paths[0], io.cwd, show);
  const given = options.get('--output') ?? `${path.basename(paths[0]).replace(/(\.plan)?\.ya?ml$/i, '')}.${format}`;
  const output = path.resolve(io.cwd, given);
  if (!new RegExp(`\\.${format}$`, 'i').test(output)) {
    throw new UsageError({
      en: `give a .${format} file to -o, not '${given}'`,
      fr: `donnez un fichier .${format} à -o, pas '${given}'`,
    });
  }
  const target = assertNewFile(given, io.cwd, {
    en: `'${given}' exists already; it is not overwritten: remove it or give another name to -o`,
    fr: `'${given}' existe déjà ; il n’est pas écrasé : supprimez-le ou donnez un autre nom à -o`,
  });
  const locale: Locale =
    (options.get('--locale') as Locale | undefined) ??
    (plan.header?.language?.value?.toLowerCase().startsWith('fr') ? 'fr' : 'en');
  const tables = planTables(plan, locale, asOf);
  const bytes =
    format === 'xlsx'
      ? await (await import('./xlsx.js')).writeXlsx(tables)
      : toCsv(tables.flatMap((t, i) => (i === 0 ? t.rows : [[], ...t.rows])));
  writeNewFile(target, bytes);
  const counts = `${plan.actions.length} actions, ${plan.milestones.length} milestones, ${plan.indicators.length} indicators, ${plan.objectives.length} objectives, ${plan.reports.length} reports`;
  io.stderr(`${show(output)}: ${counts}\n`);
  return 0;
}
