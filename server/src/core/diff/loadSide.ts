import { buildPlanFile } from '../model/buildModel';
import type { PlanFile } from '../model/types';
import { parsePlanText } from '../parse/parseFile';
import { assemblePlans, type Plan } from '../plan/assemble';
import type { Finding } from '../rules/finding';
import type { SourceFile } from '../workspace/loadPlanFile';

export interface LoadedSide {
  plans: Plan[];
  /** The first syntax error of each file that is not valid YAML: the diff covers what parsed. */
  syntaxErrors: { file: PlanFile; finding: Finding }[];
}

/** One side's files parsed and assembled into plans as `jalon check` does (without the schema check, which the diff does not need). */
export function loadSide(sources: readonly SourceFile[]): LoadedSide {
  const syntaxErrors: LoadedSide['syntaxErrors'] = [];
  const files = sources.map((source) => {
    const parsed = parsePlanText(source.uri, source.text);
    const file = buildPlanFile(parsed);
    const finding = parsed.syntaxFindings.find((f) => f.ruleId === 'yaml/syntax');
    if (finding) syntaxErrors.push({ file, finding });
    return file;
  });
  return { plans: assemblePlans(files), syntaxErrors };
}
