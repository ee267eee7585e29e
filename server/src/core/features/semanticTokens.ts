import type { Located, PlanFile } from '../model/types';
import type { Plan } from '../plan/assemble';
import { collectDates } from '../plan/dateFields';
import { collectReferences, type IdReference } from '../plan/references';
import type { OffsetRange } from '../text/lineIndex';

/**
 * The legend. Standard LSP types and modifiers, so that every theme colours them, plus one
 * custom modifier, `unresolved` (a reference that names nothing), which the extension's
 * package.json declares under `contributes.semanticTokenModifiers`.
 */
export const TOKEN_TYPES = ['variable', 'number', 'enumMember'] as const;
export const TOKEN_MODIFIERS = ['declaration', 'unresolved'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface PlanToken {
  range: OffsetRange;
  type: TokenType;
  modifiers: TokenModifier[];
}

/**
 * The semantic tokens of one file of a plan, in file order: ids where they are defined
 * (`variable` + `declaration`), references to ids (`variable`, plus `unresolved` when they name
 * nothing of the kind their field expects), dates (`number`) and statuses (`enumMember`).
 * Undefined if cancelled.
 */
export function semanticTokens(
  plan: Plan,
  file: PlanFile,
  isCancelled: () => boolean = () => false,
): PlanToken[] | undefined {
  const tokens: PlanToken[] = [];
  const add = (located: { range: OffsetRange } | undefined, type: TokenType, ...modifiers: TokenModifier[]) => {
    if (located) tokens.push({ range: unquoted(file.text, located.range), type, modifiers });
  };

  for (const items of plan.byId.values()) {
    for (const item of items) if (item.file === file) add(item.id, 'variable', 'declaration');
  }
  if (plan.root === file) add(file.header?.id, 'variable', 'declaration');
  if (isCancelled()) return undefined;

  for (const reference of collectReferences(plan)) {
    if (reference.file === file)
      add(reference.id, 'variable', ...(resolves(plan, reference) ? [] : ['unresolved' as const]));
  }
  if (file.kind === 'part') {
    const unresolved = plan.root ? [] : ['unresolved' as const];
    add(file.partOf, 'variable', ...unresolved);
    // Without its root, a part's axis and ambition name nothing (collectReferences skips them).
    if (!plan.root) for (const ref of [file.axisRef, file.ambitionRef]) add(ref, 'variable', 'unresolved');
  }
  if (isCancelled()) return undefined;

  for (const date of collectDates(plan)) if (date.file === file) add(date.date, 'number');
  for (const indicator of file.indicators) add(indicator.baseline?.year, 'number');

  const statuses: (Located<string> | undefined)[] = [file.header?.status];
  for (const action of plan.actions) {
    if (action.file !== file) continue;
    statuses.push(action.status, ...action.milestones.map((m) => m.status));
  }
  for (const status of statuses) add(status, 'enumMember');

  // A client paints a token on one line only; a value spanning lines is not one of these anyway.
  const oneLine = tokens.filter(
    (t) => t.range.end > t.range.start && !/[\r\n]/.test(file.text.slice(t.range.start, t.range.end)),
  );
  return oneLine.sort((a, b) => a.range.start - b.range.start);
}

/** Whether a reference names an item of the kind its field expects (within its scope). */
function resolves(plan: Plan, reference: IdReference): boolean {
  const named = plan.byId.get(reference.id.value) ?? [];
  return named.some((item) => item.kind === reference.expected && (!reference.scope || reference.scope.includes(item)));
}

/** The value without its quotes: the id is what is coloured. */
function unquoted(text: string, range: OffsetRange): OffsetRange {
  const first = text[range.start];
  if (range.end - range.start >= 2 && (first === '"' || first === "'") && text[range.end - 1] === first) {
    return { start: range.start + 1, end: range.end - 1 };
  }
  return { start: range.start, end: range.end };
}
