import type { Locale } from '../../i18n/locale';
import type { Indicator } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import { card, code, entries, entry, escapeMarkdown, heading, oneLine } from './markdown';
import { planLanguage } from './numberText';
import { actualText, baselineText, targetText } from './targetText';
import { label, word } from './words';

/**
 * An indicator: its label, unit, baseline → targets, actuals, and which objectives and actions
 * use it (what a planning officer checks before changing a figure).
 */
export function indicatorHover(plan: Plan, indicator: Indicator, locale: Locale): string {
  const id = indicator.id?.value ?? '';
  const language = planLanguage(plan);
  const lines: string[] = [];
  const traits = [
    indicator.measure ? `${word('measure', locale)} ${code(indicator.measure.value)}` : undefined,
    indicator.direction ? `${word('direction', locale)} ${code(indicator.direction.value)}` : undefined,
  ].filter((t) => t !== undefined);
  if (indicator.unit)
    lines.push([`${label('unit', locale)}${escapeMarkdown(oneLine(indicator.unit.value, 60))}`, ...traits].join(' · '));
  else if (traits.length > 0) lines.push(traits.join(' · '));
  const baseline = indicator.baseline
    ? baselineText(indicator.baseline, indicator, language, locale)
    : word('noBaseline', locale);
  const targets = indicator.targets.map((t) => targetText(t, language, locale));
  lines.push([baseline, ...(targets.length > 0 ? targets : [word('noTarget', locale)])].join(' → '));
  if (indicator.actuals.length > 0)
    lines.push(
      `${label('actuals', locale)}${indicator.actuals.map((a) => actualText(a, indicator, language, locale)).join(', ')}`,
    );
  if (indicator.partOf) lines.push(`${label('partOf', locale)}${code(indicator.partOf.value)}`);
  const components = plan.indicators.filter((i) => i.partOf?.value === id);
  if (components.length > 0) lines.push(`${label('components', locale)}${entries(components.map(entry), locale)}`);
  const objectives = plan.objectives.filter((o) => o.indicators.some((r) => r.value === id));
  const actions = plan.actions.filter((a) => a.contributesTo.some((r) => r.value === id));
  if (objectives.length > 0) lines.push(`${label('objectives', locale)}${entries(objectives.map(entry), locale)}`);
  if (actions.length > 0) lines.push(`${label('actions', locale)}${entries(actions.map(entry), locale)}`);
  if (objectives.length === 0 && actions.length === 0) lines.push(word('unused', locale));
  return card(heading('indicator', id, indicator.label?.value, locale), lines);
}
