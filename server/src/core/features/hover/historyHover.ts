import type { Locale } from '../../i18n/locale';
import type { ReportEntry } from '../../model/reportTypes';
import type { Item } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import { entriesByItem, reportDate } from '../../plan/reports';
import { code, escapeMarkdown, oneLine } from './markdown';
import { numberText, planLanguage } from './numberText';

const TITLE = { en: '**History** (progress reports)', fr: '**Historique** (bilans d’étape)' };
const DONE_ON = { en: 'reached', fr: 'atteint' };
const FORECAST = { en: 'end forecast', fr: 'fin prévue' };

/** An item's line in each report that updates it, oldest first: what a review reads before writing the next one. */
export function historyHover(plan: Plan, item: Item, locale: Locale): string | undefined {
  const entries = entriesByItem(plan).get(item);
  if (!entries || entries.length === 0) return undefined;
  const language = planLanguage(plan);
  const line = (entry: ReportEntry) => {
    const parts: string[] = [];
    if (entry.status) parts.push(code(entry.status.value));
    if (entry.progress) parts.push(`${numberText(entry.progress.value, language)} %`);
    if (entry.value) {
      const value = entry.value.value;
      const unit = item.kind === 'indicator' && item.unit ? ` ${item.unit.value}` : '';
      parts.push(typeof value === 'number' ? `${numberText(value, language)}${unit}` : escapeMarkdown(String(value)));
    }
    if (entry.doneOn) parts.push(`${DONE_ON[locale]} ${entry.doneOn.value}`);
    if (entry.endForecast) parts.push(`${FORECAST[locale]} ${entry.endForecast.value}`);
    const note = entry.note ? ` — ${escapeMarkdown(oneLine(entry.note.value, 80))}` : '';
    return `- ${reportDate(entry.report)?.text ?? '?'} : ${parts.join(' · ')}${note}`.replace(
      ' : ',
      locale === 'fr' ? '\u00a0: ' : ': ',
    );
  };
  return [TITLE[locale], '', ...entries.map(line)].join('\n');
}
