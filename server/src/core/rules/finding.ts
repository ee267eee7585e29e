import type { Localized } from '../i18n/locale';
import type { OffsetRange } from '../text/lineIndex';
import type { RuleId } from './registry';

export type Severity = 'error' | 'warning' | 'info';

/** A fix the editor can offer; computed by the rule that knows the intent. */
export interface Fix {
  title: Localized;
  edits: { uri: string; range: OffsetRange; newText: string }[];
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** The file the finding is in, as the caller named it. */
  uri: string;
  range: OffsetRange;
  message: Localized;
  /** Words a quick fix may propose instead of the offending value ("did you mean"). */
  suggestions?: string[];
  /** Fixes the check that found it already knows (a YAML slip: quote the title), best first. */
  fixes?: Fix[];
}
