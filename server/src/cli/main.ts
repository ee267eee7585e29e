import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkSources, type SourceFile, localeFromTag, type Locale } from '../core';
import packageJson from '../../../package.json';
import { HELP, parseArgs, UsageError, type CheckArgs } from './args';
import { collectFiles, readPlanFile } from './collectFiles';
import { ConfigLookup } from './configLookup';
import { formatGithub } from './formats/github';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatStylish } from './formats/stylish';
import { runRender } from './render';
import { runSpreadsheetCommand } from './spreadsheet/command';
import { placeFinding, SEVERITY_RANK, type Report } from './report';

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

function environmentLocale(env: NodeJS.ProcessEnv): Locale {
  return localeFromTag(env.JALON_LOCALE || env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** Paths as reviewers read them: relative to the working folder, with forward slashes. */
function shownPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative).split(path.sep).join('/');
}

function runCheck(args: CheckArgs, io: CliIO, locale: Locale): number {
  const show = (file: string) => shownPath(io.cwd, file);
  const configs = new ConfigLookup(show);
  const files = collectFiles(args.paths, io.cwd, (folder) => configs.forFolder(folder));
  if (files.length === 0) {
    const where = args.paths.length > 0 ? args.paths.join(', ') : '.';
    throw new UsageError({ en: `no plan file (*.plan.yaml) under '${where}'`, fr: `aucun fichier de plan (*.plan.yaml) dans '${where}'` });
  }
  const absoluteOf = new Map<string, string>();
  const sources: SourceFile[] = files.map((file) => {
    const uri = show(file);
    absoluteOf.set(uri, file);
    return { uri, text: readPlanFile(file, uri) };
  });
  const checked = checkSources(sources, { configFor: (uri) => configs.forFile(absoluteOf.get(uri)!)?.config });
  const report: Report = {
    locale, fileCount: checked.length,
    findings: checked.flatMap(({ file, findings }) => findings.map((f) => placeFinding(file.uri, f, file.lineIndex, locale))),
  };
  const text = args.format === 'json' ? formatJson(report)
    : args.format === 'sarif' ? formatSarif(report, packageJson.version)
      : args.format === 'github' ? formatGithub(report) : formatStylish(report);
  if (args.output) {
    writeFileSync(path.resolve(io.cwd, args.output), text);
    if (args.format !== 'stylish') io.stderr(formatStylish({ ...report, findings: [] }).replace(/\n$/, '') + ` → ${args.output}\n`);
  } else io.stdout(text);
  const threshold = SEVERITY_RANK[args.failOn];
  return report.findings.some((f) => SEVERITY_RANK[f.finding.severity] >= threshold) ? 1 : 0;
}

/** Runs the CLI; returns the exit code (0 clean, 1 findings at --fail-on or above, 2 usage). */
export function runCli(argv: string[], io: CliIO): number | Promise<number> {
  let locale = environmentLocale(io.env);
  // The spreadsheet commands read and write workbooks asynchronously (exceljs).
  if (argv[0] === 'export' || argv[0] === 'report' || (argv[0] === 'render' && argv.includes('--dashboard'))) return runSpreadsheetCommand(argv, io, locale, (file) => shownPath(io.cwd, file));
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      io.stdout(HELP);
      return 0;
    }
    if (args.command === 'version') {
      io.stdout(`${packageJson.version}\n`);
      return 0;
    }
    locale = args.locale ?? locale;
    if (args.command === 'render') return runRender(args, io, locale, (file) => shownPath(io.cwd, file));
    return runCheck(args, io, locale);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`jalon: ${error.text[locale]}\n`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  void Promise.resolve(runCli(process.argv.slice(2), {
    cwd: process.cwd(), env: process.env,
    stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t),
  })).then((code) => {
    process.exitCode = code;
  });
}
