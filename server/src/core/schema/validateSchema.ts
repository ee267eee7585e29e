import { isScalar } from 'yaml';
import { segmentJS, type SegmentedDocument } from '../parse/segmentedDocument';
import { didYouMean } from '../text/didYouMean';
import { capitalized, fieldOf, subject, type ItemName } from '../model/describe';
import type { Localized } from '../i18n/locale';
import { beyondRangeMessage, invalidDateMessage, show } from '../i18n/messages';
import type { Finding, Fix } from '../rules/finding';
import { removeDashFix } from './listAsMapping';
import type { RuleId } from '../rules/registry';
import { defaultSeverity } from '../rules/registry';
import type { OffsetRange } from '../text/lineIndex';
import { plainRange } from '../text/basedRange';
import { definition, definitionValidator, planValidator, type SchemaError, type SchemaNode } from './planSchema';
import { locateKey, objectAnchor, valueRange } from './locate';
import { suggestDate } from '../model/dateSlips';
import { frenchField, frenchValue } from './frenchAliases';
import { nameAtPath } from './pathNames';

const ID_FORM = new RegExp(definition('id').pattern as string);

const TYPE_WORDS: Record<string, Localized> = {
  string: { en: 'text', fr: 'du texte' },
  integer: { en: 'a whole number', fr: 'un nombre entier' },
  number: { en: 'a number', fr: 'un nombre' },
  boolean: { en: 'true or false', fr: 'true ou false' },
  array: { en: 'a list', fr: 'une liste' },
  object: { en: 'a mapping of fields', fr: 'un bloc de champs' },
  null: { en: 'empty', fr: 'vide' },
};

function typeOfValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function segmentsOf(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(root: unknown, segments: readonly string[]): unknown {
  let value = root;
  for (const s of segments)
    value = value && typeof value === 'object' ? (value as Record<string, unknown>)[s] : undefined;
  return value;
}

/** "`status` of action 'x'", or "`details` #2 of action 'x'" for a list item. */
function leafName(root: unknown, segments: readonly string[]): Localized {
  const last = segments[segments.length - 1];
  if (last === undefined) return { en: 'the plan file', fr: 'le fichier de plan' };
  if (/^\d+$/.test(last) && segments.length >= 2) {
    const owner = nameAtPath(root, segments.slice(0, -2));
    const list = segments[segments.length - 2];
    const n = Number(last) + 1;
    return { en: `\`${list}\` #${n} of ${owner.en}`, fr: `\`${list}\` n°${n} ${owner.frOf}` };
  }
  return fieldOf(last, nameAtPath(root, segments.slice(0, -1)));
}

interface Mapped {
  ruleId: RuleId;
  range: OffsetRange;
  message: Localized;
  suggestions?: string[];
  fixes?: Fix[];
}

function mapError(document: SegmentedDocument, root: unknown, error: SchemaError): Mapped | undefined {
  const segments = segmentsOf(error.instancePath);
  const value = valueAt(root, segments);
  const parent = error.parentSchema as SchemaNode | undefined;
  const field = leafName(root, segments);
  const here = () => valueRange(document, segments);

  if (parent === definition('date')) {
    const suggestion = suggestDate(value);
    return {
      ruleId: 'date/invalid',
      range: here(),
      message: invalidDateMessage(field, value, suggestion),
      suggestions: suggestion ? [suggestion] : undefined,
    };
  }
  switch (error.keyword) {
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty;
      if (segments.length === 0 && missing === 'plan') {
        return {
          ruleId: 'schema/required',
          range: objectAnchor(document, segments),
          message: {
            en: 'The file has neither `plan:` (a root plan file) nor `part_of:` (a part of a plan); add one of them.',
            fr: 'Le fichier n’a ni `plan:` (fichier racine d’un plan) ni `part_of:` (partie d’un plan) ; ajoutez l’un des deux.',
          },
        };
      }
      const owner = capitalized(subject(nameAtPath(root, segments)));
      return {
        ruleId: 'schema/required',
        range: objectAnchor(document, segments),
        message: {
          en: `${owner.en} has no \`${missing}\`; add \`${missing}: …\`.`,
          fr: `${owner.fr} n’a pas de champ \`${missing}\` ; ajoutez \`${missing}: …\`.`,
        },
      };
    }
    case 'dependencies': {
      // `rag` in a report needs a `note` that says why (the only dependency of the schema).
      const { property, missingProperty } = error.params as { property: string; missingProperty: string };
      const owner = capitalized(subject(nameAtPath(root, segments)));
      return {
        ruleId: 'schema/required',
        range: objectAnchor(document, segments),
        message: {
          en: `${owner.en} has \`${property}\` but no \`${missingProperty}\`; add \`${missingProperty}: …\` to say why.`,
          fr: `${owner.fr} a un champ \`${property}\` mais pas de \`${missingProperty}\` ; ajoutez \`${missingProperty}: …\` pour dire pourquoi.`,
        },
      };
    }
    case 'additionalProperties': {
      const extra = (error.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(parent?.properties ?? {});
      // A field the mapping already has is no typo's target: renaming to it would repeat a key.
      const present = valueAt(root, segments);
      const free = allowed.filter((k) => !(present && typeof present === 'object' && k in present));
      const guess = frenchField(extra, free) ?? didYouMean(extra, free);
      const owner = nameAtPath(root, segments);
      const range = locateKey(document, segments, extra) ?? objectAnchor(document, segments);
      return {
        ruleId: 'schema/unknown-field',
        range,
        suggestions: guess ? [guess] : undefined,
        message: guess
          ? {
              en: `\`${extra}\` is not a field of ${owner.en}; did you mean \`${guess}\`?`,
              fr: `\`${extra}\` n’est pas un champ ${owner.frOf} ; vouliez-vous dire \`${guess}\` ?`,
            }
          : {
              en: `\`${extra}\` is not a field of ${owner.en}; its fields are ${allowed.join(', ')}.`,
              fr: `\`${extra}\` n’est pas un champ ${owner.frOf} ; ses champs sont ${allowed.join(', ')}.`,
            },
      };
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const guess = typeof value === 'string' ? (frenchValue(value, allowed) ?? didYouMean(value, allowed)) : undefined;
      const list = allowed.join(', ');
      return {
        ruleId: 'schema/enum',
        range: here(),
        suggestions: guess ? [guess] : allowed,
        message: {
          en: `${field.en} is ${show(value)}; expected one of ${list}${guess ? ` — did you mean '${guess}'?` : '.'}`,
          fr: `${field.fr} vaut ${show(value)} ; valeurs permises : ${list}${guess ? ` — vouliez-vous dire '${guess}' ?` : '.'}`,
        },
      };
    }
    case 'type': {
      // `.inf`, `.nan` and numbers beyond double range are numbers to YAML but none to JSON.
      if (typeof value === 'number' && !Number.isFinite(value))
        return { ruleId: 'schema/type', range: here(), message: beyondRangeMessage(field, value) };
      const expected = String((error.params as { type: string }).type).split(',');
      const words = (l: 'en' | 'fr') => expected.map((t) => TYPE_WORDS[t]?.[l] ?? t).join(l === 'en' ? ' or ' : ' ou ');
      const actual = TYPE_WORDS[typeOfValue(value)] ?? TYPE_WORDS.null;
      // Lines starting with `- ` where fields were expected: the dashes are the slip.
      const listHint =
        expected.includes('object') && Array.isArray(value)
          ? {
              en: ' Remove the `- ` before its fields: they go directly under the key.',
              fr: ' Retirez le « - » devant ses champs : ils se placent directement sous la clé.',
            }
          : { en: '', fr: '' };
      const fixes = listHint.en ? removeDashFix(document, segments) : undefined;
      return {
        ruleId: 'schema/type',
        range: here(),
        ...(fixes ? { fixes } : {}),
        message: {
          en: `${capitalized(field).en} must be ${words('en')}, not ${actual.en}.${listHint.en}`,
          fr: `${capitalized(field).fr} doit être ${words('fr')}, pas ${actual.fr}.${listHint.fr}`,
        },
      };
    }
    case 'pattern': {
      const bare = parent === definition('id') ? unaccentedId(value) : undefined;
      return {
        ruleId: 'schema/pattern',
        range: here(),
        message: patternMessage(parent, field, value),
        suggestions: bare ? [bare] : undefined,
      };
    }
    case 'minimum':
    case 'maximum': {
      const min = parent?.minimum as number | undefined;
      const max = parent?.maximum as number | undefined;
      const bounds =
        min !== undefined && max !== undefined
          ? { en: `between ${min} and ${max}`, fr: `entre ${min} et ${max}` }
          : min !== undefined
            ? { en: `at least ${min}`, fr: `au moins ${min}` }
            : { en: `at most ${max}`, fr: `au plus ${max}` };
      return {
        ruleId: 'schema/type',
        range: here(),
        message: {
          en: `${capitalized(field).en} is ${show(value)}; it must be ${bounds.en}.`,
          fr: `${capitalized(field).fr} vaut ${show(value)} ; il doit être ${bounds.fr}.`,
        },
      };
    }
    case 'uniqueItems': {
      const { i, j } = error.params as { i: number; j: number };
      return {
        ruleId: 'schema/type',
        range: valueRange(document, [...segments, String(i)]),
        message: {
          en: `${capitalized(field).en} lists ${show((value as unknown[])[i])} twice (items ${j + 1} and ${i + 1}); remove one.`,
          fr: `${capitalized(field).fr} cite ${show((value as unknown[])[i])} deux fois (éléments ${j + 1} et ${i + 1}) ; supprimez-en un.`,
        },
      };
    }
    case 'oneOf':
    case 'anyOf':
      return alternativesMessage(document, root, segments, parent, field);
    default:
      return {
        ruleId: 'schema/type',
        range: here(),
        message: {
          en: `${capitalized(field).en}: ${error.message ?? 'invalid value'}.`,
          fr: `${capitalized(field).fr} : valeur invalide (${error.message ?? ''}).`,
        },
      };
  }
}

/** `filière-gériatrique` → `filiere-geriatrique`: the id an accented one stands for, when that is a valid id. */
function unaccentedId(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const bare = value.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/g, '-');
  return bare !== value && ID_FORM.test(bare) ? bare : undefined;
}

