// The GitHub Action's step (action.yml runs `node dist/action.js`): `jalon check` as
// annotations and a SARIF file, `jalon diff` against the pull request's base, both in the job
// summary and, with `comment: true`, in one pull-request comment updated in place.
import { spawnSync } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { checkSummaryMarkdown, type CheckJson } from './checkSummary';
import { upsertComment } from './comment';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** What the step reads from its environment (action.yml maps inputs and the event to it). */
export interface ActionEnv {
  plans: string[];
  failOn: string;
  diffFailOn: string;
  locale: 'en' | 'fr';
  comment: boolean;
  baseSha?: string;
  headSha?: string;
  pullRequest?: number;
  token?: string;
}

export function readActionEnv(env: NodeJS.ProcessEnv): ActionEnv {
  const plans = (env.INPUT_PLANS ?? '').split(/\s+/).filter((p) => p !== '');
  const number = Number(env.JALON_PR_NUMBER);
  return {
    plans: plans.length > 0 ? plans : ['.'],
    failOn: env.INPUT_FAIL_ON || 'error',
    diffFailOn: env.INPUT_DIFF_FAIL_ON || 'never',
    locale: env.INPUT_LOCALE === 'fr' ? 'fr' : 'en',
    comment: env.INPUT_COMMENT === 'true',
    baseSha: env.JALON_BASE_SHA || undefined,
    headSha: env.JALON_HEAD_SHA || env.GITHUB_SHA || undefined,
    pullRequest: Number.isInteger(number) && number > 0 ? number : undefined,
    token: env.GITHUB_TOKEN || undefined,
  };
}

function jalon(args: string[], cwd: string): Run {
  const result = spawnSync(process.execPath, [path.join(__dirname, 'cli.js'), ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  return { code: result.status ?? 2, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** Runs the step; returns its exit code: 1 when the check or the diff reaches its --fail-on, 2 when the check cannot run. */
export async function runAction(env: NodeJS.ProcessEnv, cwd: string, out: (text: string) => void): Promise<number> {
  const input = readActionEnv(env);
  const fr = input.locale === 'fr';
  const blob = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY ?? ''}/blob/${input.headSha ?? 'HEAD'}`;
  const root = env.GITHUB_WORKSPACE ? path.resolve(env.GITHUB_WORKSPACE) : cwd;
  const link = (file: string, line: number) =>
    `${blob}/${path.relative(root, path.resolve(cwd, file)).split(path.sep).join('/')}#L${line}`;
  const common = ['--locale', input.locale];

  const annotations = jalon(['check', ...input.plans, '--format', 'github', '--fail-on', input.failOn, ...common], cwd);
  if (annotations.code === 2) {
    out(`::error title=jalon check::${annotations.stderr.trim()}\n`);
    return 2;
  }
  out(annotations.stdout);
  const sarif = path.join(env.RUNNER_TEMP || cwd, 'jalon.sarif');
  jalon(['check', ...input.plans, '--format', 'sarif', '-o', sarif, ...common], cwd);
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `sarif=${sarif}\n`);
  const check = JSON.parse(jalon(['check', ...input.plans, '--format', 'json', ...common], cwd).stdout) as CheckJson;

  const parts: string[] = [];
  let diffCode = 0;
  if (input.baseSha) {
    const diff = (format: string) =>
      jalon(
        [
          'diff',
          input.baseSha!,
          '--format',
          format,
          ...common,
          '--link-base',
          blob,
          '--fail-on',
          input.diffFailOn,
          '--',
          ...input.plans,
        ],
        cwd,
      );
    const markdown = diff('markdown');
    if (markdown.code === 2) {
      const why = markdown.stderr.trim();
      out(
        `::error title=jalon diff::${why} (${fr ? 'la base de la pull request est-elle récupérée ? actions/checkout avec fetch-depth: 0' : "is the pull request's base fetched? actions/checkout with fetch-depth: 0"})\n`,
      );
      parts.push(`> ⚠️ ${why}\n`);
      diffCode = 1;
    } else {
      parts.push(markdown.stdout);
      diffCode = markdown.code;
      out(diff('github').stdout);
    }
  } else {
    parts.push(fr ? '_Pas de pull request : pas de diff._\n' : '_Not a pull request: no diff._\n');
  }
  parts.push(checkSummaryMarkdown(check, input.locale, link));
  const markdown = parts.join('\n');
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${markdown}\n`);

  if (input.comment && input.pullRequest !== undefined) {
    if (!input.token)
      out('::warning title=jalon::comment: true needs a token (the `token` input, github.token by default)\n');
    else {
      const done = await upsertComment(
        {
          api: env.GITHUB_API_URL ?? 'https://api.github.com',
          repository: env.GITHUB_REPOSITORY ?? '',
          issue: input.pullRequest,
          token: input.token,
        },
        markdown,
      );
      out(`jalon: ${done.action} comment ${done.id} on pull request #${input.pullRequest}\n`);
    }
  }
  return annotations.code !== 0 || diffCode !== 0 ? 1 : 0;
}

if (require.main === module) {
  runAction(process.env, process.cwd(), (t) => process.stdout.write(t)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stdout.write(
        `::error title=jalon::${String(error instanceof Error ? error.message : error).replace(/\r?\n/g, ' ')}\n`,
      );
      process.exitCode = 2;
    },
  );
}
