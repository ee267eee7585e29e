import type { DiffChange, Locale, Localized, Place } from '../../core';

export interface SideSummary {
  ref: string;
  label: Localized;
  plans: string[];
}

/** A diff ready for output. */
export interface DiffReport {
  locale: Locale;
  base: SideSummary;
  head: SideSummary;
  changes: DiffChange[];
  /** Problems the diff read past (a file that is not valid YAML), one line each. */
  notes: Localized[];
  /** A file as the working folder shows it (stylish, json). */
  shown: (file: string) => string;
  /** A file relative to the repository root (annotations, links). */
  inRepository: (file: string) => string;
  /** Where a markdown row links to. */
  linkOf: (place: Place) => string;
}

/** Where a change stands in the head: its own place, else (removed) what held it. */
export function headPlace(change: DiffChange): Place | undefined {
  return change.head ?? change.near;
}

export function countByClass(changes: readonly DiffChange[]): { attention: number; notice: number } {
  let attention = 0;
  for (const c of changes) if (c.class === 'attention') attention++;
  return { attention, notice: changes.length - attention };
}

/** "3 changes (1 attention, 2 notices)" and its French. */
export function countsText(changes: readonly DiffChange[]): Localized {
  const { attention, notice } = countByClass(changes);
  const n = changes.length;
  return {
    en: `${n} ${n === 1 ? 'change' : 'changes'} (${attention} attention, ${notice} ${notice === 1 ? 'notice' : 'notices'})`,
    fr: `${n} ${n > 1 ? 'changements' : 'changement'} (${attention} ${attention > 1 ? 'points' : 'point'} d’attention, ${notice} ${notice > 1 ? 'informations' : 'information'})`,
  };
}
