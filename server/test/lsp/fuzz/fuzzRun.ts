import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Lexer } from 'yaml';
import {
  LSPErrorCodes,
  ResponseError,
  type Diagnostic,
  type Range,
  type SemanticTokens,
} from 'vscode-languageserver-protocol/node';
import { generatePlan } from '../../../src/core/generate/generatePlan';
import { ROOT, uriOf, type LspClient } from '../client';
import { cliFindings, diagnosticKey, difference } from './cliCheck';
import { planEdit, type Family, type PlannedEdit } from './edits';
import { Random } from './random';
import { foldsOutOfRange, outOfRange, tokensOutOfRange } from './ranges';
import { randomRequest } from './requests';

export interface FuzzOptions {
  seed: number;
  edits: number;
  families: readonly Family[];
  /** Diagnostics are compared with `jalon check` every so many edits, and at the end. */
  checkpointEvery: number;
  /** The chance of a feature request after an edit. */
  requestChance: number;
  progress?: (line: string) => void;
}

export interface FuzzReport {
  seed: number;
  edits: number;
  requests: number;
  checkpoints: number;
  crashes: number;
  handlerFailures: number;
  rpcErrors: number;
  slowRequests: number;
  outOfRange: number;
  mismatches: number;
  /** The first problems found, each with the edit it followed, to replay with the same seed. */
  problems: string[];
}

const SLOW_MS = 2000;

interface Doc {
  name: string;
  uri: string;
  document: TextDocument;
  undo: PlannedEdit[];
}

/**
 * Random edits on the seeds and a generated plan, sent to the server as an editor would, with
 * feature requests at random places in between; at checkpoints the published diagnostics are
 * compared with `jalon check` on the same texts. Seeded: the same options replay the same run.
 */
/**
 * Without the `alias` family, no edit may leave an alias or a merge key in the text: deleting a
 * quote or pasting `**bold**` lines makes one as surely as typing `*`. Read from YAML's tokens
 * (a scalar's text follows a `\x1f` token; an alias is a token of its own).
 */
function allowed(text: string, families: readonly Family[]): boolean {
  if (families.includes('alias')) return true;
  let previous = '';
  for (const token of new Lexer().lex(text)) {
    if (previous !== SCALAR && token.startsWith('*')) return false;
    if (previous === SCALAR && token === '<<') return false;
    previous = token;
  }
  return true;
}

const SCALAR = '\x1f';

