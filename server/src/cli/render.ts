import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale, Localized } from '../core/i18n/locale';
import { renderPlanDocument, type RenderAssets, type StandaloneOptions } from '../core/render/renderPlan';
import type { Plan } from '../core/plan/assemble';
import { renderPlanDocx } from '../host/docx/planDocx';
import { readLogo } from '../host/logoFile';
import { printPlanPdf } from '../host/pdf/printPdf';
import type { Finding } from '../core/rules/finding';
import { PlanWorkspace } from '../core/workspace/planWorkspace';
import { looksLikePlanFile, planFilesUnder } from '../host/planFiles';
import { UsageError, type RenderArgs, type RenderFormat } from './args';
import { readPlanFile } from './collectFiles';
import { ConfigLookup } from './configLookup';
import type { CliIO } from './main';
import { SEVERITY_RANK } from './report';

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
  let isFile: boolean | undefined;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new UsageError({ en: `no such file: '${given}'`, fr: `fichier introuvable : '${given}'` });
  }
  if (!isFile) throw new UsageError({ en: `'${given}' is a folder; give the plan file to render`, fr: `'${given}' est un dossier ; donnez le fichier de plan à rendre` });
  return file;
}

/** The file to write, refusing anything that would replace a plan (the render never writes one). */
function outputFileOf(args: RenderArgs, cwd: string, planFile: string, inputs: readonly string[]): string {
  const output = path.resolve(cwd, args.output ?? defaultOutputName(planFile, args.format));
  if (looksLikePlanFile(output) || /\.ya?ml$/i.test(output) || inputs.includes(output)) {
    const shown = args.output ?? output;
    throw new UsageError({ en: `will not write over '${shown}': give a .${args.format} file to -o`, fr: `refus d’écrire '${shown}' : donnez un fichier .${args.format} à -o` });
  }
  return output;
}

/** The other plans' titles by id (the cover names `previous` by its title) and the logo, read beside the plan. */
function assetsOf(plan: Plan, workspace: PlanWorkspace, planFile: string, warn: (problem: Localized) => void): RenderAssets {
  const planTitles = new Map(workspace.plans().flatMap((p) => (p.id && p.header?.title ? [[p.id, p.header.title.value] as const] : [])));
  const read = readLogo(planFile, plan.header?.logo?.value);
  if (read.problem) warn(read.problem);
  return { planTitles, logo: read.logo };
}

function cannotWrite(output: string, error: unknown, show: (file: string) => string): UsageError {
  const code = (error as NodeJS.ErrnoException).code ?? String(error);
  return new UsageError({ en: `cannot write '${show(output)}': ${code}`, fr: `impossible d’écrire '${show(output)}' : ${code}` });
}

/**
 * `jalon render`: the plan of the given file (with the part files found in its folder and
 * below, under the nearest jalon.config.yaml) as one self-contained HTML file, a PDF or a
 * Word file. Returns the exit code: 1 when a finding reaches --fail-on, as `jalon check` does.
 */
export function runRender(args: RenderArgs, io: CliIO, locale: Locale, show: (file: string) => string): number | Promise<number> {
  const planFile = planFileOf(args, io.cwd);
  const folder = path.dirname(planFile);
  const configs = new ConfigLookup(show);
  const files = [...new Set([planFile, ...planFilesUnder(folder, configs.forFolder(folder))])].sort();
  const workspace = new PlanWorkspace((uri) => configs.forFile(path.resolve(io.cwd, uri))?.config);
  for (const file of files) {
    const uri = show(file);
    if (file === planFile) workspace.setFile(uri, readPlanFile(file, uri));
    else {
      // A neighbour that cannot be read is not part of what was asked for: leave it out.
      try {
        workspace.setFile(uri, readPlanFile(file, uri));
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
      }
    }
  }
  const plan = workspace.planOf(show(planFile))!;
  const findings: Finding[] = plan.files.flatMap((f) => workspace.diagnostics(f.uri));
  const toStdout = args.output === '-';
  if (toStdout && args.format !== 'html') {
    throw new UsageError({ en: `a ${args.format.toUpperCase()} file is not written to standard output: give a file name to -o`, fr: `un fichier ${args.format.toUpperCase()} ne s’écrit pas sur la sortie standard : donnez un nom de fichier à -o` });
  }
  const output = toStdout ? undefined : outputFileOf(args, io.cwd, planFile, files);
  if (output !== undefined && args.format !== 'html') {
    // Before the long work (Chrome, Word): a folder that cannot take the file.
    try {
      accessSync(path.dirname(output), constants.W_OK);
    } catch (error) {
      throw cannotWrite(output, error, show);
    }
  }
  const warn = (problem: Localized) => io.stderr(`jalon: ${show(planFile)}: ${problem[locale]}\n`);
  const options: StandaloneOptions = { mode: 'standalone', locale: args.locale, fileLabel: (uri) => uri, audience: args.audience, assets: assetsOf(plan, workspace, planFile, warn) };
  const finish = (): number => {
    const where: Localized = output === undefined ? { en: 'standard output', fr: 'la sortie standard' } : { en: show(output), fr: show(output) };
    const summary = writtenSummary(where, plan.files.length, plan.objectives.length, findings);
    (toStdout ? io.stderr : io.stdout)(`${summary[locale]}\n`);
    const threshold = SEVERITY_RANK[args.failOn];
    return findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
  };
  const write = (bytes: string | Uint8Array) => {
    try {
      writeFileSync(output!, bytes);
    } catch (error) {
      throw cannotWrite(output!, error, show);
    }
  };
  if (args.format === 'pdf') {
    return printPlanPdf(plan, findings, options, { chrome: args.chrome, env: io.env }).then((pdf) => {
      write(pdf);
      return finish();
    });
  }
  if (args.format === 'docx') {
    return renderPlanDocx(plan, findings, options, { chrome: args.chrome, env: io.env, warn }).then((docx) => {
      write(docx);
      return finish();
    });
  }
  const html = renderPlanDocument(plan, findings, options);
  if (output === undefined) io.stdout(html);
  else write(html);
  return finish();
}

/** "Wrote gr.html: 1 file, 38 objectives; 0 errors, 18 warnings, 300 infos." */
function writtenSummary(where: Localized, files: number, objectives: number, findings: readonly Finding[]): Localized {
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  const en = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const fr = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;
  return {
    en: `Wrote ${where.en}: ${en(files, 'file')}, ${en(objectives, 'objective')}; ${en(count('error'), 'error')}, ${en(count('warning'), 'warning')}, ${en(count('info'), 'info')}.`,
    fr: `Écrit ${where.fr} : ${fr(files, 'fichier')}, ${fr(objectives, 'objectif')} ; ${fr(count('error'), 'erreur')}, ${fr(count('warning'), 'avertissement')}, ${fr(count('info'), 'info')}.`,
  };
}
