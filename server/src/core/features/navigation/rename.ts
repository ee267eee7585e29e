import type { Localized } from '../../i18n/locale';
import { itemName, nameOf } from '../../model/describe';
import type { PlanFile } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import { whereIs } from '../../rules/context';
import type { OffsetRange } from '../../text/lineIndex';
import { occurrenceAt, occurrencesOf, type Occurrence } from '../occurrences';
import { isFreeName } from './idSpots';
import { idReplacement, idTextRange, isValidName, isValidId } from './idText';
import { RENAME_MESSAGES } from './renameMessages';

/** A rename that cannot be done, and why. */
export interface Refusal {
  refused: Localized;
}

export interface TextEdit {
  range: OffsetRange;
  text: string;
}

export interface FileEdits {
  file: PlanFile;
  edits: TextEdit[];
}

export function isRefusal<T extends object>(result: T | Refusal): result is Refusal {
  return 'refused' in result;
}

/** The id under the cursor, to be renamed: its range and current text, or why there is none. */
export function prepareRenameAt(
  plan: Plan,
  file: PlanFile,
  offset: number,
): { range: OffsetRange; placeholder: string } | Refusal {
  const occurrence = occurrenceAt(plan, file, offset);
  if (!occurrence) return { refused: RENAME_MESSAGES.noId };
  return { range: idTextRange(file, occurrence.range), placeholder: occurrence.id };
}

export interface RenameOptions {
  /** The ids of every plan of the workspace: a plan cannot take another plan's id. */
  planIds?: Iterable<string>;
  isCancelled?: () => boolean;
}

/**
 * The edits that rename the id under the cursor everywhere the plan writes it: its definition
 * and every reference, in the root, in every part (a plan id also in each part's `part_of`) and
 * in the plan's progress reports (their keys, and `report_of`).
 * Refused when the new name is not an id (or, for an owner of a plan without an `owners` list,
 * which is a free name, not a line of text) or is already used in the plan.
 */
export function renameAt(
  plan: Plan,
  file: PlanFile,
  offset: number,
  newName: string,
  options: RenameOptions = {},
): FileEdits[] | Refusal {
  const occurrence = occurrenceAt(plan, file, offset);
  if (!occurrence) return { refused: RENAME_MESSAGES.noId };
  const name = newName.trim();
  const freeName = isFreeName(plan, occurrence);
  if (freeName && !isValidName(name)) return { refused: RENAME_MESSAGES.emptyName };
  if (!freeName && !isValidId(name)) return { refused: RENAME_MESSAGES.invalid(name) };
  if (name === occurrence.id) return [];
  const taken = takenBy(plan, file, occurrence, name, options.planIds);
  if (taken) return { refused: taken };
  const byFile = new Map<PlanFile, TextEdit[]>();
  for (const o of occurrencesOf(plan, occurrence.id, occurrence.kind)) {
    if (options.isCancelled?.()) return [];
    const edits = byFile.get(o.file) ?? [];
    const edit = idReplacement(o.file, o.range, name);
    if (!edits.some((e) => e.range.start === edit.range.start)) edits.push(edit);
    byFile.set(o.file, edits);
  }
  return [...plan.files, ...plan.reports.map((r) => r.file)].flatMap((f) => {
    const edits = byFile.get(f);
    return edits ? [{ file: f, edits: edits.sort((a, b) => a.range.start - b.range.start) }] : [];
  });
}

/** Why `name` cannot be given: an item of the plan has it (any kind: ids are unique across the plan), another owner, or another plan. */
function takenBy(
  plan: Plan,
  from: PlanFile,
  occurrence: Occurrence,
  name: string,
  planIds: Iterable<string> = [],
): Localized | undefined {
  if (occurrence.kind === 'plan') {
    for (const id of planIds) if (id === name) return RENAME_MESSAGES.planTaken(name);
    return undefined;
  }
  // A free name (an owner without a registry) is no id: only another owner's name is in its way.
  const item = isFreeName(plan, occurrence) ? undefined : plan.byId.get(name)?.[0];
  if (item?.id) return RENAME_MESSAGES.taken(name, itemName(item), whereIs(from, item.file, item.id.range.start));
  // A name written only where it is referred to (an owner without a registry, an unknown id) is taken too.
  const written = occurrencesOf(plan, name, occurrence.kind)[0];
  if (written)
    return RENAME_MESSAGES.taken(name, nameOf(occurrence.kind, name), whereIs(from, written.file, written.range.start));
  return undefined;
}
