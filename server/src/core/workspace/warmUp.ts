import { generatePlan } from '../generate/generatePlan';
import { PlanWorkspace } from './planWorkspace';

/**
 * Runs the whole check once on a small generated plan, so that the first plan a user opens
 * meets compiled code (the schema validator, the YAML parser, the rules) rather than paying for
 * compiling it.
 */
export function warmUp(): void {
  const workspace = new PlanWorkspace();
  const text = generatePlan({ actions: 150, id: 'warm-up' });
  for (let i = 0; i < 3; i++) {
    workspace.setFile('warm-up.plan.yaml', i === 0 ? text : text.replace('title: Action 1 ', `title: Action 1${i} `));
    workspace.diagnostics('warm-up.plan.yaml');
  }
}
