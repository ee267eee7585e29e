/**
 * HTML built from templates that escape every interpolated value unless it is already `Html`.
 * Plan text reaches the page only through here: a title holding `<script>` shows as text.
 */
export class Html {
  constructor(readonly text: string) {}

  toString(): string {
    return this.text;
  }
}

/** What a template may interpolate: text (escaped), numbers, HTML, lists of these; nothing for absent values. */
export type HtmlValue = Html | string | number | boolean | undefined | null | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Escapes text for an element's content or an attribute value. Every attribute is written in
 * double quotes, so `'` needs no escape (and a CSP's `'nonce-…'` reads as written).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]);
}

function render(value: HtmlValue): string {
  if (value instanceof Html) return value.text;
  if (value === undefined || value === null || value === false || value === true) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return escapeHtml(value);
  return value.map(render).join('');
}

/** The tag for HTML templates: `html\`<h1>${title}</h1>\`` escapes `title`. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new Html(out);
}

/** Markup the renderer wrote itself (a stylesheet, an SVG path): never plan text. */
export function trusted(text: string): Html {
  return new Html(text);
}

/** ` name="value"` when there is a value, nothing otherwise. */
export function attr(name: string, value: string | number | undefined): Html {
  return value === undefined ? new Html('') : new Html(` ${name}="${escapeHtml(String(value))}"`);
}
