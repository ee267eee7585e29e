import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { CLEAN_PLAN, edit } from '../helpers';
import { COMMENT_MARKER } from '../../src/cli/action/comment';
import { ROOT, workspace } from './run';

interface ActionStep {
  name: string;
  id?: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
}
interface ActionFile {
  runs: { using: string; steps: ActionStep[] };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
}

const ACTION = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionFile;

/** `${{ inputs.x }}`, `${{ github.a.b }}`, `${{ steps.id.outputs.x }}` read from a fake context, as the runner does. */
function evaluate(text: string, context: Record<string, unknown>): string {
  return text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, expression: string) => {
    let value: unknown = context;
    for (const key of expression.split('.')) value = (value as Record<string, unknown> | undefined)?.[key];
    return value === undefined || value === null ? '' : String(value);
  });
}

interface Request {
  method: string;
  url: string;
  authorization?: string;
  body?: { body: string };
}

/** A stand-in for the GitHub REST API on 127.0.0.1: issue comments of pull request 7 of o/r. */
async function fakeApi(): Promise<{
  server: Server;
  url: string;
  requests: Request[];
  comments: { id: number; body: string }[];
}> {
  const requests: Request[] = [];
  const comments = [{ id: 11, body: 'An unrelated comment by a reviewer.' }];
  const read = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let data = '';
      req.on('data', (chunk: Buffer) => {
        data += chunk.toString('utf8');
      });
      req.on('end', () => resolve(data));
    });
  const server = createServer((req, res) => {
    void read(req).then((data) => {
      const body = data ? (JSON.parse(data) as { body: string }) : undefined;
      requests.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization, body });
      const json = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.method === 'GET' && req.url!.startsWith('/repos/o/r/issues/7/comments')) return json(200, comments);
      if (req.method === 'POST' && req.url === '/repos/o/r/issues/7/comments') {
        const comment = { id: 42, body: body!.body };
        comments.push(comment);
        return json(201, comment);
      }
      const patch = /^\/repos\/o\/r\/issues\/comments\/(\d+)$/.exec(req.url!);
      if (req.method === 'PATCH' && patch) {
        const comment = comments.find((c) => c.id === Number(patch[1]));
        if (!comment) return json(404, { message: 'Not Found' });
        comment.body = body!.body;
        return json(200, comment);
      }
      return json(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, comments };
}

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.org',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.org',
};
const WARN_PLAN = edit(CLEAN_PLAN, '                start: 2026\n', '                start: 2025\n');

/** A repository with a base commit and a head commit (the target lowered); the working tree is the head. */
function repository(): { dir: string; base: string; head: () => string; commit: (text: string) => void } {
  const dir = workspace({ 'plans/demo.plan.yaml': WARN_PLAN });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: GIT_ENV, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'base');
  const base = git('rev-parse', 'HEAD');
  const commit = (text: string) => {
    writeFileSync(path.join(dir, 'plans/demo.plan.yaml'), text);
    git('commit', '-q', '-am', 'change');
  };
  commit(edit(WARN_PLAN, '      - value: 1000\n', '      - value: 800\n'));
  return { dir, base, head: () => git('rev-parse', 'HEAD'), commit };
}

/** Runs action.yml's steps with bash, with a fake GitHub environment; returns the output and exit code of the last step run. */
async function runAction(
  repo: string,
  context: { inputs: Record<string, string>; event: unknown; api: string },
  files: { summary: string; output: string; temp: string },
) {
  const inputs = Object.fromEntries(
    Object.entries(ACTION.inputs).map(([name, i]) => [
      name,
      context.inputs[name] ?? evaluate(i.default ?? '', { github: { token: 'job-token' } }),
    ]),
  );
  const ctx = { inputs, github: { token: 'job-token', action_path: ROOT, event: context.event } };
  let stdout = '';
  let code = 0;
  for (const step of ACTION.runs.steps) {
    assert.equal(step.shell, 'bash');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      LANG: 'C',
      GITHUB_ACTION_PATH: ROOT,
      GITHUB_WORKSPACE: repo,
      GITHUB_REPOSITORY: 'o/r',
      GITHUB_SERVER_URL: 'https://github.example',
      GITHUB_API_URL: context.api,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_OUTPUT: files.output,
      RUNNER_TEMP: files.temp,
      GITHUB_SHA: 'merge-sha',
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, evaluate(v, ctx)])),
    };
    const result = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile('bash', ['-e', '-c', evaluate(step.run, ctx)], { cwd: repo, env, encoding: 'utf8' }, (error, out) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout: out });
      });
    });
    stdout += result.stdout;
    code = result.code;
    if (code !== 0) break;
  }
  return { stdout, code };
}

