import type { PlanFile } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import { occurrenceAt, occurrencesOf } from '../occurrences';
import { inPlanOrder, spotOf, type IdSpot } from './idSpots';

/**
 * Every place the id under the cursor is written across the plan's files (root and parts):
 * the references to it, and its definition when `includeDeclaration`.
 */
export function referencesAt(plan: Plan, file: PlanFile, offset: number, includeDeclaration: boolean): IdSpot[] {
  const occurrence = occurrenceAt(plan, file, offset);
  if (!occurrence) return [];
  const all = occurrencesOf(plan, occurrence.id, occurrence.kind).filter(
    (o) => includeDeclaration || o.role === 'reference',
  );
  return inPlanOrder(
    plan,
    all.map((o) => spotOf(plan, o)),
  );
}

/** The id under the cursor and its other occurrences in the same file (definitions are "written", references "read"). */
export function highlightsAt(plan: Plan, file: PlanFile, offset: number): IdSpot[] {
  return referencesAt(plan, file, offset, true).filter((s) => s.file === file);
}
