// The bench's typing runs on plans shaped like the real ones (see core/generate/grShapedPlan.ts):
// typing inside quoted titles, and typing that leaves a YAML syntax error then mends it, each
// edit waited for until its diagnostics arrive; the same runs against yaml-language-server
// with the plan schema, when it is installed (a dev dependency), for the ratio.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import {
  CompletionRequest,
  HoverRequest,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { LineIndex, planValidator } from '../core';
import { LspSession } from './lspSession';
import { median, ms, p95, timed } from './stats';

const ROOT = path.resolve(__dirname, '../../..');
const YLS = path.join(ROOT, 'node_modules/yaml-language-server/bin/yaml-language-server');
/** yaml-language-server waits this long after a change before it validates (its fixed delay): taken out of its times. */
const YLS_DELAY = 200;
const QUERIES = 20;

/** The floor a design that re-parses everything per keystroke cannot beat: YAML parse + schema validation. */
export function floor(text: string): number {
  const validate = planValidator();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    validate(parseDocument(text).toJS());
    times.push(performance.now() - start);
  }
  return median(times);
}

/** One edit: `remove` characters at `offset` replaced by `insert`. */
interface Edit {
  offset: number;
  remove: number;
  insert: string;
}

/** A server under test: how to start it, open a file and know an edit's diagnostics arrived. */
interface Contender {
  session: LspSession;
  languageId: string;
  /** Resolves when the diagnostics of `version` (or the next ones) are published. */
  waitFor: (uri: string, version: number) => Promise<void>;
  /** Time the server waits on purpose before checking, taken out of its figures. */
  delay: number;
}

function jalon(): Contender {
  const session = new LspSession(path.join(ROOT, 'dist', 'server.js'));
  return { session, languageId: 'jalon-plan', delay: 0, waitFor: (uri, v) => session.diagnosticsFor(uri, v) };
}

function yamlLanguageServer(): Contender {
  const schema = URI.file(path.join(ROOT, 'schemas', 'plan.schema.json')).toString();
  const session = new LspSession(YLS, (section) =>
    section === 'yaml'
      ? {
          validate: true,
          hover: true,
          completion: true,
          schemas: { [schema]: '*.plan.yaml' },
          schemaStore: { enable: false },
        }
      : {},
  );
  let seen = 0;
  return {
    session,
    languageId: 'yaml',
    delay: YLS_DELAY,
    waitFor: async (uri) => {
      await session.publishedAfter(uri, seen);
      seen = session.publishes.get(uri) ?? 0;
    },
  };
}

export const ylsInstalled = (): boolean => existsSync(YLS);

export interface TypingFigures {
  open: number;
  clean: number[];
  broken: number[];
  completion?: number;
  hover?: number;
  rss?: number;
}

/** Mid-line typing in quoted titles spread through the file: one letter in the middle of each. */
function cleanTyping(text: string, count: number): Edit[] {
  const titles = [...text.matchAll(/title: "([^"\n]{6,})"/g)];
  return Array.from({ length: count }, (_, i) => {
    const title = titles[Math.floor((i / count) * titles.length)];
    // Each earlier edit added one character before this one.
    return { offset: title.index! + 'title: "'.length + Math.floor(title[1].length / 2) + i, remove: 0, insert: 'e' };
  });
}

/**
 * Typing into a syntax error: a letter after a title's closing quote (`"…"x`, an error), a second
 * letter (still an error), then both deleted (mended). The text is the same after each round.
 */
