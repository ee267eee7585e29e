/**
 * Generates plans shaped like the seeds' real plans (Gustave Roussy's): a few big axes (8), each
 * of ambitions → objectives → actions with long texts and quoted titles, for benchmarks and
 * property tests. The size is chosen in characters: the axes grow, their number does not.
 * Deterministic: the same options give the same text.
 */
export interface GrShapedOptions {
  /** About how many characters the plan has. */
  size: number;
  seed?: number;
}

const WORDS = [
  'parcours',
  'patients',
  'recherche',
  'qualité',
  'innovation',
  'données',
  'équipes',
  'soins',
  'prévention',
  'coordination',
  'formation',
  'essais',
  'plateformes',
  'partenariats',
  'numérique',
  'pilotage',
  'ressources',
  'sécurité',
  "l'accès",
  "d'excellence",
  'thérapies',
  'cancérologie',
];

const AXES = 8;
const INDICATORS = 24;
const OWNERS = ['gr-international', 'gr-education', 'codir', 'copil-green'];

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

export function generateGrShapedPlan(options: GrShapedOptions): string {
  const rand = random(options.seed ?? 2026);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const sentence = (n: number) => {
    const words = Array.from({ length: n }, () => pick(WORDS)).join(' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  };
  const out: string[] = [
    'plan:',
    '  id: plan-forme-gr',
    `  title: "Projet d'établissement 2026-2030"`,
    '  institution: Centre de démonstration',
    '  language: fr',
    '  cycle: { start: 2026, end: 2030 }',
    '  horizon: 2040',
    '  vision: |',
    ...Array.from({ length: 4 }, () => `    ${sentence(60)}.\n`),
    '',
    'owners:',
    ...OWNERS.flatMap((id) => [`  - id: ${id}`, `    name: Direction ${id}`]),
    '',
    'indicators:',
  ];
  for (let i = 0; i < INDICATORS; i++) {
    out.push(
      `  - id: ind-${i}`,
      `    label: "Indicateur ${i} : ${sentence(4).toLowerCase()}"`,
      '    unit: patients',
      '    direction: increase',
      '    measure: level',
      '    baseline: { value: tbd }',
      '    targets:',
      `      - value: ${20 + i * 5}`,
      '        by: 2030',
      `        quote: "${sentence(12)}"`,
    );
  }
  // Every axis gets ambitions in turn until the size is reached: 8 axes of similar weight.
  const axes: string[][] = Array.from({ length: AXES }, (_, a) => [
    `  - id: axe-${a}`,
    `    number: ${a + 1}`,
    `    title: "${sentence(5)}"`,
    '    summary: |',
    `      ${sentence(50)}.`,
    '',
    `      - **${sentence(8)}**, ${sentence(14).toLowerCase()}.`,
    '    ambitions:',
  ]);
  const head = out.join('\n').length;
  let size = head + axes.reduce((n, lines) => n + lines.join('\n').length, 0);
  let ambition = 0;
  let objective = 0;
  let action = 0;
  while (size < options.size) {
    const lines: string[] = [
      `      - id: amb-${ambition}`,
      `        title: "${sentence(6)}"`,
      '        stakes: |',
      `          ${sentence(70)}.`,
      '',
      `          ${sentence(40)}.`,
      '        objectives:',
    ];
    for (let o = 0; o < 3 + (ambition % 2); o++, objective++) {
      lines.push(
        `          - id: obj-${objective}`,
        `            title: "${sentence(9)}"`,
        '            intention: |',
        `              ${sentence(65)}.`,
      );
      if (objective % 5 === 0) lines.push(`            owner: ${OWNERS[objective % OWNERS.length]}`);
      if (objective % 3 === 0) lines.push(`            indicators: [ind-${objective % INDICATORS}]`);
      lines.push('            actions:');
      for (let k = 0; k < 3 + (objective % 3); k++, action++) {
        lines.push(
          `              - id: act-${action}`,
          `                title: "${sentence(8)}"`,
          '                details:',
          `                  - ${sentence(32)}.`,
        );
        if (action % 4 === 0) lines.push(`                contributes_to: [ind-${action % INDICATORS}]`);
        if (action % 6 === 0) lines.push('                start: 2026', '                end: 2028');
        if (action % 11 === 0) lines.push(`                owner: ${OWNERS[action % OWNERS.length]}`);
        if (action % 17 === 0)
          lines.push('                milestones:', `                  - { title: "${sentence(4)}", due: 2027-S2 }`);
      }
    }
    axes[ambition % AXES].push(...lines);
    size += lines.join('\n').length + 1;
    ambition++;
  }
  out.push('', 'axes:', ...axes.flat());
  return out.join('\n') + '\n';
}
