import type { LineIndex, OffsetRange } from '../../text/lineIndex';
import type { Fix } from '../../rules/finding';
import { keyLine, lineAt, plainValue, structuralLines, type Line } from './lines';
import { oneEdit, QUOTE_IT, quoted, type Mistake } from './mistake';
import type { Patch } from './textMistakes';

/** A parser error, at its offset in the whole file. */
export interface ParserError {
  code: string;
  message: string;
  range: OffsetRange;
}

/** A parser error explained as the slip behind it; `absorbs` are the later errors it caused. */
export interface ExplainedError extends Mistake {
  absorbs: ParserError[];
  /** Same-length changes that let the parser read the lines as meant (see textMistakes.ts). */
  patches?: Patch[];
}

/** Explains the parser errors an author can fix in one edit; the others are left to the generic wording. */
export function explainErrors<E extends ParserError>(
  errors: readonly E[],
  lines: LineIndex,
): { explained: ExplainedError[]; rest: E[] } {
  const explained: ExplainedError[] = [];
  const absorbed = new Set<ParserError>();
  let structural: Line[] | undefined;
  for (const error of errors) {
    if (absorbed.has(error)) continue;
    const line = lineAt(lines, lines.positionAt(error.range.start).line);
    let mistake: Mistake | undefined;
    let region: OffsetRange | undefined;
    let patches: Patch[] | undefined;
    if (error.code === 'DUPLICATE_KEY') continue;
    if (error.code === 'TAB_AS_INDENT') mistake = tabIndent(line);
    else if (error.code === 'BAD_SCALAR_START') mistake = badStart(line, error);
    else if (error.code === 'BAD_INDENT' && /must start at the same column/.test(error.message)) {
      structural ??= structuralLines(lines);
      const found = misaligned(structural, line);
      if (found) ({ mistake, region, patches } = found);
    }
    if (!mistake) continue;
    const inside = region ?? { start: line.start, end: line.start + line.text.length };
    const absorbs = errors.filter((e) => e !== error && e.range.start >= inside.start && e.range.start <= inside.end);
    for (const e of absorbs) absorbed.add(e);
    absorbed.add(error);
    explained.push({
      ...mistake,
      broken: mistake.broken ?? inside,
      absorbs: [error, ...absorbs],
      ...(patches ? { patches } : {}),
    });
  }
  return { explained, rest: errors.filter((e) => !absorbed.has(e)) };
}

function tabIndent(line: Line): Mistake {
  const lead = /^[ \t]*/.exec(line.text)![0];
  const range = { start: line.start, end: line.start + lead.length };
  const spaces = lead.replace(/\t/g, '  ');
  return {
    range,
    severity: 'error',
    message: {
      en: 'A tab indents this line, and YAML indents with spaces only: replace the tab with spaces.',
      fr: 'Une tabulation indente cette ligne, et YAML n’indente qu’avec des espaces : remplacez la tabulation par des espaces.',
    },
    fixes: [
      oneEdit({ en: 'Replace the tab with spaces', fr: 'Remplacer la tabulation par des espaces' }, range, spaces),
    ],
  };
}

/** `owner: @drh`, `unit: %`, a value in backticks: characters YAML keeps for itself. */
function badStart(line: Line, error: ParserError): Mistake | undefined {
  const kl = keyLine(line);
  const char = line.text[error.range.start - line.start];
  const plain = kl && kl.valueStart === error.range.start ? plainValue(kl.rest) : undefined;
  if (!kl || !plain) return undefined;
  const range = { start: kl.valueStart, end: kl.valueStart + plain.value.length };
  const fixed = `${kl.key}: ${quoted(plain.value)}`;
  const written =
    char === '`'
      ? { en: 'a backtick (`)', fr: 'une apostrophe inversée (`)' }
      : { en: `\`${char}\``, fr: `« ${char} »` };
  return {
    range,
    severity: 'error',
    message: {
      en: `In YAML a value cannot start with ${written.en}: put it in quotes: ${fixed}`,
      fr: `En YAML une valeur ne peut pas commencer par ${written.fr} : mettez-la entre guillemets : ${fixed}`,
    },
    fixes: [oneEdit(QUOTE_IT, range, quoted(plain.value))],
  };
}

