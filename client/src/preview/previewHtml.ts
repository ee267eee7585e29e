/**
 * Working on the page the server renders (`jalon/renderHtml`), as text: what an update
 * posts, which files the page shows, and the page shown when rendering fails. No DOM and no
 * `vscode` here, so tests run in plain Node.
 */

/** The names of the meta tags that tell the webview script which preview it is and which render it shows. */
export const SOURCE_META = 'jalon-preview-source';
export const VERSION_META = 'jalon-preview-version';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** The text of an attribute value as the page escapes it (named and numeric entities). */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[lower] ?? whole;
  });
}

/**
 * What an update replaces: the inner HTML of the body, without its scripts. The webview's
 * script was loaded with the page (and its nonce); a script in new content would not run
 * anyway (`innerHTML`), so it is left out rather than carried along.
 */
export function bodyOf(html: string): string {
  const open = /<body\b[^>]*>/i.exec(html);
  const start = open ? open.index + open[0].length : 0;
  const close = html.toLowerCase().lastIndexOf('</body>');
  const inner = html.slice(start, close >= start ? close : html.length);
  return inner.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '');
}

/** The page with the preview's source and render version, read by the webview script when it starts. */
export function withPreviewMeta(html: string, source: string, version: number): string {
  const meta = `<meta name="${SOURCE_META}" content="${escapeHtml(source)}"><meta name="${VERSION_META}" content="${version}">`;
  const head = /<head\b[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length);
  return meta + html;
}

/** The files whose blocks the page shows (`data-uri`), in the order first met: the plan's root and parts. */
export function urisIn(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/\sdata-uri\s*=\s*(?:"([^"]*)"|'([^']*)')/gi))
    found.add(unescapeHtml(match[1] ?? match[2]));
  return [...found];
}

/** A nonce for the page's Content-Security-Policy: 32 random characters, new for each render. */
export function newNonce(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(32);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export interface ErrorPageOptions {
  cspSource: string;
  styleUri: string;
  /** The page's language (`en`, `fr`). */
  lang: string;
  title: string;
  message: string;
}

/** The page shown when the first render fails: why, and no script at all. */
export function errorPageHtml(options: ErrorPageOptions): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${options.cspSource};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(options.styleUri)}">
<title>${escapeHtml(options.title)}</title>
</head>
<body>
<div class="jalon-preview-error" role="alert"><p>${escapeHtml(options.message)}</p></div>
</body>
</html>`;
}
