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

let ajv: Ajv | undefined;
let compiled: ValidateFunction | undefined;
const byDefinition = new Map<string, ValidateFunction>();

function instance(): Ajv {
  if (!ajv) {
    ajv = new Ajv({
      allErrors: true,
      verbose: true,
      strict: true,
      strictRequired: false,
      strictTypes: false,
      allowUnionTypes: true,
    });
    // Editor annotations that VS Code's JSON and YAML tooling read (and their French, that the
    // language server reads); not validation keywords.
    ajv.addVocabulary([
      'markdownDescription',
      'enumDescriptions',
      'markdownEnumDescriptions',
      'defaultSnippets',
      'markdownDescriptionFr',
      'enumDescriptionsFr',
      'frenchAliases',
    ]);
  }
  return ajv;
}

/** The compiled validator of a whole file, built on first use (compiling costs tens of milliseconds). */
export function planValidator(): ValidateFunction {
  compiled ??= instance().compile(planSchema);
  return compiled;
}

/** The validator of one definition (an axis, an indicator...), sharing the schema's objects with planValidator. */
export function definitionValidator(name: string): ValidateFunction {
  let validate = byDefinition.get(name);
  if (!validate) {
    planValidator();
    validate = instance().getSchema(`${planSchema.$id as string}#/definitions/${name}`)!;
    byDefinition.set(name, validate);
  }
  return validate;
}

export type SchemaError = ErrorObject;
