import type { Localized } from '../../i18n/locale';
import type { ItemName } from '../../model/describe';

/** Why a rename cannot go ahead, in words for the author. */
export const RENAME_MESSAGES = {
  noId: {
    en: 'Only an id can be renamed: place the cursor on an item’s `id` or on a reference to it.',
    fr: 'Seul un identifiant peut être renommé : placez le curseur sur l’`id` d’un élément ou sur une référence à celui-ci.',
  },
  invalid: (name: string): Localized => ({
    en: `'${name}' is not a valid id: use letters, digits, '.', '_' or '-', starting with a letter or digit.`,
    fr: `'${name}' n’est pas un identifiant valide : utilisez des lettres, des chiffres, '.', '_' ou '-', en commençant par une lettre ou un chiffre.`,
  }),
  emptyName: {
    en: 'An owner’s name must be one line of text, not empty.',
    fr: 'Le nom d’un responsable doit tenir sur une ligne et ne pas être vide.',
  },
  taken: (name: string, user: ItemName, where: Localized): Localized => ({
    en: `The id '${name}' is already used by ${user.en} (${where.en}); choose another.`,
    fr: `L’identifiant '${name}' est déjà utilisé par ${user.fr} (${where.fr}) ; choisissez-en un autre.`,
  }),
  planTaken: (name: string): Localized => ({
    en: `The plan id '${name}' is already used by another plan of the workspace; choose another.`,
    fr: `L’identifiant de plan '${name}' est déjà utilisé par un autre plan de l’espace de travail ; choisissez-en un autre.`,
  }),
} satisfies Record<string, Localized | ((...args: never[]) => Localized)>;
