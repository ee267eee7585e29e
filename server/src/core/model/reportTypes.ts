import type { OffsetRange } from '../text/lineIndex';
import type { Located, PlanFile } from './types';

/** The four sections of a progress report, named as the format names them. */
export type ReportSection = 'actions' | 'milestones' | 'indicators' | 'objectives';

export const REPORT_SECTIONS: readonly ReportSection[] = ['actions', 'milestones', 'indicators', 'objectives'];

/** The kind of item each section of a report updates. */
export const SECTION_KIND = {
  actions: 'action',
  milestones: 'milestone',
  indicators: 'indicator',
  objectives: 'objective',
} as const satisfies Record<ReportSection, string>;

/**
 * One item's update in a report: the key names the item (an id, or `action-id#n` for the n-th
 * milestone of an action), the fields say where it stands at the report's `as_of`.
 */
export interface ReportEntry {
  section: ReportSection;
  report: ProgressReport;
  /** The key as written, with the key's range as its `range`. */
  key: Located<string>;
  /** The entry's value (its mapping), or the key when the value is empty. */
  range: OffsetRange;
  status?: Located<string>;
  progress?: Located<number>;
  note?: Located<string>;
  endForecast?: Located<string | number>;
  doneOn?: Located<string | number>;
  /** An indicator's measured value at `as_of`. */
  value?: Located<unknown>;
  /** An objective's state as the report sets it (`green`, `amber`, `red`), over the computed one. */
  rag?: Located<string>;
}

/** A `*.report.yaml` file: where a plan's items stand at one date. */
export interface ProgressReport {
  file: PlanFile;
  reportOf?: Located<string>;
  asOf?: Located<string | number>;
  title?: Located<string>;
  summary?: Located<string>;
  /** Each section's entries, in the order they are written. */
  actions: ReportEntry[];
  milestones: ReportEntry[];
  indicators: ReportEntry[];
  objectives: ReportEntry[];
}
