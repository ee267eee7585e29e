import { parseFileSize, type Locale, type Localized, type Severity } from '../core';

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
  /** `--max-file-size`: over it, a plan file is reported as too large rather than checked (over jalon.config.yaml's `max_file_size`). */
  maxFileSize?: number;
}

export type RenderFormat = 'html' | 'pdf' | 'docx';
export const RENDER_FORMATS: readonly RenderFormat[] = ['html', 'pdf', 'docx'];
export type RenderAudience = 'public' | 'review';
export const RENDER_AUDIENCES: readonly RenderAudience[] = ['public', 'review'];

/** `jalon render <plan.yaml> [-o out.html] [--format html|pdf|docx] [--audience public|review] [--locale en|fr]`. */
export interface RenderArgs {
  command: 'render';
  /** The plan file (exactly one: a usage error otherwise, reported by the command). */
  paths: string[];
  failOn: Severity;
  /** The document's language (and the messages'); the plan's `language` by default. */
  locale?: Locale;
  /** The file to write; `-` for standard output. */
  output?: string;
  maxFileSize?: number;
  /** `html` by default. */
  format: RenderFormat;
  /** `public` by default: the plan as published; `review` adds the findings. */
  audience: RenderAudience;
  /** The Chrome or Chromium that prints a PDF (else `JALON_CHROME`, PATH, the usual places). */
  chrome?: string;
}

/** `jalon init [folder] [--lang fr|en] [--parts]`. */
export interface InitArgs {
  command: 'init';
  folder?: string;
  /** The plan's language; the messages' locale by default. */
  lang?: Locale;
  /** One part file per axis, beside the root. */
  parts: boolean;
  /** The messages' language. */
  locale?: Locale;
}

export type DiffFormat = 'stylish' | 'markdown' | 'json' | 'github';
export const DIFF_FORMATS: readonly DiffFormat[] = ['stylish', 'markdown', 'json', 'github'];

/** `jalon diff [BASE] [HEAD] [-- paths]`. */
export interface DiffArgs {
  command: 'diff';
  /** BASE and HEAD as given (files, folders or git revisions): none, one or two. */
  sides: string[];
  /** After `--`: the plan files, folders or globs to compare at each revision and in the working tree. */
  paths: string[];
  format: DiffFormat;
  failOn: 'attention' | 'notice' | 'never';
  locale?: Locale;
  output?: string;
  /** Markdown rows link to `<link-base>/<path>#L<line>`. */
  linkBase?: string;
}

export type ParsedArgs = CheckArgs | RenderArgs | DiffArgs | InitArgs | { command: 'help' } | { command: 'version' };

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
  if (i + 1 >= argv.length)
    throw new UsageError({ en: `option ${name} needs a value`, fr: `l’option ${name} attend une valeur` });
  return [argv[i + 1], i + 1];
}

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError({
    en: `${name} must be one of ${allowed.join(', ')}, not '${value}'`,
    fr: `${name} doit valoir ${allowed.join(', ')}, pas '${value}'`,
  });
}

function fileSize(value: string): number {
  const size = parseFileSize(value);
  if (size !== undefined) return size;
  throw new UsageError({
    en: `--max-file-size must be a size such as 20MB or 500KB, not '${value}'`,
    fr: `--max-file-size doit être une taille telle que 20MB ou 500KB, pas '${value}'`,
  });
}

export function parseArgs(argv: string[]): ParsedArgs {
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  if (argv[0] === 'render') return parseRenderArgs(argv);
  if (argv[0] === 'init') return parseInitArgs(argv);
  if (argv[0] === 'diff') return parseDiffArgs(argv);
  if (argv[0] !== 'check')
    throw new UsageError({
      en: `unknown command '${argv[0]}'; try 'jalon check', 'jalon diff', 'jalon render', 'jalon init', 'jalon export' or 'jalon report import'`,
      fr: `commande '${argv[0]}' inconnue ; essayez 'jalon check', 'jalon diff', 'jalon render', 'jalon init', 'jalon export' ou 'jalon report import'`,
    });
  const args: CheckArgs = { command: 'check', paths: [], format: 'stylish', failOn: 'error' };
  const format = (v: string) => {
    args.format = oneOf(v, FORMATS, '--format');
  };
  const output = (v: string) => {
    args.output = v;
  };
  const help = readOptions(argv, args.paths, {
    '--format': format,
    '-f': format,
    '--output': output,
    '-o': output,
    '--fail-on': (v) => {
      args.failOn = oneOf(v, THRESHOLDS, '--fail-on');
    },
    '--locale': (v) => {
      args.locale = oneOf(v, ['en', 'fr'] as const, '--locale');
    },
    '--max-file-size': (v) => {
      args.maxFileSize = fileSize(v);
    },
  });
  return help ? { command: 'help' } : args;
}

