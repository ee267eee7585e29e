import type { RuleId } from '../../rules/registry';
import { createCatalogueEntry } from './createCatalogueEntry';
import { disableOnLine } from './disableOnLine';
import { ownFixes } from './ownFixes';
import type { FixContext, Fixer, QuickFix } from './quickFix';
import { replaceWithSuggestion } from './replaceWithSuggestion';
import { setHorizon } from './setHorizon';
import { swapDates } from './swapDates';

/** The fixers of each rule, best first; every finding can also be silenced on its line. */
const FIXERS: Partial<Record<RuleId, readonly Fixer[]>> = {
  'yaml/syntax': [ownFixes],
  'yaml/duplicate-key': [ownFixes],
  'ref/unknown': [replaceWithSuggestion, createCatalogueEntry],
  'ref/unknown-plan': [replaceWithSuggestion],
  'schema/enum': [replaceWithSuggestion],
  'schema/type': [ownFixes],
  'schema/unknown-field': [replaceWithSuggestion],
  'schema/pattern': [replaceWithSuggestion],
  'date/invalid': [replaceWithSuggestion],
  'date/end-before-start': [swapDates],
  'date/target-beyond-horizon': [setHorizon],
};

/** Every quick fix for a finding of `context.file`, in the order an editor lists them. */
export function quickFixes(context: FixContext): QuickFix[] {
  const fixers = FIXERS[context.finding.ruleId] ?? [];
  return [...fixers.flatMap((fix) => fix(context)), ...disableOnLine(context)];
}
