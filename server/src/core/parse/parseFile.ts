import { isScalar, type Node } from 'yaml';
import { LineIndex } from '../text/lineIndex';
import type { Localized } from '../i18n/locale';
import type { Finding } from '../rules/finding';
import { BasedRange, plainRange } from '../text/basedRange';
import type { OffsetRange } from '../text/lineIndex';
import { SegmentedDocument } from './segmentedDocument';
import { yamlErrorMessage } from './yamlErrors';
import type { Mistake } from './mistakes/mistake';
import { QUOTE_IT, quoted } from './mistakes/mistake';
import { explainErrors } from './mistakes/parserMistakes';
import { textMistakes, type Patch, type TextMistake } from './mistakes/textMistakes';

export interface ParsedText {
  uri: string;
  text: string;
  lineIndex: LineIndex;
  document: SegmentedDocument;
  /** yaml/syntax and yaml/duplicate-key findings; the document is still usable where it parsed. */
  syntaxFindings: Finding[];
}

/**
 * Parses one plan file as YAML 1.2 (so `2026-01-29` stays a string and `yes` is not a boolean).
 * The text is taken as the editor holds it: callers strip a byte-order mark first.
 */
export function parsePlanText(uri: string, text: string, previous?: SegmentedDocument): ParsedText {
  const lineIndex = new LineIndex(text);
  let document = SegmentedDocument.parse(text, previous);
  // The slips an author makes most are read as meant (same-length patches), so that the rest
  // of the file, and the item itself, is checked as usual; each is reported in its own terms.
  // A text the fast reader read whole holds no slip the parse would confirm: no ` #` at all, and
  // no `{ key: 58,4 }` (it gives up on a flow item that is not `key: value`); the search is skipped.
  const slips = document.allFast()
    ? []
    : confirmedSlips(textMistakes(lineIndex, document.errors().length > 0), document, lineIndex);
  const early =
    document.errors().length > 0 ? explainErrors(document.errors(), lineIndex).explained.filter((m) => m.patches) : [];
  const patches = [...slips, ...early].flatMap((m) => m.patches ?? []);
  if (patches.length > 0) document = SegmentedDocument.parse(patched(text, patches), previous);
  const aliases = aliasFindings(uri, text, document);
  const all = document.errors().filter((e) => !aliases.some((a) => onLineOf(text, a.range, e.range.start)));
  // A stray closing bracket at the top level ends the document: the parser then reports every
  // later token as "... in YAML stream" (one per word, to the end of the file). The first one is
  // the problem; it says that the rest is not read, and the others are dropped.
  const isStray = (error: { code: string; message: string }) =>
    error.code === 'UNEXPECTED_TOKEN' && /in YAML stream/.test(error.message);
  const firstStray = all.find(isStray);
  // Nesting beyond what the parser reads gives one error per level: one finding says it.
  const firstDeep = all.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  const errors = all.filter(
    (e) => (!isStray(e) || e === firstStray) && (e.code !== 'RESOURCE_EXHAUSTION' || e === firstDeep),
  );
  const { explained, rest } = explainErrors(errors, lineIndex);
  const mistakes: Mistake[] = [
    ...slips,
    ...early,
    ...explained.filter((m) => !early.some((e) => e.range.start === m.range.start)),
  ];
  document.broken = mistakes.flatMap((m) => (m.broken ? [m.broken] : []));
  const syntaxFindings: Finding[] = [...mistakes.map((m) => mistakeFinding(uri, m)), ...aliases];
  for (const error of rest) {
    // The parser puts an error at the end of the text one character past it ("missing closing quote").
    const range = { start: Math.min(error.range.start, text.length), end: Math.min(error.range.end, text.length) };
    if (error.code === 'DUPLICATE_KEY') {
      // The error points at the repeated key's first character only: report the whole key, by name.
      const keyNode = error.key;
      syntaxFindings.push(
        duplicateKey(
          uri,
          text,
          keyNode?.range
            ? { start: keyNode.range[0] + error.segment.base.offset, end: keyNode.range[1] + error.segment.base.offset }
            : range,
          keyNode,
          lineIndex,
        ),
      );
      continue;
    }
    const message = isStray(error) ? strayMessage(error.message) : yamlErrorMessage(error.code, error.message);
    syntaxFindings.push({ ruleId: 'yaml/syntax', severity: 'error', uri, range, message });
  }
  syntaxFindings.sort((a, b) => a.range.start - b.range.start);
  return {
    uri,
    text,
    lineIndex,
    document,
    syntaxFindings,
  };
}

function strayMessage(library: string): Localized {
  const token = /"(.+)"\s*$/.exec(library)?.[1];
  if (!token || !/^[\]}]$/.test(token)) {
    const message = yamlErrorMessage('UNEXPECTED_TOKEN', library);
    return {
      en: `${message.en}; the rest of the file is not read.`,
      fr: `${message.fr} ; la suite du fichier n’est pas lue.`,
    };
  }
  return {
    en: `YAML syntax error: \`${token}\` closes nothing here (one too many?): remove it; the rest of the file is not read.`,
    fr: `Erreur de syntaxe YAML : « ${token} » ne ferme rien ici (un de trop ?) : supprimez-le ; la suite du fichier n’est pas lue.`,
  };
}

/** The slips the parse confirms: a parser error where one stops it, the plain scalar it cuts otherwise. */
function confirmedSlips(candidates: TextMistake[], document: SegmentedDocument, lines: LineIndex): TextMistake[] {
  if (candidates.length === 0) return [];
  const errorLines = document.errors().map((e) => lines.positionAt(e.range.start).line);
  return candidates.filter(({ confirm }) => {
    if (confirm.kind === 'plain-scalar') return document.plainScalarAt(confirm.start, confirm.end, confirm.flow);
    return confirm.after ? errorLines.some((l) => l >= confirm.line) : errorLines.includes(confirm.line);
  });
}

