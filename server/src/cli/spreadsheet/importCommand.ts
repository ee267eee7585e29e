import { readFileSync } from 'node:fs';
import path from 'node:path';
import { importTables, reportYaml, type Locale, type Table } from '../../core';
import { UsageError } from '../args';
import { assertNewFile, writeNewFile } from '../outputPath';
import { DEFAULT_MAX_FILE_SIZE, fileProblemMessage } from '../../core';
import { readSource } from '../collectFiles';
import type { CliIO } from '../main';
import { fromCsv } from './csv';
import { planAt } from './planAt';
import { asOfOption, readSpreadsheetOptions, SPREADSHEET_HELP } from './spreadsheetArgs';

/**
 * `jalon report import FILE.xlsx|csv --as-of DATE -o new.report.yaml [--plan PLAN] [--dry-run]`:
 * exit 0 when the report is written (or printed), 1 when a cell is wrong (nothing written), 2
 * for a usage problem.
 */
export async function runReportImport(
  argv: readonly string[],
  io: CliIO,
  locale: Locale,
  show: (file: string) => string,
): Promise<number> {
  const { options, paths, help } = readSpreadsheetOptions(
    argv.slice(2),
    ['--as-of', '--output', '-o', '--plan', '--locale'],
    ['--dry-run'],
  );
  if (help || argv[1] !== 'import') {
    if (!help)
      throw new UsageError({
        en: "try 'jalon report import file.xlsx --as-of 2027-12 -o 2027-12.report.yaml'",
        fr: "essayez 'jalon report import fichier.xlsx --as-of 2027-12 -o 2027-12.report.yaml'",
      });
    io.stdout(SPREADSHEET_HELP);
    return 0;
  }
  if (options.has('--locale')) locale = options.get('--locale') === 'fr' ? 'fr' : 'en';
  const dryRun = options.has('--dry-run');
  if (paths.length !== 1)
    throw new UsageError({
      en: 'report import takes one spreadsheet (.xlsx or .csv)',
      fr: 'report import attend un tableur (.xlsx ou .csv)',
    });
  const asOf = asOfOption(options.get('--as-of'), true)!;
  const given = options.get('--output');
  if (!given && !dryRun)
    throw new UsageError({
      en: 'give the report to write: -o 2027-12.report.yaml (or --dry-run)',
      fr: 'donnez le bilan à écrire : -o 2027-12.report.yaml (ou --dry-run)',
    });
  const output = given ? path.resolve(io.cwd, given) : undefined;
  if (given && !/\.report\.ya?ml$/i.test(given))
    throw new UsageError({
      en: `give a .report.yaml file to -o, not '${given}'`,
      fr: `donnez un fichier .report.yaml à -o, pas '${given}'`,
    });
  const target = given
    ? assertNewFile(given, io.cwd, {
        en: `'${given}' exists already; a report is never overwritten: give another name to -o`,
        fr: `'${given}' existe déjà ; un bilan n’est jamais écrasé : donnez un autre nom à -o`,
      })
    : undefined;
  const { plan } = await planAt(options.get('--plan') ?? (output ? path.dirname(output) : io.cwd), io.cwd, show);
  const input = path.resolve(io.cwd, paths[0]);
  const tables = await readTables(input, paths[0]);
  const { report, problems } = importTables(plan, tables, asOf);
  if (!report) {
    for (const p of problems) {
      const where =
        locale === 'fr'
          ? `feuille '${p.place.sheet}', ligne ${p.place.row}, colonne ${p.place.column}`
          : `sheet '${p.place.sheet}', row ${p.place.row}, column ${p.place.column}`;
      io.stderr(`${show(input)}: ${where}: ${p.message[locale]}\n`);
    }
    io.stderr(
      locale === 'fr'
        ? `${problems.length} problème${problems.length > 1 ? 's' : ''} ; rien n’est écrit.\n`
        : `${problems.length} problem${problems.length > 1 ? 's' : ''}; nothing is written.\n`,
    );
    return 1;
  }
  const text = reportYaml(report);
  const n = (section: 'actions' | 'milestones' | 'indicators' | 'objectives') => Object.keys(report[section]).length;
  const counts = {
    en: `${n('actions')} actions, ${n('milestones')} milestones, ${n('indicators')} indicators, ${n('objectives')} objectives`,
    fr: `${n('actions')} actions, ${n('milestones')} jalons, ${n('indicators')} indicateurs, ${n('objectives')} objectifs`,
  };
  if (dryRun || !output) {
    io.stdout(text);
    io.stderr(
      locale === 'fr'
        ? `${given ?? 'bilan'} serait écrit : ${counts.fr} (--dry-run : rien n’est écrit).\n`
        : `${given ?? 'the report'} would be written: ${counts.en} (--dry-run: nothing is written).\n`,
    );
    return 0;
  }
  writeNewFile(target!, text);
  io.stderr(locale === 'fr' ? `${show(output)} : ${counts.fr}.\n` : `${show(output)}: ${counts.en}.\n`);
  return 0;
}

async function readTables(file: string, given: string): Promise<Table[]> {
  if (/\.csv$/i.test(file)) {
    const source = await readSource(file, given, DEFAULT_MAX_FILE_SIZE);
    if (source.problem) {
      const why = fileProblemMessage(source.problem);
      throw new UsageError({
        en: `cannot read '${given}': ${why.en}`,
        fr: `impossible de lire '${given}' : ${why.fr}`,
      });
    }
    return [{ sheet: path.basename(file), rows: fromCsv(source.text) }];
  }
  if (!/\.xlsx$/i.test(file))
    throw new UsageError({
      en: `'${given}' is not a .xlsx or .csv file`,
      fr: `'${given}' n’est pas un fichier .xlsx ou .csv`,
    });
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new UsageError({ en: `cannot read '${given}'`, fr: `impossible de lire '${given}'` });
  }
  try {
    // exceljs is loaded only to read a workbook.
    const { readXlsx } = await import('./xlsx.js');
    return await readXlsx(bytes);
  } catch {
    throw new UsageError({
      en: `'${given}' is not a readable .xlsx workbook`,
      fr: `'${given}' n’est pas un classeur .xlsx lisible`,
    });
  }
}
