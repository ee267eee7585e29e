import type { DiffChange, Place } from '../../../core';
import type { DiffReport } from '../report';

/** The JSON contract of docs/diff.md (version 1): other tools rely on its exact shape. */
export function formatDiffJson(report: DiffReport): string {
  const place = (p: Place | undefined) => (p ? { file: report.shown(p.file), line: p.line } : undefined);
  const change = (c: DiffChange) => ({
    change: c.change,
    type: c.type,
    id: c.id,
    plan: c.plan,
    ...(c.field !== undefined ? { field: c.field } : {}),
    ...(c.before !== undefined ? { before: c.before } : {}),
    ...(c.after !== undefined ? { after: c.after } : {}),
    class: c.class,
    message: c.message[report.locale],
    ...(c.base ? { base: place(c.base) } : {}),
    ...(c.head ? { head: place(c.head) } : {}),
  });
  return (
    JSON.stringify(
      {
        version: 1,
        base: { ref: report.base.ref, plans: report.base.plans },
        head: { ref: report.head.ref, plans: report.head.plans },
        changes: report.changes.map(change),
      },
      null,
      2,
    ) + '\n'
  );
}
