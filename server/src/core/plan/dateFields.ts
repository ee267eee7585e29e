import { itemName, lazyName, nameOf, nameWithin, targetName, type ItemName } from '../model/describe';
import type { Located, PlanFile, Span } from '../model/types';
import type { Plan } from './assemble';

export interface DateField {
  file: PlanFile;
  field: string;
  holder: ItemName;
  date: Located<string | number>;
}

/** Every date written in the plan, with the field and item it belongs to. */
export function collectDates(plan: Plan): DateField[] {
  const out: DateField[] = [];
  const add = (file: PlanFile, field: string, holder: ItemName, date: Located<string | number> | undefined) => {
    if (date) out.push({ file, field, holder, date });
  };
  const addSpan = (file: PlanFile, field: string, holder: ItemName, span: Span | undefined) => {
    add(file, `${field}.from`, holder, span?.from);
    add(file, `${field}.to`, holder, span?.to);
  };
  const header = plan.header;
  if (header && plan.root) {
    const planName = nameOf('plan');
    add(plan.root, 'cycle.start', planName, header.cycle?.start);
    add(plan.root, 'cycle.end', planName, header.cycle?.end);
    add(plan.root, 'horizon', planName, header.horizon);
    add(plan.root, 'as_of', planName, header.asOf);
    add(plan.root, 'adopted.on', planName, header.adopted?.on);
  }
  for (const action of plan.actions) {
    const name = lazyName(() => itemName(action));
    add(action.file, 'start', name, action.start);
    add(action.file, 'end', name, action.end);
    add(action.file, 'due', name, action.due);
    for (const m of action.milestones)
      add(
        m.file,
        'due',
        lazyName(() => itemName(m)),
        m.due,
      );
  }
  for (const indicator of plan.indicators) {
    const name = lazyName(() => itemName(indicator));
    add(
      indicator.file,
      'date',
      lazyName(() => nameWithin(nameOf('baseline'), name)),
      indicator.baseline?.date,
    );
    for (const target of indicator.targets) {
      const tname = lazyName(() => targetName(target));
      add(indicator.file, 'by', tname, target.by);
      addSpan(indicator.file, 'over', tname, target.over);
      if (target.eachYear && 'from' in target.eachYear) addSpan(indicator.file, 'each_year', tname, target.eachYear);
    }
    indicator.actuals.forEach((actual, i) =>
      add(indicator.file, 'date', nameWithin(nameOf('actual', i + 1), name), actual.date),
    );
  }
  return out;
}
