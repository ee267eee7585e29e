import type { Localized } from '../i18n/locale';
import type { Item, ItemKind } from './types';

export type ItemOf<K extends ItemKind> = Extract<Item, { kind: K }>;

/**
 * The LSP symbol kinds the outline uses, by name (the server maps them to `SymbolKind`: the
 * core does not import the protocol).
 */
export type SymbolKindName =
  'Namespace' | 'File' | 'Package' | 'Module' | 'Class' | 'Method' | 'Event' | 'Array' | 'Variable' | 'Object';

/** Everything the product says or shows about one kind of item. */
export interface KindInfo<K extends ItemKind = ItemKind> {
  /** The YAML list that holds items of this kind, also the model's field for them (`axes`). */
  list: string;
  /** The noun of messages: English, French with its definite article, and French "of it" (`du jalon`). */
  noun: { en: string; fr: string; frOf: string };
  /** The bare noun of hover headings (`indicateur`). */
  word: Localized;
  /** The noun with its indefinite article (`un axe`): "…, which is not an axis". */
  aNoun: Localized;
  /** The completion label of a new item of the list. */
  newItem: Localized;
  /** The kind of its document symbol. */
  symbol: SymbolKindName;
  /** Whether the Plan Outline (the Explorer tree) shows it. */
  outline: boolean;
  /**
   * Named within its parent in messages about a field path (`milestone 1 of action 'x'`):
   * its id is not unique enough to stand alone there.
   */
  namedWithinParent: boolean;
  /** The items written inside one of this kind, in the order they are written. */
  children: (item: ItemOf<K>) => readonly Item[];
}

/**
 * One entry per kind of item. Adding a kind to `Item` without an entry here is a compile
 * error; every table of kinds (messages, hovers, completion, symbols, the outline, the model's
 * caches, the plan's lists) is derived from this one. The order is the order in which a plan
 * indexes its items by id (`Plan.byId`), which fixes the order of did-you-mean candidates.
 */
export const KINDS = {
  reference: {
    list: 'references',
    noun: { en: 'reference', fr: 'la référence', frOf: 'de la référence' },
    word: { en: 'reference', fr: 'référence' },
    aNoun: { en: 'a reference', fr: 'une référence' },
    newItem: { en: 'New reference', fr: 'Nouvelle référence' },
    symbol: 'File',
    outline: false,
    namedWithinParent: false,
    children: () => [],
  },
  owner: {
    list: 'owners',
    noun: { en: 'owner', fr: 'le responsable', frOf: 'du responsable' },
    word: { en: 'owner', fr: 'responsable' },
    aNoun: { en: 'an owner', fr: 'un responsable' },
    newItem: { en: 'New owner', fr: 'Nouveau responsable' },
    symbol: 'Object',
    outline: false,
    namedWithinParent: false,
    children: () => [],
  },
  indicator: {
    list: 'indicators',
    noun: { en: 'indicator', fr: 'l’indicateur', frOf: 'de l’indicateur' },
    word: { en: 'indicator', fr: 'indicateur' },
    aNoun: { en: 'an indicator', fr: 'un indicateur' },
    newItem: { en: 'New indicator', fr: 'Nouvel indicateur' },
    symbol: 'Variable',
    outline: true,
    namedWithinParent: false,
    children: () => [],
  },
  axis: {
    list: 'axes',
    noun: { en: 'axis', fr: 'l’axe', frOf: 'de l’axe' },
    word: { en: 'axis', fr: 'axe' },
    aNoun: { en: 'an axis', fr: 'un axe' },
    newItem: { en: 'New axis', fr: 'Nouvel axe' },
    symbol: 'Package',
    outline: true,
    namedWithinParent: false,
    children: (axis) => [...axis.ambitions, ...axis.objectives],
  },
  ambition: {
    list: 'ambitions',
    noun: { en: 'ambition', fr: 'l’ambition', frOf: 'de l’ambition' },
    word: { en: 'ambition', fr: 'ambition' },
    aNoun: { en: 'an ambition', fr: 'une ambition' },
    newItem: { en: 'New ambition', fr: 'Nouvelle ambition' },
    symbol: 'Module',
    outline: true,
    namedWithinParent: false,
    children: (ambition) => ambition.objectives,
  },
  objective: {
    list: 'objectives',
    noun: { en: 'objective', fr: 'l’objectif', frOf: 'de l’objectif' },
    word: { en: 'objective', fr: 'objectif' },
    aNoun: { en: 'an objective', fr: 'un objectif' },
    newItem: { en: 'New objective', fr: 'Nouvel objectif' },
    symbol: 'Class',
    outline: true,
    namedWithinParent: false,
    children: (objective) => objective.actions,
  },
  action: {
    list: 'actions',
    noun: { en: 'action', fr: 'l’action', frOf: 'de l’action' },
    word: { en: 'action', fr: 'action' },
    aNoun: { en: 'an action', fr: 'une action' },
    newItem: { en: 'New action', fr: 'Nouvelle action' },
    symbol: 'Method',
    outline: true,
    namedWithinParent: false,
    children: (action) => action.milestones,
  },
  milestone: {
    list: 'milestones',
    noun: { en: 'milestone', fr: 'le jalon', frOf: 'du jalon' },
    word: { en: 'milestone', fr: 'jalon' },
    aNoun: { en: 'a milestone', fr: 'un jalon' },
    newItem: { en: 'New milestone', fr: 'Nouveau jalon' },
    symbol: 'Event',
    outline: true,
    namedWithinParent: true,
    children: () => [],
  },
} as const satisfies { [K in ItemKind]: KindInfo<K> };

/** Every kind, in the order of `KINDS`. */
export const ITEM_KINDS = Object.keys(KINDS) as ItemKind[];

/** The name of the list that holds each kind (`axis` → `axes`). */
export type ListOf<K extends ItemKind> = (typeof KINDS)[K]['list'];

/** A table with one entry per kind, read off each kind's description. */
export function byKind<T>(pick: (info: KindInfo, kind: ItemKind) => T): Record<ItemKind, T> {
  return Object.fromEntries(ITEM_KINDS.map((kind) => [kind, pick(kindInfo(kind), kind)])) as Record<ItemKind, T>;
}

/** One list per kind, named as the format names it (`axes: Axis[]`): a plan's items across its files. */
export type ItemLists = { [K in ItemKind as ListOf<K>]: ItemOf<K>[] };

/** Every item of the lists, kind by kind in the order of `KINDS`. */
export function allItems(lists: ItemLists): Item[] {
  return ITEM_KINDS.flatMap((kind): readonly Item[] => lists[KINDS[kind].list]);
}

/** The kinds the Plan Outline shows. */
export type OutlineKind = { [K in ItemKind]: (typeof KINDS)[K]['outline'] extends true ? K : never }[ItemKind];

export function kindInfo(kind: ItemKind): KindInfo {
  return KINDS[kind] as KindInfo;
}

const KIND_BY_LIST: ReadonlyMap<string, ItemKind> = new Map(ITEM_KINDS.map((kind) => [KINDS[kind].list, kind]));

/** The kind a list holds (`axes` → `axis`), or undefined for a key that is not a list of items. */
export function kindOfList(list: string): ItemKind | undefined {
  return KIND_BY_LIST.get(list);
}

/** The items written directly inside `item`, in the order they are written. */
export function childrenOf(item: Item): readonly Item[] {
  // One function per kind, each typed for its kind: TypeScript cannot pair `item.kind` with it.
  return (KINDS[item.kind].children as (item: Item) => readonly Item[])(item);
}
