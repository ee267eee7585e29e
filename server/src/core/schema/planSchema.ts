import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schemaJson from '../../../../schemas/plan.schema.json';

/** The JSON Schema of plan files (schemas/plan.schema.json), typed loosely: it is data. */
export interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  description?: string;
  markdownDescription?: string;
  enumDescriptions?: string[];
  $ref?: string;
  [keyword: string]: unknown;
}

export const planSchema = schemaJson as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

export function definition(name: string): SchemaNode {
  return planSchema.definitions[name];
}

let compiled: ValidateFunction | undefined;

/** The compiled validator, built on first use (compiling costs a few milliseconds). */
export function planValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, strictRequired: false, strictTypes: false, allowUnionTypes: true });
    // Editor annotations that VS Code's JSON and YAML tooling read; not validation keywords.
    ajv.addVocabulary(['markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets']);
    compiled = ajv.compile(planSchema);
  }
  return compiled;
}

export type SchemaError = ErrorObject;
