// docs/rules.md is bundled as text by esbuild (loader `.md: text`, esbuild.mjs).
import RULES_MARKDOWN from '../../../../docs/rules.md';
import { parseRuleDocs, type RuleDoc } from '../../core';

let docs: Map<string, RuleDoc> | undefined;

/** A rule's documentation from docs/rules.md. */
export function ruleDoc(id: string): RuleDoc | undefined {
  docs ??= parseRuleDocs(RULES_MARKDOWN);
  return docs.get(id);
}
