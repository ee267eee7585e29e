import type { Fixer } from './quickFix';
import { indentationOf, insertLinesBefore, replace } from './textEdits';

/** A whole-line `# jalon-disable-next-line` comment: its rules end before ` -- note` or at the line's end. */
const DIRECTIVE = /^[ \t]*#\s*jalon-disable-next-line\b(.*?)(\s+--.*)?\s*$/;
const KEYWORD = 'jalon-disable-next-line';

/**
 * "Disable <rule> on this line": a `# jalon-disable-next-line <rule>` comment above the line the
 * finding starts on, indented like it. When a directive already stands there, the rule is
 * added to it rather than stacking a second comment (only the line just above counts).
 */
export const disableOnLine: Fixer = ({ file, finding }) => {
  const line = file.lineIndex.positionAt(finding.range.start).line;
  const title = { en: `Disable ${finding.ruleId} on this line`, fr: `Désactiver ${finding.ruleId} sur cette ligne` };
  const above = line > 0 ? DIRECTIVE.exec(file.lineIndex.lineText(line - 1)) : null;
  if (above && above[1].trim() !== '') {
    const aboveStart = file.lineIndex.lineStart(line - 1);
    const at = aboveStart + file.lineIndex.lineText(line - 1).indexOf(KEYWORD) + KEYWORD.length + above[1].length;
    return [{ title, edits: [replace(file, { start: at, end: at }, ` ${finding.ruleId}`)], preferred: false }];
  }
  return [
    {
      title,
      edits: [
        insertLinesBefore(file, line, [`${indentationOf(file, line)}# jalon-disable-next-line ${finding.ruleId}`]),
      ],
      preferred: false,
    },
  ];
};
