import { capitalized, subject, targetName } from '../../model/describe';
import type { Target } from '../../model/types';
import type { Rule } from '../context';
import { dated } from '../dates/spans';

/** What makes two targets "the same date": the same deadline, the same span, or both every year. */
function dateKey(target: Target): { key: string; text: string; range: Target['anchor'] } | undefined {
  if (target.by) {
    const d = dated(target.by);
    return d && { key: `by:${d.date.last}`, text: d.date.text, range: d.at.range };
  }
  const span = target.over ?? (target.eachYear && 'from' in target.eachYear ? target.eachYear : undefined);
  if (span) {
    const from = dated(span.from);
    const to = dated(span.to);
    const kind = target.over ? 'over' : 'each';
    return (
      from &&
      to && {
        key: `${kind}:${from.date.first}-${to.date.last}`,
        text: `${from.date.text}–${to.date.text}`,
        range: span.keyRange,
      }
    );
  }
  if (target.eachYear) return { key: 'each:cycle', text: 'each_year', range: target.eachYear.keyRange };
  return undefined;
}

/** target/duplicate: two targets of one indicator for the same date. */
export const duplicateTarget: Rule = ({ plan, report }) => {
  for (const indicator of plan.indicators) {
    const seen = new Map<string, Target>();
    for (const target of indicator.targets) {
      const key = dateKey(target);
      if (!key) continue;
      const first = seen.get(key.key);
      if (!first) {
        seen.set(key.key, target);
        continue;
      }
      const who = capitalized(subject(targetName(target)));
      report('target/duplicate', indicator.file, key.range, {
        en: `${who.en} has the same date (${key.text}) as target ${first.index + 1}; keep one target per date.`,
        fr: `${who.fr} a la même échéance (${key.text}) que la cible ${first.index + 1} ; une seule cible par échéance.`,
      });
    }
  }
};
