import type { Localized } from '../../i18n/locale';
import type { Plan } from '../../plan/assemble';
import type { EditSite } from './site';
import { literal } from './snippetText';
import { rank, type PlanCompletion } from './types';

/** The units every plan may use (plan-format.md, "Indicators"). */
const STANDARD_UNITS: { unit: string; meaning: Localized }[] = [
  { unit: '%', meaning: { en: 'percent', fr: 'pourcentage' } },
  { unit: '€', meaning: { en: 'euros', fr: 'euros' } },
  { unit: 'k€', meaning: { en: 'thousands of euros', fr: 'milliers d’euros' } },
  { unit: 'M€', meaning: { en: 'millions of euros', fr: 'millions d’euros' } },
];

/** A plain YAML scalar cannot start with an indicator character: `%` is written `'%'`. */
const NEEDS_QUOTES = /^[-?:,[\]{}#&*!|>'"%@`]/;

function usedBy(count: number): Localized {
  return count === 1
    ? { en: 'used by 1 indicator', fr: 'utilisée par 1 indicateur' }
    : { en: `used by ${count} indicators`, fr: `utilisée par ${count} indicateurs` };
}

/** `%`, `€`, `k€`, `M€`, then the other units the plan's indicators already use (`patients`, `essais`). */
export function unitCompletions(site: EditSite, plan: Plan): PlanCompletion[] {
  const counts = new Map<string, number>();
  for (const indicator of plan.indicators) {
    const unit = indicator.unit?.value;
    if (typeof unit === 'string' && unit.trim() !== '') counts.set(unit.trim(), (counts.get(unit.trim()) ?? 0) + 1);
  }
  const offers: { unit: string; meaning?: Localized }[] = [
    ...STANDARD_UNITS,
    ...[...counts.keys()].filter((u) => !STANDARD_UNITS.some((s) => s.unit === u)).map((unit) => ({ unit })),
  ];
  const quoted = /['"]$/.test(site.line.slice(0, site.column));
  return offers.map(({ unit, meaning }, i): PlanCompletion => {
    const count = counts.get(unit);
    const parts = [meaning, count === undefined ? undefined : usedBy(count)].filter(
      (p): p is Localized => p !== undefined,
    );
    const description =
      parts.length === 0 ? undefined : { en: parts.map((p) => p.en).join(', '), fr: parts.map((p) => p.fr).join(', ') };
    const text = !quoted && NEEDS_QUOTES.test(unit) ? `'${unit}'` : unit;
    return {
      label: unit,
      kind: 'unit',
      description,
      detail: description,
      insert: literal(`${site.lead}${text}`),
      range: site.range,
      sortText: rank(0, i),
      multiline: false,
    };
  });
}
