import { statSync } from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_MAX_FILE_SIZE,
  fileProblemMessage,
  PlanWorkspace,
  renderPlanDocument,
  type Finding,
  type JalonConfig,
  type Locale,
  type Localized,
  type Plan,
  type RenderAssets,
  type Severity,
  type StandaloneOptions,
} from '../core';
import { readLogoFile } from '../host/logoFile';
import { planFilesUnder } from '../host/planFiles';
import { UsageError, type RenderArgs, type RenderFormat } from './args';
import { readSource } from './collectFiles';
import { ConfigLookup } from './configLookup';
import { EarlyChrome } from '../host/pdf/launchChrome';
import { assertFolderWritable, assertWritableOutput, writeOutput, type WritableOutput } from './outputPath';
import type { CliIO } from './main';
import { placeFinding, SEVERITY_RANK, SEVERITY_WORDS, severityCounts } from './report';

/** `plans/gr.plan.yaml` → `gr.html` (`.pdf`, `.docx`): the document is written in the current folder, beside nothing it could overwrite. */
export function defaultOutputName(planFile: string, format: RenderFormat = 'html'): string {
  return `${path.basename(planFile).replace(/(\.plan)?\.ya?ml$/i, '')}.${format}`;
}

function planFileOf(args: RenderArgs, cwd: string): string {
  if (args.paths.length !== 1) {
    throw new UsageError({
      en: `render takes one plan file (${args.paths.length === 0 ? 'none given' : `${args.paths.length} given`}); try 'jalon render plan.plan.yaml'`,
      fr: `render attend un fichier de plan (${args.paths.length === 0 ? 'aucun donné' : `${args.paths.length} donnés`}) ; essayez 'jalon render plan.plan.yaml'`,
    });
  }
  const given = args.paths[0];
  const file = path.resolve(cwd, given);
  let isFolder: boolean | undefined;
  try {
    isFolder = statSync(file).isDirectory();
  } catch {
    throw new UsageError({ en: `no such file: '${given}'`, fr: `fichier introuvable : '${given}'` });
  }
  // Something else than a regular file (a FIFO, a device) is refused when it is read, saying what it is.
  if (isFolder)
    throw new UsageError({
      en: `'${given}' is a folder; give the plan file to render`,
      fr: `'${given}' est un dossier ; donnez le fichier de plan à rendre`,
    });
  return file;
}

/** The other plans' titles by id (the cover names `previous` by its title) and the logo, as the check read it. */
function assetsOf(plan: Plan, workspace: PlanWorkspace): RenderAssets {
  const planTitles = new Map(
    workspace.plans().flatMap((p) => (p.id && p.header?.title ? [[p.id, p.header.title.value] as const] : [])),
  );
  return { planTitles, logo: workspace.logo(plan).logo };
}

/**
 * `jalon render`: the plan of the given file (with the part files found in its folder and
 * below, under the nearest jalon.config.yaml) as one self-contained HTML file, a PDF or a
 * Word file. Returns the exit code: 1 when a finding reaches --fail-on, as `jalon check` does.
 */
export async function runRender(
  args: RenderArgs,
  io: CliIO,
  locale: Locale,
  show: (file: string) => string,
): Promise<number> {
  const planFile = planFileOf(args, io.cwd);
  const folder = path.dirname(planFile);
  const configs = new ConfigLookup(show);
  const files = [...new Set([planFile, ...planFilesUnder(folder, await configs.forFolder(folder))])].sort();
  // The render never writes a plan, a part or a configuration: refused before any work.
  const toStdout = args.output === '-';
  if (toStdout && args.format !== 'html') {
    throw new UsageError({
      en: `a ${args.format.toUpperCase()} file is not written to standard output: give a file name to -o`,
      fr: `un fichier ${args.format.toUpperCase()} ne s’écrit pas sur la sortie standard : donnez un nom de fichier à -o`,
    });
  }
  const outputName = args.output ?? defaultOutputName(planFile, args.format);
  const example = args.output === undefined ? `plan.${args.format}` : defaultOutputName(planFile, args.format);
  const output = toStdout ? undefined : assertWritableOutput(outputName, io.cwd, { inputs: files, example });
  // Chrome starts now, while the plan is read, checked and laid out (a second or so saved).
  const early = args.format === 'html' ? undefined : new EarlyChrome({ chrome: args.chrome, env: io.env });
  try {
    return await renderWith(args, io, locale, show, { planFile, files, configs, output, toStdout, early });
  } finally {
    await early?.dispose();
  }
}

interface RenderRun {
  planFile: string;
  files: string[];
  configs: ConfigLookup;
  output: WritableOutput | undefined;
  toStdout: boolean;
  early: EarlyChrome | undefined;
}

