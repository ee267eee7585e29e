import type { Localized } from '../i18n/locale';
import type { PlanFile } from '../model/types';
import type { Plan } from '../plan/assemble';
import type { OffsetRange } from '../text/lineIndex';
import { plainRange } from '../text/basedRange';
import type { Finding, Severity } from './finding';
import { defaultSeverity, type RuleId } from './registry';

export interface RuleContext {
  plan: Plan;
  report(
    ruleId: RuleId,
    file: PlanFile,
    range: OffsetRange,
    message: Localized,
    extra?: { severity?: Severity; suggestions?: string[] },
  ): void;
}

/** A check over one plan (root and parts together). */
export type Rule = (context: RuleContext) => void;

export function runRules(plan: Plan, rules: readonly Rule[], isCancelled: () => boolean = () => false): Finding[] {
  const findings: Finding[] = [];
  const context: RuleContext = {
    plan,
    report(ruleId, file, range, message, extra) {
      findings.push({
        ruleId,
        severity: extra?.severity ?? defaultSeverity(ruleId),
        uri: file.uri,
        range: plainRange(range),
        message,
        suggestions: extra?.suggestions,
      });
    },
  };
  for (const rule of rules) {
    if (isCancelled()) break;
    rule(context);
  }
  return findings;
}

/** "line 12" in the same file, "other.plan.yaml:12" in another: where the other half of a problem is. */
export function whereIs(from: PlanFile, file: PlanFile, offset: number): Localized {
  const line = file.lineIndex.positionAt(offset).line + 1;
  if (from === file) return { en: `line ${line}`, fr: `ligne ${line}` };
  const name = file.uri.replace(/^.*[\\/]/, '');
  return { en: `${name}:${line}`, fr: `${name}:${line}` };
}
