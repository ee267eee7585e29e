import { capitalized, itemName, subject } from '../../model/describe';
import type { Rule } from '../context';
import { whereIs } from '../context';

/**
 * ref/duplicate-id: ids are unique across the root and all its parts, whatever the kind.
 * The first item in plan order (root first, then parts by path; then position in the file)
 * keeps its id and every later one is reported: `byId` groups items by kind, which would
 * otherwise report an action of the root because a part declares an indicator of its id.
 */
export const duplicateId: Rule = ({ plan, report }) => {
  const fileOrder = new Map(plan.files.map((f, i) => [f, i]));
  for (const [id, group] of plan.byId) {
    if (group.length < 2) continue;
    const items = [...group].sort(
      (a, b) => fileOrder.get(a.file)! - fileOrder.get(b.file)! || a.anchor.start - b.anchor.start,
    );
    const first = items[0];
    for (const item of items.slice(1)) {
      const where = whereIs(item.file, first.file, first.anchor.start);
      const name = capitalized(subject(itemName(item)));
      const firstName = itemName(first);
      report('ref/duplicate-id', item.file, item.id!.range, {
        en: `${name.en} has the id '${id}' of ${firstName.en} (${where.en}); ids must be unique in the plan: rename one.`,
        fr: `${name.fr} a l’identifiant '${id}' déjà pris par ${firstName.fr} (${where.fr}) ; les identifiants sont uniques dans le plan : renommez l’un d’eux.`,
      });
    }
  }
};
