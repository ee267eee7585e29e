import { parsePartialDate, type PartialDate } from '../../core';
import { UsageError } from '../args';

/** `--name value` or `--name=value` options and paths, for the export and import commands. */
export function readSpreadsheetOptions(
  argv: readonly string[],
  valued: readonly string[],
  flags: readonly string[],
): { options: Map<string, string>; paths: string[]; help: boolean } {
  const options = new Map<string, string>();
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if (name === '--help' || name === '-h') return { options, paths, help: true };
    if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined)
        throw new UsageError({ en: `option ${name} needs a value`, fr: `l’option ${name} attend une valeur` });
      options.set(name === '-o' ? '--output' : name, value);
    } else if (flags.includes(name)) options.set(name, 'true');
    else if (arg.startsWith('-') && arg !== '-')
      throw new UsageError({ en: `unknown option '${arg}'`, fr: `option '${arg}' inconnue` });
    else paths.push(arg);
  }
  return { options, paths, help: false };
}

export function asOfOption(value: string | undefined, required: boolean): PartialDate | undefined {
  if (value === undefined) {
    if (required)
      throw new UsageError({
        en: "give the report's date: --as-of 2027-12",
        fr: 'donnez la date du bilan : --as-of 2027-12',
      });
    return undefined;
  }
  const date = parsePartialDate(value);
  if (!date)
    throw new UsageError({
      en: `--as-of '${value}' is not a date; write 2027, 2027-Q4, 2027-12 or 2027-12-31`,
      fr: `--as-of '${value}' n’est pas une date ; écrivez 2027, 2027-Q4, 2027-12 ou 2027-12-31`,
    });
  return date;
}

export const SPREADSHEET_HELP = `Usage: jalon export <plan.yaml> --format <xlsx|csv> [--as-of <date>] [-o <file>]
       jalon report import <file.xlsx|file.csv> --as-of <date> -o <new.report.yaml> [--plan <plan.yaml>] [--dry-run]

jalon export: writes the plan's actions (with their status and progress at each progress
report), indicators (baseline, targets, actuals), milestones (status at each report, date done)
and objectives (state, note) as a spreadsheet, in the plan's language.

  --format <xlsx|csv>     xlsx: four sheets; csv: the four tables in one file, an empty row between
  --as-of <date>          only the reports dated on or before it (default: every report)
  -o, --output <file>     the file to write (default: the plan's name with .xlsx or .csv); never overwritten

jalon report import: reads a spreadsheet filled by the directions (the export's layout, or any
sheet with an Id column and Status, Progress, Note, End forecast, Actual, Done on or State columns, in English
or French) and writes it as a new progress report. Nothing is written when a cell is wrong:
each problem is listed with its sheet, row and column.

  --as-of <date>          the report's date
  -o, --output <file>     the *.report.yaml to write; never overwritten
  --plan <plan.yaml>      the plan (default: the one root plan in the output's folder)
  --dry-run               print the report instead of writing it
`;
