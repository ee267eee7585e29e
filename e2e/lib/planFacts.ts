import { readFileSync } from 'node:fs';
import { LineCounter, isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';

/** An item of the plan, with the 0-based lines the preview's `data-line` may point at. */
export interface PlanItem {
  id: string;
  title: string;
  /** The line the item starts on (`- id: ...`). */
  line: number;
  /** The line of its `title:`. */
  titleLine: number;
}

export interface Axis extends PlanItem {
  ambitions: (PlanItem & { objectives: PlanItem[] })[];
  /** The axis's objectives, through its ambitions when it has some. */
  objectives: PlanItem[];
}

/** What the tests expect to see of a plan: read from the plan file itself, not written down twice. */
export interface PlanFacts {
  title: string;
  axes: Axis[];
  objectives: PlanItem[];
  indicatorIds: string[];
  /**
   * 1-based line and column where an enum value starts, to type a typo into: the first
   * indicator's `direction` (the seeds state no plan `status`).
   */
  status: { line: number; column: number; value: string };
}

export function readPlanFacts(path: string): PlanFacts {
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  const line0 = (offset: number | undefined) => lineCounter.linePos(offset ?? 0).line - 1;
  const maps = (node: unknown): YAMLMap[] => (isSeq(node) ? node.items.filter(isMap) : []);
  const item = (map: YAMLMap): PlanItem => ({
    id: String(map.get('id')),
    title: String(map.get('title')),
    line: line0(map.range?.[0]),
    titleLine: line0(rangeStart(map.get('title', true))),
  });

  const axes = maps(document.get('axes', true)).map((axisMap): Axis => {
    const ambitions = maps(axisMap.get('ambitions', true)).map((ambitionMap) => ({
      ...item(ambitionMap),
      objectives: maps(ambitionMap.get('objectives', true)).map(item),
    }));
    const direct = maps(axisMap.get('objectives', true)).map(item);
    return { ...item(axisMap), ambitions, objectives: [...direct, ...ambitions.flatMap((a) => a.objectives)] };
  });
  const statusPos = lineCounter.linePos(rangeStart(document.getIn(['indicators', 0, 'direction'], true)) ?? 0);
  return {
    title: String(document.getIn(['plan', 'title'])),
    axes,
    objectives: axes.flatMap((axis) => axis.objectives),
    indicatorIds: maps(document.get('indicators', true)).map((m) => String(m.get('id'))),
    status: {
      line: statusPos.line,
      column: statusPos.col,
      value: String(document.getIn(['indicators', 0, 'direction'])),
    },
  };
}

function rangeStart(node: unknown): number | undefined {
  if (typeof node !== 'object' || node === null || !('range' in node)) return undefined;
  const range = (node as { range?: [number, number, number] }).range;
  return range?.[0];
}
