/**
 * The kinds of change `jalon diff` reports and the class each has by default. A kind is what
 * `jalon.config.yaml` names to change a class (`diff: { target-lowered: notice }`); docs/diff.md
 * has a section for each.
 */
export type DiffClass = 'attention' | 'notice';
export const DIFF_CLASSES: readonly DiffClass[] = ['attention', 'notice'];

export const CHANGE_KINDS = {
  'item-added': 'notice',
  'item-removed': 'attention',
  'item-moved': 'notice',
  'item-renamed': 'notice',
  'text-changed': 'notice',
  'deadline-postponed': 'attention',
  'deadline-brought-forward': 'notice',
  'start-shifted': 'notice',
  'date-changed': 'notice',
  'status-changed': 'notice',
  'item-cancelled': 'attention',
  'progress-changed': 'notice',
  'owner-changed': 'notice',
  'dependency-added': 'notice',
  'dependency-removed': 'notice',
  'links-changed': 'notice',
  'field-changed': 'notice',
  'baseline-changed': 'notice',
  'target-added': 'notice',
  'target-removed': 'attention',
  'target-lowered': 'attention',
  'target-raised': 'notice',
  'target-changed': 'notice',
  'target-postponed': 'attention',
  'target-brought-forward': 'notice',
  'cycle-shortened': 'attention',
  'cycle-changed': 'notice',
  'plan-changed': 'notice',
} as const satisfies Record<string, DiffClass>;

export type ChangeKind = keyof typeof CHANGE_KINDS;
export const CHANGE_KIND_IDS = Object.keys(CHANGE_KINDS) as ChangeKind[];

export function isChangeKind(value: string): value is ChangeKind {
  return Object.prototype.hasOwnProperty.call(CHANGE_KINDS, value);
}

/** The class of a kind of change: the configuration's, else the default. */
export function classOf(kind: ChangeKind, classes: Partial<Record<ChangeKind, DiffClass>> | undefined): DiffClass {
  return classes?.[kind] ?? CHANGE_KINDS[kind];
}
