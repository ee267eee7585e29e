import { AlignmentType, HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Typeset } from '../../core';

/** A line of the author's text as Word runs: `**bold**` and `*italic*` become formatting, the rest plain text (typeset). */
export function runsOf(text: string, typeset: Typeset, base: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  const runs: TextRun[] = [];
  const pattern = /\*\*(\S(?:[^*]*?\S)?)\*\*|(^|[^*\w])\*(\S(?:[^*]*?\S)?)\*(?![*\w])/g;
  let last = 0;
  for (const match of typeset(text).matchAll(pattern)) {
    const start = match.index + (match[2]?.length ?? 0);
    if (start > last) runs.push(new TextRun({ text: typeset(text).slice(last, start), ...base }));
    if (match[1] !== undefined) runs.push(new TextRun({ text: match[1], ...base, bold: true }));
    else runs.push(new TextRun({ text: match[3], ...base, italics: true }));
    last = match.index + match[0].length;
  }
  const rest = typeset(text).slice(last);
  if (rest || runs.length === 0) runs.push(new TextRun({ text: rest, ...base }));
  return runs;
}

/** A plan text (paragraphs split by blank lines, `- ` bullets) as Word paragraphs, bullets in the List Bullet style. */
export function paragraphsOf(text: string, typeset: Typeset): Paragraph[] {
  const out: Paragraph[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) out.push(new Paragraph({ children: runsOf(paragraph.join(' '), typeset) }));
    paragraph = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else if (/^\s*[-*]\s+\S/.test(line) && !/^\s*\*\*/.test(line)) {
      flush();
      out.push(new Paragraph({ children: runsOf(line.replace(/^\s*[-*]\s+/, ''), typeset), bullet: { level: 0 } }));
    } else paragraph.push(line.trim());
  }
  flush();
  return out;
}

export function heading(
  text: string | TextRun[],
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel],
  options: { pageBreakBefore?: boolean } = {},
): Paragraph {
  return new Paragraph({
    heading: level,
    children: typeof text === 'string' ? [new TextRun(text)] : text,
    pageBreakBefore: options.pageBreakBefore,
  });
}

/** "Responsable : Direction des soins" as a short line with its label in bold. */
export function fact(label: string, value: string): Paragraph {
  return new Paragraph({
    style: 'JalonFact',
    children: [new TextRun({ text: label, bold: true }), new TextRun(value)],
  });
}

export function signature(by: string | undefined, role: string | undefined): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    children: [
      ...(by ? [new TextRun({ text: by, bold: true })] : []),
      ...(role ? [new TextRun({ text: role, break: by ? 1 : 0 })] : []),
    ],
  });
}