function brokenTyping(text: string, rounds: number): Edit[] {
  const titles = [...text.matchAll(/title: "[^"\n]*"/g)];
  return Array.from({ length: rounds }, (_, i) => {
    const title = titles[Math.floor(((i + 0.5) / rounds) * titles.length)];
    const end = title.index! + title[0].length;
    return [
      { offset: end, remove: 0, insert: 's' },
      { offset: end + 1, remove: 0, insert: 'o' },
      { offset: end, remove: 2, insert: '' },
    ];
  }).flat();
}

async function type(
  contender: Contender,
  uri: string,
  start: { text: string; version: number },
  edits: readonly Edit[],
): Promise<number[]> {
  const times: number[] = [];
  let text = start.text;
  for (const edit of edits) {
    const lines = new LineIndex(text);
    const range = { start: lines.positionAt(edit.offset), end: lines.positionAt(edit.offset + edit.remove) };
    const change: TextDocumentContentChangeEvent = { range, text: edit.insert };
    text = text.slice(0, edit.offset) + edit.insert + text.slice(edit.offset + edit.remove);
    const version = ++start.version;
    times.push(
      (await timed(async () => {
        await contender.session.change(uri, version, [change]);
        await contender.waitFor(uri, version);
      })) - contender.delay,
    );
  }
  start.text = text;
  return times;
}

/** Opens the plan in one server, types both ways, asks for completion and hover. */
export async function benchTyping(
  server: 'jalon' | 'yaml-language-server',
  text: string,
  edits: number,
): Promise<TypingFigures> {
  const folder = mkdtempSync(path.join(tmpdir(), 'jalon-bench-typing-'));
  const file = path.join(folder, 'plan.plan.yaml');
  writeFileSync(file, text);
  // The 10 MB plan is past the default limit (10 MB in UTF-8): the bench raises it.
  writeFileSync(path.join(folder, 'jalon.config.yaml'), 'max_file_size: 40 MB\n');
  const uri = URI.file(file).toString();
  const contender = server === 'jalon' ? jalon() : yamlLanguageServer();
  const { session } = contender;
  try {
    await session.initialize(null);
    const open = await timed(async () => {
      await session.open(uri, text, contender.languageId);
      await contender.waitFor(uri, 1);
    });
    const state = { text, version: 1 };
    const clean = await type(contender, uri, state, cleanTyping(text, edits));
    const broken = await type(contender, uri, state, brokenTyping(state.text, Math.ceil(edits / 3)));
    const at = state.text.indexOf('contributes_to: [') + 'contributes_to: ['.length;
    const lines = new LineIndex(state.text);
    const ask = async (method: 'completion' | 'hover', offset: number) => {
      const position = lines.positionAt(offset);
      const times: number[] = [];
      for (let i = 0; i < QUERIES; i++)
        times.push(
          await timed(() =>
            method === 'completion'
              ? session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })
              : session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }),
          ),
        );
      return median(times);
    };
    const completion = await ask('completion', at);
    const hover = await ask('hover', at + 1);
    return { open, clean, broken, completion, hover, rss: session.rssMb() };
  } finally {
    await session.close();
  }
}

/** The table's rows: ours, theirs and the ratio of the medians. */
export function typingTable(
  rows: { name: string; size: number; floor: number; jalon: TypingFigures; yls?: TypingFigures }[],
): string[] {
  const ratio = (ours: number[], theirs: number[] | undefined) =>
    theirs ? (median(ours) / median(theirs)).toFixed(2) : '–';
  const stats = (times: number[] | undefined) => (times ? `${ms(median(times))} / ${ms(p95(times))}` : '–');
  return [
    '| GR-shaped plan | size | open → diagnostics (× floor) | typing in a quoted title (median / p95) | yaml-language-server | ratio | typing into a syntax error (median / p95) | yaml-language-server | ratio | completion / hover | server RSS |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      ({ name, size, floor: f, jalon: j, yls }) =>
        `| ${name} | ${(size / 1024).toFixed(0)} KB | ${ms(j.open)} (${(j.open / f).toFixed(2)}×) | ${stats(j.clean)} | ${stats(yls?.clean)} | ${ratio(j.clean, yls?.clean)} | ${stats(j.broken)} | ${stats(yls?.broken)} | ${ratio(j.broken, yls?.broken)} | ${ms(j.completion)} / ${ms(j.hover)} | ${j.rss} MB |`,
    ),
  ];
}
