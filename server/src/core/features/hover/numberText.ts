import type { Locale } from '../../i18n/locale';
import { applyChange, parseChange, parseQuantity, type Quantity } from '../../model/quantities';
import type { Indicator } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import { code, escapeMarkdown } from './markdown';

const FORMATS = new Map<string, Intl.NumberFormat>();

/** Numbers as the plan's language writes them (`plan.language`): "1,000.5" in English, "1 000,5" in French. */
export function numberText(value: number, language: string): string {
  let format = FORMATS.get(language);
  if (!format) {
    try {
      format = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
    } catch {
      format = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    }
    FORMATS.set(language, format);
  }
  return format.format(value);
}

/** The language the plan is written in (its numbers follow it), English by default. */
export function planLanguage(plan: Plan): string {
  return plan.header?.language?.value ?? 'en';
}

const TBD = { en: 'to be defined', fr: 'à définir' };

/** A figure of an indicator with its unit, as Markdown: "80 M€", "1,000 patients", "to be defined"; as written when it is not a figure. */
export function quantityText(raw: unknown, indicator: Indicator, language: string, locale: Locale): string {
  const quantity = parseQuantity(raw);
  if (quantity === 'tbd') return TBD[locale];
  if (!quantity) return code(String(raw));
  return escapeMarkdown(figureText(quantity, indicator, language));
}

/** A parsed figure, in its own unit or else the indicator's (plain text: inlay hints and the outline show it too). */
export function figureText(quantity: Quantity, indicator: Indicator, language: string): string {
  const unit = quantity.unit ?? indicator.unit?.value;
  return unit ? `${numberText(quantity.value, language)} ${unit}` : numberText(quantity.value, language);
}

/** The value a `change` implies from the indicator's baseline, when both are figures. */
export function impliedValue(indicator: Indicator, change: string): Quantity | undefined {
  const baseline = parseQuantity(indicator.baseline?.value?.value);
  const parsed = parseChange(change);
  if (!parsed || !baseline || baseline === 'tbd') return undefined;
  const value = applyChange(baseline.value, parsed);
  return value === undefined ? undefined : { value, unit: baseline.unit };
}
