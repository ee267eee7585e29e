import type { Fixer } from './quickFix';
import { replaceScalar } from './textEdits';

/**
 * "Did you mean": replaces the offending id, value, key or date with each word the finding
 * suggests (ref/unknown, schema/enum, schema/unknown-field, date/invalid). A finding that
 * suggests one word made its guess (a typo, a French word, a date in another form): that fix
 * is preferred. When it lists every allowed word (an enum value far from all of them), none is.
 */
export const replaceWithSuggestion: Fixer = ({ finding, file }) => {
  const suggestions = finding.suggestions ?? [];
  return suggestions.map((word) => ({
    title: { en: `Change to '${word}'`, fr: `Remplacer par '${word}'` },
    edits: [replaceScalar(file, finding.range, word)],
    preferred: suggestions.length === 1,
  }));
};
