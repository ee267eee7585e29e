import type { Rule } from './context';
import { duplicateId } from './references/duplicateId';
import { unknownReference } from './references/unknownReference';
import { dependencyCycle } from './references/dependencyCycle';
import { unknownPlan } from './references/unknownPlan';
import { invalidDate } from './dates/invalidDate';
import { endBeforeStart } from './dates/endBeforeStart';
import { outsideCycle } from './dates/outsideCycle';
import { milestoneOutsideAction } from './dates/milestoneOutsideAction';
import { dependencyOrder } from './dates/dependencyOrder';
import { targetBeforeBaseline } from './dates/targetBeforeBaseline';
import { targetBeyondHorizon } from './dates/targetBeyondHorizon';
import { statusVsAsOf } from './dates/statusVsAsOf';
import { cycleLength } from './dates/cycleLength';
import { direction } from './targets/direction';
import { valueRanges } from './targets/valueRanges';
import { changeMismatch } from './targets/changeMismatch';
import { trajectory } from './targets/trajectory';
import { partExceedsWhole } from './targets/partExceedsWhole';
import { duplicateTarget } from './targets/duplicateTarget';
import { quoteMismatch } from './targets/quoteMismatch';
import { offTrack } from './targets/offTrack';
import {
  actionWithoutDate,
  actionWithoutOwner,
  indicatorWithoutBaseline,
  indicatorWithoutTarget,
  objectiveWithoutAction,
  objectiveWithoutIndicator,
  unusedIndicator,
} from './coverage/coverageRules';
import { unknownEntry } from './reports/unknownEntry';
import { unknownReportPlan } from './reports/unknownReportPlan';
import { afterAsOf, duplicateAsOf, reportOutsideCycle } from './reports/reportDates';
import { staleEntry, statusBackward } from './reports/history';
import { overdueAtReport } from './reports/overdueAtReport';
import { offTrajectory } from './reports/offTrajectory';
import { progressNotDone } from './reports/progressNotDone';

/** The semantic checks over a plan, after the syntax and schema checks of each file. */
export const PLAN_RULES: readonly Rule[] = [
  duplicateId,
  unknownReference,
  dependencyCycle,
  unknownPlan,
  invalidDate,
  endBeforeStart,
  outsideCycle,
  milestoneOutsideAction,
  dependencyOrder,
  targetBeforeBaseline,
  targetBeyondHorizon,
  statusVsAsOf,
  cycleLength,
  direction,
  valueRanges,
  changeMismatch,
  trajectory,
  partExceedsWhole,
  duplicateTarget,
  quoteMismatch,
  offTrack,
  indicatorWithoutTarget,
  indicatorWithoutBaseline,
  unusedIndicator,
  objectiveWithoutAction,
  objectiveWithoutIndicator,
  actionWithoutDate,
  actionWithoutOwner,
  unknownEntry,
  unknownReportPlan,
  reportOutsideCycle,
  duplicateAsOf,
  afterAsOf,
  statusBackward,
  overdueAtReport,
  offTrajectory,
  staleEntry,
  progressNotDone,
];