async function renderWith(
  args: RenderArgs,
  io: CliIO,
  locale: Locale,
  show: (file: string) => string,
  { planFile, files, configs, output, toStdout, early }: RenderRun,
): Promise<number> {
  const configOf = new Map<string, JalonConfig | undefined>();
  const pathOf = new Map<string, string>();
  const workspace = new PlanWorkspace(
    (uri) => configOf.get(uri),
    (uri, logo) => readLogoFile(pathOf.get(uri)!, logo),
  );
  for (const file of files) {
    const uri = show(file);
    pathOf.set(uri, file);
    const config = (await configs.forFile(file))?.config;
    configOf.set(uri, config);
    const source = await readSource(file, uri, args.maxFileSize ?? config?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    if (!source.problem) workspace.setFile(uri, source.text);
    else if (file === planFile) {
      const why = fileProblemMessage(source.problem);
      throw new UsageError({
        en: `cannot render '${uri}': ${why.en}`,
        fr: `impossible de rendre '${uri}' : ${why.fr}`,
      });
    } else {
      // A neighbour that cannot be read is left out of the document, and said so.
      const why = fileProblemMessage(source.problem);
      io.stderr(`jalon: ${locale === 'fr' ? `'${uri}' laissé de côté : ${why.fr}` : `left out '${uri}': ${why.en}`}\n`);
    }
  }
  const plan = workspace.planOf(show(planFile))!;
  const findings: Finding[] = plan.files.flatMap((f) => workspace.diagnostics(f.uri));
  // Before the long work (Chrome, Word): a folder that cannot take the file.
  if (output !== undefined && args.format !== 'html') assertFolderWritable(output);
  const warn = (problem: Localized) => io.stderr(`jalon: ${show(planFile)}: ${problem[locale]}\n`);
  // What keeps the logo off the document is said as `jalon check` says it (the findings on `logo`).
  for (const line of logoFindingLines(plan, findings, locale)) io.stderr(`jalon: ${line}\n`);
  const options: StandaloneOptions = {
    mode: 'standalone',
    locale: args.locale,
    fileLabel: (uri) => uri,
    audience: args.audience,
    assets: assetsOf(plan, workspace),
  };
  const finish = (): number => {
    const where: Localized =
      output === undefined
        ? { en: 'standard output', fr: 'la sortie standard' }
        : { en: output.shown, fr: output.shown };
    const summary = writtenSummary(where, plan.files.length, plan.objectives.length, findings);
    (toStdout ? io.stderr : io.stdout)(`${summary[locale]}\n`);
    const threshold = SEVERITY_RANK[args.failOn];
    return findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
  };
  const write = (bytes: string | Uint8Array) => writeOutput(output!, bytes);
  // The PDF and Word hosts (playwright-core, docx) are loaded only for their format: HTML starts sooner.
  if (args.format === 'pdf') {
    const { printPlanPdf } = await import('../host/pdf/printPdf.js');
    write(await printPlanPdf(plan, findings, options, { chrome: args.chrome, env: io.env, early }));
    return finish();
  }
  if (args.format === 'docx') {
    const { renderPlanDocx } = await import('../host/docx/planDocx.js');
    write(await renderPlanDocx(plan, findings, options, { chrome: args.chrome, env: io.env, early, warn }));
    return finish();
  }
  const html = renderPlanDocument(plan, findings, options);
  if (output === undefined) io.stdout(html);
  else write(html);
  return finish();
}

/** The findings on the plan's `logo` (its own rules', or the schema's on its name) as `jalon check` prints them. */
function logoFindingLines(plan: Plan, findings: readonly Finding[], locale: Locale): string[] {
  const root = plan.root;
  const logo = root?.header?.logo;
  if (!root || !logo) return [];
  return findings
    .filter((f) => f.uri === root.uri && f.range.start >= logo.range.start && f.range.end <= logo.range.end)
    .map((f) => {
      const placed = placeFinding(root.uri, f, root.lineIndex, locale);
      return `${placed.path}:${placed.line}:${placed.column} ${SEVERITY_WORDS[locale][f.severity]} ${f.ruleId} ${placed.message}`;
    });
}

/** "Wrote gr.html: 1 file, 38 objectives; 0 errors, 18 warnings, 300 suggestions." */
function writtenSummary(where: Localized, files: number, objectives: number, findings: readonly Finding[]): Localized {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  const en = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const fr = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;
  return {
    en: `Wrote ${where.en}: ${en(files, 'file')}, ${en(objectives, 'objective')}; ${severityCounts(counts, 'en')}.`,
    fr: `Écrit ${where.fr} : ${fr(files, 'fichier')}, ${fr(objectives, 'objectif')} ; ${severityCounts(counts, 'fr')}.`,
  };
}
