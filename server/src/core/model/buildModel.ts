import type { ParsedText } from '../parse/parseFile';
import type { ParsedSegment } from '../parse/segmentedDocument';
import type { OffsetRange } from '../text/lineIndex';
import { readReport } from './buildReport';
import { childrenOf } from './kinds';
import { MapView, RootView } from './yamlAccess';
import type {
  Action,
  Actual,
  Ambition,
  Axis,
  Baseline,
  Indicator,
  Item,
  Milestone,
  Objective,
  Owner,
  PlanFile,
  PlanHeader,
  Reference,
  Span,
  Target,
} from './types';

/**
 * Builds the typed model of one file. Values of the wrong shape are left out here: the schema
 * check reports them, and leaving them out keeps the semantic rules from reporting them twice.
 */
export function buildPlanFile(parsed: ParsedText): PlanFile {
  const file: PlanFile = {
    uri: parsed.uri,
    text: parsed.text,
    lineIndex: parsed.lineIndex,
    source: parsed.document,
    kind: 'unknown',
    axes: [],
    objectives: [],
    indicators: [],
    owners: [],
    hasOwnerRegistry: false,
  };
  if (!parsed.document.isMapping()) return file;
  const root = new RootView(parsed.document);
  file.hasOwnerRegistry = root.has('owners');
  file.owners = listItems(file, root, 'owners', (view, index) => readOwner(file, view, index));
  file.indicators = listItems(file, root, 'indicators', (view, index) => readIndicator(file, view, index));
  if (root.has('report_of')) {
    file.kind = 'report';
    file.report = readReport(file, root);
  } else if (root.has('part_of')) {
    file.kind = 'part';
    file.partOf = root.string('part_of');
    file.axisRef = root.string('axis');
    file.ambitionRef = root.string('ambition');
    file.objectives = listItems(file, root, 'objectives', (view, index) => readObjective(file, view, index, {}));
  } else if (root.has('plan')) {
    file.kind = 'root';
    const header = root.child('plan');
    if (header) file.header = readHeader(file, header, root.keyRange('plan')!);
    file.axes = listItems(file, root, 'axes', (view, index) => readAxis(file, view, index));
  }
  return file;
}

/** A list item built from a segment of its own, kept with the segment for the next version of the file. */
interface Fragment<T extends Item> {
  key: string;
  item: T;
  /** Every item inside it, whose `file` must follow the file's new version. */
  all: Item[];
}

/**
 * The items of a top-level list. An item whose segment was reused from the previous version of
 * the file (its text unchanged) is reused too, moved to the new file version and position.
 */
function listItems<T extends Item>(
  file: PlanFile,
  root: RootView,
  key: string,
  build: (view: MapView, index: number) => T,
): T[] {
  return root.segmentItems(key).map(({ view, index, segment }) => {
    if (!segment) return build(view, index);
    const cached = segment.fragment as Fragment<T> | undefined;
    if (cached && cached.key === key) {
      for (const item of cached.all) item.file = file;
      cached.item.index = index;
      return cached.item;
    }
    const item = build(view, index);
    (segment as ParsedSegment).fragment = { key, item, all: itemsWithin(item) } satisfies Fragment<T>;
    return item;
  });
}

function itemsWithin(item: Item): Item[] {
  return [item, ...childrenOf(item).flatMap(itemsWithin)];
}

function base(file: PlanFile, view: MapView, index: number) {
  const id = view.string('id');
  return { file, range: view.range, anchor: id?.range ?? view.firstKeyRange, id, index };
}

function readHeader(file: PlanFile, view: MapView, keyRange: OffsetRange): PlanHeader {
  const cycle = view.child('cycle');
  const adopted = view.child('adopted');
  return {
    range: view.range,
    keyRange,
    id: view.string('id'),
    title: view.string('title'),
    institution: view.string('institution'),
    language: view.string('language'),
    cycle: cycle && {
      range: cycle.range,
      keyRange: view.keyRange('cycle')!,
      start: cycle.date('start'),
      end: cycle.date('end'),
    },
    horizon: view.date('horizon'),
    asOf: view.date('as_of'),
    status: view.string('status'),
    version: view.string('version'),
    adopted: adopted && { by: adopted.string('by'), on: adopted.date('on') },
    previous: view.string('previous'),
    vision: view.string('vision'),
    conclusion: view.string('conclusion'),
    references: view.mapItems('references').map(({ view: v, index }): Reference => ({
      ...base(file, v, index),
      kind: 'reference',
      title: v.string('title'),
    })),
    logo: view.string('logo'),
    forewords: view
      .mapItems('forewords')
      .map(({ view: v }) => ({ range: v.range, by: v.string('by'), role: v.string('role'), text: v.string('text') })),
    governance: view.mapItems('governance').map(({ view: v }) => ({
      range: v.range,
      body: v.string('body'),
      on: v.date('on'),
      opinion: v.string('opinion'),
    })),
  };
}

