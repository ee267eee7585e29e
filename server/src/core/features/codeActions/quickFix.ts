import type { PlanFile } from '../../model/types';
import type { Plan } from '../../plan/assemble';
import type { Finding, Fix } from '../../rules/finding';

/** A fix offered for one finding; `preferred` marks the one an editor may apply on its own. */
export interface QuickFix extends Fix {
  preferred: boolean;
}

/** What a fixer is given: the finding, the file it is in and the plan around it. */
export interface FixContext {
  plan: Plan;
  file: PlanFile;
  finding: Finding;
}

export type Fixer = (context: FixContext) => QuickFix[];

export type FileEdit = Fix['edits'][number];
