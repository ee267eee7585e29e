import { yearOfDay } from '../../model/dates';
import type { PlanFile } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import { targetDeadline } from '../../rules/targets/values';
import { valueRange } from '../../schema/locate';
import type { FileEdit, Fixer } from './quickFix';
import { insertLinesAfter, replace } from './textEdits';

/** The year of the target whose deadline the finding is on (the year its last day falls in). */
function deadlineYear(plan: Plan, file: PlanFile, at: { start: number; end: number }): number | undefined {
  for (const indicator of plan.indicators) {
    if (indicator.file !== file) continue;
    for (const target of indicator.targets) {
      const deadline = targetDeadline(target, plan);
      if (deadline && deadline.at.range.start === at.start && deadline.at.range.end === at.end)
        return yearOfDay(deadline.date.last);
    }
  }
  return undefined;
}

/**
 * The edit that makes `plan.horizon` read `year`: its value replaced when the key is there,
 * else `horizon: <year>` on the line after `cycle`, indented like it (or after it inside a
 * flow header `plan: { ..., cycle: {...} }`).
 */
function horizonEdit(root: PlanFile, year: number): FileEdit | undefined {
  const header = root.header;
  const found = root.source.locate(['plan', 'horizon']);
  if (found?.key) {
    const key = root.source.range(found.base, found.key, { start: 0, end: 0 });
    const value = valueRange(root.source, ['plan', 'horizon']);
    if (found.node?.range && value.end > value.start) return replace(root, value, String(year));
    // `horizon:` with no value: after the colon (an empty value's range may sit before a comment).
    const colon = root.text.indexOf(':', key.end);
    return replace(root, { start: colon + 1, end: colon + 1 }, ` ${year}`);
  }
  const cycle = header?.cycle;
  if (!header || !cycle) return undefined;
  if (root.text[header.range.start] === '{')
    return replace(root, { start: cycle.range.end, end: cycle.range.end }, `, horizon: ${year}`);
  const column = root.lineIndex.positionAt(cycle.keyRange.start).character;
  return insertLinesAfter(root, cycle.range, [`${' '.repeat(column)}horizon: ${year}`]);
}

/** date/target-beyond-horizon: sets the plan's horizon to the target's year (rules.md's first fix). */
export const setHorizon: Fixer = ({ plan, file, finding }) => {
  const year = deadlineYear(plan, file, finding.range);
  const root = plan.root;
  const edit = year !== undefined && root ? horizonEdit(root, year) : undefined;
  if (!edit || year === undefined) return [];
  return [
    {
      title: { en: `Set the plan's horizon to ${year}`, fr: `Fixer l’horizon du plan à ${year}` },
      edits: [edit],
      preferred: true,
    },
  ];
};