function patched(text: string, patches: readonly Patch[]): string {
  const chars = text.split('');
  for (const { offset, char } of patches) chars[offset] = char;
  return chars.join('');
}

function mistakeFinding(uri: string, mistake: Mistake): Finding {
  return {
    ruleId: 'yaml/syntax',
    severity: mistake.severity,
    uri,
    range: plainRange(mistake.range),
    message: mistake.message,
    fixes: mistake.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, uri })) })),
  };
}

function onLineOf(text: string, range: OffsetRange, offset: number): boolean {
  const lineEnd = text.indexOf('\n', range.end);
  return offset >= range.start && offset <= (lineEnd === -1 ? text.length : lineEnd);
}

/** `*Important*` with no anchor, `<<: *a` to nothing, an alias bomb: findings that say what to write. */
function aliasFindings(uri: string, text: string, document: SegmentedDocument): Finding[] {
  return document.segments.flatMap((segment) =>
    segment.aliasProblems.map((problem): Finding => {
      const range = plainRange(new BasedRange(segment.base, problem.range[0], problem.range[1]));
      const written = text.slice(range.start, range.end);
      const name = problem.name;
      if (problem.kind === 'merge') {
        const lineStart = text.lastIndexOf('\n', range.start - 1) + 1;
        const lineEnd = text.indexOf('\n', range.end);
        return {
          ruleId: 'yaml/syntax',
          severity: 'error',
          uri,
          range,
          message: {
            en: `\`${written}\` merges the fields of an anchor \`&${name}\`, and the file has none: remove this line, or write the fields out.`,
            fr: `« ${written} » reprend les champs d’une ancre « &${name} », et le fichier n’en a pas : supprimez cette ligne, ou écrivez les champs.`,
          },
          fixes: [
            {
              title: { en: 'Remove this line', fr: 'Supprimer cette ligne' },
              edits: [
                { uri, range: { start: lineStart, end: lineEnd === -1 ? text.length : lineEnd + 1 }, newText: '' },
              ],
            },
          ],
        };
      }
      if (problem.kind === 'excessive') {
        return {
          ruleId: 'yaml/syntax',
          severity: 'error',
          uri,
          range,
          message: {
            en: `The aliases of this file (\`*${name}\`...) repeat anchors into more than 100 copies: write the values out instead of repeating anchors.`,
            fr: `Les alias de ce fichier (« *${name} »…) recopient des ancres plus de 100 fois : écrivez les valeurs au lieu de répéter des ancres.`,
          },
        };
      }
      const key = /(?<![\w-])([A-Za-z_][\w-]*)\s*:\s*$/.exec(
        text.slice(text.lastIndexOf('\n', range.start - 1) + 1, range.start),
      )?.[1];
      const fixed = `${key ? `${key}: ` : ''}${quoted(written)}`;
      return {
        ruleId: 'yaml/syntax',
        severity: 'error',
        uri,
        range,
        message: {
          en: `YAML reads \`*${name}\` as an alias (a reference to an anchor \`&…\`), and the file has no such anchor: to write this text, put it in quotes: ${fixed}`,
          fr: `YAML lit « *${name} » comme un alias (un renvoi à une ancre « &… »), et le fichier n’a pas cette ancre : pour écrire ce texte, mettez-le entre guillemets : ${fixed}`,
        },
        fixes: [{ title: QUOTE_IT, edits: [{ uri, range, newText: quoted(written) }] }],
      };
    }),
  );
}

function duplicateKey(
  uri: string,
  text: string,
  range: OffsetRange,
  keyNode: Node | undefined,
  lines: LineIndex,
): Finding {
  const key = (isScalar(keyNode) ? String(keyNode.value) : text.slice(range.start, range.end).trim()) || '?';
  // A second `id` in one item is most often a new item whose `- ` was forgotten.
  const item =
    key === 'id'
      ? {
          en: ' If it starts a new item, write `- ` before it.',
          fr: ' S’il commence un nouvel élément, écrivez « - » devant.',
        }
      : { en: '', fr: '' };
  const line = lines.positionAt(range.start).line;
  const lineText = lines.lineText(line);
  // A one-line `key: value` can go in one edit; a value spanning lines is left to the author.
  const next = line + 1 < lines.lineCount ? lines.lineText(line + 1) : '';
  const oneLine =
    !/:\s*(?:[|>][+-]?\d*)?\s*(?:#.*)?$/.test(lineText) &&
    (next.length - next.trimStart().length <= lineText.length - lineText.trimStart().length || next.trim() === '');
  return {
    ruleId: 'yaml/duplicate-key',
    severity: 'error',
    uri,
    range,
    message: {
      en: `Key '${key}' is repeated in the same mapping; YAML keeps only one of them. Remove or rename one.${item.en}`,
      fr: `La clé '${key}' est répétée dans le même bloc ; YAML n’en garde qu’une. Supprimez ou renommez l’une d’elles.${item.fr}`,
    },
    ...(oneLine
      ? {
          fixes: [
            {
              title: { en: `Remove this '${key}' line`, fr: `Supprimer cette ligne '${key}'` },
              edits: [
                {
                  uri,
                  range: {
                    start: lines.lineStart(line),
                    end: line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length,
                  },
                  newText: '',
                },
              ],
            },
          ],
        }
      : {}),
  };
}

/** Editors drop a UTF-8 byte-order mark; so do we, so that columns agree with them. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
