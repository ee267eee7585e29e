import { didYouMean } from '../../text/didYouMean';
import type { Item } from '../../model/types';
import { collectReferences } from '../../plan/references';
import type { Rule } from '../context';

const KIND_WORDS: Record<Item['kind'], { en: string; fr: string }> = {
  axis: { en: 'an axis', fr: 'un axe' }, ambition: { en: 'an ambition', fr: 'une ambition' },
  objective: { en: 'an objective', fr: 'un objectif' }, action: { en: 'an action', fr: 'une action' },
  milestone: { en: 'a milestone', fr: 'un jalon' }, indicator: { en: 'an indicator', fr: 'un indicateur' },
  owner: { en: 'an owner', fr: 'un responsable' }, reference: { en: 'a reference', fr: 'une référence' },
};

/** ref/unknown and ref/wrong-kind: every reference names an item of the kind its field expects. */
export const unknownReference: Rule = ({ plan, report }) => {
  for (const ref of collectReferences(plan)) {
    const candidates = ref.scope ?? [...plan.byId.values()].flat();
    const named = candidates.filter((i) => i.id?.value === ref.id.value);
    const expected = KIND_WORDS[ref.expected];
    const field = { en: `\`${ref.field}\` of ${ref.holder.en}`, fr: `\`${ref.field}\` ${ref.holder.frOf}` };
    if (named.some((i) => i.kind === ref.expected)) continue;
    if (named.length > 0) {
      const actual = KIND_WORDS[named[0].kind];
      report('ref/wrong-kind', ref.file, ref.id.range, {
        en: `${field.en} names '${ref.id.value}', which is ${actual.en}, not ${expected.en}.`,
        fr: `${field.fr} cite '${ref.id.value}', qui est ${actual.fr} et non ${expected.fr}.`,
      });
      continue;
    }
    // A part whose root is missing: its references cannot be judged (ref/unknown-plan says so).
    if (!plan.root && ref.file.kind === 'part') continue;
    const ids = candidates.filter((i) => i.kind === ref.expected && i.id).map((i) => i.id!.value);
    const guess = didYouMean(ref.id.value, ids);
    report('ref/unknown', ref.file, ref.id.range, {
      en: `${field.en} names '${ref.id.value}', which is not ${expected.en} of the plan${guess ? ` — did you mean '${guess}'?` : '.'}`,
      fr: `${field.fr} cite '${ref.id.value}', qui n’est pas ${expected.fr} du plan${guess ? ` — vouliez-vous dire '${guess}' ?` : '.'}`,
    }, { suggestions: guess ? [guess] : undefined });
  }
};