function patternMessage(parent: SchemaNode | undefined, field: Localized, value: unknown): Localized {
  const head = { en: `${capitalized(field).en} is ${show(value)}`, fr: `${capitalized(field).fr} vaut ${show(value)}` };
  if (parent === definition('id')) {
    const bare = unaccentedId(value);
    const guess = bare
      ? { en: ` — did you mean '${bare}'?`, fr: ` — vouliez-vous dire '${bare}' ?` }
      : { en: '.', fr: '.' };
    return {
      en: `${head.en}, which is not a valid id: use letters without accents, digits, '.', '_' or '-', starting with a letter or digit${guess.en}`,
      fr: `${head.fr}, qui n’est pas un identifiant valide : lettres sans accents, chiffres, '.', '_' ou '-', en commençant par une lettre ou un chiffre${guess.fr}`,
    };
  }
  if (parent === definition('quantity')) {
    return {
      en: `${head.en}, which is not a quantity: write a number (80), a number and the unit ("80 M€", "1 000") or tbd.`,
      fr: `${head.fr}, qui n’est pas une quantité : écrivez un nombre (80), un nombre et l’unité ("80 M€", "1 000") ou tbd.`,
    };
  }
  if (parent === definition('planHeader').properties?.language) {
    return {
      en: `${head.en}, which is not a language tag: write fr, en or fr-CA.`,
      fr: `${head.fr}, qui n’est pas une étiquette de langue : écrivez fr, en ou fr-CA.`,
    };
  }
  if (parent === (definition('indicator').properties?.range as SchemaNode | undefined)?.properties?.max) {
    return {
      en: `${head.en}, which is not a bound: write a number (150) or none (no upper bound).`,
      fr: `${head.fr}, qui n’est pas une borne : écrivez un nombre (150) ou none (sans borne haute).`,
    };
  }
  if (parent === definition('target').properties?.change) {
    return {
      en: `${head.en}, which is not a change: write x2, +15 pts, +20 % or -10 %.`,
      fr: `${head.fr}, qui n’est pas une évolution : écrivez x2, +15 pts, +20 % ou -10 %.`,
    };
  }
  return { en: `${head.en}, which does not have the expected form.`, fr: `${head.fr}, qui n’a pas la forme attendue.` };
}

