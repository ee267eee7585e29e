import {
  capitalized,
  fieldOf,
  itemName,
  nameOf,
  nameWithin,
  subject,
  targetName,
  type ItemName,
} from '../../model/describe';
import { beyondRangeMessage } from '../../i18n/messages';
import { isBeyondRange, unitFamily } from '../../model/quantities';
import type { Indicator, Located } from '../../model/types';
import type { Localized } from '../../i18n/locale';
import type { Rule, RuleContext } from '../context';
import { fmt, numberOf, read } from './values';

type Figure = { name: ItemName; value: Located<unknown>; measured: boolean };

/** Every written figure of an indicator: baseline, targets and actuals, with their names. */
function figures(indicator: Indicator): Figure[] {
  const out: Figure[] = [];
  const name = itemName(indicator);
  if (indicator.baseline?.value)
    out.push({ name: nameWithin(nameOf('baseline'), name), value: indicator.baseline.value, measured: true });
  for (const t of indicator.targets) if (t.value) out.push({ name: targetName(t), value: t.value, measured: false });
  indicator.actuals.forEach(
    (a, i) => a.value && out.push({ name: nameWithin(nameOf('actual', i + 1), name), value: a.value, measured: true }),
  );
  return out;
}

/** The declared `range: { min, max }` (`max: none`: no upper bound); undefined bounds are open. */
function declaredBounds(indicator: Indicator): { min?: number; max?: number } | undefined {
  const bounds = indicator.bounds;
  if (!bounds) return undefined;
  const max = typeof bounds.max?.value === 'number' ? bounds.max.value : undefined;
  return { min: bounds.min?.value, max };
}

const RANGE_HINT: Localized = {
  en: 'if the rate can exceed 100 % (bed occupancy), declare it on the indicator: `range: { min: 0, max: 150 }` (or `max: none`)',
  fr: 'si le taux peut dépasser 100 % (occupation des lits), déclarez-le sur l’indicateur : `range: { min: 0, max: 150 }` (ou `max: none`)',
};

function checkIndicator(indicator: Indicator, report: RuleContext['report']) {
  const unit = indicator.unit?.value;
  const percent = unit !== undefined && unitFamily(unit).kind === 'percent';
  const all = figures(indicator);
  const declared = declaredBounds(indicator);
  // A measured value above 100 % shows the rate can exceed it: targets above 100 are then plausible.
  const measuredAbove = percent && all.some((f) => f.measured && (numberOf(indicator, f.value) ?? 0) > 100);
  for (const { name, value, measured } of all) {
    const reading = read(indicator, value);
    const who = capitalized(subject(name));
    if (reading.kind === 'too-large') {
      report('schema/pattern', indicator.file, value.range, beyondRangeMessage(subject(name), value.value));
    } else if (reading.kind === 'other-unit') {
      report('target/unit-mismatch', indicator.file, value.range, {
        en: `${who.en} is '${String(value.value)}', in ${reading.unit}, but ${itemName(indicator).en} is measured in ${unit}.`,
        fr: `${who.fr} vaut '${String(value.value)}', en ${reading.unit}, alors que ${itemName(indicator).fr} se mesure en ${unit}.`,
      });
      continue;
    }
    if (reading.kind !== 'number') continue;
    const n = reading.value;
    if (declared) {
      const below = declared.min !== undefined && n < declared.min;
      const above = declared.max !== undefined && n > declared.max;
      if (!below && !above) continue;
      const bounds = `{ min: ${declared.min ?? '…'}, max: ${indicator.bounds?.max?.value ?? 'none'} }`;
      report('target/percent-range', indicator.file, value.range, {
        en: `${who.en} is ${fmt(n)}${unit ? ` ${unit}` : ''}, outside the indicator's declared \`range: ${bounds}\`; correct the figure or the range.`,
        fr: `${who.fr} vaut ${fmt(n, 'fr')}${unit ? ` ${unit}` : ''}, hors de la plage déclarée de l’indicateur (\`range: ${bounds}\`) ; corrigez le chiffre ou la plage.`,
      });
    } else if (percent && n > 100 && measured) {
      report(
        'target/percent-range',
        indicator.file,
        value.range,
        {
          en: `${who.en} is ${fmt(n)} %, above 100; ${RANGE_HINT.en}.`,
          fr: `${who.fr} vaut ${fmt(n, 'fr')} %, au-delà de 100 ; ${RANGE_HINT.fr}.`,
        },
        { severity: 'info' },
      );
    } else if (percent && (n < 0 || (n > 100 && !measuredAbove))) {
      report('target/percent-range', indicator.file, value.range, {
        en: `${who.en} is ${fmt(n)} %; a percentage lies between 0 and 100, and ${RANGE_HINT.en}.`,
        fr: `${who.fr} vaut ${fmt(n, 'fr')} % ; un pourcentage est compris entre 0 et 100, et ${RANGE_HINT.fr}.`,
      });
    } else if (!percent && n < 0) {
      report('target/negative', indicator.file, value.range, {
        en: `${who.en} is ${fmt(n)}; a count or an amount cannot be negative (use \`direction: decrease\` for a reduction).`,
        fr: `${who.fr} vaut ${fmt(n, 'fr')} ; un effectif ou un montant ne peut pas être négatif (utilisez \`direction: decrease\` pour une baisse).`,
      });
    }
  }
}

/**
 * target/unit-mismatch, target/percent-range and target/negative, on every figure of an
 * indicator, and schema/pattern on a figure or a change too large to compute with. A declared `range` replaces the usual bounds (0-100 for a percentage, 0 and up
 * otherwise). Without one, a measured value (baseline, actual) above 100 % is a fact, only an
 * info; a target above 100 % is an error unless a measured value already exceeds 100.
 */
export const valueRanges: Rule = ({ plan, report }) => {
  for (const indicator of plan.indicators) {
    checkIndicator(indicator, report);
    for (const target of indicator.targets) {
      if (target.change && isBeyondRange(target.change.value)) {
        report(
          'schema/pattern',
          indicator.file,
          target.change.range,
          beyondRangeMessage(fieldOf('change', targetName(target)), target.change.value),
        );
      }
    }
  }
};