export async function fuzz(client: LspClient, options: FuzzOptions): Promise<FuzzReport> {
  const random = new Random(options.seed);
  const report: FuzzReport = {
    seed: options.seed,
    edits: 0,
    requests: 0,
    checkpoints: 0,
    crashes: 0,
    handlerFailures: 0,
    rpcErrors: 0,
    slowRequests: 0,
    outOfRange: 0,
    mismatches: 0,
    problems: [],
  };
  const problem = (counter: keyof FuzzReport, text: string) => {
    (report[counter] as number)++;
    if (report.problems.length < 30) report.problems.push(`after edit ${report.edits} (seed ${options.seed}): ${text}`);
  };
  const folder = mkdtempSync(path.join(tmpdir(), 'jalon-fuzz-'));
  const sources: [string, string][] = [
    [
      'lacassagne.plan.yaml',
      readFileSync(path.join(ROOT, 'seeds/centre-antoine-lacassagne-2020-2024.plan.yaml'), 'utf8'),
    ],
    ['gustave-roussy.plan.yaml', readFileSync(path.join(ROOT, 'seeds/gustave-roussy-2026-2030.plan.yaml'), 'utf8')],
    ['generated.plan.yaml', generatePlan({ actions: 30, id: 'fuzz-generated', seed: options.seed })],
  ];
  const docs: Doc[] = sources.map(([name, text]) => {
    const uri = uriOf(path.join(folder, name));
    return { name, uri, document: TextDocument.create(uri, 'jalon-plan', 1, text), undo: [] };
  });
  const texts = () => new Map(docs.map((d) => [d.uri, d.document.getText()]));

  await client.initialize(undefined);
  for (const d of docs) await client.open(d.uri, d.document.getText());

  const crashed = async () => {
    if ((await client.exitCode(0)) === null) return false;
    problem('crashes', `the server exited${client.stderrTail ? `; its last words: ${client.stderrTail}` : ''}`);
    return true;
  };

  const request = async (doc: Doc) => {
    // The server first catches up with the edits (an editor does not send them faster than an
    // author types): the time measured is the request's own.
    for (const d of docs) await client.diagnosticsOf(d.uri, d.document.version).catch(() => undefined);
    const published = client.diagnostics.get(doc.uri)?.diagnostics ?? [];
    const { method, params } = randomRequest(random, doc.uri, doc.document.getText(), published);
    report.requests++;
    const started = Date.now();
    try {
      const result: unknown = await client.connection.sendRequest(method, params);
      const elapsed = Date.now() - started;
      if (elapsed > SLOW_MS) problem('slowRequests', `${method} took ${elapsed} ms`);
      const text = doc.document.getText();
      const wrong =
        method === 'textDocument/semanticTokens/full'
          ? tokensOutOfRange((result as SemanticTokens).data, text)
          : method === 'textDocument/foldingRange'
            ? foldsOutOfRange(result as { startLine: number; endLine: number }[], text)
            : outOfRange(result, doc.uri, texts());
      for (const w of wrong.slice(0, 3)) problem('outOfRange', `${method} ${JSON.stringify(params)}: ${w}`);
    } catch (error) {
      // A refused rename is an answer, not a failure; so is a request the server cancelled.
      const expected =
        error instanceof ResponseError &&
        (
          [LSPErrorCodes.RequestFailed, LSPErrorCodes.RequestCancelled, LSPErrorCodes.ContentModified] as number[]
        ).includes(error.code);
      if (!expected)
        problem(
          'rpcErrors',
          `${method} ${JSON.stringify(params)}: ${error instanceof Error ? error.message : String(error)}`,
        );
    }
  };

  const checkpoint = async () => {
    report.checkpoints++;
    const started = Date.now();
    const published = new Map<string, Diagnostic[]>();
    for (const d of docs) {
      try {
        published.set(d.uri, await client.diagnosticsOf(d.uri, d.document.version));
      } catch {
        problem('slowRequests', `no diagnostics for ${d.name} v${d.document.version} within 10 s`);
        return;
      }
    }
    const elapsed = Date.now() - started;
    if (elapsed > SLOW_MS) problem('slowRequests', `diagnostics took ${elapsed} ms`);
    for (const d of docs) writeFileSync(path.join(folder, d.name), d.document.getText());
    const cli = await cliFindings(
      folder,
      docs.map((d) => d.name),
    );
    for (const d of docs) {
      const diagnostics = published.get(d.uri)!;
      for (const w of outOfRange(diagnostics, d.uri, texts()).slice(0, 3))
        problem('outOfRange', `published diagnostics of ${d.name}: ${w}`);
      const differs =
        typeof cli === 'string' ? [cli] : difference(cli.get(d.name) ?? [], diagnostics.map(diagnosticKey));
      if (differs.length > 0) {
        const saved = path.join(folder, `mismatch-${report.edits}-${d.name}`);
        writeFileSync(saved, d.document.getText());
        problem('mismatches', `${d.name} (text saved as ${saved}):\n    ${differs.slice(0, 6).join('\n    ')}`);
      }
    }
  };

  for (let i = 0; i < options.edits; i++) {
    // The big seed is edited less often: each of its checks costs ten times the others'.
    const doc = docs[random.pick([0, 0, 0, 1, 2, 2, 2])];
    const text = doc.document.getText();
    let planned: PlannedEdit;
    let range: Range;
    let start: number;
    let end: number;
    let tries = 0;
    do {
      planned = planEdit(random, text, options.families, doc.undo);
      range = {
        start: doc.document.positionAt(Math.min(planned.start, text.length)),
        end: doc.document.positionAt(Math.min(planned.end, text.length)),
      };
      // The offsets the positions stand for (a position inside a CRLF moves before it), for the undo.
      start = doc.document.offsetAt(range.start);
      end = doc.document.offsetAt(range.end);
    } while (!allowed(text.slice(0, start) + planned.insert + text.slice(end), options.families) && ++tries < 20);
    const removed = text.slice(start, end);
    const version = await client.change(doc.uri, [{ range, text: planned.insert }]);
    doc.document = TextDocument.update(doc.document, [{ range, text: planned.insert }], version);
    if (planned.kind !== 'undo')
      doc.undo.push({ kind: 'undo', start, end: start + planned.insert.length, insert: removed });
    report.edits++;
    if (random.chance(options.requestChance)) await request(docs[random.int(docs.length)]);
    if ((i + 1) % options.checkpointEvery === 0 || i === options.edits - 1) {
      await checkpoint();
      options.progress?.(`${report.edits} edits, ${report.requests} requests`);
    }
    if (await crashed()) break;
  }
  report.handlerFailures = client.errorLogs.length;
  for (const log of client.errorLogs.slice(0, 5))
    report.problems.push(`logged: ${log.split('\n').slice(0, 3).join(' | ')}`);
  return report;
}
