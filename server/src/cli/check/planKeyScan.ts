/**
 * The plan a file names, read from its text without parsing it: `part_of: x`, `report_of: x`,
 * or the `id:` of a `plan:` block (block or flow style). Only a guess to share the files of a
 * large check out between workers: what the parse then finds is compared with it, and the
 * check runs in one thread when they differ (see parallelCheck.ts).
 */
export function scannedPlanKey(text: string): string | undefined {
  const named = /^(?:part_of|report_of):[ \t]*(["']?)([^\s"'#,{}[\]]+)\1[ \t]*(?:#.*)?$/m.exec(text);
  if (named) return named[2];
  const flow = /^plan:[ \t]*\{[^}\n]*?\bid:[ \t]*(["']?)([^\s"',{}]+)\1/m.exec(text);
  if (flow) return flow[2];
  const block = /^plan:[ \t]*(?:#.*)?\n((?:(?:[ \t]+.*)?\n)*)/m.exec(text);
  // The block's own `id:`, at the indent of its first key (not an id of a reference below it).
  const indent = block && /^[ \t]+/.exec(block[1])?.[0];
  if (!block || !indent) return undefined;
  const id = new RegExp(`^${indent}id:[ \\t]*(["']?)([^\\s"'#]+)\\1[ \\t]*(?:#.*)?$`, 'm').exec(block[1]);
  return id ? id[2] : undefined;
}
