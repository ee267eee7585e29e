import { formatExact } from '../../i18n/numbers';
import type { Locale } from '../../i18n/locale';
import { parsePartialDate, type PartialDate } from '../../model/dates';
import { applyChange, convert, isBeyondRange, parseChange, parseQuantity } from '../../model/quantities';
import type { Indicator, Located, Target } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import { dated, type DatedValue } from '../dates/spans';

/** A written value read in the indicator's unit. */
export type Reading =
  | { kind: 'number'; value: number }
  | { kind: 'tbd' }
  | { kind: 'other-unit'; unit: string }
  /** A figure of a valid form that no computation can hold, as written or in the indicator's unit. */
  | { kind: 'too-large' }
  | { kind: 'none' };

export function read(indicator: Indicator, located: Located<unknown> | undefined): Reading {
  const quantity = parseQuantity(located?.value);
  if (quantity === undefined) return isBeyondRange(located?.value) ? { kind: 'too-large' } : { kind: 'none' };
  if (quantity === 'tbd') return { kind: 'tbd' };
  const value = convert(quantity.value, quantity.unit, indicator.unit?.value);
  if (value === undefined) return { kind: 'other-unit', unit: quantity.unit! };
  return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'too-large' };
}

export function numberOf(indicator: Indicator, located: Located<unknown> | undefined): number | undefined {
  const reading = read(indicator, located);
  return reading.kind === 'number' ? reading.value : undefined;
}

export function baselineValue(indicator: Indicator): number | undefined {
  return numberOf(indicator, indicator.baseline?.value);
}

export function baselineDate(indicator: Indicator): PartialDate | undefined {
  const b = indicator.baseline;
  return parsePartialDate(b?.date?.value) ?? parsePartialDate(b?.year?.value);
}

/** The target's value: written, else implied by `change` from a known baseline. */
export function targetValue(target: Target): number | undefined {
  const written = numberOf(target.indicator, target.value);
  if (written !== undefined) return written;
  const change = parseChange(target.change?.value);
  const baseline = baselineValue(target.indicator);
  return change && baseline !== undefined ? applyChange(baseline, change) : undefined;
}

/** When a target must be met by: `by`, the end of `over` or of `each_year`'s span, or the cycle's end. */
export function targetDeadline(target: Target, plan: Plan): DatedValue | undefined {
  if (target.by) return dated(target.by);
  if (target.over) return dated(target.over.to);
  if (target.eachYear && 'from' in target.eachYear) return dated(target.eachYear.to);
  if (target.eachYear && plan.header?.cycle?.end) return dated(plan.header.cycle.end);
  return undefined;
}

/** Where to point at a target's figure: its value, else its change, else the target itself. */
export function valueRange(target: Target) {
  return target.value?.range ?? target.change?.range ?? target.anchor;
}

/** The number as it reads in a message of that language (no float noise; French digit groups and decimal comma). */
export function fmt(value: number, locale: Locale = 'en'): string {
  return formatExact(value, locale);
}
