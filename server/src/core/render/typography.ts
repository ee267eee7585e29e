import type { Locale } from '../i18n/locale';
import type { RenderContext } from './context';
import type { Typeset } from './richText';

const NNBSP = '\u202f';

/**
 * French typography for the author's text, as a printed French document sets it: ’ for ',
 * « » for "…" with narrow no-break spaces inside, a narrow no-break space before ; : ! ?
 * (the author's plain space replaced, or one added after a word), 2ᵉ / 1ᵉʳ / 1ʳᵉ for 2e / 1er
 * / 1re. A colon inside a word or a time (10:30, https://) is left alone.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/'/g, '’')
    .replace(/"([^"\n]*)"/g, '«$1»')
    .replace(/«[ \u00a0\u202f]*/g, `«${NNBSP}`)
    .replace(/[ \u00a0\u202f]*»/g, `${NNBSP}»`)
    .replace(/[ \u00a0]+([;:!?])/g, `${NNBSP}$1`)
    .replace(/([\p{L}\p{N})\]»%])([;!?])(?=\s|$)/gu, `$1${NNBSP}$2`)
    .replace(/(\p{L})(:)(?=\s|$)/gu, `$1${NNBSP}$2`)
    .replace(/\b1er\b/g, '1ᵉʳ')
    .replace(/\b1re\b/g, '1ʳᵉ')
    .replace(/\b(\d+)(?:e|ème|eme)\b/g, '$1ᵉ');
}

/** English typography: “…” for "…", ’ for an apostrophe, ‘…’ for single quotes. */
export function englishTypography(text: string): string {
  return text
    .replace(/"([^"\n]*)"/g, '“$1”')
    .replace(/(^|[\s([{])'(?=\S)/g, '$1‘')
    .replace(/'/g, '’');
}

/** The typography of the plan's own language (not the labels' locale: a French plan rendered in English keeps French text). */
export function typesetFor(language: Locale): Typeset {
  return language === 'fr' ? frenchTypography : englishTypography;
}

/** « … » in French, “…” in English (the renderer's own quotes around a target's quote). */
export function quoted(text: string, context: RenderContext): string {
  return context.locale === 'fr' ? `«\u00a0${text}\u00a0»` : `“${text}”`;
}
