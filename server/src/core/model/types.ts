import type { SegmentedDocument } from '../parse/segmentedDocument';
import type { LineIndex, OffsetRange } from '../text/lineIndex';
import type { ProgressReport } from './reportTypes';

/** A scalar read from the file, with where its value and its key stand. */
export interface Located<T> {
  value: T;
  range: OffsetRange;
  keyRange: OffsetRange;
}

/** The kinds of item; each has its entry in `KINDS` (kinds.ts). */
export type ItemKind = Item['kind'];

interface ItemBase {
  file: PlanFile;
  /** The whole item's node. */
  range: OffsetRange;
  /** Where to report a problem of the item as a whole: its `id` value, else its first key. */
  anchor: OffsetRange;
  id?: Located<string>;
  /** Index of the item among its siblings, to name it when it has no id. */
  index: number;
}

export interface Axis extends ItemBase {
  kind: 'axis';
  title?: Located<string>;
  number?: Located<number>;
  summary?: Located<string>;
  ambitions: Ambition[];
  objectives: Objective[];
}

export interface Ambition extends ItemBase {
  kind: 'ambition';
  axis: Axis;
  title?: Located<string>;
  stakes?: Located<string>;
  objectives: Objective[];
}

export interface Objective extends ItemBase {
  kind: 'objective';
  /** The axis and ambition it belongs to, when known (a part names them by id). */
  axis?: Axis;
  ambition?: Ambition;
  title?: Located<string>;
  intention?: Located<string>;
  owner?: Located<string>;
  indicators: Located<string>[];
  actions: Action[];
}

export interface Action extends ItemBase {
  kind: 'action';
  objective: Objective;
  title?: Located<string>;
  details: Located<string>[];
  start?: Located<string | number>;
  end?: Located<string | number>;
  due?: Located<string | number>;
  status?: Located<string>;
  progress?: Located<number>;
  owner?: Located<string>;
  contributesTo: Located<string>[];
  dependsOn: Located<string>[];
  milestones: Milestone[];
}

export interface Milestone extends ItemBase {
  kind: 'milestone';
  action: Action;
  title?: Located<string>;
  due?: Located<string | number>;
  status?: Located<string>;
}

export interface Span {
  range: OffsetRange;
  keyRange: OffsetRange;
  from?: Located<string | number>;
  to?: Located<string | number>;
}

export interface Baseline {
  range: OffsetRange;
  keyRange: OffsetRange;
  value?: Located<unknown>;
  year?: Located<number>;
  date?: Located<string | number>;
}

export interface Target {
  indicator: Indicator;
  index: number;
  range: OffsetRange;
  anchor: OffsetRange;
  value?: Located<unknown>;
  change?: Located<string>;
  by?: Located<string | number>;
  /** `true` (every year of the cycle) or a span. */
  eachYear?: Located<true> | Span;
  over?: Span;
  comparator?: Located<string>;
  quote?: Located<string>;
}

export interface Actual {
  range: OffsetRange;
  value?: Located<unknown>;
  date?: Located<string | number>;
}

export interface Indicator extends ItemBase {
  kind: 'indicator';
  label?: Located<string>;
  unit?: Located<string>;
  direction?: Located<string>;
  measure?: Located<string>;
  /** `range: { min, max }`: the values it can take, when not the usual ones (`max: none`: no upper bound). */
  bounds?: { range: OffsetRange; min?: Located<number>; max?: Located<unknown> };
  baseline?: Baseline;
  targets: Target[];
  actuals: Actual[];
  partOf?: Located<string>;
  source?: Located<string>;
  frequency?: Located<string>;
}

export interface Owner extends ItemBase {
  kind: 'owner';
  name?: Located<string>;
}

export interface Reference extends ItemBase {
  kind: 'reference';
  title?: Located<string>;
}

export interface PlanHeader {
  range: OffsetRange;
  keyRange: OffsetRange;
  id?: Located<string>;
  title?: Located<string>;
  institution?: Located<string>;
  language?: Located<string>;
  cycle?: {
    range: OffsetRange;
    keyRange: OffsetRange;
    start?: Located<string | number>;
    end?: Located<string | number>;
  };
  horizon?: Located<string | number>;
  asOf?: Located<string | number>;
  status?: Located<string>;
  version?: Located<string>;
  adopted?: { by?: Located<string>; on?: Located<string | number> };
  previous?: Located<string>;
  vision?: Located<string>;
  conclusion?: Located<string>;
  references: Reference[];
  /** A PNG, JPEG or SVG file beside the plan, printed on the cover. */
  logo?: Located<string>;
  /** Forewords (le mot du directeur général, du président de la CME), in order. */
  forewords: Foreword[];
  /** The opinions of the bodies the plan went through (directoire, CME, CSE...). */
  governance: GovernanceOpinion[];
}

export interface Foreword {
  range: OffsetRange;
  by?: Located<string>;
  role?: Located<string>;
  text?: Located<string>;
}

export interface GovernanceOpinion {
  range: OffsetRange;
  body?: Located<string>;
  on?: Located<string | number>;
  opinion?: Located<string>;
}

export type Item = Axis | Ambition | Objective | Action | Milestone | Indicator | Owner | Reference;

/** One plan file as written: a root (with `plan:`), a part (with `part_of:`), a progress report (with `report_of:`), or neither. */
export interface PlanFile {
  /** The name the caller gave the file: a path for the CLI, a URI for the server. */
  uri: string;
  text: string;
  lineIndex: LineIndex;
  /** The parsed YAML, in segments that an edit re-parses one by one. */
  source: SegmentedDocument;
  kind: 'root' | 'part' | 'report' | 'unknown';
  header?: PlanHeader;
  /** A report file's contents (`report_of:`): where the plan's items stand at its `as_of`. */
  report?: ProgressReport;
  partOf?: Located<string>;
  axisRef?: Located<string>;
  ambitionRef?: Located<string>;
  axes: Axis[];
  /** A part's objectives (a root's objectives live under its axes). */
  objectives: Objective[];
  indicators: Indicator[];
  owners: Owner[];
  /** True when the file has an `owners:` list (even empty): owners must then be registered. */
  hasOwnerRegistry: boolean;
}
