import type { Action } from '../../model/types';
import type { Rule } from '../context';
import { dependencyGraph } from '../../plan/dependencies';

/**
 * Strongly connected components (Tarjan), each listed in document order of its first member.
 * Iterative, with an explicit stack of (action, next edge): a chain of thousands of
 * `depends_on` must not overflow the call stack.
 */
function cycles(graph: Map<Action, Action[]>): Action[][] {
  const index = new Map<Action, number>();
  const low = new Map<Action, number>();
  const stack: Action[] = [];
  const onStack = new Set<Action>();
  const result: Action[][] = [];
  let counter = 0;
  const enter = (v: Action) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
  };
  const close = (v: Action) => {
    if (low.get(v) !== index.get(v)) return;
    const component: Action[] = [];
    let w: Action;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    const selfLoop = component.length === 1 && (graph.get(v) ?? []).includes(v);
    if (component.length > 1 || selfLoop) result.push(component);
  };
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    enter(root);
    const frames: { v: Action; next: number }[] = [{ v: root, next: 0 }];
    while (frames.length > 0) {
      const frame = frames[frames.length - 1];
      const edges = graph.get(frame.v) ?? [];
      if (frame.next < edges.length) {
        const w = edges[frame.next++];
        if (!index.has(w)) {
          enter(w);
          frames.push({ v: w, next: 0 });
        } else if (onStack.has(w)) low.set(frame.v, Math.min(low.get(frame.v)!, index.get(w)!));
        continue;
      }
      frames.pop();
      close(frame.v);
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.v, Math.min(low.get(parent.v)!, low.get(frame.v)!));
    }
  }
  return result;
}

/** A path around the component from its first member back to it (depth first, without recursion). */
function cyclePath(start: Action, members: Set<Action>, graph: Map<Action, Action[]>): Action[] {
  const path: Action[] = [start];
  const next: number[] = [0];
  const seen = new Set<Action>([start]);
  while (path.length > 0) {
    const v = path[path.length - 1];
    const edges = graph.get(v) ?? [];
    const i = next[next.length - 1];
    if (i >= edges.length) {
      path.pop();
      next.pop();
      continue;
    }
    next[next.length - 1] = i + 1;
    const w = edges[i];
    if (w === start) return path;
    if (!members.has(w) || seen.has(w)) continue;
    seen.add(w);
    path.push(w);
    next.push(0);
  }
  return [start];
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
