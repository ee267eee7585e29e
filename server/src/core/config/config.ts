import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import type { Localized } from '../i18n/locale';
import type { Severity } from '../rules/finding';
import { isRuleId, RULE_IDS, type RuleId } from '../rules/registry';
import { CHANGE_KIND_IDS, DIFF_CLASSES, isChangeKind, type ChangeKind, type DiffClass } from '../diff/kinds';
import { didYouMean } from '../text/didYouMean';
import type { OffsetRange } from '../text/lineIndex';
import { parseFileSize } from './fileSize';

export type RuleSetting = Severity | 'off';

/** `jalon.config.yaml`: severities per rule, the globs of plan files, the size limit of a plan file, and the classes of `jalon diff`'s changes. */
export interface JalonConfig {
  rules: Partial<Record<RuleId, RuleSetting>>;
  files?: string[];
  /** In bytes (`max_file_size: 20 MB`); DEFAULT_MAX_FILE_SIZE when absent. */
  maxFileSize?: number;
  diff?: Partial<Record<ChangeKind, DiffClass>>;
}

export interface ConfigProblem {
  range: OffsetRange;
  message: Localized;
}

export const CONFIG_FILE_NAME = 'jalon.config.yaml';
const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

function rangeOf(node: Node | null | undefined): OffsetRange {
  return node?.range ? { start: node.range[0], end: node.range[1] } : { start: 0, end: 0 };
}

/** Reads a configuration file; every problem names the key at fault, and the rest still applies. */
export function parseConfig(text: string): { config: JalonConfig; problems: ConfigProblem[] } {
  const config: JalonConfig = { rules: {} };
  const problems: ConfigProblem[] = [];
  const document = parseDocument(text, { prettyErrors: false });
  for (const error of document.errors) {
    problems.push({
      range: { start: error.pos[0], end: error.pos[1] },
      message: { en: `YAML syntax error: ${error.message}`, fr: `Erreur de syntaxe YAML : ${error.message}` },
    });
  }
  const root = document.contents;
  if (root === null) return { config, problems };
  if (!isMap(root)) {
    problems.push({
      range: rangeOf(root),
      message: {
        en: 'The configuration must be a mapping with `rules:` and `files:`.',
        fr: 'La configuration doit être un bloc avec `rules:` et `files:`.',
      },
    });
    return { config, problems };
  }
  for (const pair of root.items as Pair<Node, Node | null>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key === 'rules') readRules(pair.value, config, problems);
    else if (key === 'diff') readDiffClasses(pair.value, config, problems);
    else if (key === 'files') {
      if (isSeq(pair.value) && pair.value.items.every((i) => isScalar(i) && typeof i.value === 'string')) {
        config.files = pair.value.items.map((i) => String((i as { value: unknown }).value));
      } else
        problems.push({
          range: rangeOf(pair.value ?? pair.key),
          message: {
            en: '`files` must be a list of globs (`- "plans/**/*.plan.yaml"`).',
            fr: '`files` doit être une liste de motifs (`- "plans/**/*.plan.yaml"`).',
          },
        });
    } else if (key === 'max_file_size') {
      const size = isScalar(pair.value) ? parseFileSize(pair.value.value) : undefined;
      if (size !== undefined) config.maxFileSize = size;
      else
        problems.push({
          range: rangeOf(pair.value ?? pair.key),
          message: {
            en: '`max_file_size` must be a size such as `20 MB` or `500 KB` (or a number of bytes).',
            fr: '`max_file_size` doit être une taille telle que `20 MB` ou `500 KB` (ou un nombre d’octets).',
          },
        });
    } else {
      problems.push({
        range: rangeOf(pair.key),
        message: {
          en: `Unknown setting \`${key}\`; the configuration has \`rules\`, \`files\`, \`max_file_size\` and \`diff\`.`,
          fr: `Réglage \`${key}\` inconnu ; la configuration comporte \`rules\`, \`files\`, \`max_file_size\` et \`diff\`.`,
        },
      });
    }
  }
  return { config, problems };
}

function readRules(node: Node | null, config: JalonConfig, problems: ConfigProblem[]): void {
  if (node === null) return;
  if (!isMap(node)) {
    problems.push({
      range: rangeOf(node),
      message: {
        en: '`rules` must map rule ids to off, info, warning or error.',
        fr: '`rules` doit associer des identifiants de règles à off, info, warning ou error.',
      },
    });
    return;
  }
  for (const pair of node.items as Pair<Node, Node | null>[]) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = isScalar(pair.value) ? String(pair.value.value) : '';
    if (!isRuleId(id)) {
      const guess = didYouMean(id, RULE_IDS);
      problems.push({
        range: rangeOf(pair.key),
        message: {
          en: `Unknown rule '${id}'${guess ? `; did you mean '${guess}'?` : '.'}`,
          fr: `Règle '${id}' inconnue${guess ? ` ; vouliez-vous dire '${guess}' ?` : '.'}`,
        },
      });
      continue;
    }
    if (!SETTINGS.includes(value as RuleSetting)) {
      problems.push({
        range: rangeOf(pair.value ?? pair.key),
        message: {
          en: `Rule '${id}' is set to '${value}'; use off, info, warning or error.`,
          fr: `La règle '${id}' vaut '${value}' ; utilisez off, info, warning ou error.`,
        },
      });
      continue;
    }
    config.rules[id] = value as RuleSetting;
  }
}

/** `diff: { target-lowered: notice }`: the class of each kind of change `jalon diff` reports. */
function readDiffClasses(node: Node | null, config: JalonConfig, problems: ConfigProblem[]): void {
  if (node === null) return;
  if (!isMap(node)) {
    problems.push({
      range: rangeOf(node),
      message: {
        en: '`diff` must map kinds of change to attention or notice (`target-lowered: notice`).',
        fr: '`diff` doit associer des types de changement à attention ou notice (`target-lowered: notice`).',
      },
    });
    return;
  }
  const classes: Partial<Record<ChangeKind, DiffClass>> = {};
  for (const pair of node.items as Pair<Node, Node | null>[]) {
    const kind = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = isScalar(pair.value) ? String(pair.value.value) : '';
    if (!isChangeKind(kind)) {
      const guess = didYouMean(kind, CHANGE_KIND_IDS);
      problems.push({
        range: rangeOf(pair.key),
        message: {
          en: `Unknown kind of change '${kind}'${guess ? `; did you mean '${guess}'?` : '; see docs/diff.md.'}`,
          fr: `Type de changement '${kind}' inconnu${guess ? ` ; vouliez-vous dire '${guess}' ?` : ' ; voir docs/diff.md.'}`,
        },
      });
    } else if (!DIFF_CLASSES.includes(value as DiffClass)) {
      problems.push({
        range: rangeOf(pair.value ?? pair.key),
        message: {
          en: `'${kind}' is set to '${value}'; use attention or notice.`,
          fr: `'${kind}' vaut '${value}' ; utilisez attention ou notice.`,
        },
      });
    } else classes[kind] = value as DiffClass;
  }
  config.diff = classes;
}
