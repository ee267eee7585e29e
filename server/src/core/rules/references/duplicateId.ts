import { capitalized, itemName, subject } from '../../model/describe';
import type { Rule } from '../context';
import { whereIs } from '../context';

/** ref/duplicate-id: ids are unique across the root and all its parts, whatever the kind. */
export const duplicateId: Rule = ({ plan, report }) => {
  for (const [id, items] of plan.byId) {
    if (items.length < 2) continue;
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
