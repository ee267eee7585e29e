import { capitalized, fieldOf, itemName, nameOf, nameWithin, subject, targetName, type ItemName } from '../../model/describe';
import { beyondRangeMessage } from '../../i18n/messages';
import { isBeyondRange, unitFamily } from '../../model/quantities';
import type { Indicator, Located } from '../../model/types';
import type { Rule, RuleContext } from '../context';
import { fmt, read } from './values';

/** Every written figure of an indicator: baseline, targets and actuals, with their names. */
function figures(indicator: Indicator): { name: ItemName; value: Located<unknown> }[] {
  const out: { name: ItemName; value: Located<unknown> }[] = [];
  const name = itemName(indicator);
  if (indicator.baseline?.value) out.push({ name: nameWithin(nameOf('baseline'), name), value: indicator.baseline.value });
  for (const t of indicator.targets) if (t.value) out.push({ name: targetName(t), value: t.value });
  indicator.actuals.forEach((a, i) => a.value && out.push({ name: nameWithin(nameOf('actual', i + 1), name), value: a.value }));
  return out;
}

function checkIndicator(indicator: Indicator, report: RuleContext['report']) {
  const unit = indicator.unit?.value;
  const percent = unit !== undefined && unitFamily(unit).kind === 'percent';
  for (const { name, value } of figures(indicator)) {
    const reading = read(indicator, value);
    const who = capitalized(subject(name));
    if (reading.kind === 'too-large') {
      report('schema/pattern', indicator.file, value.range, beyondRangeMessage(subject(name), value.value));
    } else if (reading.kind === 'other-unit') {
      report('target/unit-mismatch', indicator.file, value.range, {
        en: `${who.en} is '${String(value.value)}', in ${reading.unit}, but ${itemName(indicator).en} is measured in ${unit}.`,
        fr: `${who.fr} vaut '${String(value.value)}', en ${reading.unit}, alors que ${itemName(indicator).fr} se mesure en ${unit}.`,
      });
    } else if (reading.kind === 'number' && percent && (reading.value < 0 || reading.value > 100)) {
      report('target/percent-range', indicator.file, value.range, {
        en: `${who.en} is ${fmt(reading.value)} %; a percentage lies between 0 and 100.`,
        fr: `${who.fr} vaut ${fmt(reading.value)} % ; un pourcentage est compris entre 0 et 100.`,
      });
    } else if (reading.kind === 'number' && !percent && reading.value < 0) {
      report('target/negative', indicator.file, value.range, {
        en: `${who.en} is ${fmt(reading.value)}; a count or an amount cannot be negative (use \`direction: decrease\` for a reduction).`,
        fr: `${who.fr} vaut ${fmt(reading.value)} ; un effectif ou un montant ne peut pas être négatif (utilisez \`direction: decrease\` pour une baisse).`,
      });
    }
  }
}

/**
 * target/unit-mismatch, target/percent-range and target/negative, on every figure of an
 * indicator; schema/pattern on a figure or a change too large to compute with.
 */
export const valueRanges: Rule = ({ plan, report }) => {
  for (const indicator of plan.indicators) {
    checkIndicator(indicator, report);
    for (const target of indicator.targets) {
      if (target.change && isBeyondRange(target.change.value)) {
        report('schema/pattern', indicator.file, target.change.range, beyondRangeMessage(fieldOf('change', targetName(target)), target.change.value));
      }
    }
  }
};
