import type { Finding, Severity } from '../rules/finding';
import { sourceAttrs, summaryOrder, type RenderContext } from './context';
import { attr, escapeHtml, html, trusted, type Html } from './html';
import { countOf, SEVERITIES } from './labels';
import { isRuleId, RULES } from '../rules/registry';

const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** The rule's one-line summary from the registry (rules.md has the full text). */
function ruleSummary(rule: string, locale: 'en' | 'fr'): string {
  if (!isRuleId(rule)) return '';
  const [, en, fr] = RULES[rule];
  return (locale === 'fr' ? fr : en).replace(/`/g, '');
}

/** Messages quote fields as `code`: escaped, then set in code type. */
export function withCode(message: string): Html {
  return trusted(escapeHtml(message).replace(/`([^`]+)`/g, '<code>$1</code>'));
}

function findingItem(finding: Finding, n: number, context: RenderContext): Html {
  const file = context.plan.files.find((f) => f.uri === finding.uri);
  const position = file?.lineIndex.positionAt(finding.range.start);
  const where = position
    ? `${context.fileLabel(finding.uri)}:${position.line + 1}:${position.character + 1}`
    : context.fileLabel(finding.uri);
  const link = html`<a class="finding-link"${attr('href', `#finding-${n}`)}${sourceAttrs(context, file, finding.range, true)}>${where}</a>`;
  return html`<li class="finding finding-${finding.severity}"${attr('id', `finding-entry-${n}`)}${sourceAttrs(context, file, finding.range, true)}>${link} ${withCode(finding.message[context.locale])}</li>`;
}

/**
 * What the checker found in the plan's files (review audience only), by severity and rule.
 * Each finding links to its marker on the rendered item it is about (and, in the editor, to
 * its line). Errors and warnings are open; the many informations are folded.
 */
export function diagnosticsSummary(context: RenderContext): Html {
  const { findings, labels, locale } = context;
  if (context.audience !== 'review') return html``;
  const title = html`<h2 class="section-title">${labels.diagnostics}</h2>`;
  if (findings.length === 0)
    return html`<section class="diagnostics" id="diagnostics">${title}<p class="no-problem">${labels.noProblem}</p></section>`;
  const counts = ORDER.map((s) =>
    countOf(findings.filter((f) => f.severity === s).length, SEVERITIES[s].one, SEVERITIES[s].many, locale),
  );
  const ordered = summaryOrder(findings);
  const number = new Map(ordered.map((f, i) => [f, i + 1]));
  const groups: Html[] = [];
  for (const severity of ORDER) {
    const ofSeverity = ordered.filter((f) => f.severity === severity);
    const rules = [...new Set(ofSeverity.map((f) => f.ruleId))];
    for (const rule of rules) {
      const list = ofSeverity.filter((f) => f.ruleId === rule);
      groups.push(
        html`<details class="finding-group finding-${severity}"${severity === 'info' ? '' : html` open`}><summary><span class="severity severity-${severity}">${SEVERITIES[severity].one[locale]}</span> <code class="rule-id">${rule}</code> <span class="finding-count">${list.length}</span> <span class="rule-summary">${ruleSummary(rule, locale)}</span></summary><ul class="findings">${list.map((f) => findingItem(f, number.get(f)!, context))}</ul></details>`,
      );
    }
  }
  return html`<section class="diagnostics" id="diagnostics">${title}<p class="diagnostics-counts">${counts.join(' · ')}</p>${groups}</section>`;
}
