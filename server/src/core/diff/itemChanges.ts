import type { Action, Axis, Ambition, Baseline, Indicator, Milestone, Objective, Owner } from '../model/types';
import { describe } from './describe';
import { FieldComparer, type RawChange } from './fieldChanges';
import type { Pair } from './match';
import { placeOf } from './snapshot';
import { compareTargets } from './targets';
import type { DiffType } from './types';

const DEADLINE = { later: 'deadline-postponed', earlier: 'deadline-brought-forward' } as const;
const START = { later: 'start-shifted', earlier: 'start-shifted' } as const;

/** The fields of a matched item that changed, read by its kind. */
export function itemChanges(
  pair: Pair,
  emit: (c: RawChange) => void,
  renamed: (type: DiffType, id: string) => string,
): void {
  const { base, head } = pair;
  const f = new FieldComparer(
    head.type,
    head.id,
    { file: base.file, anchor: base.item.anchor },
    { file: head.file, anchor: head.item.anchor },
    emit,
    renamed,
  );
  switch (head.type) {
    case 'axis': {
      const [a, b] = [base.item as Axis, head.item as Axis];
      f.text('title', a.title, b.title);
      f.value('field-changed', 'number', a.number, b.number);
      f.text('summary', a.summary, b.summary);
      return;
    }
    case 'ambition': {
      const [a, b] = [base.item as Ambition, head.item as Ambition];
      f.text('title', a.title, b.title);
      f.text('stakes', a.stakes, b.stakes);
      return;
    }
    case 'objective': {
      const [a, b] = [base.item as Objective, head.item as Objective];
      f.text('title', a.title, b.title);
      f.text('intention', a.intention, b.intention);
      f.value('owner-changed', 'owner', a.owner, b.owner);
      f.links('indicators', a.indicators, b.indicators);
      return;
    }
    case 'action': {
      const [a, b] = [base.item as Action, head.item as Action];
      f.text('title', a.title, b.title);
      f.texts('details', a.details, b.details);
      f.date('start', a.start, b.start, 'first', START);
      f.date('end', a.end, b.end, 'last', DEADLINE);
      f.date('due', a.due, b.due, 'last', DEADLINE);
      status(f, head.type, head.id, a.status, b.status);
      f.value('progress-changed', 'progress', a.progress, b.progress);
      f.value('owner-changed', 'owner', a.owner, b.owner);
      f.dependencies('depends_on', a.dependsOn, b.dependsOn);
      f.links('contributes_to', a.contributesTo, b.contributesTo);
      return;
    }
    case 'milestone': {
      const [a, b] = [base.item as Milestone, head.item as Milestone];
      f.text('title', a.title, b.title);
      f.date('due', a.due, b.due, 'last', DEADLINE);
      status(f, head.type, head.id, a.status, b.status);
      return;
    }
    case 'indicator': {
      const [a, b] = [base.item as Indicator, head.item as Indicator];
      f.text('label', a.label, b.label);
      for (const field of ['unit', 'direction', 'measure', 'frequency'] as const)
        f.value('field-changed', field, a[field], b[field]);
      f.value('field-changed', 'part_of', a.partOf, b.partOf);
      f.text('source', a.source, b.source);
      baseline(a, b, head.id, emit);
      compareTargets(a, b, head.id, emit);
      return;
    }
    case 'owner': {
      f.text('name', (base.item as Owner).name, (head.item as Owner).name);
      return;
    }
  }
}

function status(
  f: FieldComparer,
  type: Pair['head']['type'],
  id: string,
  a: Action['status'],
  b: Action['status'],
): void {
  if (b?.value === 'cancelled' && a?.value !== 'cancelled')
    f.value('item-cancelled', 'status', a, b, describe.cancelled(type, id, a?.value));
  else f.value('status-changed', 'status', a, b);
}

function written(b: Baseline | undefined): { value?: unknown; year?: number; date?: string | number } | undefined {
  if (!b) return undefined;
  return {
    ...(b.value ? { value: b.value.value } : {}),
    ...(b.year ? { year: b.year.value } : {}),
    ...(b.date ? { date: b.date.value } : {}),
  };
}

function baselineText(b: ReturnType<typeof written>): string {
  if (!b) return '—';
  const when = b.date ?? b.year;
  return `${b.value ?? '?'}${when !== undefined ? ` (${when})` : ''}`;
}

function baseline(a: Indicator, b: Indicator, id: string, emit: (c: RawChange) => void): void {
  const before = written(a.baseline);
  const after = written(b.baseline);
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  const text = `${baselineText(before)} → ${baselineText(after)}`;
  emit({
    change: 'changed',
    type: 'indicator',
    id,
    kind: 'baseline-changed',
    field: 'baseline',
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
    message: describe.indicator(id, { en: `baseline ${text}`, fr: `valeur de référence ${text}` }),
    base: placeOf(a.file, (a.baseline ?? a).range.start),
    head: placeOf(b.file, (b.baseline ?? b).range.start),
  });
}
