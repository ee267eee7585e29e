import type { Locale } from '../../core';
import { HostError } from '../../host/hostError';
import { UsageError } from '../args';
import type { CliIO } from '../main';
import { runDashboard } from './dashboardCommand';
import { runExport } from './exportCommand';
import { runReportImport } from './importCommand';

/** `jalon export …`, `jalon report import …` and `jalon render --dashboard …`, with the CLI's handling of usage errors (exit 2). */
export async function runSpreadsheetCommand(
  argv: readonly string[],
  io: CliIO,
  locale: Locale,
  show: (file: string) => string,
): Promise<number> {
  const localeArg = argv.find((a, i) => a.startsWith('--locale=') || argv[i - 1] === '--locale');
  const shownLocale: Locale =
    localeArg?.replace('--locale=', '') === 'fr' ? 'fr' : localeArg?.replace('--locale=', '') === 'en' ? 'en' : locale;
  try {
    if (argv[0] === 'render') return await runDashboard(argv, io, show);
    return argv[0] === 'export' ? await runExport(argv, io, show) : await runReportImport(argv, io, shownLocale, show);
  } catch (error) {
    // A usage error, or a problem of the machine (no browser for a PDF, a folder that cannot be written).
    if (error instanceof UsageError || error instanceof HostError) {
      io.stderr(`jalon: ${error.text[shownLocale]}\n`);
      return 2;
    }
    throw error;
  }
}
