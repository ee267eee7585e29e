import { parsePartialDate } from '../model/dates';
import type { Located, PlanFile } from '../model/types';
import type { OffsetRange } from '../text/lineIndex';
import { dateShift, durationText, type DateEnd } from './dateShift';
import { describe } from './describe';
import type { ChangeKind } from './kinds';
import { placeOf } from './snapshot';
import type { DiffChange, DiffType } from './types';
import { changedWordCount, wordDiff } from './words';

/** A change before the orchestrator gives it its plan, class and axis. */
export type RawChange = Omit<DiffChange, 'plan' | 'class' | 'axis'>;

/** One side of a compared thing: its file and where to point when a field is absent. */
export interface SideOf {
  file: PlanFile;
  anchor: OffsetRange;
}

/** Compares the fields of one item (or of the plan header, or a target) on both sides. */
export class FieldComparer {
  constructor(
    private readonly type: DiffType,
    private readonly id: string,
    private readonly base: SideOf,
    private readonly head: SideOf,
    private readonly emit: (change: RawChange) => void,
    /** A base id of the given kind as the head names it (the same, unless it was renamed). */
    private readonly renamed: (type: DiffType, id: string) => string = (_type, id) => id,
  ) {}

  private places(a: { range: OffsetRange } | undefined, b: { range: OffsetRange } | undefined) {
    return {
      base: placeOf(this.base.file, (a?.range ?? this.base.anchor).start),
      head: placeOf(this.head.file, (b?.range ?? this.head.anchor).start),
    };
  }

  private push(
    kind: ChangeKind,
    field: string,
    before: unknown,
    after: unknown,
    message: DiffChange['message'],
    a?: { range: OffsetRange },
    b?: { range: OffsetRange },
    extra: Partial<RawChange> = {},
  ) {
    this.emit({
      change: 'changed',
      type: this.type,
      id: this.id,
      kind,
      field,
      ...(before !== undefined ? { before } : {}),
      ...(after !== undefined ? { after } : {}),
      message,
      ...this.places(a, b),
      ...extra,
    });
  }

  /** Free text (title, intention, stakes...): short texts quoted whole, long ones counted in words; words kept for markdown. */
  text(field: string, a: Located<string> | undefined, b: Located<string> | undefined): void {
    const before = a?.value;
    const after = b?.value;
    // Most texts are untouched: compare as written before normalising spaces.
    if (before === after || norm(before) === norm(after)) return;
    if (before === undefined || after === undefined) {
      this.push(
        'text-changed',
        field,
        before,
        after,
        describe.textAdded(this.type, this.id, field, after !== undefined),
        a,
        b,
      );
      return;
    }
    const words = wordDiff(before, after);
    const short = before.length <= 60 && after.length <= 60 && !before.includes('\n') && !after.includes('\n');
    const message = short
      ? describe.value(this.type, this.id, field, before, after, true)
      : describe.textRewritten(this.type, this.id, field, changedWordCount(words));
    this.push('text-changed', field, before, after, message, a, b, { words });
  }

  /** A list of texts (`details`), compared as one text of lines. */
  texts(field: string, a: Located<string>[], b: Located<string>[]): void {
    const join = (list: Located<string>[]) => (list.length > 0 ? list.map((l) => l.value).join('\n') : undefined);
    const first = (list: Located<string>[]) =>
      list.length > 0 ? { value: join(list)!, range: list[0].range, keyRange: list[0].keyRange } : undefined;
    this.text(field, first(a), first(b));
  }

  /** A date read at one end of its interval; a later end of a deadline is `deadline-postponed`. */
  date(
    field: string,
    a: Located<string | number> | undefined,
    b: Located<string | number> | undefined,
    end: DateEnd,
    kinds: { later: ChangeKind; earlier: ChangeKind },
  ): void {
    if (String(a?.value ?? '') === String(b?.value ?? '')) return;
    const before = parsePartialDate(a?.value);
    const after = parsePartialDate(b?.value);
    if (!before || !after) {
      this.push(
        'date-changed',
        field,
        a?.value,
        b?.value,
        describe.value(this.type, this.id, field, a?.value, b?.value),
        a,
        b,
      );
      return;
    }
    const shift = dateShift(before, after, end);
    if (shift.days === 0) {
      this.push(
        'date-changed',
        field,
        a?.value,
        b?.value,
        describe.value(this.type, this.id, field, a?.value, b?.value),
        a,
        b,
      );
      return;
    }
    const later = shift.days > 0;
    this.push(
      later ? kinds.later : kinds.earlier,
      field,
      a?.value,
      b?.value,
      describe.shifted(this.type, this.id, field, later, durationText(shift), a?.value, b?.value),
      a,
      b,
    );
  }

  /** A scalar compared as written (status, owner, unit...). */
  value(
    kind: ChangeKind,
    field: string,
    a: Located<unknown> | undefined,
    b: Located<unknown> | undefined,
    message = describe.value(this.type, this.id, field, a?.value, b?.value),
  ): void {
    if (sameValue(a?.value, b?.value)) return;
    if (kind === 'owner-changed' && typeof a?.value === 'string' && this.renamed('owner', a.value) === b?.value) return;
    this.push(kind, field, a?.value, b?.value, message, a, b);
  }

  /** `depends_on`: each id added or removed is its own change. */
  dependencies(field: string, a: Located<string>[], b: Located<string>[]): void {
    const before = new Set(a.map((l) => this.renamed('action', l.value)));
    const after = new Set(b.map((l) => l.value));
    for (const l of b)
      if (!before.has(l.value))
        this.push(
          'dependency-added',
          field,
          undefined,
          l.value,
          describe.dependency(this.type, this.id, l.value, true),
          undefined,
          l,
        );
    for (const l of a)
      if (!after.has(this.renamed('action', l.value)))
        this.push(
          'dependency-removed',
          field,
          l.value,
          undefined,
          describe.dependency(this.type, this.id, l.value, false),
          l,
          b[0],
        );
  }

  /** A list of ids (`indicators`, `contributes_to`) compared as a set: one change with both lists. */
  links(field: string, a: Located<string>[], b: Located<string>[]): void {
    const before = a.map((l) => this.renamed('indicator', l.value));
    const after = b.map((l) => l.value);
    if (before.length === after.length && [...before].sort().join('\n') === [...after].sort().join('\n')) return;
    this.push(
      'links-changed',
      field,
      a.map((l) => l.value),
      after,
      describe.value(this.type, this.id, field, before, after),
      a[0],
      b[0],
    );
  }
}

function norm(text: string | undefined): string | undefined {
  return text?.replace(/\s+/g, ' ').trim();
}

function sameValue(a: unknown, b: unknown): boolean {
  return (a === undefined ? '' : String(a)) === (b === undefined ? '' : String(b));
}
