import type { LineIndex } from '../../text/lineIndex';
import { keyLine, plainValue, structuralLines, type Line } from './lines';
import { oneEdit, QUOTE_IT, quoted, type Mistake } from './mistake';

/** Written over a character that stops the parser; a scalar holding it gets its written text back. */
export const PLACEHOLDER = '\uA789';

/** A same-length change to the text that lets the parser read what the author meant. */
export interface Patch {
  offset: number;
  char: string;
}

/** A slip found in the text, with the patches that let the rest of the file be read as meant. */
export interface TextMistake extends Mistake {
  patches: Patch[];
  /** What has to hold in the parsed file for this to be the slip (a node written there). */
  confirm:
    | { kind: 'parse-error'; line: number; after?: boolean }
    | { kind: 'plain-scalar'; start: number; end: number; flow: boolean };
}

/** Fields whose value is free text: a ` #` there cuts the text. */
const TEXT_FIELDS = new Set([
  'title',
  'label',
  'name',
  'summary',
  'intention',
  'stakes',
  'vision',
  'quote',
  'institution',
]);

const what = (key: string) =>
  key === 'title'
    ? { en: 'title', fr: 'le titre', frThe: 'Le titre', frIt: 'mettez le titre' }
    : { en: 'text', fr: 'le texte', frThe: 'Le texte', frIt: 'mettez le texte' };

/**
 * Every slip the detectors see in `text`, each still to be confirmed against the parse. The
 * slips that stop the parser are only looked for when it stopped (`parserFailed`).
 */
export function textMistakes(lines: LineIndex, parserFailed: boolean): TextMistake[] {
  const out: TextMistake[] = [];
  const structural = structuralLines(lines);
  const detectors = parserFailed
    ? [colonInValue, hashInText, decimalComma, unclosedBracket]
    : [hashInText, decimalComma];
  structural.forEach((line, i) => {
    const next = structural[i + 1];
    for (const detect of detectors) {
      const found = detect(line, next);
      if (found) out.push(...found);
    }
  });
  return out;
}

type Detector = (line: Line, next: Line | undefined) => TextMistake[] | undefined;

/** `title: Projet médical: soigner mieux`: YAML reads the second `: ` as a new key and stops. */
const colonInValue: Detector = (line) => {
  const kl = keyLine(line);
  const plain = kl && plainValue(kl.rest);
  if (!kl || !plain || /^[@`%-]/.test(plain.value)) return undefined;
  const colons = [...plain.value.matchAll(/:(?= |$)/g)];
  if (colons.length === 0) return undefined;
  const range = { start: kl.valueStart, end: kl.valueStart + plain.value.length };
  const w = what(kl.key);
  const fixed = `${kl.key}: ${quoted(plain.value)}`;
  return [
    {
      range,
      severity: 'error',
      broken: range,
      message: {
        en: `The ${w.en} contains \`: \`, which YAML reads as the start of a new key: put the ${w.en} in quotes: ${fixed}`,
        fr: `${w.frThe} contient « : », que YAML lit comme le début d’une nouvelle clé : ${w.frIt} entre guillemets : ${fixed}`,
      },
      fixes: [oneEdit(QUOTE_IT, range, quoted(plain.value))],
      patches: colons.map((m) => ({ offset: kl.valueStart + m.index!, char: PLACEHOLDER })),
      confirm: { kind: 'parse-error', line: line.index },
    },
  ];
};

