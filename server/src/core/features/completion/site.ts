import type { PlanFile } from '../../model/types';
import type { OffsetRange } from '../../text/lineIndex';
import type { CursorContext } from '../cursor';
import { insideFlow, layoutOf, type Layout } from './layout';

/** Where a completion is written: the range it replaces and what the text around it asks for. */
export interface EditSite {
  file: PlanFile;
  cursor: CursorContext;
  range: OffsetRange;
  /** The cursor's line. */
  line: string;
  /** Column of the range's start on its line. */
  column: number;
  /** A space to write first: the cursor follows `:`, `,`, `{` or a list dash directly. */
  lead: string;
  /** Inside `{ ... }` or `[ ... ]`: everything inserted stays on one line. */
  flow: boolean;
  /** The line starts with its `- ` (or the cursor is right after a dash). */
  hasDash: boolean;
  /** The word is the key of an existing `key: value`: only the key is replaced. */
  keyWritten: boolean;
  layout: Layout;
}

export function editSite(file: PlanFile, cursor: CursorContext): EditSite {
  const position = file.lineIndex.positionAt(cursor.wordRange.start);
  const line = file.lineIndex.lineText(position.line);
  const column = position.character;
  const before = line.slice(0, column);
  const after = line.slice(column + (cursor.wordRange.end - cursor.wordRange.start));
  const previous = before[before.length - 1];
  const dashed = /^\s*(?:-\s+)*-$/.test(before);
  return {
    file,
    cursor,
    range: cursor.wordRange,
    line,
    column,
    lead: previous === ':' || previous === ',' || previous === '{' || dashed ? ' ' : '',
    flow: insideFlow(line, column),
    hasDash: dashed || /^\s*-\s/.test(before),
    keyWritten: /^\s*:(\s|$)/.test(after),
    layout: layoutOf(file.lineIndex),
  };
}
