import { REPORT_SECTIONS, SECTION_KIND, type ReportSection } from '../../model/reportTypes';
import type { Item } from '../../model/types';
import { reportKeyOf } from '../../plan/reports';
import type { EditSite } from './site';
import { literal } from './snippetText';
import { rank, type CompletionRequest, type PlanCompletion } from './types';

/** True when the cursor writes a key right under a section of a report (`actions:` → an action id). */
export function reportSectionAt(path: readonly string[]): ReportSection | undefined {
  return path.length === 1 && (REPORT_SECTIONS as readonly string[]).includes(path[0])
    ? (path[0] as ReportSection)
    : undefined;
}

/** The keys of a report's section: the ids of the plan's items of that kind the section does not have yet, in plan order. */
export function reportKeyCompletions(
  site: EditSite,
  request: CompletionRequest,
  section: ReportSection,
  written: readonly string[],
): PlanCompletion[] {
  const { plan } = request;
  const items: readonly Item[] =
    section === 'actions'
      ? plan.actions
      : section === 'milestones'
        ? plan.milestones
        : section === 'indicators'
          ? plan.indicators
          : plan.objectives;
  // The lines' reading of keys stops at `#` (`act-b#1`): the report's model knows them too.
  const present = new Set([...written, ...(request.file.report?.[section] ?? []).map((e) => e.key.value)]);
  return items.flatMap((item, index): PlanCompletion[] => {
    const key = reportKeyOf(item);
    if (key === undefined || present.has(key) || item.kind !== SECTION_KIND[section]) return [];
    const title = item.kind === 'indicator' ? item.label?.value : 'title' in item ? item.title?.value : undefined;
    return [
      {
        label: key,
        kind: 'reference',
        description: title === undefined ? undefined : { en: title, fr: title },
        insert: literal(site.keyWritten ? `${site.lead}${key}` : `${site.lead}${key}: `),
        range: site.range,
        sortText: rank(0, index),
        multiline: false,
      },
    ];
  });
}
