import type { Locale } from '../i18n/locale';
import { attr, escapeHtml } from '../render/html';
import type { DiffChange, Place } from './types';

/** A block of the rendered plan: where its opening tag ends, and the source line it stands for. */
interface Block {
  end: number;
  uri: string;
  line: number;
}

const BLOCK_TAG = /<(?!a[\s>])[a-z0-9]+\b[^>]*?\sdata-line="(\d+)"\sdata-uri="([^"]*)"(?![^>]*data-secondary)[^>]*>/g;

function blocksOf(html: string): Block[] {
  const blocks: Block[] = [];
  for (const m of html.matchAll(BLOCK_TAG)) blocks.push({ end: m.index! + m[0].length, uri: m[2], line: Number(m[1]) });
  return blocks;
}

/** The block a place falls in: the last one of its file at or above its line. */
function blockAt(blocks: readonly Block[], place: Place): Block | undefined {
  const uri = escapeHtml(place.file);
  let best: Block | undefined;
  for (const b of blocks) if (b.uri === uri && b.line <= place.line - 1 && (!best || b.line >= best.line)) best = b;
  return best;
}

const STYLES = `.diff-summary{border:1px solid #d4a72c;border-radius:6px;padding:.5em 1em;margin:1em 0;background:rgba(212,167,44,.08)}
.diff-mark{font-size:.9em;margin:.2em 0;padding:.1em .5em;border-left:3px solid #0969da}
.diff-mark.diff-attention{border-left-color:#d4a72c;font-weight:600}
.diff-mark.diff-added{border-left-color:#1a7f37}
.diff-mark.diff-removed{border-left-color:#cf222e}
.diff-mark.diff-removed del{color:#cf222e}`;

/**
 * The rendered plan (webview HTML) with the changes marked where they stand: a summary of the
 * attention changes at the top, each change in the block of its head line (a removed item in
 * the block of what held it, struck through). Marks carry `data-line`/`data-uri`, so a click
 * jumps to the source as in the preview.
 */
export function markChanges(
  html: string,
  changes: readonly DiffChange[],
  options: { locale: Locale; baseLabel: string; nonce?: string },
): string {
  const { locale } = options;
  const blocks = blocksOf(html);
  const inserts: { at: number; text: string }[] = [];
  for (const change of changes) {
    const place = change.head ?? change.near;
    const block = place && blockAt(blocks, place);
    if (!block || !place) continue;
    const kind = change.change === 'added' ? 'diff-added' : change.change === 'removed' ? 'diff-removed' : '';
    const text = escapeHtml(change.message[locale]);
    inserts.push({
      at: block.end,
      text: `<div class="diff-mark diff-${change.class} ${kind}"${attr('data-line', place.line - 1)}${attr('data-uri', place.file)} data-secondary>${change.change === 'removed' ? `<del>${text}</del>` : text}</div>`,
    });
  }
  const attention = changes.filter((c) => c.class === 'attention');
  const title = locale === 'fr' ? `Changements depuis ${options.baseLabel}` : `Changes since ${options.baseLabel}`;
  const counts =
    locale === 'fr'
      ? `${changes.length} changement${changes.length > 1 ? 's' : ''}, dont ${attention.length} à examiner`
      : `${changes.length} change${changes.length === 1 ? '' : 's'}, ${attention.length} needing attention`;
  const items = attention
    .map((c) => {
      const place = c.head ?? c.near;
      const text = escapeHtml(c.message[locale]);
      return place
        ? `<li><a href="#"${attr('data-line', place.line - 1)}${attr('data-uri', place.file)}>${text}</a></li>`
        : `<li>${text}</li>`;
    })
    .join('');
  const summary = `<section class="diff-summary" id="diff-summary"><h2>${escapeHtml(title)}</h2><p>${escapeHtml(counts)}</p>${items ? `<ul>${items}</ul>` : ''}</section>`;
  // The summary opens the document, whatever attributes its <main> carries (the audience...).
  const main = html.indexOf('<main class="plan-document" id="plan-document"');
  const mainEnd = main === -1 ? -1 : html.indexOf('>', main);
  if (mainEnd !== -1) inserts.push({ at: mainEnd + 1, text: summary });
  const head = html.indexOf('</head>');
  if (head !== -1) inserts.push({ at: head, text: `<style${attr('nonce', options.nonce)}>${STYLES}</style>` });
  let out = html;
  // From the end, so that offsets hold; marks at one place keep the changes' order.
  const ordered = inserts.map((insert, i) => ({ ...insert, i })).sort((a, b) => b.at - a.at || b.i - a.i);
  for (const { at, text } of ordered) out = out.slice(0, at) + text + out.slice(at);
  return out;
}
