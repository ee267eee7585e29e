import { buildPlanFile } from '../model/buildModel';
import type { PlanFile } from '../model/types';
import { parsePlanText } from '../parse/parseFile';
import type { Finding } from '../rules/finding';
import type { FileProblem } from './fileProblem';
import { validateSchema } from '../schema/validateSchema';

export interface SourceFile {
  /** A path (CLI) or URI (server): findings name files by it. */
  uri: string;
  /** The text as an editor holds it (no byte-order mark). */
  text: string;
  /** Why the file could not be read (then `text` is empty). */
  problem?: FileProblem;
}

/**
 * Parses and models one file, with its syntax and schema findings. Given the file's previous
 * version, the parts of the text that did not change are not parsed or modelled again.
 */
export function loadPlanFile(source: SourceFile, previous?: PlanFile): { file: PlanFile; findings: Finding[] } {
  const { file, findings } = loadPlanFileLazily(source, previous);
  return { file, findings: findings() };
}

/**
 * The same, with the schema check left until the findings are asked for (once): a command that
 * reads a plan without reporting on it (`jalon render --dashboard`) does not pay for it.
 */
export function loadPlanFileLazily(
  source: SourceFile,
  previous?: PlanFile,
): { file: PlanFile; findings: () => Finding[] } {
  const parsed = parsePlanText(source.uri, source.text, previous?.source);
  const file = buildPlanFile(parsed);
  let findings: Finding[] | undefined;
  return {
    file,
    findings: () => (findings ??= [...parsed.syntaxFindings, ...validateSchema(source.uri, parsed.document)]),
  };
}