describe('the GitHub Action (action.yml), run without GitHub', () => {
  test('a composite action with the inputs plans, fail-on, diff-fail-on, locale, comment and the SARIF path as an output', () => {
    assert.equal(ACTION.runs.using, 'composite');
    assert.deepEqual(Object.keys(ACTION.inputs), ['plans', 'fail-on', 'diff-fail-on', 'locale', 'comment', 'token']);
    assert.equal(ACTION.outputs.sarif.value, '${{ steps.jalon.outputs.sarif }}');
    assert.equal(
      ACTION.runs.steps.find((s) => s.id === 'jalon')!.env!.JALON_BASE_SHA,
      '${{ github.event.pull_request.base.sha }}',
    );
  });

  test('annotations, SARIF, the job summary, and one pull-request comment created then updated in place', async () => {
    const api = await fakeApi();
    try {
      const repo = repository();
      const temp = mkdtempSync(path.join(tmpdir(), 'jalon-action-'));
      const files = { summary: path.join(temp, 'summary.md'), output: path.join(temp, 'output.txt'), temp };
      writeFileSync(files.summary, '');
      writeFileSync(files.output, '');
      const event = () => ({ pull_request: { number: 7, base: { sha: repo.base }, head: { sha: repo.head() } } });
      const first = await runAction(
        repo.dir,
        { inputs: { plans: 'plans', comment: 'true' }, event: event(), api: api.url },
        files,
      );

      assert.equal(first.code, 0, first.stdout);
      const lines = first.stdout.split('\n');
      assert.ok(
        lines.some((l) =>
          /^::warning file=plans\/demo\.plan\.yaml,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=date\/outside-cycle::Action 'act-a' starts in 2025/.test(
            l,
          ),
        ),
        first.stdout,
      );
      assert.ok(
        lines.includes(
          "::warning file=plans/demo.plan.yaml,line=17,title=jalon diff%3A target-lowered::Indicator 'patients': ambition lowered: 1000 → 800 patients by 2030.",
        ),
        first.stdout,
      );
      assert.ok(lines.includes('jalon: created comment 42 on pull request #7'), first.stdout);

      const sarifPath = path.join(temp, 'jalon.sarif');
      assert.equal(readFileSync(files.output, 'utf8'), `sarif=${sarifPath}\n`);
      const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
      assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'plans/demo.plan.yaml');

      const summary = readFileSync(files.summary, 'utf8');
      const head = repo.head();
      assert.ok(
        summary.startsWith(
          `**Jalon diff** \`${repo.base}\` → \`working tree\`: ⚠️ **1 attention, 0 notices** (\`demo\`)\n`,
        ),
        summary,
      );
      assert.ok(
        summary.includes(`[plans/demo.plan.yaml:17](https://github.example/o/r/blob/${head}/plans/demo.plan.yaml#L17)`),
        summary,
      );
      assert.ok(summary.includes('**Jalon check**: ⚠️ 0 errors, 2 warnings, 0 suggestions in 1 file\n'), summary);

      const posted = api.requests.filter((r) => r.method !== 'GET');
      assert.deepEqual(
        posted.map((r) => `${r.method} ${r.url}`),
        ['POST /repos/o/r/issues/7/comments'],
      );
      assert.ok(api.requests.every((r) => r.authorization === 'Bearer job-token'));
      assert.equal(posted[0].body!.body, `${COMMENT_MARKER}\n${summary.replace(/\n$/, '')}`);

      // A second push: the same comment is updated, no new one.
      repo.commit(edit(WARN_PLAN, '      - value: 1000\n', '      - value: 700\n'));
      const second = await runAction(
        repo.dir,
        { inputs: { plans: 'plans', comment: 'true', 'diff-fail-on': 'attention' }, event: event(), api: api.url },
        files,
      );
      assert.ok(second.stdout.includes('jalon: updated comment 42 on pull request #7'), second.stdout);
      assert.equal(second.code, 1, 'diff-fail-on: attention fails the step on the lowered target');
      assert.deepEqual(
        api.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.url}`),
        ['POST /repos/o/r/issues/7/comments', 'PATCH /repos/o/r/issues/comments/42'],
      );
      assert.equal(api.comments.length, 2);
      assert.ok(api.comments[1].body.includes('1000 → 700 patients by 2030'), api.comments[1].body);
    } finally {
      api.server.close();
    }
  });

  test('not a pull request: the check only, no comment; French', async () => {
    const repo = repository();
    const temp = mkdtempSync(path.join(tmpdir(), 'jalon-action-'));
    const files = { summary: path.join(temp, 'summary.md'), output: path.join(temp, 'output.txt'), temp };
    writeFileSync(files.summary, '');
    const run = await runAction(
      repo.dir,
      {
        inputs: { plans: 'plans', comment: 'true', locale: 'fr', 'fail-on': 'warning' },
        event: {},
        api: 'http://127.0.0.1:9',
      },
      files,
    );
    assert.equal(run.code, 1, 'fail-on: warning fails on the warning');
    assert.equal(
      readFileSync(files.summary, 'utf8'),
      '_Pas de pull request : pas de diff._\n\n**Jalon check** : ⚠️ 0 erreur, 2 avertissements, 0 suggestion dans 1 fichier\n\n<details><summary>Erreurs et avertissements</summary>\n\n| | Règle | Message | Où |\n|---|---|---|---|\n' +
        "| warning | [target/quote-mismatch](https://github.com/jalon-plan/jalon/blob/main/docs/fr/rules.md#targetquote-mismatch) | La citation de la cible 1 de l’indicateur 'patients' donne 1\u202f000, mais la cible vaut 800 patients. | [plans/demo.plan.yaml:19](https://github.example/o/r/blob/merge-sha/plans/demo.plan.yaml#L19) |\n" +
        "| warning | [date/outside-cycle](https://github.com/jalon-plan/jalon/blob/main/docs/fr/rules.md#dateoutside-cycle) | L’action 'act-a' commence en 2025, avant le cycle du plan (2026–2030). | [plans/demo.plan.yaml:48](https://github.example/o/r/blob/merge-sha/plans/demo.plan.yaml#L48) |\n\n</details>\n\n",
    );
  });
});
