import type { JalonConfig } from './config/config';
import { isSuppressed, readSuppressions } from './config/suppressions';
import { buildPlanFile } from './model/buildModel';
import type { PlanFile } from './model/types';
import { parsePlanText } from './parse/parseFile';
import { assemblePlans, type Plan } from './plan/assemble';
import { PLAN_RULES } from './rules/allRules';
import { runRules, whereIs } from './rules/context';
import type { Finding } from './rules/finding';
import { defaultSeverity } from './rules/registry';
import { validateSchema } from './schema/validateSchema';

export interface SourceFile {
  /** A path (CLI) or URI (server): findings name files by it. */
  uri: string;
  /** The text as an editor holds it (no byte-order mark). */
  text: string;
}

export interface CheckedFile {
  file: PlanFile;
  findings: Finding[];
}

export interface CheckOptions {
  /** The configuration that applies to a file (its nearest `jalon.config.yaml`). */
  configFor?: (uri: string) => JalonConfig | undefined;
  isCancelled?: () => boolean;
}

/** Parses and models one file, with its syntax and schema findings. */
export function loadPlanFile(source: SourceFile): { file: PlanFile; findings: Finding[] } {
  const parsed = parsePlanText(source.uri, source.text);
  const file = buildPlanFile(parsed);
  return { file, findings: [...parsed.syntaxFindings, ...validateSchema(source.uri, parsed.document)] };
}

/** Two root files that declare the same plan id: the later one is reported. */
function duplicatePlanIds(plans: readonly Plan[]): Finding[] {
  const seen = new Map<string, PlanFile>();
  const findings: Finding[] = [];
  for (const plan of plans) {
    const root = plan.root;
    const id = root?.header?.id;
    if (!root || !id) continue;
    const first = seen.get(id.value);
    if (!first) {
      seen.set(id.value, root);
      continue;
    }
    const where = whereIs(root, first, first.header!.id!.range.start);
    findings.push({
      ruleId: 'ref/duplicate-id', severity: defaultSeverity('ref/duplicate-id'), uri: root.uri, range: id.range,
      message: {
        en: `The plan id '${id.value}' is already declared by another root file (${where.en}); give each plan its own id.`,
        fr: `L’identifiant de plan '${id.value}' est déjà déclaré par un autre fichier racine (${where.fr}) ; donnez à chaque plan son propre identifiant.`,
      },
    });
  }
  return findings;
}

/** Applies a file's configuration and suppression comments, then sorts by position. */
export function finalizeFindings(file: PlanFile, findings: Finding[], config: JalonConfig | undefined): Finding[] {
  const suppressions = readSuppressions(file.lineIndex);
  const out: Finding[] = [];
  for (const finding of findings) {
    const setting = config?.rules[finding.ruleId];
    if (setting === 'off' || isSuppressed(finding, suppressions, file.lineIndex)) continue;
    out.push(setting ? { ...finding, severity: setting } : finding);
  }
  return out.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || (a.ruleId < b.ruleId ? -1 : 1));
}

/**
 * Checks a set of plan files as the plans they form: each root with the parts that name it.
 * Findings come back per file, in the order the files were given.
 */
export function checkSources(sources: readonly SourceFile[], options: CheckOptions = {}): CheckedFile[] {
  const loaded = sources.map(loadPlanFile);
  const byUri = new Map<string, Finding[]>(loaded.map((l) => [l.file.uri, [...l.findings]]));
  const plans = assemblePlans(loaded.map((l) => l.file));
  const planFindings = [...duplicatePlanIds(plans), ...plans.flatMap((p) => runRules(p, PLAN_RULES, options.isCancelled))];
  for (const finding of planFindings) byUri.get(finding.uri)?.push(finding);
  return loaded.map(({ file }) => ({ file, findings: finalizeFindings(file, byUri.get(file.uri) ?? [], options.configFor?.(file.uri)) }));
}
