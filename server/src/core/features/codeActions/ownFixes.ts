import type { Fixer } from './quickFix';

/** The fixes the check itself computed (a YAML slip: quote the title, add the `]`); the first is preferred. */
export const ownFixes: Fixer = ({ finding }) => (finding.fixes ?? []).map((fix, i) => ({ ...fix, preferred: i === 0 }));
