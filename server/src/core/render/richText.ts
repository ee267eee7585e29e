import { escapeHtml, html, trusted, type Html } from './html';

/** The typography of the plan's language applied to its author's text (typography.ts). */
export type Typeset = (text: string) => string;
const asWritten: Typeset = (text) => text;

/**
 * Plan texts are plain paragraphs separated by blank lines, with `**bold**`, `*italic*` and
 * `- ` bullet lines (plan-format.md). `sourceAttrs(k)` gives the attributes that tie the block
 * starting at the text's k-th line to its source line (empty outside the editor's preview).
 */
export function richText(
  text: string,
  sourceAttrs: (textLine: number) => Html = () => trusted(''),
  typeset: Typeset = asWritten,
): Html {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Html[] = [];
  let i = 0;
  while (i < lines.length) {
    if (lines[i].trim() === '') {
      i++;
      continue;
    }
    const first = i;
    if (isBullet(lines[i])) {
      const items: Html[] = [];
      while (i < lines.length && isBullet(lines[i])) {
        items.push(html`<li${sourceAttrs(i)}>${inline(lines[i].replace(/^\s*[-*]\s+/, ''), typeset)}</li>`);
        i++;
      }
      blocks.push(html`<ul class="text-list">${items}</ul>`);
    } else {
      const paragraph: string[] = [];
      while (i < lines.length && lines[i].trim() !== '' && !isBullet(lines[i])) paragraph.push(lines[i++].trim());
      blocks.push(html`<p${sourceAttrs(first)}>${inline(paragraph.join(' '), typeset)}</p>`);
    }
  }
  return html`${blocks}`;
}

function isBullet(line: string): boolean {
  return /^\s*[-*]\s+\S/.test(line) && !/^\s*\*\*/.test(line);
}

/** One line of text: escaped first, then `**bold**` and `*italic*` become markup around escaped text. */
export function inline(text: string, typeset: Typeset = asWritten): Html {
  const escaped = escapeHtml(typeset(text))
    .replace(/\*\*(\S(?:[^*]*?\S)?)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*(\S(?:[^*]*?\S)?)\*(?![*\w])/g, '$1<em>$2</em>');
  return trusted(escaped);
}

/** The text without its emphasis marks (a title in an SVG label or the page's `<title>`). */
export function plainText(text: string, typeset: Typeset = asWritten): string {
  return typeset(text)
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|[^*\w])\*(\S(?:[^*]*?\S)?)\*(?![*\w])/g, '$1$2');
}
