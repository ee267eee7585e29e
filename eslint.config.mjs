// ESLint (flat config): typescript-eslint's recommended rules on the TypeScript sources, and
// the layer rule of the core (ARCHITECTURE.md) as `no-restricted-imports`. Run by `npm test`
// (`npm run lint`), with no warning allowed. Layout is Prettier's (`npm run format`).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', 'test-results/', '.jalon-out/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // Unused names are the compiler's (`noUnusedLocals`, `noUnusedParameters`), with the same
      // exception for `_`-prefixed parameters.
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    // Build, test and packaging scripts run in Node.
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // The `jalon` command is CommonJS: it `require`s the bundled CLI.
    files: ['bin/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*'],
              message: 'The core runs anywhere: no Node module (pass what it needs from lsp/, cli/ or host/).',
            },
            {
              group: ['vscode', 'vscode-*'],
              message: 'The core knows no editor and no protocol: the server converts its results.',
            },
          ],
        },
      ],
    },
  },
);
