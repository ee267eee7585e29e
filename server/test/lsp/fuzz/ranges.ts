/**
 * Whether what the server answers stays inside the documents: every position on a line of the
 * document, at most at the line's end (LSP counts LF, CRLF and a lone CR as line ends), every
 * range's start before its end.
 */

/** The length of each line, without its line end, as LSP counts lines. */
export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

type Json = unknown;

interface Position {
  line: number;
  character: number;
}

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null;
const isPosition = (v: Json): v is Position =>
  isObject(v) && typeof v.line === 'number' && typeof v.character === 'number';

/** What is out of range in `value`, an answer about `uri`; `texts` holds every document's current text. */
export function outOfRange(value: Json, uri: string, texts: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const lines = new Map<string, number[]>();
  const linesOf = (u: string) => {
    if (!lines.has(u)) lines.set(u, lineLengths(texts.get(u) ?? ''));
    return lines.get(u)!;
  };
  const checkPosition = (p: Position, u: string, where: string) => {
    if (!texts.has(u)) return;
    const lengths = linesOf(u);
    if (p.line < 0 || p.line >= lengths.length) problems.push(`${where}: line ${p.line} of ${lengths.length} in ${u}`);
    else if (p.character < 0 || p.character > lengths[p.line])
      problems.push(`${where}: ${p.line}:${p.character} past the line's end (${lengths[p.line]}) in ${u}`);
  };
  const walk = (v: Json, u: string, where: string): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, u, `${where}[${i}]`));
      return;
    }
    if (!isObject(v)) return;
    if (isPosition(v)) {
      checkPosition(v, u, where);
      return;
    }
    if (isPosition(v.start) && isPosition(v.end)) {
      const { start, end } = v;
      if (start.line > end.line || (start.line === end.line && start.character > end.character))
        problems.push(`${where}: range ends before it starts in ${u}`);
    }
    const own =
      typeof v.uri === 'string'
        ? v.uri
        : isObject(v.textDocument) && typeof v.textDocument.uri === 'string'
          ? v.textDocument.uri
          : u;
    for (const [key, child] of Object.entries(v)) {
      if (key === 'changes' && isObject(child) && !Array.isArray(child)) {
        for (const [target, edits] of Object.entries(child)) walk(edits, target, `${where}.changes`);
      } else if ((key === 'targetRange' || key === 'targetSelectionRange') && typeof v.targetUri === 'string') {
        walk(child, v.targetUri, `${where}.${key}`);
      } else walk(child, own, `${where}.${key}`);
    }
  };
  walk(value, uri, 'result');
  return problems;
}

/** Semantic tokens (relative, five numbers each) that start past a line or run past its end. */
export function tokensOutOfRange(data: readonly number[], text: string): string[] {
  const lengths = lineLengths(text);
  const problems: string[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    if (line >= lengths.length || character + data[i + 2] > lengths[line]) {
      problems.push(
        `semantic token ${i / 5} at ${line}:${character} (length ${data[i + 2]}) past ${line < lengths.length ? `the line's end (${lengths[line]})` : 'the document'}`,
      );
    }
  }
  return problems;
}

/** Folding ranges on lines that do not exist. */
export function foldsOutOfRange(folds: readonly { startLine: number; endLine: number }[], text: string): string[] {
  const count = lineLengths(text).length;
  return folds.flatMap((f, i) =>
    f.startLine > f.endLine || f.endLine >= count
      ? [`folding range ${i}: lines ${f.startLine}-${f.endLine} of ${count}`]
      : [],
  );
}
