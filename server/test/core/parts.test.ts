import { test } from 'node:test';
import assert from 'node:assert/strict';
import { at, check, checkFiles, type Seen } from '../helpers';

const HEADER = `plan:
  id: demo
  title: Demo plan
  institution: Demo hospital
  cycle: { start: 2026, end: 2030 }
owners:
  - { id: care, name: Care directorate }
indicators:
  - id: patients
    label: Patients included
    unit: patients
    direction: increase
    baseline: { value: 500, year: 2024 }
    targets:
      - { value: 400, by: 2030 }
`;

const OBJECTIVE_ONE = `  - id: obj-one
    title: First objective
    owner: care
    indicators: [patients, patiens]
    actions:
      - { id: a1, title: First, start: 2026, end: 2028 }
`;

const OBJECTIVE_TWO = `  - id: obj-two
    title: Second objective
    owner: nobody
    indicators: [patients]
    actions:
      - { id: a2, title: Second, start: 2027, end: 2029, depends_on: [a1, a3] }
      - { id: a3, title: Third, start: 2029, end: 2031, depends_on: [a2] }
`;

const indent = (text: string, by: string) => text.replace(/^(?=.)/gm, by);

const SINGLE = `${HEADER}axes:
  - id: axis-a
    title: Axis A
    ambitions:
      - id: amb
        title: Ambition
        objectives:
${indent(OBJECTIVE_ONE, '        ')}  - id: axis-b
    title: Axis B
    objectives:
${indent(OBJECTIVE_TWO, '    ')}`;

const ROOT = `${HEADER}axes:
  - id: axis-a
    title: Axis A
    ambitions:
      - id: amb
        title: Ambition
  - id: axis-b
    title: Axis B
`;
const PART_ONE = `part_of: demo\naxis: axis-a\nambition: amb\nobjectives:\n${OBJECTIVE_ONE}`;
const PART_TWO = `part_of: demo\naxis: axis-b\nobjectives:\n${OBJECTIVE_TWO}`;

const bySubstance = (findings: Seen[]) => findings.map((f) => `${f.rule} ${f.severity} ${f.message}`).sort();

test('a plan split into a root and two parts gives the same findings as the same plan in one file', () => {
  const single = check(SINGLE);
  const split = checkFiles({ 'root.plan.yaml': ROOT, 'part-one.plan.yaml': PART_ONE, 'part-two.plan.yaml': PART_TWO });
  assert.deepEqual(bySubstance(split), bySubstance(single));
  // The plan has findings of every cross-file kind, so the equality above says something.
  assert.deepEqual([...new Set(single.map((f) => f.rule))].sort(), [
    'date/dependency-order',
    'date/outside-cycle',
    'ref/dependency-cycle',
    'ref/unknown',
    'target/direction',
  ]);
  // Each finding lands in the file that holds the offending text.
  const unknown = split.find((f) => f.rule === 'ref/unknown' && f.message.includes("'patiens'"))!;
  assert.equal(unknown.file, 'part-one.plan.yaml');
  assert.deepEqual({ line: unknown.line, column: unknown.column }, at(PART_ONE, 'patiens]'));
  const owner = split.find((f) => f.rule === 'ref/unknown' && f.message.includes("'nobody'"))!;
  assert.equal(owner.file, 'part-two.plan.yaml');
  assert.equal(owner.message, "`owner` of objective 'obj-two' names 'nobody', which is not an owner of the plan.");
});

test("references resolve across files: a part may use the root's indicators and owners, the root a part's actions", () => {
  const findings = checkFiles({
    'root.plan.yaml': ROOT,
    'part-one.plan.yaml': PART_ONE,
    'part-two.plan.yaml': PART_TWO,
  });
  assert.equal(findings.filter((f) => f.message.includes("'patients',") || f.message.includes("'care'")).length, 0);
  assert.equal(findings.filter((f) => f.message.includes("names 'a1'")).length, 0);
});

test('duplicate ids across the root and a part are reported, naming the other file', () => {
  const part = `part_of: demo\naxis: axis-a\nobjectives:\n  - id: obj\n    title: Objective\n    actions:\n      - { id: patients, title: Clash }\n`;
  const findings = checkFiles({ 'root.plan.yaml': ROOT, 'part.plan.yaml': part }).filter(
    (f) => f.rule === 'ref/duplicate-id',
  );
  assert.deepEqual(
    findings.map(({ file, line, column, message }) => ({ file, line, column, message })),
    [
      {
        file: 'part.plan.yaml',
        ...at(part, 'patients'),
        message:
          "Action 'patients' has the id 'patients' of indicator 'patients' (root.plan.yaml:9); ids must be unique in the plan: rename one.",
      },
    ],
  );
});

test('a part of another plan is not mixed in', () => {
  const other = PART_ONE.replace('part_of: demo', 'part_of: elsewhere');
  const findings = checkFiles({ 'root.plan.yaml': ROOT, 'other.plan.yaml': other });
  assert.deepEqual(
    findings.filter((f) => f.file === 'other.plan.yaml').map((f) => f.rule),
    ['ref/unknown-plan'],
  );
});
