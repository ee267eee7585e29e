import { guessId } from '../../text/idGuess';
import { KINDS } from '../../model/kinds';
import type { Owner } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import { collectReferences, type IdReference } from '../../plan/references';
import type { Rule } from '../context';

const ID_FORM = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** ref/unknown and ref/wrong-kind: every reference names an item of the kind its field expects. */
export const unknownReference: Rule = ({ plan, report }) => {
  for (const ref of collectReferences(plan)) {
    // An id of the wrong form is the schema's finding (schema/pattern): said once. An owner is
    // free text for the schema (it may be a name when the plan has no owners list).
    if (ref.field !== 'owner' && !ID_FORM.test(ref.id.value)) continue;
    // Looked up in the whole plan (by id, not by scanning: plans have thousands of items): a
    // part's `ambition: obj` names an objective (wrong kind) even though only the ambitions
    // of the part's axis are candidates.
    const named = plan.byId.get(ref.id.value) ?? [];
    const inScope = ref.scope ? named.filter((i) => ref.scope!.includes(i)) : named;
    if (inScope.some((i) => i.kind === ref.expected)) continue;
    const expected = KINDS[ref.expected].aNoun;
    const field = { en: `\`${ref.field}\` of ${ref.holder.en}`, fr: `\`${ref.field}\` ${ref.holder.frOf}` };
    const wrong = named.some((i) => i.kind === ref.expected) ? undefined : named[0];
    if (wrong) {
      const actual = KINDS[wrong.kind].aNoun;
      report('ref/wrong-kind', ref.file, ref.id.range, {
        en: `${field.en} names '${ref.id.value}', which is ${actual.en}, not ${expected.en}.`,
        fr: `${field.fr} cite '${ref.id.value}', qui est ${actual.fr} et non ${expected.fr}.`,
      });
      continue;
    }
    // A part whose root is missing: its references cannot be judged (ref/unknown-plan says so).
    if (!plan.root && ref.file.kind === 'part') continue;
    const candidates = ref.scope ?? [...plan.byId.values()].flat();
    const kin = candidates.filter((i) => i.kind === ref.expected && i.id);
    const guess = guessId(
      ref.id.value,
      kin.map((i) => ({ id: i.id!.value, name: i.kind === 'owner' ? i.name?.value : undefined })),
    );
    // An owner is suggested with its name, which is what the author had in mind.
    const ownerName = kin.find((i): i is Owner => i.kind === 'owner' && i.id!.value === guess)?.name?.value;
    const shown = guess === undefined ? undefined : ownerName ? `'${guess}' (${ownerName})` : `'${guess}'`;
    const among = within(plan, ref);
    report(
      'ref/unknown',
      ref.file,
      ref.id.range,
      {
        en: `${field.en} names '${ref.id.value}', which is not ${expected.en} ${among.en}${shown ? ` — did you mean ${shown}?` : '.'}`,
        fr: `${field.fr} cite '${ref.id.value}', qui n’est pas ${expected.fr} ${among.fr}${shown ? ` — vouliez-vous dire ${shown} ?` : '.'}`,
      },
      { suggestions: guess ? [guess] : undefined },
    );
  }
};

/** Where the id was looked for: the plan, or (a part's `ambition`) its axis, which "of the plan" would misstate. */
function within(plan: Plan, ref: IdReference): { en: string; fr: string } {
  const axis = ref.field === 'ambition' ? plan.axes.find((a) => a.id?.value === ref.file.axisRef?.value) : undefined;
  if (!axis?.id) return { en: 'of the plan', fr: 'du plan' };
  return { en: `of axis '${axis.id.value}'`, fr: `de l’axe '${axis.id.value}'` };
}
