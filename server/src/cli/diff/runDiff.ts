import path from 'node:path';
import { diffPlans, loadSide, type Locale, type Localized, type Place, type Plan } from '../../core';
import { UsageError, type DiffArgs } from '../args';
import { ConfigLookup } from '../configLookup';
import { assertWritableOutput, writeOutput } from '../outputPath';
import { gitTopLevel, resolveCommit } from '../git';
import type { CliIO } from '../main';
import { relativeTo, repositoryRoot } from '../repoRoot';
import { formatDiffGithub } from './formats/github';
import { formatDiffJson } from './formats/json';
import { formatDiffMarkdown } from './formats/markdown';
import { formatDiffStylish } from './formats/stylish';
import type { DiffReport } from './report';
import { givenSide, revisionSide, workingTreeSide, type Side, type SideContext } from './sides';

/** A side's plans, with a note for each file that is not valid YAML (the diff covers what parsed). */
function plansOf(side: Side): { plans: Plan[]; notes: Localized[] } {
  const loaded = loadSide(side.sources);
  const notes = loaded.syntaxErrors.map(({ file, finding }): Localized => {
    const p = file.lineIndex.positionAt(finding.range.start);
    const where = `${side.ref}: ${file.uri}:${p.line + 1}:${p.character + 1}`;
    return {
      en: `${where} is not valid YAML (${finding.message.en}); the diff covers what parsed.`,
      fr: `${where} n’est pas du YAML valide (${finding.message.fr}) ; le diff porte sur ce qui a pu être lu.`,
    };
  });
  return { plans: loaded.plans, notes };
}

function wantsColour(io: CliIO): boolean {
  if (io.env.FORCE_COLOR) return io.env.FORCE_COLOR !== '0';
  return io.isTTY === true && !io.env.NO_COLOR;
}

function linkBase(args: DiffArgs, env: NodeJS.ProcessEnv): string | undefined {
  if (args.linkBase) return args.linkBase;
  if (env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_SHA)
    return `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/blob/${env.GITHUB_SHA}`;
  return undefined;
}

const DIFF_EXAMPLE: Record<DiffArgs['format'], string> = {
  stylish: 'diff.txt',
  markdown: 'diff.md',
  json: 'diff.json',
  github: 'diff.txt',
};

/**
 * `jalon diff [BASE] [HEAD] [-- paths]`: BASE defaults to the git revision HEAD, HEAD to the
 * working tree. Returns 1 when a change reaches --fail-on, 0 otherwise.
 */
export async function runDiff(args: DiffArgs, io: CliIO, locale: Locale): Promise<number> {
  const top = gitTopLevel(io.cwd);
  const root = repositoryRoot(io.cwd, io.env, () => top);
  const configs = new ConfigLookup((file) => relativeTo(io.cwd, file));
  const context: SideContext = {
    cwd: io.cwd,
    top,
    paths: args.paths,
    configs,
    uriOf: (file) => relativeTo(root, file),
  };
  const [baseArg, headArg] = args.sides;
  // Refused before any work: the diff never replaces a plan, a part or a configuration.
  const output =
    args.output === undefined
      ? undefined
      : assertWritableOutput(args.output, io.cwd, { inputs: [], example: DIFF_EXAMPLE[args.format] });
  let base: Side;
  if (baseArg !== undefined) base = await givenSide(baseArg, context);
  else {
    const commit = top ? resolveCommit(top, 'HEAD') : undefined;
    if (!commit) {
      throw new UsageError({
        en: `no BASE given and '${io.cwd}' is not in a git repository with a commit; try 'jalon diff old.plan.yaml new.plan.yaml'`,
        fr: `aucune BASE donnée et '${io.cwd}' n’est pas dans un dépôt git avec un commit ; essayez 'jalon diff ancien.plan.yaml nouveau.plan.yaml'`,
      });
    }
    base = await revisionSide('HEAD', commit, context);
  }
  const head = headArg !== undefined ? await givenSide(headArg, context) : await workingTreeSide(context);
  const before = plansOf(base);
  const after = plansOf(head);
  const classes = (await configs.forFolder(io.cwd))?.config.diff;
  const changes = diffPlans(before.plans, after.plans, {
    classes,
    baseFileKey: base.fileKey,
    headFileKey: head.fileKey,
  });
  const ids = (plans: Plan[]) => plans.map((p) => p.id).filter((id): id is string => id !== undefined);
  const links = linkBase(args, io.env);
  const report: DiffReport = {
    locale,
    base: { ref: base.ref, label: base.label, plans: ids(before.plans) },
    head: { ref: head.ref, label: head.label, plans: ids(after.plans) },
    changes,
    notes: [...before.notes, ...after.notes],
    shown: (file) => relativeTo(io.cwd, path.resolve(root, file)),
    inRepository: (file) => file,
    linkOf: (place: Place) => `${links ? `${links}/` : ''}${place.file}#L${place.line}`,
  };
  for (const note of report.notes) io.stderr(`jalon: ${note[locale]}\n`);
  const text =
    args.format === 'json'
      ? formatDiffJson(report)
      : args.format === 'markdown'
        ? formatDiffMarkdown(report)
        : args.format === 'github'
          ? formatDiffGithub(report)
          : formatDiffStylish(report, !args.output && wantsColour(io));
  if (output) writeOutput(output, text);
  else io.stdout(text);
  if (args.failOn === 'never') return 0;
  return changes.some((c) => args.failOn === 'notice' || c.class === 'attention') ? 1 : 0;
}
