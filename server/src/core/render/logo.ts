import type { RenderAssets } from './context';
import { TextDecoder, TextEncoder } from '../text/textCodec';

export type LogoMediaType = NonNullable<RenderAssets['logo']>['mediaType'];

/** The media type a logo's name says (`.png`, `.jpg`/`.jpeg`, `.svg`); none for another kind of file. */
export function logoMediaType(name: string): LogoMediaType | undefined {
  if (/\.png$/i.test(name)) return 'image/png';
  if (/\.jpe?g$/i.test(name)) return 'image/jpeg';
  if (/\.svg$/i.test(name)) return 'image/svg+xml';
  return undefined;
}

/** What `sanitizeSvg` took out, to tell the author. */
export interface SvgRemovals {
  scripts: number;
  handlers: number;
  externalReferences: number;
}

/**
 * An SVG without what could run or reach out: `<script>` and `<foreignObject>` elements,
 * `on*` event handlers, and references (`href`, `xlink:href`, `url(…)`, `@import`) to anything
 * but the drawing itself or inline data. The document also shows it only as an `<img>`
 * under a CSP that loads nothing: this is the second lock.
 */
export function sanitizeSvg(svg: string): { svg: string; removed: SvgRemovals } {
  const removed: SvgRemovals = { scripts: 0, handlers: 0, externalReferences: 0 };
  let out = svg
    .replace(/<script\b[^]*?(?:<\/script\s*>|$)/gi, () => {
      removed.scripts++;
      return '';
    })
    .replace(/<script\b[^>]*\/>/gi, () => {
      removed.scripts++;
      return '';
    })
    .replace(/<foreignObject\b[^]*?(?:<\/foreignObject\s*>|$)/gi, () => {
      removed.scripts++;
      return '';
    })
    .replace(/\s+on[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, () => {
      removed.handlers++;
      return '';
    });
  out = out.replace(/\s+(?:xlink:)?href\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, (all, value: string) => {
    const target = value.replace(/^["']|["']$/g, '').trim();
    if (target.startsWith('#') || /^data:image\/(png|jpeg|gif)/i.test(target)) return all;
    removed.externalReferences++;
    return '';
  });
  out = out
    .replace(/url\(\s*(['"]?)(?!#)[^)]*\1\s*\)/gi, () => {
      removed.externalReferences++;
      return 'none';
    })
    .replace(/@import[^;]*;?/gi, () => {
      removed.externalReferences++;
      return '';
    });
  return { svg: out, removed };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Bytes as base64 (the core imports no Node module). */
export function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out +=
      BASE64[(n >> 18) & 63] +
      BASE64[(n >> 12) & 63] +
      (i + 1 < bytes.length ? BASE64[(n >> 6) & 63] : '=') +
      (i + 2 < bytes.length ? BASE64[n & 63] : '=');
  }
  return out;
}

/** The logo as a `data:` URI (an SVG sanitised first). */
export function logoDataUri(logo: NonNullable<RenderAssets['logo']>): string {
  if (logo.mediaType !== 'image/svg+xml') return `data:${logo.mediaType};base64,${base64(logo.bytes)}`;
  const text = new TextDecoder().decode(logo.bytes);
  return `data:image/svg+xml;base64,${base64(new TextEncoder().encode(sanitizeSvg(text).svg))}`;
}
