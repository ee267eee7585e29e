import { check, CLEAN_PLAN, edit } from '../helpers';
const cases: Record<string,string> = {
  cycleNoEnd: edit(CLEAN_PLAN, 'cycle: { start: 2026, end: 2030 }', 'cycle: { start: 2026 }'),
  baselineNoValue: edit(CLEAN_PLAN, 'baseline: { value: 500, year: 2024 }', 'baseline: { year: 2024 }'),
  scalarItem: edit(CLEAN_PLAN, '  - { id: care, name: Care directorate }', '  - care'),
  baseQty: edit(CLEAN_PLAN, 'baseline: { value: 40, year: 2024 }', 'baseline: { value: "forty M€", year: 2024 }'),
  qtyOk: edit(CLEAN_PLAN, 'value: 1000', 'value: "1 000 patients"'),
  titleNum: edit(CLEAN_PLAN, 'title: Action A', 'title: [Action A]'),
  statusArr: edit(CLEAN_PLAN, '                end: 2027\n', '                end: 2027\n                status: [done]\n'),
  badMilestone: edit(CLEAN_PLAN, '                  - { title: Step, due: 2028-S2 }', '                  - { title: Step, due: 2028-S3 }'),
  commentOnly: '# nothing here\n',
};
for (const [k, v] of Object.entries(cases)) { console.log('==', k); for (const f of check(v)) console.log(f.rule, f.severity, `${f.line}:${f.column}-${f.endLine}:${f.endColumn}`, f.message, '|', f.fr); }
