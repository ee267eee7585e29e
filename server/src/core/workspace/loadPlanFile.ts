import { buildPlanFile } from '../model/buildModel';
import type { PlanFile } from '../model/types';
import { parsePlanText } from '../parse/parseFile';
import type { Finding } from '../rules/finding';
import { validateSchema } from '../schema/validateSchema';

export interface SourceFile {
  /** A path (CLI) or URI (server): findings name files by it. */
  uri: string;
  /** The text as an editor holds it (no byte-order mark). */
  text: string;
}

/** Parses and models one file, with its syntax and schema findings. */
export function loadPlanFile(source: SourceFile): { file: PlanFile; findings: Finding[] } {
  const parsed = parsePlanText(source.uri, source.text);
  const file = buildPlanFile(parsed);
  return { file, findings: [...parsed.syntaxFindings, ...validateSchema(source.uri, parsed.document)] };
}
