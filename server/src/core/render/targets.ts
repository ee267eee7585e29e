import type { Locale } from '../i18n/locale';
import { parsePartialDate } from '../model/dates';
import { applyChange, convert, parseChange, parseQuantity } from '../model/quantities';
import type { Indicator, Span, Target } from '../model/types';
import type { RenderContext } from './context';
import { formatBy, formatDate, formatSpan } from './dates';
import { formatChange, formatFigure, formatValue } from './numbers';

const COMPARATORS: Record<string, Record<Locale, string>> = {
  'at-least': { en: 'at least', fr: 'au moins' },
  'at-most': { en: 'at most', fr: 'au plus' },
  exactly: { en: 'exactly', fr: 'exactement' },
};

function spanText(span: Span, locale: Locale): string {
  const from = span.from?.value;
  const to = span.to?.value;
  if (from === undefined || to === undefined) return formatDate(from ?? to ?? '?', locale);
  return formatSpan(from, to, locale);
}

/** When a target must be met: "d’ici 2030", "chaque année", "chaque année de 2027 à 2030", "en moyenne sur 2026–2030". */
function timing(target: Target, context: RenderContext): string | undefined {
  const fr = context.locale === 'fr';
  if (target.by) return formatBy(target.by.value, context.locale);
  if (target.eachYear) {
    if ('value' in target.eachYear) return fr ? 'chaque année' : 'every year';
    const from = formatDate(target.eachYear.from?.value ?? '?', context.locale);
    const to = formatDate(target.eachYear.to?.value ?? '?', context.locale);
    return fr ? `chaque année de ${from} à ${to}` : `every year from ${from} to ${to}`;
  }
  if (target.over) {
    const average = target.indicator.measure?.value === 'average';
    const span = spanText(target.over, context.locale);
    if (average) return fr ? `en moyenne par an sur ${span}` : `on average per year over ${span}`;
    return fr ? `sur ${span}` : `over ${span}`;
  }
  return undefined;
}

/** The figure a target aims at, in the indicator's unit: its value, or the value its change implies from a known baseline. */
export function targetFigure(target: Target): number | undefined {
  const indicator = target.indicator;
  const unit = indicator.unit?.value;
  const value = parseQuantity(target.value?.value);
  if (value && value !== 'tbd') {
    const converted = convert(value.value, value.unit, unit);
    return converted !== undefined && Number.isFinite(converted) ? converted : undefined;
  }
  const baseline = parseQuantity(indicator.baseline?.value?.value);
  const change = parseChange(target.change?.value);
  if (!change || !baseline || baseline === 'tbd') return undefined;
  const from = convert(baseline.value, baseline.unit, unit);
  return from === undefined ? undefined : applyChange(from, change);
}

/** A target as a sentence fragment: "au moins 2 essais chaque année", "80 M€ d’ici 2030 (×2)", "×2 d’ici 2030". */
export function targetText(target: Target, context: RenderContext): string {
  const { locale, labels } = context;
  const unit = target.indicator.unit?.value;
  const parts: string[] = [];
  const comparator = target.comparator?.value;
  if (comparator && COMPARATORS[comparator]) parts.push(COMPARATORS[comparator][locale]);
  const change = target.change?.value;
  if (target.value) parts.push(formatValue(target.value.value, unit, locale, labels.tbd));
  else if (change) {
    const implied = targetFigure(target);
    parts.push(
      implied === undefined
        ? formatChange(change, locale)
        : `${formatChange(change, locale)} (${formatFigure(implied, unit, locale)})`,
    );
  }
  const when = timing(target, context);
  if (when) parts.push(when);
  if (target.value && change) parts.push(`(${formatChange(change, locale)})`);
  return parts.join(' ');
}

/** "40 M€ (2024)" or "à définir". */
export function baselineText(indicator: Indicator, context: RenderContext): string {
  const baseline = indicator.baseline;
  if (!baseline?.value) return context.labels.tbd;
  const value = formatValue(baseline.value.value, indicator.unit?.value, context.locale, context.labels.tbd);
  const when = baseline.year?.value ?? baseline.date?.value;
  return when === undefined ? value : `${value} (${formatDate(when, context.locale)})`;
}

/** How far the latest actual has come from the baseline towards the next target (0-1), and the figures compared. */
export interface IndicatorProgress {
  actual: string;
  when?: string;
  share?: number;
}

export function indicatorProgress(indicator: Indicator, context: RenderContext): IndicatorProgress | undefined {
  const unit = indicator.unit?.value;
  // The plan's own actuals and the reports' values: the latest holds (core/plan/progress.ts).
  const latest = context.figures.actual(indicator);
  if (!latest) return undefined;
  const day = parsePartialDate(latest.date?.value)?.last ?? -Infinity;
  const shown: IndicatorProgress = {
    actual: formatValue(latest.value.value, unit, context.locale, context.labels.tbd),
    when: latest.date ? formatDate(latest.date.value, context.locale) : undefined,
  };
  const parsed = parseQuantity(latest.value.value);
  const actual = parsed && parsed !== 'tbd' ? convert(parsed.value, parsed.unit, unit) : undefined;
  if (actual === undefined) return shown;
  const target = nextTarget(indicator, day);
  const goal = target && targetFigure(target);
  if (goal === undefined) return shown;
  const baseQuantity = parseQuantity(indicator.baseline?.value?.value);
  const base =
    baseQuantity && baseQuantity !== 'tbd' ? convert(baseQuantity.value, baseQuantity.unit, unit) : undefined;
  let share: number | undefined;
  if (base !== undefined && goal !== base) share = (actual - base) / (goal - base);
  else if (base === undefined && indicator.direction?.value !== 'decrease' && goal > 0) share = actual / goal;
  return share === undefined || !Number.isFinite(share) ? shown : { ...shown, share: Math.max(0, Math.min(1, share)) };
}

/** The first target due after the actual's date, else the last one. */
function nextTarget(indicator: Indicator, afterDay: number): Target | undefined {
  const withDay = indicator.targets.map((t) => {
    const end =
      t.by?.value ?? t.over?.to?.value ?? (t.eachYear && !('value' in t.eachYear) ? t.eachYear.to?.value : undefined);
    return { t, day: parsePartialDate(end)?.last ?? Infinity };
  });
  withDay.sort((a, b) => a.day - b.day);
  return (withDay.find((x) => x.day >= afterDay) ?? withDay.at(-1))?.t;
}
