import standaloneCode from 'ajv/dist/standalone';
import schemaJson from '../../../../schemas/plan.schema.json';
import { newAjv } from './ajvInstance';

/** What `standaloneCode` names the values it writes out: for each schema object, the constant holding its copy. */
interface ScopeName {
  str: string;
  value?: { code?: { toString(): string } };
}

/** Every object of the schema by identity, with its JSON pointer. */
function pointers(node: unknown, at: string, found: Map<unknown, string>): Map<unknown, string> {
  if (node === null || typeof node !== 'object' || found.has(node)) return found;
  found.set(node, at);
  for (const [key, value] of Object.entries(node))
    pointers(value, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, found);
  return found;
}

/**
 * The source of `compiledValidators.ts` as the bundles hold it: every validator of the plan
 * schema compiled now by ajv (`standaloneCode`, the same options as at run time), for
 * esbuild.mjs to put in place of compiling on first use. The schema objects the errors point
 * at (`parentSchema`) are the imported schema's own, looked up by pointer rather than copied,
 * so the checks that compare them with `definition(...)` hold as they do at run time.
 * `schemaImport` is the path the module imports schemas/plan.schema.json by.
 */
export function validatorsSource(schemaImport: string): string {
  const ajv = newAjv(true);
  ajv.addSchema(schemaJson);
  const names = ['plan', ...Object.keys(schemaJson.definitions)];
  const refs = Object.fromEntries(
    names.map((name) => [name, name === 'plan' ? schemaJson.$id : `${schemaJson.$id}#/definitions/${name}`]),
  );
  let code = standaloneCode(ajv, refs);
  const values = (ajv.scope as unknown as { _values: Record<string, Map<unknown, ScopeName> | undefined> })._values;
  const where = pointers(schemaJson, '', new Map());
  for (const [object, name] of values.schema ?? []) {
    // The scope also holds objects no exported validator uses (the meta-schema): not written out.
    if (!code.includes(`const ${name.str} = `)) continue;
    const pointer = where.get(object);
    const copy = `const ${name.str} = ${name.value?.code?.toString() ?? ''};`;
    if (pointer === undefined || !code.includes(copy)) throw new Error(`cannot place the schema object ${name.str}`);
    code = code.replace(copy, () => `const ${name.str} = at(${JSON.stringify(pointer)});`);
  }
  const exported = /^"use strict";|(?<=[;}])exports\.(\w+) = /g;
  code = code.replace(exported, (_match, name?: string) => (name ? `validators.${name} = ` : ''));
  return [
    `import schemaJson from ${JSON.stringify(schemaImport)};`,
    `const at = (pointer) => pointer.split('/').slice(1).reduce((node, key) => node[key.replace(/~1/g, '/').replace(/~0/g, '~')], schemaJson);`,
    'const validators = {};',
    code,
    `export function validatorFor(name) { const validate = validators[name ?? 'plan']; if (!validate) throw new Error("the plan schema has no definition '" + name + "'"); return validate; }`,
    '',
  ].join('\n');
}
