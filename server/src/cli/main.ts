import path from 'node:path';
import { isMainThread, workerData } from 'node:worker_threads';
import { checkSourcesCompleting, DEFAULT_MAX_FILE_SIZE, localeFromTag, type Locale, type SourceFile } from '../core';
import type { LoadedConfig } from '../host/configFiles';
import { readLogoFile } from '../host/logoFile';
import packageJson from '../../../package.json';
import { HELP, HELP_FR, localeArgument, parseArgs, UsageError, type CheckArgs } from './args';
import { runInit } from './init';
import { collectFiles, readSource } from './collectFiles';
import { ConfigLookup } from './configLookup';
import { partContext } from './partRoots';
import { formatGithub } from './formats/github';
import { formatJson } from './formats/json';
import { formatSarif } from './formats/sarif';
import { formatStylish, summaryLine } from './formats/stylish';
import { assertWritableOutput, writeOutput } from './outputPath';
import { terminalProgress } from './progress';
import { checkInWorkers, workerCount } from './check/parallelCheck';
import { isCheckWorker, runCheckWorker } from './check/checkWorker';
import { HostError } from '../host/hostError';
import { runDiff } from './diff/runDiff';
import { runRender } from './render';
import { relativeTo, repositoryRoot } from './repoRoot';
import { runSpreadsheetCommand } from './spreadsheet/command';
import { placeFinding, SEVERITY_RANK, type Report } from './report';

export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard output is a terminal (colours, unless NO_COLOR; FORCE_COLOR forces them). */
  isTTY?: boolean;
  /** Standard error is a terminal: a long check shows its progress there. */
  stderrIsTTY?: boolean;
}

function environmentLocale(env: NodeJS.ProcessEnv): Locale {
  return localeFromTag(env.JALON_LOCALE || env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** Paths as reviewers read them: relative to the working folder, with forward slashes. */
function shownPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return (relative.startsWith('..') || path.isAbsolute(relative) ? file : relative).split(path.sep).join('/');
}

const REPORT_EXAMPLE: Record<CheckArgs['format'], string> = {
  stylish: 'report.txt',
  json: 'report.json',
  sarif: 'jalon.sarif',
  github: 'report.txt',
};

async function runCheck(args: CheckArgs, io: CliIO, locale: Locale): Promise<number> {
  const show = (file: string) => shownPath(io.cwd, file);
  const configs = new ConfigLookup(show);
  const files = await collectFiles(args.paths, io.cwd, (folder) => configs.forFolder(folder));
  if (files.length === 0) {
    const where = args.paths.length > 0 ? args.paths.join(', ') : '.';
    throw new UsageError({
      en: `no plan file (*.plan.yaml) under '${where}'`,
      fr: `aucun fichier de plan (*.plan.yaml) dans '${where}'`,
    });
  }
  // Refused before any work: the report never replaces a plan, a part, a configuration or an input.
  const output =
    args.output === undefined
      ? undefined
      : assertWritableOutput(args.output, io.cwd, { inputs: files, example: REPORT_EXAMPLE[args.format] });
  // Each file's configuration is read before the check, which then finds it in memory.
  const configOf = new Map<string, LoadedConfig | undefined>();
  const absoluteOf = new Map<string, string>();
  const readAs = async (file: string): Promise<SourceFile> => {
    const uri = show(file);
    absoluteOf.set(uri, file);
    const config = await configs.forFile(file);
    configOf.set(uri, config);
    return readSource(file, uri, args.maxFileSize ?? config?.config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  };
  const sources: SourceFile[] = [];
  for (const file of files) sources.push(await readAs(file));
  const progress = terminalProgress(io.stderrIsTTY === true, io.stderr, files.length, locale);
  const configFor = (uri: string) => configOf.get(uri)?.config;
  const onProgress = (done: number, total: number) => progress.update(done, total);
  // A large check is shared out between threads, whole plans each; else (or when that cannot be) one thread.
  const workers = workerCount(sources, io.env, __filename);
  const inWorkers =
    workers > 1
      ? await checkInWorkers(sources, configFor, (uri) => absoluteOf.get(uri)!, locale, workers, __filename, onProgress)
      : undefined;
  const findings =
    inWorkers !== undefined
      ? sources.flatMap((s) => inWorkers.get(s.uri) ?? [])
      : (
          await checkSourcesCompleting(sources, {
            configFor,
            readLogo: (uri, logo) => readLogoFile(absoluteOf.get(uri)!, logo),
            completePlans: (orphans) => partContext(orphans, (uri) => absoluteOf.get(uri)!, readAs, configs),
            onProgress,
          })
        ).flatMap(({ file, findings }) => findings.map((f) => placeFinding(file.uri, f, file.lineIndex, locale)));
  progress.end();
  const report: Report = { locale, fileCount: sources.length, findings };
  // Annotations and SARIF name files from the repository root, whatever the working folder.
  const root = repositoryRoot(io.cwd, io.env);
  const fromRoot: Report = {
    ...report,
    findings: report.findings.map((f) => ({ ...f, path: relativeTo(root, absoluteOf.get(f.path)!) })),
  };
  const text =
    args.format === 'json'
      ? formatJson(report)
      : args.format === 'sarif'
        ? formatSarif(fromRoot, packageJson.version, root)
        : args.format === 'github'
          ? formatGithub(fromRoot)
          : formatStylish(report);
  if (output !== undefined) {
    writeOutput(output, text);
    io.stderr(`${summaryLine(report)} → ${args.output}\n`);
  } else io.stdout(text);
  const threshold = SEVERITY_RANK[args.failOn];
  return report.findings.some((f) => SEVERITY_RANK[f.finding.severity] >= threshold) ? 1 : 0;
}

/** Runs the CLI; resolves to the exit code (0 clean, 1 findings at --fail-on or above, 2 usage). */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let locale = localeArgument(argv) ?? environmentLocale(io.env);
  // The spreadsheet commands and the dashboard have their own reader of arguments.
  if (argv[0] === 'export' || argv[0] === 'report' || (argv[0] === 'render' && argv.includes('--dashboard')))
    return await runSpreadsheetCommand(argv, io, locale, (file) => shownPath(io.cwd, file));
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      io.stdout(locale === 'fr' ? HELP_FR : HELP);
      return 0;
    }
    if (args.command === 'version') {
      io.stdout(`${packageJson.version}\n`);
      return 0;
    }
    locale = args.locale ?? locale;
    if (args.command === 'render') return await runRender(args, io, locale, (file) => shownPath(io.cwd, file));
    if (args.command === 'init') return runInit(args, io, locale, (file) => shownPath(io.cwd, file));
    if (args.command === 'diff') return await runDiff(args, io, locale);
    return await runCheck(args, io, locale);
  } catch (error) {
    return usageExit(error, io, locale);
  }
}

/** A usage problem or unreadable input: one line on standard error and exit 2; anything else is a bug and is thrown. */
function usageExit(error: unknown, io: CliIO, locale: Locale): number {
  if (error instanceof UsageError || error instanceof HostError) {
    io.stderr(`jalon: ${error.text[locale]}\n`);
    return 2;
  }
  throw error;
}

// The same bundle runs the workers of a large check (see check/parallelCheck.ts).
if (!isMainThread && isCheckWorker(workerData)) runCheckWorker();
else if (require.main === module) {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  void runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  }).then((code) => {
    process.exitCode = code;
  });
}
