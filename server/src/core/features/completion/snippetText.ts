/** An insertion written twice: as an LSP snippet (tab stops, choices) and as plain text. */
export interface InsertText {
  snippet: string;
  plain: string;
}

/** Outside a placeholder only `$` and `\\` are special; inside one, `}` too. */
const escapeText = (s: string) => s.replace(/[\\$]/g, (c) => `\\${c}`);
const escapePlaceholder = (s: string) => s.replace(/[\\$}]/g, (c) => `\\${c}`);
const escapeChoice = (s: string) => s.replace(/[\\$},|]/g, (c) => `\\${c}`);

/**
 * Builds both forms at once, so that clients without snippet support get the same text with
 * the tab stops left empty (plain insert text must not show `$1`).
 */
export class SnippetText {
  private snippet = '';
  private plain = '';
  private nextStop = 1;

  text(s: string): this {
    this.snippet += escapeText(s);
    this.plain += s;
    return this;
  }

  /** A tab stop the author fills; its hint is shown (selected) in the snippet only. */
  stop(hint = ''): this {
    const n = this.nextStop++;
    this.snippet += hint === '' ? `$${n}` : `\${${n}:${escapePlaceholder(hint)}}`;
    return this;
  }

  /** A tab stop holding a value that plain text keeps too (`each_year: true`). */
  value(value: string): this {
    const n = this.nextStop++;
    this.snippet += `\${${n}:${escapePlaceholder(value)}}`;
    this.plain += value;
    return this;
  }

  /** A tab stop offering a choice of values (an enum); plain text leaves it empty. */
  choice(options: readonly string[]): this {
    const n = this.nextStop++;
    this.snippet += `\${${n}|${options.map(escapeChoice).join(',')}|}`;
    return this;
  }

  build(): InsertText {
    return { snippet: this.snippet, plain: this.plain };
  }
}

/** A fixed text, with nothing to fill. */
export function literal(text: string): InsertText {
  return new SnippetText().text(text).build();
}
