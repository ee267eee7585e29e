import { didYouMean } from '../../text/didYouMean';
import type { Fixer } from './quickFix';
import { replaceScalar, unquoted } from './textEdits';

/**
 * "Did you mean": replaces the offending id, value or key with each word the finding suggests
 * (ref/unknown, schema/enum, schema/unknown-field). The closest word is preferred; when the
 * finding lists every allowed word (an enum value far from all of them), none is.
 */
export const replaceWithSuggestion: Fixer = ({ file, finding }) => {
  const suggestions = finding.suggestions ?? [];
  const best = didYouMean(unquoted(file, finding.range), suggestions);
  return suggestions.map((word) => ({
    title: { en: `Change to '${word}'`, fr: `Remplacer par '${word}'` },
    edits: [replaceScalar(file, finding.range, word)],
    preferred: word === best,
  }));
};
