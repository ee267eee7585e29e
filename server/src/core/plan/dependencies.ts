import type { Action } from '../model/types';

const GRAPHS = new WeakMap<readonly Action[], Map<Action, Action[]>>();

/**
 * The actions each action depends on, by resolved id (unknown ids are ref/unknown's business).
 * Built once per plan: several rules and the editor's completion read it.
 */
export function dependencyGraph(actions: readonly Action[]): Map<Action, Action[]> {
  const cached = GRAPHS.get(actions);
  if (cached) return cached;
  const byId = new Map<string, Action>();
  for (const a of actions) if (a.id && !byId.has(a.id.value)) byId.set(a.id.value, a);
  const graph = new Map<Action, Action[]>();
  for (const a of actions)
    graph.set(
      a,
      a.dependsOn.flatMap((d) => byId.get(d.value) ?? []),
    );
  GRAPHS.set(actions, graph);
  return graph;
}
