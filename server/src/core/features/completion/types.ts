import type { Localized } from '../../i18n/locale';
import type { PlanFile } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import type { OffsetRange } from '../../text/lineIndex';
import type { InsertText } from './snippetText';

/** What a completion stands for; the server maps it to an LSP item kind. */
export type CompletionKind = 'key' | 'enum' | 'reference' | 'date' | 'unit' | 'value' | 'new-item';

/** One completion, in the core's terms: offsets, texts in both languages, both insert forms. */
export interface PlanCompletion {
  /** Most labels are what is inserted; a new list item is named in the reader's language. */
  label: string | Localized;
  kind: CompletionKind;
  /** Shown right after the label, less prominently: an indicator's unit. */
  labelDetail?: string;
  /** Shown further right: the title or label of the item an id names, what an enum value means. */
  description?: Localized;
  /** One line about the item, for clients that do not show label details. */
  detail?: Localized;
  documentation?: { markdown: Localized; plain: Localized };
  insert: InsertText;
  /** The text the insertion replaces: the word typed so far and the rest of it. */
  range: OffsetRange;
  /** Orders the list where the client does not filter (by position in the plan or schema). */
  sortText: string;
  /** The insertion spans several lines, indented for the column it is written at. */
  multiline: boolean;
  /**
   * A key whose value is picked from a list (ids, dates, units): once it is inserted, the
   * cursor stands where that list is offered, and a client may open it at once.
   */
  opensValues?: true;
}

export interface CompletionRequest {
  file: PlanFile;
  /** The file's plan (root and parts). */
  plan: Plan;
  offset: number;
  /** Every plan of the workspace: ids for `part_of` and `previous`. */
  plans: readonly Plan[];
  /** The current year: dates to offer while the plan has no cycle yet. */
  year: number;
  /** The character that triggered the request when the client typed one (`' '`, `[`, `,`, `-`). */
  triggerCharacter?: string;
  isCancelled?: () => boolean;
}

/** Zero-padded position, so that sorting text sorts by number. */
export function rank(group: number, index: number): string {
  return `${group}-${String(index).padStart(5, '0')}`;
}