function alternativesMessage(
  document: SegmentedDocument,
  root: unknown,
  segments: string[],
  parent: SchemaNode | undefined,
  field: Localized,
): Mapped {
  const target = definition('target');
  const [valueOrChange, oneDate] = target.allOf as SchemaNode[];
  const owner: ItemName = nameAtPath(root, segments);
  const who = capitalized(subject(owner));
  if (parent === oneDate) {
    const object = valueAt(root, segments) as Record<string, unknown>;
    const present = ['by', 'each_year', 'over'].filter((k) => k in object);
    if (present.length === 0) {
      return {
        ruleId: 'schema/required',
        range: objectAnchor(document, segments),
        message: {
          en: `${who.en} has no date; add one of \`by\`, \`each_year\` or \`over\`.`,
          fr: `${who.fr} n’a pas d’échéance ; ajoutez \`by\`, \`each_year\` ou \`over\`.`,
        },
      };
    }
    const list = present.map((k) => `\`${k}\``).join(' + ');
    return {
      ruleId: 'schema/type',
      range: locateKey(document, segments, present[1]) ?? objectAnchor(document, segments),
      message: { en: `${who.en} has ${list}; keep only one of them.`, fr: `${who.fr} a ${list} ; n’en gardez qu’un.` },
    };
  }
  if (parent === valueOrChange) {
    return {
      ruleId: 'schema/required',
      range: objectAnchor(document, segments),
      message: {
        en: `${who.en} has neither \`value\` nor \`change\`; add one.`,
        fr: `${who.fr} n’a ni \`value\` ni \`change\` ; ajoutez l’un des deux.`,
      },
    };
  }
  const last = segments[segments.length - 1];
  const expected =
    last === 'each_year'
      ? { en: '`true` or `{ from, to }`', fr: '`true` ou `{ from, to }`' }
      : last === 'part_of'
        ? { en: 'an indicator id', fr: 'un identifiant d’indicateur' }
        : { en: 'one of the allowed forms', fr: 'l’une des formes permises' };
  return {
    ruleId: 'schema/type',
    range: valueRange(document, segments),
    message: {
      en: `${capitalized(field).en} must be ${expected.en}.`,
      fr: `${capitalized(field).fr} doit être ${expected.fr}.`,
    },
  };
}

/** Errors ajv raises inside each branch of a oneOf/anyOf, or for if/then: the summary error says it once. */
function isNoise(error: SchemaError): boolean {
  return error.keyword === 'if' || /\/(oneOf|anyOf)\/\d+\//.test(error.schemaPath);
}

/** An anyOf/oneOf between the forms one value may take (`each_year`: true or a span), not the target's field combinations. */
function isValueAlternatives(error: SchemaError): boolean {
  if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') return false;
  return !(definition('target').allOf as SchemaNode[]).includes(error.parentSchema as SchemaNode);
}

/**
 * A branch reached through a $ref reports its errors under the referenced schema's path, so
 * isNoise misses them and one bad value would be reported twice. When a branch error is about
 * the value's inside (a span without `to`, a bad date in it, an id of the wrong form), the value
 * has that branch's shape: keep those errors, drop the summary. When the value has none of the
 * shapes (only type errors on it), keep the summary, which names every accepted form.
 */
function resolveAlternatives(errors: SchemaError[]): SchemaError[] {
  const drop = new Set<SchemaError>();
  for (const summary of errors.filter(isValueAlternatives)) {
    const path = summary.instancePath;
    const inside = errors.filter(
      (e) => e !== summary && (e.instancePath === path || e.instancePath.startsWith(`${path}/`)),
    );
    const wrongShape = (e: SchemaError) => e.instancePath === path && e.keyword === 'type';
    for (const e of inside) if (wrongShape(e)) drop.add(e);
    if (inside.some((e) => !wrongShape(e))) drop.add(summary);
  }
  return errors.filter((e) => !drop.has(e));
}

function overlaps(a: OffsetRange, b: OffsetRange): boolean {
  return a.start < Math.max(b.end, b.start + 1) && b.start < Math.max(a.end, a.start + 1);
}

/**
 * Validates one file's data against the plan schema and maps every error to the YAML node it
 * is about, one finding per problem.
 */
export function validateSchema(uri: string, document: SegmentedDocument): Finding[] {
  // Where the parser failed, the data is its best guess: a shape finding there only echoes the
  // yaml/syntax finding (`title: Demo: plan` is "not text"), and a field it swallowed looks missing.
  const broken: OffsetRange[] = [
    ...document
      .errors()
      .filter((e) => e.code !== 'DUPLICATE_KEY')
      .map((e) => plainRange(e.range)),
    ...document.broken,
  ];
  const batches = isReport(document)
    ? [wholeReport(document)]
    : document.segments.length === 1
      ? [wholeFile(document)]
      : bySegment(document);
  if (batches.length === 1 && (batches[0].root === null || batches[0].root === undefined)) {
    if (broken.length > 0) return [];
    return [
      {
        ruleId: 'schema/required',
        severity: defaultSeverity('schema/required'),
        uri,
        range: { start: 0, end: 0 },
        message: {
          en: 'The file is empty: a plan file starts with `plan:` (a root file) or `part_of:` (a part of a plan).',
          fr: 'Le fichier est vide : un fichier de plan commence par `plan:` (fichier racine) ou `part_of:` (partie d’un plan).',
        },
      },
    ];
  }
  const seen = new Map<string, string[]>();
  const findings: Finding[] = [];
  for (const { root, errors: raw } of batches) {
    const errors = resolveAlternatives(raw.filter((e) => !isNoise(e)));
    const typeErrorPaths = new Set(errors.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
    for (const error of errors) {
      if (error.keyword !== 'type' && typeErrorPaths.has(error.instancePath)) continue;
      const mapped = mapError(document, root, error);
      if (!mapped) continue;
      if (broken.some((b) => overlaps(b, mapped.range))) continue;
      if (mapped.ruleId === 'schema/required') {
        const container = valueRange(document, segmentsOf(error.instancePath));
        if (broken.some((b) => b.start >= container.start && b.start <= container.end)) continue;
      }
      // Keyed without the message: hashing 100,000 long keys was a tenth of the check of a file that big.
      const key = `${mapped.ruleId}|${mapped.range.start}`;
      const messages = seen.get(key);
      if (messages?.includes(mapped.message.en)) continue;
      if (messages) messages.push(mapped.message.en);
      else seen.set(key, [mapped.message.en]);
      const fixes = mapped.fixes?.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, uri })) }));
      findings.push({
        ...mapped,
        range: plainRange(mapped.range),
        uri,
        severity: defaultSeverity(mapped.ruleId),
        ...(fixes ? { fixes } : {}),
      });
    }
  }
  return findings;
}

