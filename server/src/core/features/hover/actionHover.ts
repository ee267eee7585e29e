import type { Locale } from '../../i18n/locale';
import { parsePartialDate } from '../../model/dates';
import type { Action, Located } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import { dependencyGraph } from '../../plan/dependencies';
import { Progress } from '../../plan/progress';
import { dayText } from './dateText';
import { card, code, entries, entry, escapeMarkdown, heading, oneLine, plain } from './markdown';
import { numberText, planLanguage } from './numberText';
import { label, word } from './words';

type DateValue = Located<string | number>;

/** "2028 → 2029 (1 January 2028 – 31 December 2029)": the dates as written, and the days they cover. */
function spanLine(action: Action, locale: Locale): string {
  const first = (d: DateValue) => parsePartialDate(d.value)?.first;
  const last = (d: DateValue) => parsePartialDate(d.value)?.last;
  const days = (from: number | undefined, to: number | undefined) => {
    if (from === undefined || to === undefined) return '';
    if (from === to) return ` (${dayText(from, locale)})`;
    const sameYear = new Date(from * 86_400_000).getUTCFullYear() === new Date(to * 86_400_000).getUTCFullYear();
    return ` (${dayText(from, locale, !sameYear)} – ${dayText(to, locale)})`;
  };
  const { start, end, due } = action;
  if (start && end)
    return `${label('span', locale)}${plain(start.value)} → ${plain(end.value)}${days(first(start), last(end))}`;
  if (due) {
    const date = parsePartialDate(due.value);
    return `${label('due', locale)}${plain(due.value)}${date ? ` (${dayText(date.last, locale)})` : ''}`;
  }
  if (start) return `${label('starts', locale)}${plain(start.value)}${days(first(start), first(start))}`;
  if (end) return `${label('ends', locale)}${plain(end.value)}${days(last(end), last(end))}`;
  return word('noDates', locale);
}

/** An action: its span, status and progress, owner, dependencies both ways, milestones, objective. */
export function actionHover(plan: Plan, action: Action, locale: Locale): string {
  const id = action.id?.value ?? '';
  const lines = [spanLine(action, locale)];
  // Where it stands: the latest progress report that says so wins over the plan's own fields.
  const current = plan.reports.length > 0 ? new Progress(plan) : undefined;
  const stated = current ? current.status(action) : action.status && { value: action.status };
  const done = current ? current.progress(action) : action.progress && { value: action.progress };
  const status = stated ? code(stated.value.value) : word('notSet', locale);
  const progress = done ? ` · ${numberText(done.value.value, planLanguage(plan))} %` : '';
  const from = stated?.report ?? done?.report;
  const source = from?.asOf ? ` (${locale === 'fr' ? 'bilan' : 'report'} ${from.asOf.value})` : '';
  lines.push(`${label('status', locale)}${status}${progress}${source}`);
  if (action.owner) {
    const owner = plan.owners.find((o) => o.id?.value === action.owner!.value);
    lines.push(`${label('owner', locale)}${owner ? entry(owner) : code(action.owner.value)}`);
  }
  if (action.dependsOn.length > 0) {
    const resolved = dependencyGraph(plan.actions).get(action) ?? [];
    const shown = action.dependsOn.map((d) => {
      const dependency = resolved.find((a) => a.id?.value === d.value);
      return dependency ? entry(dependency) : `${code(d.value)} (${word('notInPlan', locale)})`;
    });
    lines.push(`${label('dependsOn', locale)}${entries(shown, locale)}`);
  }
  const dependents = plan.actions.filter((a) => a !== action && a.dependsOn.some((d) => d.value === id));
  if (dependents.length > 0) lines.push(`${label('neededBy', locale)}${entries(dependents.map(entry), locale)}`);
  if (action.milestones.length > 0) {
    const milestones = action.milestones.map((m) => {
      const name = m.title ? escapeMarkdown(oneLine(m.title.value, 60)) : m.id ? code(m.id.value) : String(m.index + 1);
      return m.due ? `${name} (${plain(m.due.value)})` : name;
    });
    lines.push(`${label('milestones', locale)}${entries(milestones, locale)}`);
  }
  lines.push(`${label('objective', locale)}${entry(action.objective)}`);
  return card(heading('action', id, action.title?.value, locale), lines);
}
