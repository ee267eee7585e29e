/**
 * Generates valid plans of any size in the plan format, for benchmarks and property tests.
 * Deterministic: the same options give the same text.
 */
export interface GenerateOptions {
  /** Roughly how many actions (the plan's bulk). */
  actions: number;
  /** Plan id (parts name it). */
  id?: string;
  language?: 'fr' | 'en';
  seed?: number;
}

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

const WORDS = [
  'parcours',
  'patient',
  'recherche',
  'qualité',
  'innovation',
  'données',
  'équipe',
  'soins',
  'prévention',
  'coordination',
  'formation',
  'essai',
  'plateforme',
  'partenariat',
  'numérique',
  'pilotage',
  'ressources',
  'sécurité',
];

export function generatePlan(options: GenerateOptions): string {
  const rand = random(options.seed ?? 42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const id = options.id ?? 'generated-plan';
  const actionsPerObjective = 5; // with starts 2026..2030, one per year;
  const objectivesPerAmbition = 4;
  const ambitionsPerAxis = 3;
  const objectives = Math.max(1, Math.ceil(options.actions / actionsPerObjective));
  const ambitions = Math.max(1, Math.ceil(objectives / objectivesPerAmbition));
  const axes = Math.max(1, Math.ceil(ambitions / ambitionsPerAxis));
  const indicatorCount = Math.max(2, Math.ceil(objectives / 4));
  const out: string[] = [];
  out.push(
    'plan:',
    `  id: ${id}`,
    "  title: Projet d'établissement généré",
    '  institution: Centre de démonstration',
    `  language: ${options.language ?? 'fr'}`,
    '  cycle: { start: 2026, end: 2030 }',
    '  horizon: 2040',
    '  status: draft',
  );
  out.push('owners:');
  for (let o = 0; o < 8; o++) out.push(`  - { id: owner-${o}, name: Direction ${o} }`);
  out.push('indicators:');
  for (let i = 0; i < indicatorCount; i++) {
    const base = 10 + Math.floor(rand() * 90);
    out.push(
      `  - id: ind-${i}`,
      `    label: Indicateur ${i} ${sentence(3)}`,
      '    unit: patients',
      '    direction: increase',
      `    baseline: { value: ${base}, year: 2024 }`,
      '    targets:',
      `      - value: ${base * 2}`,
      '        change: x2',
      '        by: 2030',
      `        quote: "doubler, soit ${base * 2} en 2030"`,
    );
  }
  out.push('axes:');
  let action = 0;
  let objective = 0;
  for (let a = 0; a < axes; a++) {
    out.push(
      `  - id: axis-${a}`,
      `    number: ${a + 1}`,
      `    title: Axe ${a + 1} ${sentence(4)}`,
      '    summary: |',
      `      ${sentence(30)}`,
      '    ambitions:',
    );
    for (let m = 0; m < ambitionsPerAxis && objective < objectives; m++) {
      out.push(
        `      - id: amb-${a}-${m}`,
        `        title: Ambition ${sentence(5)}`,
        '        stakes: |',
        `          ${sentence(40)}`,
        '        objectives:',
      );
      for (let o = 0; o < objectivesPerAmbition && objective < objectives; o++, objective++) {
        out.push(
          `          - id: obj-${objective}`,
          `            title: Objectif ${objective} ${sentence(6)}`,
          '            intention: |',
          `              ${sentence(30)}`,
          `            owner: owner-${objective % 8}`,
          `            indicators: [ind-${objective % indicatorCount}]`,
          '            actions:',
        );
        for (let k = 0; k < actionsPerObjective && action < options.actions; k++, action++) {
          // One-year actions in sequence: each starts the year after the one it depends on.
          const start = 2026 + k;
          out.push(
            `              - id: act-${action}`,
            `                title: Action ${action} ${sentence(4)}`,
            '                details:',
            `                  - ${sentence(10)}`,
            `                  - ${sentence(5)}`,
            `                start: ${start}`,
            `                end: ${start}`,
            '                status: planned',
            `                contributes_to: [ind-${objective % indicatorCount}]`,
          );
          if (k > 0) out.push(`                depends_on: [act-${action - 1}]`);
          if (k === 0)
            out.push(
              '                milestones:',
              `                  - { title: Jalon ${sentence(3)}, due: ${start}-S2 }`,
            );
        }
      }
    }
  }
  return out.join('\n') + '\n';
}
