import type { Localized } from '../i18n/locale';
import type { Indicator, Located, Target } from '../model/types';
import { fmt, targetValue } from '../rules/targets/values';
import { parsePartialDate } from '../model/dates';
import { dateShift, durationText, frenchBy } from './dateShift';
import { describe } from './describe';
import { FieldComparer, type RawChange } from './fieldChanges';
import { placeOf } from './snapshot';

/** The date that names a target: `by`, the end of `over` or `each_year`, or `each-year`. */
function dateKey(target: Target): string {
  const span = target.over ?? (target.eachYear && 'from' in target.eachYear ? target.eachYear : undefined);
  const date = target.by?.value ?? span?.to?.value;
  return date !== undefined ? String(date) : target.eachYear ? 'each-year' : String(target.index + 1);
}

/** The targets of an indicator by date; a second target for the same date is `date#2`. */
function targetsByKey(indicator: Indicator): Map<string, Target> {
  const byKey = new Map<string, Target>();
  for (const target of indicator.targets) {
    const key = dateKey(target);
    let unique = key;
    for (let n = 2; byKey.has(unique); n++) unique = `${key}#${n}`;
    byKey.set(unique, target);
  }
  return byKey;
}

/** "by 2030", "over 2026–2030", "each year". */
function when(target: Target): Localized {
  if (target.by) return { en: `by ${target.by.value}`, fr: `d’ici ${target.by.value}` };
  const span = target.over ?? (target.eachYear && 'from' in target.eachYear ? target.eachYear : undefined);
  if (span) {
    const text = `${span.from?.value ?? '?'}–${span.to?.value ?? '?'}`;
    return target.over
      ? { en: `over ${text}`, fr: `sur ${text}` }
      : { en: `each year ${text}`, fr: `chaque année ${text}` };
  }
  return target.eachYear ? { en: 'each year', fr: 'chaque année' } : { en: '', fr: '' };
}

function withUnit(value: number | string, indicator: Indicator): string {
  const unit = indicator.unit?.value;
  return unit ? `${value} ${unit}` : String(value);
}

/** The target's figure as written or implied: `800 patients`, or its change (`x2`). */
function figure(target: Target): string {
  const value = targetValue(target);
  if (value !== undefined) return withUnit(fmt(value), target.indicator);
  return String(target.value?.value ?? target.change?.value ?? 'tbd');
}

function deadline(target: Target): Located<string | number> | undefined {
  return (
    target.by ?? target.over?.to ?? (target.eachYear && 'from' in target.eachYear ? target.eachYear.to : undefined)
  );
}

/**
 * The targets of one indicator on both sides: matched by date, the rest in order (a target
 * whose date moved); the value read against the indicator's direction.
 */
export function compareTargets(
  base: Indicator,
  head: Indicator,
  indicatorId: string,
  emit: (c: RawChange) => void,
): void {
  const before = targetsByKey(base);
  const after = targetsByKey(head);
  const pairs: [string, Target, string, Target][] = [];
  const leftBase = [...before].filter(([k]) => !after.has(k));
  const leftHead = [...after].filter(([k]) => !before.has(k));
  for (const [k, t] of before) if (after.has(k)) pairs.push([k, t, k, after.get(k)!]);
  const paired = Math.min(leftBase.length, leftHead.length);
  for (let i = 0; i < paired; i++) pairs.push([leftBase[i][0], leftBase[i][1], leftHead[i][0], leftHead[i][1]]);
  for (const [baseKey, a, headKey, b] of pairs)
    compareTarget(a, b, `${indicatorId}@${headKey}`, indicatorId, baseKey !== headKey, emit);
  for (const [key, t] of leftBase.slice(paired)) {
    emit({
      change: 'removed',
      type: 'target',
      id: `${indicatorId}@${key}`,
      kind: 'target-removed',
      before: t.value?.value ?? t.change?.value,
      message: describe.indicator(indicatorId, {
        en: `target removed: ${figure(t)} ${when(t).en}`.trim(),
        fr: `cible supprimée : ${figure(t)} ${when(t).fr}`.trim(),
      }),
      base: placeOf(base.file, t.anchor.start),
      near: placeOf(head.file, head.anchor.start),
    });
  }
  for (const [key, t] of leftHead.slice(paired)) {
    emit({
      change: 'added',
      type: 'target',
      id: `${indicatorId}@${key}`,
      kind: 'target-added',
      after: t.value?.value ?? t.change?.value,
      message: describe.indicator(indicatorId, {
        en: `target added: ${figure(t)} ${when(t).en}`.trim(),
        fr: `cible ajoutée : ${figure(t)} ${when(t).fr}`.trim(),
      }),
      head: placeOf(head.file, t.anchor.start),
    });
  }
}

