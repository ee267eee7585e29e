import type { Locale } from '../../core';
import { UsageError } from '../args';
import type { CliIO } from '../main';
import { runExport } from './exportCommand';
import { runReportImport } from './importCommand';

/** `jalon export …` and `jalon report import …`, with the CLI's handling of usage errors (exit 2). */
export async function runSpreadsheetCommand(argv: readonly string[], io: CliIO, locale: Locale, show: (file: string) => string): Promise<number> {
  const localeArg = argv.find((a, i) => a.startsWith('--locale=') || argv[i - 1] === '--locale');
  const shownLocale: Locale = localeArg?.replace('--locale=', '') === 'fr' ? 'fr' : localeArg?.replace('--locale=', '') === 'en' ? 'en' : locale;
  try {
    return argv[0] === 'export' ? await runExport(argv, io, show) : await runReportImport(argv, io, shownLocale, show);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`jalon: ${error.text[shownLocale]}\n`);
      return 2;
    }
    throw error;
  }
}
