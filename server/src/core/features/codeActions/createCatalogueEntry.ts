import type { Localized } from '../../i18n/locale';
import { nameOf } from '../../model/describe';
import { collectReferences } from '../../plan/references';
import type { Fixer } from './quickFix';
import { appendToList, type CatalogueKey } from './catalogueList';
import { yamlScalar } from './textEdits';

/** A first label for a new entry, from its id: `patients-partenaires` → "Patients partenaires". */
function labelFromId(id: string): string {
  const words = id.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface Catalogue {
  key: CatalogueKey;
  /** The second required field, after `id`. */
  field: string;
  /** Entries written `- { id: x, name: y }` when the list has none to copy the style of. */
  flow: boolean;
  where: Localized;
}

const CATALOGUES: Record<'indicator' | 'owner', Catalogue> = {
  indicator: {
    key: 'indicators',
    field: 'label',
    flow: false,
    where: { en: 'in the catalogue', fr: 'dans le catalogue' },
  },
  owner: {
    key: 'owners',
    field: 'name',
    flow: true,
    where: { en: 'in the owners list', fr: 'dans la liste des responsables' },
  },
};

/**
 * ref/unknown on an indicator or owner reference: adds a minimal valid entry (`id` and
 * `label`, or `id` and `name`) at the end of the plan's list in the root file, creating the
 * list if needed. Preferred only when no existing id is close (otherwise the id is likely a typo).
 */
export const createCatalogueEntry: Fixer = ({ plan, file, finding }) => {
  const reference = collectReferences(plan).find(
    (r) => r.file === file && r.id.range.start === finding.range.start && r.id.range.end === finding.range.end,
  );
  if (!reference || (reference.expected !== 'indicator' && reference.expected !== 'owner')) return [];
  const catalogue = CATALOGUES[reference.expected];
  const id = reference.id.value;
  const edit = appendToList(
    plan.root ?? file,
    catalogue.key,
    [
      ['id', yamlScalar(id)],
      [catalogue.field, yamlScalar(labelFromId(id))],
    ],
    catalogue.flow,
  );
  if (!edit) return [];
  const name = nameOf(reference.expected, id);
  return [
    {
      title: { en: `Create ${name.en} ${catalogue.where.en}`, fr: `Créer ${name.fr} ${catalogue.where.fr}` },
      edits: [edit],
      preferred: (finding.suggestions ?? []).length === 0,
    },
  ];
};