/** A target whose date moved: later is `target-postponed`, read at the end of each date's interval. */
function targetShift(a: Target, b: Target, id: string, indicatorId: string, emit: (c: RawChange) => void): void {
  const [da, db] = [deadline(a), deadline(b)];
  const [pa, pb] = [parsePartialDate(da?.value), parsePartialDate(db?.value)];
  const where = {
    base: placeOf(a.indicator.file, (da ?? a).range.start),
    head: placeOf(b.indicator.file, (db ?? b).range.start),
  };
  const shift = pa && pb ? dateShift(pa, pb, 'last') : undefined;
  const texts = `(${da?.value ?? '—'} → ${db?.value ?? '—'})`;
  if (!shift || shift.days === 0) {
    emit({
      change: 'changed',
      type: 'target',
      id,
      field: 'by',
      before: da?.value,
      after: db?.value,
      kind: 'target-changed',
      message: describe.indicator(indicatorId, {
        en: `target date changed ${texts}`,
        fr: `date de la cible modifiée ${texts}`,
      }),
      ...where,
    });
    return;
  }
  const later = shift.days > 0;
  const d = durationText(shift);
  emit({
    change: 'changed',
    type: 'target',
    id,
    field: 'by',
    before: da?.value,
    after: db?.value,
    kind: later ? 'target-postponed' : 'target-brought-forward',
    message: describe.indicator(
      indicatorId,
      later
        ? { en: `target postponed by ${d.en} ${texts}`, fr: `cible repoussée ${frenchBy(d.fr)} ${texts}` }
        : { en: `target brought forward by ${d.en} ${texts}`, fr: `cible avancée ${frenchBy(d.fr)} ${texts}` },
    ),
    ...where,
  });
}

function compareTarget(
  a: Target,
  b: Target,
  id: string,
  indicatorId: string,
  dateMoved: boolean,
  emit: (c: RawChange) => void,
): void {
  const fields = new FieldComparer(
    'target',
    id,
    { file: a.indicator.file, anchor: a.anchor },
    { file: b.indicator.file, anchor: b.anchor },
    emit,
  );
  if (dateMoved) targetShift(a, b, id, indicatorId, emit);
  const va = targetValue(a);
  const vb = targetValue(b);
  const where = {
    base: placeOf(a.indicator.file, (a.value ?? a.change ?? a).range.start),
    head: placeOf(b.indicator.file, (b.value ?? b.change ?? b).range.start),
  };
  const direction = b.indicator.direction?.value ?? a.indicator.direction?.value;
  if (va !== undefined && vb !== undefined) {
    if (fmt(va) !== fmt(vb)) {
      const up = vb > va;
      const more = direction === 'increase' ? up : direction === 'decrease' ? !up : undefined;
      const figures = `${fmt(va)} → ${withUnit(fmt(vb), b.indicator)}`;
      const w = when(b);
      const how: Localized =
        more === undefined
          ? { en: `target changed: ${figures} ${w.en}`.trim(), fr: `cible modifiée : ${figures} ${w.fr}`.trim() }
          : more
            ? {
                en: `ambition raised: ${figures} ${w.en}`.trim(),
                fr: `ambition revue à la hausse : ${figures} ${w.fr}`.trim(),
              }
            : {
                en: `ambition lowered: ${figures} ${w.en}`.trim(),
                fr: `ambition revue à la baisse : ${figures} ${w.fr}`.trim(),
              };
      emit({
        change: 'changed',
        type: 'target',
        id,
        field: 'value',
        before: va,
        after: vb,
        kind: more === undefined ? 'target-changed' : more ? 'target-raised' : 'target-lowered',
        message: describe.indicator(indicatorId, how),
        ...where,
      });
    }
  } else {
    const written = (t: Target) => String(t.value?.value ?? '') + '|' + String(t.change?.value ?? '');
    if (written(a) !== written(b)) {
      emit({
        change: 'changed',
        type: 'target',
        id,
        field: 'value',
        before: a.value?.value ?? a.change?.value,
        after: b.value?.value ?? b.change?.value,
        kind: 'target-changed',
        message: describe.indicator(indicatorId, {
          en: `target changed: ${figure(a)} → ${figure(b)} ${when(b).en}`.trim(),
          fr: `cible modifiée : ${figure(a)} → ${figure(b)} ${when(b).fr}`.trim(),
        }),
        ...where,
      });
    }
  }
  fields.value('target-changed', 'comparator', a.comparator, b.comparator);
  fields.text('quote', a.quote, b.quote);
}
