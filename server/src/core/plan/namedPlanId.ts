import type { PlanFile } from '../model/types';

/** The plan id a file names: a root's own, a part's `part_of`, a report's `report_of`. */
export function namedPlanId(file: PlanFile): string | undefined {
  if (file.kind === 'root') return file.header?.id?.value;
  if (file.kind === 'part') return file.partOf?.value;
  if (file.kind === 'report') return file.report?.reportOf?.value;
  return undefined;
}
