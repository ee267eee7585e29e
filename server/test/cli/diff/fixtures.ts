import { CLEAN_PLAN, edit } from '../../helpers';

/** Applies edits in turn, each replacing exactly one occurrence. */
export function edits(text: string, ...pairs: [string, string][]): string {
  return pairs.reduce((t, [from, to]) => edit(t, from, to), text);
}

export const BASE = CLEAN_PLAN;

const OBJ_PART = `  - id: obj-part
    title: Part objective
    intention: An objective written in a part file by another team.
    owner: care
    indicators: [patients]
    actions:
      - { id: act-p, title: Part action, start: 2026, end: 2028, contributes_to: [patients] }
`;

const OBJ_STAYS = `  - id: obj-stays
    title: Objective that stays
    intention: It stays in part A.
    owner: care
    indicators: [funds]
    actions:
      - { id: act-s, title: Staying action, start: 2027, end: 2029, contributes_to: [funds] }
`;

const UNDER_QUALITY = 'part_of: demo\naxis: care-axis\nambition: quality\nobjectives:\n';

/** A part of CLEAN_PLAN's plan: two objectives under axis care-axis, ambition quality. */
export const PART_A = UNDER_QUALITY + OBJ_PART + OBJ_STAYS;
/** The same part with `obj-part` taken out (it moves to part B). */
export const PART_A_WITHOUT = UNDER_QUALITY + OBJ_STAYS;
/** `obj-part` in a part under the axis alone. */
export const PART_B = 'part_of: demo\naxis: care-axis\nobjectives:\n' + OBJ_PART;
