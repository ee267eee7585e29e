import type { Item } from '../model/types';
import { sourceAttrs, type RenderContext } from './context';
import { withCode } from './diagnosticsSummary';
import { attr, html, type Html } from './html';
import { SEVERITIES } from './labels';

const MARKS = { error: '✖', warning: '▲', info: 'ℹ' } as const;

/**
 * The review audience's findings on the item they concern (the cover's when they fall on no
 * rendered item): a marker with the message, whose number links back to the summary.
 */
export function findingMarkers(item: Item | undefined, context: RenderContext): Html {
  const placed = context.placed.byItem.get(item);
  if (!placed || placed.length === 0) return html``;
  const { locale } = context;
  const markers = placed.map(({ finding, n }) => {
    const file = context.plan.files.find((f) => f.uri === finding.uri);
    return html`<li class="finding-marker finding-${finding.severity}"${attr('id', `finding-${n}`)}${sourceAttrs(context, file, finding.range, true)}><a class="finding-number"${attr('href', `#finding-entry-${n}`)}${attr('title', SEVERITIES[finding.severity].one[locale])}><span aria-hidden="true">${MARKS[finding.severity]}</span> ${n}</a> ${withCode(finding.message[locale])}</li>`;
  });
  return html`<ul class="finding-markers">${markers}</ul>`;
}