function parseRenderArgs(argv: string[]): RenderArgs | { command: 'help' } {
  const args: RenderArgs = { command: 'render', paths: [], failOn: 'error', format: 'html', audience: 'public' };
  const output = (v: string) => {
    args.output = v;
  };
  const format = (v: string) => {
    args.format = oneOf(v, RENDER_FORMATS, '--format');
  };
  const help = readOptions(argv, args.paths, {
    '--output': output,
    '-o': output,
    '--format': format,
    '-f': format,
    '--audience': (v) => {
      args.audience = oneOf(v, RENDER_AUDIENCES, '--audience');
    },
    '--chrome': (v) => {
      args.chrome = v;
    },
    '--fail-on': (v) => {
      args.failOn = oneOf(v, THRESHOLDS, '--fail-on');
    },
    '--locale': (v) => {
      args.locale = oneOf(v, ['en', 'fr'] as const, '--locale');
    },
    '--max-file-size': (v) => {
      args.maxFileSize = fileSize(v);
    },
  });
  return help ? { command: 'help' } : args;
}

function parseInitArgs(argv: string[]): InitArgs | { command: 'help' } {
  const args: InitArgs = { command: 'init', parts: false };
  const folders: string[] = [];
  const rest = argv.filter((a) => a !== '--parts');
  args.parts = rest.length !== argv.length;
  const help = readOptions(rest, folders, {
    '--lang': (v) => {
      args.lang = oneOf(v, ['en', 'fr'] as const, '--lang');
    },
    '--locale': (v) => {
      args.locale = oneOf(v, ['en', 'fr'] as const, '--locale');
    },
  });
  if (folders.length > 1)
    throw new UsageError({ en: 'jalon init takes one folder', fr: 'jalon init prend un seul dossier' });
  args.folder = folders[0];
  return help ? { command: 'help' } : args;
}

/** `--locale` as given anywhere on the line, so that even a usage error speaks the user's language. */
export function localeArgument(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const value =
      argv[i] === '--locale'
        ? argv[i + 1]
        : argv[i].startsWith('--locale=')
          ? argv[i].slice('--locale='.length)
          : undefined;
    if (value === 'en' || value === 'fr') return value;
  }
  return undefined;
}

