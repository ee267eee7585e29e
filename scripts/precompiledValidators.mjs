// The esbuild plugin that puts the plan schema's validators, compiled at build time, in place
// of server/src/core/schema/compiledValidators.ts (ajv compiling them on first use, about
// 100 ms when the CLI or the server starts). The code is written by `validatorsSource`
// (server/src/core/schema/validatorsSource.ts) with the same ajv options; esbuild.mjs uses the
// plugin for every bundle, and server/test/core/precompiledValidators.test.ts checks that both
// give the same findings.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import { dirname, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, 'server/src/core/schema/compiledValidators.ts');

/** `validatorsSource` itself, bundled and loaded (it is TypeScript, this script is not). */
async function standaloneValidators() {
  const generator = await build({
    entryPoints: [resolve(root, 'server/src/core/schema/validatorsSource.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', generator.outputFiles[0].text)(
    module,
    module.exports,
    createRequire(import.meta.url),
  );
  const schema = relative(dirname(target), resolve(root, 'schemas/plan.schema.json')).replace(/\\/g, '/');
  return module.exports.validatorsSource(schema);
}

let source;

export function precompiledValidators() {
  return {
    name: 'precompiled-validators',
    setup(b) {
      b.onLoad({ filter: /compiledValidators\.ts$/ }, async (args) => {
        if (resolve(args.path) !== target) return undefined;
        source ??= standaloneValidators();
        return { contents: await source, loader: 'js', resolveDir: dirname(target) };
      });
    },
  };
}
