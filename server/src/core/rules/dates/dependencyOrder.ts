import { capitalized, itemName, subject } from '../../model/describe';
import type { Rule } from '../context';
import { dependencyGraph } from '../../plan/dependencies';
import { actionSpan } from './spans';

/**
 * date/dependency-order: an action that surely starts before an action it depends on has
 * ended. With partial dates, "surely" means the whole start interval lies before the end
 * interval (starting in 2026 after a dependency ending in 2026 is not reported).
 */
export const dependencyOrder: Rule = ({ plan, report }) => {
  const graph = dependencyGraph(plan.actions);
  for (const action of plan.actions) {
    const { start } = actionSpan(action);
    if (!start) continue;
    for (const dependency of graph.get(action) ?? []) {
      const { end } = actionSpan(dependency);
      if (!end || start.date.last >= end.date.first || dependency === action) continue;
      const who = capitalized(subject(itemName(action)));
      const dep = itemName(dependency);
      report('date/dependency-order', action.file, start.at.range, {
        en: `${who.en} starts in ${start.date.text}, before ${dep.en}, which it depends on, ends (${end.date.text}).`,
        fr: `${who.fr} commence en ${start.date.text}, avant la fin ${dep.frOf} (${end.date.text}), dont elle dépend.`,
      });
    }
  }
};