/** `title: Chantier #3 accueil`: ` #` starts a comment, and the title silently stops at "Chantier". */
const hashInText: Detector = (line) => {
  const kl = keyLine(line);
  const plain = kl && TEXT_FIELDS.has(kl.key) ? plainValue(kl.rest) : undefined;
  if (!kl || !plain?.comment || plain.value === '') return undefined;
  // A comment set apart (two spaces, or `# ` with a space) is a comment; `text #word` reads on.
  const before = kl.rest.slice(0, plain.comment.at);
  if (!/\S $/.test(before) || !/^#[^\s#]/.test(plain.comment.text) || /^#\s*jalon-/.test(plain.comment.text))
    return undefined;
  const whole = kl.rest;
  const range = { start: kl.valueStart, end: kl.valueStart + whole.length };
  const w = what(kl.key);
  const fixed = `${kl.key}: ${quoted(whole)}`;
  return [
    {
      range,
      severity: 'warning',
      message: {
        en: `\` #\` starts a comment in YAML: the ${w.en} stops at '${plain.value}' and '${plain.comment.text}' is not read. Put the ${w.en} in quotes: ${fixed}`,
        fr: `En YAML, une espace suivie de « # » commence un commentaire : ${w.fr} s’arrête à '${plain.value}' et '${plain.comment.text}' n’est pas lu. ${w.frIt[0].toUpperCase()}${w.frIt.slice(1)} entre guillemets : ${fixed}`,
      },
      fixes: [oneEdit(QUOTE_IT, range, quoted(whole))],
      patches: [],
      confirm: { kind: 'plain-scalar', start: kl.valueStart, end: kl.valueStart + plain.value.length, flow: false },
    },
  ];
};

/** `{ value: 58,4 }`: in braces the comma separates fields, so YAML reads 58 and a field `4`. */
const decimalComma: Detector = (line) => {
  if (!line.text.includes('{')) return undefined;
  const out: TextMistake[] = [];
  for (const m of line.text.matchAll(/(?<![\w-])([A-Za-z_][\w-]*): *(-?\d+),(\d+)(?= *[,}])/g)) {
    const prefix = line.text.slice(0, m.index);
    if ((prefix.match(/{/g) ?? []).length <= (prefix.match(/}/g) ?? []).length) continue;
    const [, , whole, decimals] = m;
    const start = line.start + m.index! + m[0].length - whole.length - 1 - decimals.length;
    const range = { start, end: start + whole.length + 1 + decimals.length };
    const written = `${whole},${decimals}`;
    const dot = `${whole}.${decimals}`;
    out.push({
      range,
      severity: 'error',
      message: {
        en: `In \`{ }\` a comma separates fields: '${written}' is read as ${whole} and a field '${decimals}'. Write ${dot} or "${written}".`,
        fr: `Entre accolades, la virgule sépare les champs : '${written}' est lu comme ${whole} et un champ '${decimals}'. Écrivez ${dot} ou "${written}".`,
      },
      fixes: [
        oneEdit({ en: `Write ${dot}`, fr: `Écrire ${dot}` }, range, dot),
        oneEdit({ en: `Write "${written}"`, fr: `Écrire "${written}"` }, range, `"${written}"`),
      ],
      patches: [{ offset: start + whole.length, char: '.' }],
      confirm: { kind: 'plain-scalar', start, end: start + whole.length, flow: true },
    });
  }
  return out;
};

/**
 * `contributes_to: [a, b` or `title: "Demo plan`, left open on a line the next one does not
 * continue: the parser reads on to the next closing bracket or quote and reports every line.
 */
const unclosedBracket: Detector = (line, next) => {
  const kl = keyLine(line);
  if (!kl || (next && next.indent > kl.keyIndent)) return undefined;
  const open = kl.rest[0];
  let missing: string | undefined;
  if (open === '[' && !kl.rest.includes('{') && count(kl.rest, '[') > count(kl.rest, ']')) missing = ']';
  if (open === '"' && count(kl.rest.replace(/\\./g, ''), '"') === 1) missing = '"';
  if (!missing) return undefined;
  const range = { start: kl.valueStart, end: kl.valueStart + kl.rest.length };
  const name =
    missing === ']' ? { en: 'bracket `[`', fr: 'crochet « [ »' } : { en: 'quote `"`', fr: 'guillemet « " »' };
  const end = missing === ']' ? { en: 'list', fr: 'de la liste' } : { en: 'text', fr: 'du texte' };
  return [
    {
      range,
      severity: 'error',
      broken: range,
      message: {
        en: `The ${name.en} opened here is not closed: add \`${missing}\` at the end of the ${end.en}.`,
        fr: `Le ${name.fr} ouvert ici n’est pas fermé : ajoutez « ${missing} » à la fin ${end.fr}.`,
      },
      fixes: [
        oneEdit(
          { en: `Add \`${missing}\``, fr: `Ajouter « ${missing} »` },
          { start: range.end, end: range.end },
          missing,
        ),
      ],
      patches: [{ offset: kl.valueStart, char: ' ' }],
      // The parser reports an unclosed quote where it gives up, lines further down.
      confirm: { kind: 'parse-error', line: line.index, after: true },
    },
  ];
};

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
