import type { Action } from '../../model/types';
import type { Rule } from '../context';
import { dependencyGraph } from '../../plan/dependencies';

/** Strongly connected components (Tarjan), each listed in document order of its first member. */
function cycles(graph: Map<Action, Action[]>): Action[][] {
  const index = new Map<Action, number>();
  const low = new Map<Action, number>();
  const stack: Action[] = [];
  const onStack = new Set<Action>();
  const result: Action[][] = [];
  let counter = 0;
  const visit = (v: Action) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: Action[] = [];
      let w: Action;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfLoop = component.length === 1 && (graph.get(v) ?? []).includes(v);
      if (component.length > 1 || selfLoop) result.push(component);
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return result;
}

/** A path around the component from its first member back to it. */
function cyclePath(start: Action, members: Set<Action>, graph: Map<Action, Action[]>): Action[] {
  const path: Action[] = [start];
  const seen = new Set<Action>([start]);
  const walk = (v: Action): boolean => {
    for (const w of graph.get(v) ?? []) {
      if (w === start) return true;
      if (!members.has(w) || seen.has(w)) continue;
      seen.add(w);
      path.push(w);
      if (walk(w)) return true;
      path.pop();
    }
    return false;
  };
  walk(start);
  return path;
}

/** ref/dependency-cycle: reported once per cycle, on the first action's `depends_on` entry. */
export const dependencyCycle: Rule = ({ plan, report }) => {
  const graph = dependencyGraph(plan.actions);
  const order = new Map(plan.actions.map((a, i) => [a, i]));
  for (const component of cycles(graph)) {
    const first = component.reduce((a, b) => (order.get(a)! <= order.get(b)! ? a : b));
    const path = cyclePath(first, new Set(component), graph);
    const next = path[1] ?? first;
    const entry = first.dependsOn.find((d) => d.value === next.id?.value)!;
    const shown = [...path, first].map((a) => a.id!.value).join(' → ');
    report('ref/dependency-cycle', first.file, entry.range, {
      en: `\`depends_on\` forms a cycle: ${shown}; no action of it can start. Remove one dependency.`,
      fr: `\`depends_on\` forme un cycle : ${shown} ; aucune de ces actions ne peut commencer. Supprimez une dépendance.`,
    });
  }
};
