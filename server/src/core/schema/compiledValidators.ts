import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import schemaJson from '../../../../schemas/plan.schema.json';
import { newAjv } from './ajvInstance';

// The validators of the plan schema, compiled by ajv on first use (about 100 ms). The bundles
// (esbuild.mjs) replace this module with the same validators compiled at build time
// (`validatorsSource.ts`): the CLI and the server do not compile the schema when they start.

let ajv: Ajv | undefined;
let plan: ValidateFunction | undefined;
const byDefinition = new Map<string, ValidateFunction>();

/** The validator of a whole file (no name), or of one definition of the schema (an axis, an indicator...). */
export function validatorFor(name?: string): ValidateFunction {
  ajv ??= newAjv();
  plan ??= ajv.compile(schemaJson);
  if (name === undefined) return plan;
  let validate = byDefinition.get(name);
  if (!validate) {
    validate = ajv.getSchema(`${schemaJson.$id}#/definitions/${name}`);
    if (!validate) throw new Error(`the plan schema has no definition '${name}'`);
    byDefinition.set(name, validate);
  }
  return validate;
}
