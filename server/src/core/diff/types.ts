import type { Localized } from '../i18n/locale';
import type { ChangeKind, DiffClass } from './kinds';

/** What a change is, as the JSON output names it. */
export type ChangeVerb = 'added' | 'removed' | 'moved' | 'renamed' | 'changed';
export type DiffType =
  'plan' | 'axis' | 'ambition' | 'objective' | 'action' | 'milestone' | 'indicator' | 'target' | 'owner';

/** A place in a side's files: the file as shown and a 1-based line. */
export interface Place {
  file: string;
  line: number;
}

/** A run of words of a text change: kept, removed from the base, or added in the head. */
export interface WordPart {
  op: 'same' | 'removed' | 'added';
  text: string;
}

export interface DiffChange {
  change: ChangeVerb;
  type: DiffType;
  /** The item's id (the head's for a rename); a target's is `indicator@date`. */
  id: string;
  plan: string;
  kind: ChangeKind;
  class: DiffClass;
  field?: string;
  before?: unknown;
  after?: unknown;
  message: Localized;
  /** For a text change: the words that changed, for word-level output. */
  words?: WordPart[];
  base?: Place;
  head?: Place;
  /** For a removed item: the head's place of what held it (where an annotation or a link can point); not in the JSON output. */
  near?: Place;
  /** The axis the change falls under (head's, else base's), to group changes; none for plan-level ones and indicators. */
  axis?: { id: string; title?: string };
}

export interface DiffOptions {
  /** Classes set in `jalon.config.yaml` (`diff:`), over the defaults. */
  classes?: Partial<Record<ChangeKind, DiffClass>>;
  /** A file's name within its side, to pair the files of two folders (`old/a.plan.yaml` is `new/a.plan.yaml`); the uri by default. */
  baseFileKey?: (uri: string) => string;
  headFileKey?: (uri: string) => string;
}
