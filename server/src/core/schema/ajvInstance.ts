import Ajv from 'ajv';

/**
 * The one configuration of ajv for plan files: the validators compiled on first use
 * (`compiledValidators.ts`) and those compiled into the bundles (`validatorsSource.ts`) are
 * made by it, so they report the same errors.
 */
export function newAjv(source = false): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    strictRequired: false,
    strictTypes: false,
    allowUnionTypes: true,
    code: { source },
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
  return ajv;
}
