import type { Locale, Localized, Severity } from '../core';

export type OutputFormat = 'stylish' | 'json' | 'sarif' | 'github';
export const FORMATS: readonly OutputFormat[] = ['stylish', 'json', 'sarif', 'github'];
export const THRESHOLDS: readonly Severity[] = ['error', 'warning', 'info'];

export interface CheckArgs {
  command: 'check';
  paths: string[];
  format: OutputFormat;
  failOn: Severity;
  locale?: Locale;
  output?: string;
}

/** `jalon render <plan.yaml> [-o out.html] [--locale en|fr]`. */
export interface RenderArgs {
  command: 'render';
  /** The plan file (exactly one: a usage error otherwise, reported by the command). */
  paths: string[];
  failOn: Severity;
  /** The document's language (and the messages'); the plan's `language` by default. */
  locale?: Locale;
  /** The HTML file to write; `-` for standard output. */
  output?: string;
}

export type ParsedArgs = CheckArgs | RenderArgs | { command: 'help' } | { command: 'version' };

/** A usage problem or unreadable input: the CLI prints it on one line and exits with 2. */
export class UsageError extends Error {
  constructor(readonly text: Localized) {
    super(text.en);
  }
}

function takeValue(argv: string[], i: number, name: string): [string, number] {
  const arg = argv[i];
  const eq = arg.indexOf('=');
  if (eq !== -1) return [arg.slice(eq + 1), i];
  if (i + 1 >= argv.length) throw new UsageError({ en: `option ${name} needs a value`, fr: `l’option ${name} attend une valeur` });
  return [argv[i + 1], i + 1];
}

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError({ en: `${name} must be one of ${allowed.join(', ')}, not '${value}'`, fr: `${name} doit valoir ${allowed.join(', ')}, pas '${value}'` });
}

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  if (argv[0] === 'render') return parseRenderArgs(argv);
  if (argv[0] !== 'check') throw new UsageError({ en: `unknown command '${argv[0]}'; try 'jalon check', 'jalon render', 'jalon export' or 'jalon report import'`, fr: `commande '${argv[0]}' inconnue ; essayez 'jalon check', 'jalon render', 'jalon export' ou 'jalon report import'` });
  const args: CheckArgs = { command: 'check', paths: [], format: 'stylish', failOn: 'error' };
  const format = (v: string) => { args.format = oneOf(v, FORMATS, '--format'); };
  const output = (v: string) => { args.output = v; };
  const help = readOptions(argv, args.paths, {
    '--format': format, '-f': format, '--output': output, '-o': output,
    '--fail-on': (v) => { args.failOn = oneOf(v, THRESHOLDS, '--fail-on'); },
    '--locale': (v) => { args.locale = oneOf(v, ['en', 'fr'] as const, '--locale'); },
  });
  return help ? { command: 'help' } : args;
}

function parseRenderArgs(argv: string[]): RenderArgs | { command: 'help' } {
  const args: RenderArgs = { command: 'render', paths: [], failOn: 'error' };
  const output = (v: string) => { args.output = v; };
  const help = readOptions(argv, args.paths, {
    '--output': output, '-o': output,
    '--fail-on': (v) => { args.failOn = oneOf(v, THRESHOLDS, '--fail-on'); },
    '--locale': (v) => { args.locale = oneOf(v, ['en', 'fr'] as const, '--locale'); },
  });
  return help ? { command: 'help' } : args;
}

/**
 * Reads a command's options (`--name value` or `--name=value`) with one setter per option
 * name; other arguments are paths. True when help was asked for.
 */
function readOptions(argv: string[], paths: string[], setters: Record<string, (value: string) => void>): boolean {
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    const name = arg.split('=')[0];
    const set = setters[name];
    if (set) {
      const [value, next] = takeValue(argv, i, name);
      set(value);
      i = next;
    } else if (name === '--help' || name === '-h') {
      return true;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError({ en: `unknown option '${arg}'`, fr: `option '${arg}' inconnue` });
    } else {
      paths.push(arg);
    }
  }
  return false;
}

export const HELP = `Usage: jalon check [files | folders | globs] [options]
       jalon render <plan.yaml> [-o <file.html>] [--locale <en|fr>]
       jalon export <plan.yaml> --format <xlsx|csv> [--as-of <date>] [-o <file>]
       jalon report import <file.xlsx|csv> --as-of <date> -o <new.report.yaml> [--dry-run]

jalon check: checks strategic plan files (*.plan.yaml) and reports what is wrong in them.
With no path, checks the plan files under the current folder.

  -f, --format <stylish|json|sarif|github>  output format (default: stylish)
      --fail-on <error|warning|info>         exit 1 when a finding reaches this severity (default: error)
      --locale <en|fr>                       language of the messages (default: from LANG)
  -o, --output <file>                        write the report to a file instead of standard output

jalon render: writes a plan as one self-contained HTML document (no script, nothing remote,
print styles), ready to publish or to attach to a review: title page, axes, ambitions,
objective cards, actions, indicators, timeline and the plan's diagnostics. The part files
of the plan in the file's folder and below are included; plan files are never written.

  -o, --output <file>                        the HTML file to write, or - for standard output
                                             (default: the plan's name with .html, in the current folder)
      --locale <en|fr>                       language of the document (default: the plan's language)
      --fail-on <error|warning|info>         exit 1 when a finding reaches this severity (default: error)

jalon export, jalon report import: the plan as a spreadsheet, a filled spreadsheet as a new
progress report (*.report.yaml); 'jalon export --help' says more.

  -h, --help                                 show this help
  -v, --version                              show the version

Exit codes: 0 nothing reaches --fail-on, 1 something does, 2 usage error or unreadable input.
Severities can be set per rule in jalon.config.yaml; see docs/rules.md for every rule.
`;