function readOwner(file: PlanFile, view: MapView, index: number): Owner {
  return { ...base(file, view, index), kind: 'owner', name: view.string('name') };
}

function readAxis(file: PlanFile, view: MapView, index: number): Axis {
  const axis: Axis = {
    ...base(file, view, index),
    kind: 'axis',
    title: view.string('title'),
    number: view.number('number'),
    summary: view.string('summary'),
    ambitions: [],
    objectives: [],
  };
  axis.ambitions = view.mapItems('ambitions').map(({ view: v, index: i }) => readAmbition(file, v, i, axis));
  axis.objectives = view.mapItems('objectives').map(({ view: v, index: i }) => readObjective(file, v, i, { axis }));
  return axis;
}

function readAmbition(file: PlanFile, view: MapView, index: number, axis: Axis): Ambition {
  const ambition: Ambition = {
    ...base(file, view, index),
    kind: 'ambition',
    axis,
    title: view.string('title'),
    stakes: view.string('stakes'),
    objectives: [],
  };
  ambition.objectives = view
    .mapItems('objectives')
    .map(({ view: v, index: i }) => readObjective(file, v, i, { axis, ambition }));
  return ambition;
}

function readObjective(
  file: PlanFile,
  view: MapView,
  index: number,
  parent: { axis?: Axis; ambition?: Ambition },
): Objective {
  const objective: Objective = {
    ...base(file, view, index),
    kind: 'objective',
    ...parent,
    title: view.string('title'),
    intention: view.string('intention'),
    owner: view.string('owner'),
    indicators: view.stringItems('indicators'),
    actions: [],
  };
  objective.actions = view.mapItems('actions').map(({ view: v, index: i }) => readAction(file, v, i, objective));
  return objective;
}

function readAction(file: PlanFile, view: MapView, index: number, objective: Objective): Action {
  const action: Action = {
    ...base(file, view, index),
    kind: 'action',
    objective,
    title: view.string('title'),
    details: view.stringItems('details'),
    start: view.date('start'),
    end: view.date('end'),
    due: view.date('due'),
    status: view.string('status'),
    progress: view.number('progress'),
    owner: view.string('owner'),
    contributesTo: view.stringItems('contributes_to'),
    dependsOn: view.stringItems('depends_on'),
    milestones: [],
  };
  action.milestones = view.mapItems('milestones').map(({ view: v, index: i }): Milestone => ({
    ...base(file, v, i),
    kind: 'milestone',
    action,
    title: v.string('title'),
    due: v.date('due'),
    status: v.string('status'),
  }));
  return action;
}

function readSpan(view: MapView, key: string): Span | undefined {
  const span = view.child(key);
  return span && { range: span.range, keyRange: view.keyRange(key)!, from: span.date('from'), to: span.date('to') };
}

function readIndicator(file: PlanFile, view: MapView, index: number): Indicator {
  const indicator: Indicator = {
    ...base(file, view, index),
    kind: 'indicator',
    label: view.string('label'),
    unit: view.string('unit'),
    direction: view.string('direction'),
    measure: view.string('measure'),
    partOf: view.string('part_of'),
    source: view.string('source'),
    frequency: view.string('frequency'),
    targets: [],
    actuals: [],
  };
  const baseline = view.child('baseline');
  if (baseline) {
    indicator.baseline = {
      range: baseline.range,
      keyRange: view.keyRange('baseline')!,
      value: baseline.any('value'),
      year: baseline.number('year'),
      date: baseline.date('date'),
    } satisfies Baseline;
  }
  const range = view.child('range');
  if (range) indicator.bounds = { range: range.range, min: range.number('min'), max: range.any('max') };
  indicator.targets = view.mapItems('targets').map(({ view: v, index: i }): Target => {
    const eachYear = v.scalar('each_year', (x: unknown): x is true => x === true) ?? readSpan(v, 'each_year');
    return {
      indicator,
      index: i,
      range: v.range,
      anchor: v.firstKeyRange,
      value: v.any('value'),
      change: v.string('change'),
      by: v.date('by'),
      eachYear,
      over: readSpan(v, 'over'),
      comparator: v.string('comparator'),
      quote: v.string('quote'),
    };
  });
  indicator.actuals = view
    .mapItems('actuals')
    .map(({ view: v }): Actual => ({ range: v.range, value: v.any('value'), date: v.date('date') }));
  return indicator;
}