/**
 * A list item one space off its neighbours, or an item whose `- ` is missing: the lines it
 * covers move together.
 */
function misaligned(
  structural: readonly Line[],
  line: Line,
): { mistake: Mistake; region: OffsetRange; patches?: Patch[] } | undefined {
  const at = structural.findIndex((l) => l.index === line.index);
  if (at === -1) return undefined;
  const isItem = (l: Line) => /^-( |$)/.test(l.text.trimStart());
  const last = (lines: Line[]) => lines[lines.length - 1];
  // The lines that belong with this one: deeper ones, and for a missing `- ` the item's other keys.
  const itemLines = (sameLevel: boolean): Line[] => {
    const out = [line];
    for (const l of structural.slice(at + 1)) {
      if (l.indent > line.indent || (sameLevel && l.indent === line.indent && !isItem(l))) out.push(l);
      else break;
    }
    return out;
  };
  const regionOf = (lines: Line[]) => ({ start: line.start, end: last(lines).start + last(lines).text.length });
  let sibling: Line | undefined;
  for (const l of structural.slice(0, at).reverse()) {
    if (!isItem(line) && isItem(l) && l.indent === line.indent) {
      const lines = itemLines(true);
      const key = line.text.trim();
      const edits: Fix['edits'] = [
        { uri: '', range: { start: line.start + line.indent, end: line.start + line.indent }, newText: '- ' },
      ];
      for (const other of lines.slice(1))
        if (other.indent === line.indent)
          edits.push({ uri: '', range: { start: other.start, end: other.start }, newText: '  ' });
      // The parser folds the keys into the item that holds the list: its data is a guess too.
      const holder = structural
        .slice(0, at)
        .reverse()
        .find((h) => h.indent < line.indent && isItem(h));
      return {
        region: regionOf(lines),
        mistake: {
          range: { start: line.start + line.indent, end: line.start + line.text.length },
          severity: 'error',
          broken: { start: holder?.start ?? line.start, end: regionOf(lines).end },
          message: {
            en: `This line stands at the level of the list items above but does not start with \`- \`: write \`- ${key}\` to start a new item.`,
            fr: `Cette ligne est au niveau des éléments de liste au-dessus mais ne commence pas par « - » : écrivez « - ${key} » pour commencer un nouvel élément.`,
          },
          fixes: [{ title: { en: 'Start a new item with `- `', fr: 'Commencer un nouvel élément par « - »' }, edits }],
        },
      };
    }
    if (isItem(l) === isItem(line) && Math.abs(l.indent - line.indent) === 1) {
      sibling = l;
      break;
    }
    if (l.indent < line.indent - 1) break;
  }
  if (!sibling) return undefined;
  const delta = sibling.indent - line.indent;
  const lines = itemLines(false);
  const edits: Fix['edits'] = lines.map((l) =>
    delta > 0
      ? { uri: '', range: { start: l.start, end: l.start }, newText: ' '.repeat(delta) }
      : { uri: '', range: { start: l.start, end: l.start - delta }, newText: '' },
  );
  const what = isItem(line)
    ? { en: 'list item', fr: 'élément de liste', frThis: 'Cet', its: '`- `', fr2: 'son « - » sur les leurs' }
    : { en: 'key', fr: 'clé', frThis: 'Cette', its: 'key', fr2: 'sa clé sur les leurs' };
  const column = sibling.indent + 1;
  // One space too many moves to the line's end: same length, and the parser reads the item as meant.
  const patches =
    delta === -1
      ? lines.flatMap((l) => [...`${l.text.slice(1)} `].map((char, i) => ({ offset: l.start + i, char })))
      : undefined;
  return {
    region: regionOf(lines),
    patches,
    mistake: {
      range: { start: line.start + line.indent, end: line.start + line.text.length },
      severity: 'error',
      broken: regionOf(lines),
      message: {
        en: `This ${what.en} starts at column ${line.indent + 1}, the ones above at column ${column}: line up its ${what.its} with theirs (column ${column}).`,
        fr: `${what.frThis} ${what.fr} commence à la colonne ${line.indent + 1}, ceux du dessus à la colonne ${column} : alignez ${what.fr2} (colonne ${column}).`,
      },
      fixes: [{ title: { en: `Indent to column ${column}`, fr: `Indenter à la colonne ${column}` }, edits }],
    },
  };
}
