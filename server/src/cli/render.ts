import { statSync } from 'node:fs';
import path from 'node:path';
import type { Locale, Localized } from '../core/i18n/locale';
import { renderPlanDocument } from '../core/render/renderPlan';
import type { Finding } from '../core/rules/finding';
import { PlanWorkspace } from '../core/workspace/planWorkspace';
import { planFilesUnder } from '../host/planFiles';
import { UsageError, type RenderArgs } from './args';
import { readPlanFile } from './collectFiles';
import { ConfigLookup } from './configLookup';
import { assertWritableOutput, writeOutput } from './outputPath';
import type { CliIO } from './main';
import { SEVERITY_RANK } from './report';

/** `plans/gr.plan.yaml` → `gr.html`: the document is written in the current folder, beside nothing it could overwrite. */
export function defaultOutputName(planFile: string): string {
  return `${path.basename(planFile).replace(/(\.plan)?\.ya?ml$/i, '')}.html`;
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

/**
 * `jalon render`: the plan of the given file (with the part files found in its folder and
 * below, under the nearest jalon.config.yaml) as one self-contained HTML file. Returns the
 * exit code: 1 when a finding reaches --fail-on, as `jalon check` does.
 */
export function runRender(args: RenderArgs, io: CliIO, locale: Locale, show: (file: string) => string): number {
  const planFile = planFileOf(args, io.cwd);
  const folder = path.dirname(planFile);
  const configs = new ConfigLookup(show);
  const files = [...new Set([planFile, ...planFilesUnder(folder, configs.forFolder(folder))])].sort();
  // The render never writes a plan, a part or a configuration: refused before any work.
  const toStdout = args.output === '-';
  const outputName = args.output ?? defaultOutputName(planFile);
  const output = toStdout ? undefined : assertWritableOutput(outputName, io.cwd, { inputs: files, example: args.output === undefined ? 'plan.html' : defaultOutputName(planFile) });
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
  const html = renderPlanDocument(plan, findings, { mode: 'standalone', locale: args.locale, fileLabel: (uri) => uri });
  if (output === undefined) io.stdout(html);
  else writeOutput(output, html);
  const where: Localized = output === undefined ? { en: 'standard output', fr: 'la sortie standard' } : { en: outputName, fr: outputName };
  const summary = writtenSummary(where, plan.files.length, plan.objectives.length, findings);
  (toStdout ? io.stderr : io.stdout)(`${summary[locale]}\n`);
  const threshold = SEVERITY_RANK[args.failOn];
  return findings.some((f) => SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
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
