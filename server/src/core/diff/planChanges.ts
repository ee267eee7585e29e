import { parsePartialDate } from '../model/dates';
import type { PlanHeader, PlanFile } from '../model/types';
import { describe } from './describe';
import { FieldComparer, type RawChange } from './fieldChanges';
import { placeOf } from './snapshot';

type Cycle = PlanHeader['cycle'];

function cycleText(cycle: Cycle): string | undefined {
  if (!cycle) return undefined;
  return `${cycle.start?.value ?? '?'}–${cycle.end?.value ?? '?'}`;
}

/** Days from the cycle's first day to its last; undefined when a date does not read. */
function cycleLength(cycle: Cycle): number | undefined {
  const start = parsePartialDate(cycle?.start?.value);
  const end = parsePartialDate(cycle?.end?.value);
  return start && end ? end.last - start.first : undefined;
}

/** The plan's own fields: title, institution, cycle (shortened is attention), horizon, as_of, status, version, vision. */
export function planChanges(
  id: string,
  base: { file: PlanFile; header: PlanHeader },
  head: { file: PlanFile; header: PlanHeader },
  emit: (c: RawChange) => void,
): void {
  const [a, b] = [base.header, head.header];
  const f = new FieldComparer(
    'plan',
    id,
    { file: base.file, anchor: a.keyRange },
    { file: head.file, anchor: b.keyRange },
    emit,
  );
  f.text('title', a.title, b.title);
  f.text('institution', a.institution, b.institution);
  const before = cycleText(a.cycle);
  const after = cycleText(b.cycle);
  if (before !== after) {
    const [la, lb] = [cycleLength(a.cycle), cycleLength(b.cycle)];
    const shortened = la !== undefined && lb !== undefined && lb < la;
    emit({
      change: 'changed',
      type: 'plan',
      id,
      field: 'cycle',
      kind: shortened ? 'cycle-shortened' : 'cycle-changed',
      ...(before ? { before } : {}),
      ...(after ? { after } : {}),
      message: describe.plan(
        id,
        shortened
          ? { en: `cycle shortened: ${before} → ${after}`, fr: `cycle raccourci : ${before} → ${after}` }
          : { en: `cycle ${before ?? '—'} → ${after ?? '—'}`, fr: `cycle ${before ?? '—'} → ${after ?? '—'}` },
      ),
      base: placeOf(base.file, (a.cycle ?? a).range.start),
      head: placeOf(head.file, (b.cycle ?? b).range.start),
    });
  }
  f.value('plan-changed', 'horizon', a.horizon, b.horizon);
  f.value('plan-changed', 'as_of', a.asOf, b.asOf);
  f.value('plan-changed', 'status', a.status, b.status);
  f.value('plan-changed', 'version', a.version, b.version);
  f.value('plan-changed', 'previous', a.previous, b.previous);
  f.value('plan-changed', 'language', a.language, b.language);
  f.text('vision', a.vision, b.vision);
}
