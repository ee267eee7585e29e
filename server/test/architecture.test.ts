import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// The layers, checked on the sources (ARCHITECTURE.md): a pure core that the server, the CLI
// and the bench use through its public surface; the server and the CLI independent of each other.

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'server/src');
const CORE = path.join(SRC, 'core');
const SCHEMA = path.join(ROOT, 'schemas/plan.schema.json');

/** What the core may import besides its own files: pure libraries that run anywhere. */
const CORE_PACKAGES = new Set(['yaml', 'ajv']);

interface Import {
  /** The importing file, relative to the project root. */
  file: string;
  specifier: string;
  /** The file a relative specifier names (without extension); undefined for a package. */
  resolved?: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

/** Every module a file's text names: `import`, `export … from`, `import()` and `require()`. */
function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

function importsIn(dir: string): Import[] {
  return sourceFiles(dir).flatMap((full) =>
    importsOf(readFileSync(full, 'utf8')).map((specifier): Import => ({
      file: path.relative(ROOT, full),
      specifier,
      resolved: specifier.startsWith('.') ? path.resolve(path.dirname(full), specifier) : undefined,
    })),
  );
}

const within = (file: string, dir: string) => file === dir || file.startsWith(dir + path.sep);
const show = (imports: Import[]) => imports.map((i) => `${i.file}: '${i.specifier}'`);

describe('architecture: the layers', () => {
  test('the reader finds every form of import', () => {
    const text = [
      "import a from 'yaml';",
      "import type { B } from './b';",
      "export { c } from '../c';",
      "const d = await import('node:fs');",
      "const e = require('vscode');",
      "import './side-effect';",
    ].join('\n');
    assert.deepEqual(importsOf(text).sort(), ['../c', './b', './side-effect', 'node:fs', 'vscode', 'yaml']);
  });

  test('the core imports only itself, `yaml`, `ajv` and the plan schema', () => {
    const imports = importsIn(CORE);
    assert.ok(
      imports.some((i) => i.specifier === 'yaml'),
      'the reader sees the core’s imports',
    );
    const foreign = imports.filter((i) => {
      if (i.resolved) return !within(i.resolved, CORE) && i.resolved !== SCHEMA;
      return !CORE_PACKAGES.has(i.specifier.split('/')[0]);
    });
    assert.deepEqual(show(foreign), []);
  });

  test('the language server and the CLI do not import each other', () => {
    const crossing = (from: string, to: string) =>
      importsIn(path.join(SRC, from)).filter((i) => i.resolved && within(i.resolved, path.join(SRC, to)));
    assert.deepEqual(show([...crossing('lsp', 'cli'), ...crossing('cli', 'lsp')]), []);
  });

  test('outside the core, the server, the CLI and the bench use the core through core/index.ts', () => {
    const imports = ['lsp', 'cli', 'bench', 'host'].flatMap((dir) => importsIn(path.join(SRC, dir)));
    const inside = imports.filter(
      (i) => i.resolved && within(i.resolved, CORE) && i.resolved !== CORE && i.resolved !== path.join(CORE, 'index'),
    );
    assert.ok(
      imports.some((i) => i.resolved === CORE),
      'the reader sees imports of the core',
    );
    assert.deepEqual(show(inside), []);
  });

  test('the client uses nothing of the server but the protocol of its custom requests', () => {
    const imports = importsIn(path.join(ROOT, 'client/src')).filter(
      (i) => i.resolved && within(i.resolved, path.join(ROOT, 'server')),
    );
    assert.ok(imports.length > 0, 'the reader sees the client’s imports of the protocol');
    assert.deepEqual(show(imports.filter((i) => i.resolved !== path.join(SRC, 'lsp/protocol'))), []);
  });
});

describe('architecture: the map', () => {
  const folders = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .flatMap((e) => [path.join(dir, e.name), ...folders(path.join(dir, e.name))]);

  test('ARCHITECTURE.md names every folder of the code', () => {
    const map = readFileSync(path.join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    const code = [...folders(SRC), ...folders(path.join(ROOT, 'client/src'))];
    assert.ok(code.length > 20, `found ${code.length} folders`);
    const missing = code
      .filter((dir) => !map.includes(`${path.basename(dir)}/`))
      .map((dir) => path.relative(ROOT, dir));
    assert.deepEqual(missing, []);
  });

  test('the README’s layout lists every folder of the project and of server/src, and links to ARCHITECTURE.md', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const layout = readme.slice(readme.indexOf('## Layout'), readme.indexOf('## Development'));
    assert.ok(layout.includes('(ARCHITECTURE.md)'));
    const top = readdirSync(ROOT, { withFileTypes: true })
      .filter(
        (e) =>
          e.isDirectory() &&
          !e.name.startsWith('.') &&
          !['node_modules', 'dist', 'out', 'test-results'].includes(e.name),
      )
      .map((e) => `\`${e.name}/`);
    const server = readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => `\`server/src/${e.name}/`);
    assert.deepEqual(
      [...top, ...server].filter((name) => !layout.includes(name)),
      [],
    );
  });
});