/** Errors to map, with the data they are about (to read values and name items). */
interface Batch {
  root: unknown;
  errors: SchemaError[];
}

function wholeFile(document: SegmentedDocument): Batch {
  const root = document.toJS();
  if (root === null || root === undefined) return { root, errors: [] };
  const validate = planValidator();
  return { root, errors: validate(root) ? [] : [...(validate.errors ?? [])] };
}

/** A progress report (`report_of:` at the top level) has its own definition in the schema. */
function isReport(document: SegmentedDocument): boolean {
  return document.topPairs().some(({ pair }) => isScalar(pair.key) && pair.key.value === 'report_of');
}

/** A report is small and has no lists of items: it is validated in one piece. */
function wholeReport(document: SegmentedDocument): Batch {
  const root = document.toJS();
  const validate = definitionValidator('report');
  return { root, errors: validate(root) ? [] : [...(validate.errors ?? [])] };
}

/** The list items each file kind holds, and their definitions (other lists are the header's error). */
const ITEM_DEFINITIONS = {
  root: { axes: 'axis', indicators: 'indicator', owners: 'ownerEntry' },
  part: { objectives: 'objective', indicators: 'indicator', owners: 'ownerEntry' },
} as const;

interface ItemValidation {
  errors: SchemaError[];
  /** The item's data, kept only when there are errors to map. */
  value?: unknown;
}

/**
 * A split file is validated piece by piece: the top-level keys together (lists left empty),
 * then each list item against its definition, once per item text (an edit re-validates the
 * item it changed). The errors are those validating the file in one piece gives, at the same paths.
 */
function bySegment(document: SegmentedDocument): Batch[] {
  const header = document.headerJS();
  const validate = planValidator();
  const batches: Batch[] = [{ root: header, errors: validate(header) ? [] : [...(validate.errors ?? [])] }];
  const definitions: Record<string, string> = 'part_of' in header ? ITEM_DEFINITIONS.part : ITEM_DEFINITIONS.root;
  const indices = new Map<string, number>();
  const replacedLists = new Map<string, boolean>();
  const replaced = (key: string) => {
    if (!replacedLists.has(key)) replacedLists.set(key, document.replacedList(key));
    return replacedLists.get(key)!;
  };
  for (const segment of document.segments) {
    if (segment.kind !== 'item' || segment.key === undefined || replaced(segment.key)) continue;
    const index = indices.get(segment.key) ?? 0;
    indices.set(segment.key, index + 1);
    const name = definitions[segment.key];
    if (!name) continue;
    let validation = segment.validation as ItemValidation | undefined;
    if (!validation) {
      const value = (segmentJS(segment) as unknown[] | null)?.[0];
      const check = definitionValidator(name);
      const errors = check(value) ? [] : [...(check.errors ?? [])];
      validation = errors.length > 0 ? { errors, value } : { errors };
      segment.validation = validation;
    }
    if (validation.errors.length === 0) continue;
    const prefix = `/${segment.key}/${index}`;
    const list: unknown[] = [];
    list[index] = validation.value;
    // The header is read through the prototype, not copied: a copy per item would cost the
    // number of top-level keys for each item with an error.
    const root = Object.create(header) as Record<string, unknown>;
    root[segment.key] = list;
    batches.push({
      root,
      errors: validation.errors.map((e) => ({ ...e, instancePath: prefix + e.instancePath })),
    });
  }
  return batches;
}