function parseDiffArgs(argv: string[]): DiffArgs | { command: 'help' } {
  const args: DiffArgs = { command: 'diff', sides: [], paths: [], format: 'stylish', failOn: 'never' };
  const dashes = argv.indexOf('--');
  const own = dashes === -1 ? argv : argv.slice(0, dashes);
  if (dashes !== -1) args.paths = argv.slice(dashes + 1);
  const format = (v: string) => {
    args.format = oneOf(v, DIFF_FORMATS, '--format');
  };
  const output = (v: string) => {
    args.output = v;
  };
  const help = readOptions(own, args.sides, {
    '--format': format,
    '-f': format,
    '--output': output,
    '-o': output,
    '--fail-on': (v) => {
      args.failOn = oneOf(v, ['attention', 'notice', 'never'] as const, '--fail-on');
    },
    '--locale': (v) => {
      args.locale = oneOf(v, ['en', 'fr'] as const, '--locale');
    },
    '--link-base': (v) => {
      args.linkBase = v.replace(/\/+$/, '');
    },
  });
  if (help) return { command: 'help' };
  if (args.sides.length > 2) {
    throw new UsageError({
      en: `diff compares two sides, not ${args.sides.length} ('${args.sides.join("', '")}'); put paths after --: 'jalon diff main HEAD -- plans/'`,
      fr: `diff compare deux versions, pas ${args.sides.length} ('${args.sides.join("', '")}') ; mettez les chemins après -- : 'jalon diff main HEAD -- plans/'`,
    });
  }
  return args;
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
       jalon diff [BASE] [HEAD] [options] [-- paths]
       jalon render <plan.yaml> [-o <file>] [--format <html|pdf|docx>] [--audience <public|review>]
       jalon render <plan.yaml> --dashboard [--as-of <date>|latest] [--format <html|pdf|docx>] [-o <file>]
       jalon init [folder] [--lang <fr|en>] [--parts]
       jalon export <plan.yaml> --format <xlsx|csv> [--as-of <date>] [-o <file>]
       jalon report import <file.xlsx|csv> --as-of <date> -o <new.report.yaml> [--dry-run]

jalon check: checks strategic plan files (*.plan.yaml) and reports what is wrong in them.
With no path, checks the plan files under the current folder.

  -f, --format <stylish|json|sarif|github>  output format (default: stylish)
      --fail-on <error|warning|info>         exit 1 when a finding reaches this severity (default: error)
      --locale <en|fr>                       language of the messages (default: from LANG)
  -o, --output <file>                        write the report to a file instead of standard output
      --max-file-size <size>                 report larger plan files as too large to check (default: 10MB,
                                             or max_file_size in jalon.config.yaml)

jalon diff: what changed between two versions of the plans, in plan terms (items added,
removed, moved, renamed; texts, dates, statuses and targets changed), each change classed
attention or notice. BASE and HEAD are files, folders or git revisions (read with git, nothing
checked out); BASE defaults to HEAD, HEAD to the working tree. Paths after -- limit the plan
files compared at a revision and in the working tree. See docs/diff.md.

  -f, --format <stylish|markdown|json|github>  output format (default: stylish)
      --fail-on <attention|notice|never>      exit 1 when a change of this class exists (default: never)
      --locale <en|fr>                       language of the messages (default: from LANG)
      --link-base <url>                      markdown rows link to <url>/<path>#L<line>
  -o, --output <file>                        write the diff to a file instead of standard output

jalon render: writes a plan as a document ready to publish: one self-contained HTML file (no
script, nothing remote, print styles), a PDF (printed by Chrome or Chromium) or a Word file:
cover, forewords, indicators by axis, axes, ambitions, objective cards, numbered actions and
the timeline. The part files of the plan in the file's folder and below are included; plan
files are never written.

  -o, --output <file>                        the file to write, or - for standard output
                                             (default: the plan's name with .html, .pdf or .docx, in the current folder)
  -f, --format <html|pdf|docx>               the kind of document (default: html)
      --audience <public|review>             public: the plan as published (default); review: with
                                             the checker's findings on the items they concern
      --chrome <path>                        the Chrome or Chromium that prints a PDF (default: JALON_CHROME,
                                             then chromium, google-chrome... on PATH and the usual places)
      --locale <en|fr>                       language of the document (default: the plan's language)
      --fail-on <error|warning|info>         exit 1 when a finding reaches this severity (default: error)
      --max-file-size <size>                 as for jalon check

jalon init: writes a new plan in the folder (default: the current one): a root file with the
usual axes of a projet d'établissement, each with an objective and an action to rewrite. It
checks with no error and no warning. An existing file is never overwritten (exit 2).

      --lang <fr|en>                         language of the plan (default: --locale, else LANG)
      --parts                                one part file per axis, beside the root

jalon export, jalon report import: the plan as a spreadsheet, a filled spreadsheet as a new
progress report (*.report.yaml); 'jalon export --help' says more.

  -h, --help                                 show this help
  -v, --version                              show the version

Exit codes: 0 nothing reaches --fail-on, 1 something does, 2 usage error, unreadable input, an
unknown revision or a path missing on a side.
Severities can be set per rule in jalon.config.yaml; see docs/rules.md for every rule.
`;

export const HELP_FR = `Usage : jalon check [fichiers | dossiers | globs] [options]
        jalon diff [BASE] [HEAD] [options] [-- chemins]
        jalon render <plan.yaml> [-o <fichier>] [--format <html|pdf|docx>] [--audience <public|review>]
        jalon render <plan.yaml> --dashboard [--as-of <date>|latest] [--format <html|pdf|docx>] [-o <fichier>]
        jalon init [dossier] [--lang <fr|en>] [--parts]
        jalon export <plan.yaml> --format <xlsx|csv> [--as-of <date>] [-o <fichier>]
        jalon report import <fichier.xlsx|csv> --as-of <date> -o <nouveau.report.yaml> [--dry-run]

jalon check : vérifie des fichiers de plan stratégique (*.plan.yaml) et signale ce qui ne va pas.
Sans chemin, vérifie les fichiers de plan du dossier courant.

  -f, --format <stylish|json|sarif|github>  format du rapport (par défaut : stylish)
      --fail-on <error|warning|info>         code de sortie 1 dès qu’un constat atteint cette gravité (par défaut : error)
      --locale <en|fr>                       langue des messages (par défaut : selon LANG)
  -o, --output <fichier>                     écrit le rapport dans un fichier plutôt que sur la sortie standard
      --max-file-size <taille>               signale les fichiers de plan plus grands comme trop volumineux (par défaut : 10MB,
                                             ou max_file_size dans jalon.config.yaml)

jalon diff : ce qui a changé entre deux versions des plans, en termes de plan (éléments ajoutés,
retirés, déplacés, renommés ; textes, dates, statuts et cibles modifiés), chaque changement
classé attention ou notice. BASE et HEAD sont des fichiers, des dossiers ou des révisions git
(lues avec git, sans rien extraire) ; BASE vaut HEAD par défaut, HEAD l’arbre de travail. Les
chemins après -- limitent les fichiers de plan comparés. Voir docs/diff.md.

  -f, --format <stylish|markdown|json|github>  format de sortie (par défaut : stylish)
      --fail-on <attention|notice|never>      code de sortie 1 dès qu’un changement de cette classe existe (par défaut : never)
      --locale <en|fr>                       langue des messages (par défaut : selon LANG)
      --link-base <url>                      les lignes markdown renvoient à <url>/<chemin>#L<ligne>
  -o, --output <fichier>                     écrit le diff dans un fichier plutôt que sur la sortie standard

jalon render : écrit un plan en un document prêt à publier : un fichier HTML autonome (sans
script ni ressource distante, avec styles d’impression), un PDF (imprimé par Chrome ou
Chromium) ou un fichier Word : couverture, avant-propos, indicateurs par axe, axes, ambitions,
fiches objectifs, actions numérotées et calendrier. Les parties du plan dans le dossier du
fichier et en dessous sont incluses ; aucun fichier de plan n’est écrit.

  -o, --output <fichier>                     le fichier à écrire, ou - pour la sortie standard
                                             (par défaut : le nom du plan en .html, .pdf ou .docx, dans le dossier courant)
  -f, --format <html|pdf|docx>               le type de document (par défaut : html)
      --audience <public|review>             public : le plan tel que publié (par défaut) ; review : avec
                                             les constats du vérificateur sur les éléments concernés
      --chrome <chemin>                      le Chrome ou Chromium qui imprime un PDF (par défaut : JALON_CHROME,
                                             puis chromium, google-chrome… dans le PATH et aux emplacements habituels)
      --locale <en|fr>                       langue du document (par défaut : la langue du plan)
      --fail-on <error|warning|info>         code de sortie 1 dès qu’un constat atteint cette gravité (par défaut : error)
      --max-file-size <taille>               comme pour jalon check
      --dashboard                            le tableau de bord du plan à son dernier bilan (ou au dernier daté au plus
                                             tard de --as-of) au lieu du plan ; -o vaut par défaut <plan>-dashboard.html
                                             (.pdf, .docx) ; --chrome et --locale comme ci-dessus

jalon init : écrit un nouveau plan dans le dossier (par défaut : le dossier courant) : un fichier
racine avec les axes habituels d’un projet d’établissement, chacun avec un objectif et une action
à réécrire. Il se vérifie sans erreur ni avertissement. Un fichier existant n’est jamais écrasé
(code de sortie 2).

      --lang <fr|en>                         langue du plan (par défaut : --locale, sinon LANG)
      --parts                                un fichier de partie par axe, à côté de la racine

jalon export, jalon report import : le plan en tableur, un tableur rempli en nouveau rapport
d’avancement (*.report.yaml) ; 'jalon export --help' en dit plus.

  -h, --help                                 affiche cette aide
  -v, --version                              affiche la version

Codes de sortie : 0 rien n’atteint --fail-on, 1 quelque chose l’atteint, 2 erreur d’usage, fichier
illisible, révision inconnue ou chemin absent d’un côté.
La gravité de chaque règle se règle dans jalon.config.yaml ; docs/fr/rules.md décrit chaque règle.
`;
