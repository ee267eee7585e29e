import type { Located } from '../model/types';
import type { RenderContext } from './context';

/** An owner's name from the plan's registry, else the owner as written. */
export function ownerName(owner: Located<string>, context: RenderContext): string {
  const registered = context.plan.owners.find((o) => o.id?.value === owner.value);
  return registered?.name ? context.typeset(registered.name.value) : owner.value;
}
