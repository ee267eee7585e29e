import type { ErrorObject, ValidateFunction } from 'ajv';
import schemaJson from '../../../../schemas/plan.schema.json';
import { validatorFor } from './compiledValidators';

/** The JSON Schema of plan files (schemas/plan.schema.json), typed loosely: it is data. */
export interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  description?: string;
  markdownDescription?: string;
  enumDescriptions?: string[];
  /** The French of `markdownDescription` and `enumDescriptions`, for the language server's French locale. */
  markdownDescriptionFr?: string;
  enumDescriptionsFr?: string[];
  $ref?: string;
  [keyword: string]: unknown;
}

export const planSchema = schemaJson as unknown as SchemaNode & { definitions: Record<string, SchemaNode> };

export function definition(name: string): SchemaNode {
  return planSchema.definitions[name];
}

/** The compiled validator of a whole file. */
export function planValidator(): ValidateFunction {
  return validatorFor();
}

/** The validator of one definition (an axis, an indicator...), sharing the schema's objects with planValidator. */
export function definitionValidator(name: string): ValidateFunction {
  return validatorFor(name);
}

export type SchemaError = ErrorObject;
