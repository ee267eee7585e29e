import type { Locale } from '../i18n/locale';

/** One file of a new plan: its name in the target folder and its text. */
export interface SkeletonFile {
  name: string;
  text: string;
}

interface Axis {
  id: string;
  title: string;
  summary: string;
  objective: string;
  action: string;
}

/** The usual axes of a French hospital's projet d'établissement. */
const AXES: Record<Locale, Axis[]> = {
  fr: [
    {
      id: 'projet-medical',
      title: 'Projet médical',
      summary: 'Les filières de soins, l’offre médicale et les coopérations du territoire.',
      objective: 'Structurer les filières de soins prioritaires',
      action: 'Établir la cartographie des filières et de leurs parcours',
    },
    {
      id: 'projet-soins',
      title: 'Projet de soins',
      summary: 'Le projet de soins infirmiers, de rééducation et médico-techniques.',
      objective: 'Renforcer la qualité des pratiques soignantes',
      action: 'Rédiger le projet de soins avec la commission des soins',
    },
    {
      id: 'projet-social',
      title: 'Projet social et managérial',
      summary: 'L’attractivité, la qualité de vie au travail et le management.',
      objective: 'Améliorer l’attractivité et la fidélisation des équipes',
      action: 'Conduire le diagnostic de qualité de vie au travail',
    },
    {
      id: 'qualite-securite',
      title: 'Qualité et sécurité des soins',
      summary: 'La culture de la sécurité, la gestion des risques et l’expérience des patients.',
      objective: 'Développer la culture de la sécurité des soins',
      action: 'Préparer la visite de certification',
    },
    {
      id: 'numerique',
      title: 'Système d’information et numérique',
      summary: 'Le dossier patient, les services numériques et la cybersécurité.',
      objective: 'Moderniser le dossier patient informatisé',
      action: 'Choisir la trajectoire du dossier patient',
    },
    {
      id: 'finances',
      title: 'Finances et investissements',
      summary: 'La trajectoire financière et le plan pluriannuel d’investissement.',
      objective: 'Assurer la soutenabilité financière du projet',
      action: 'Établir le plan pluriannuel d’investissement',
    },
  ],
  en: [
    {
      id: 'medical',
      title: 'Medical project',
      summary: 'Care pathways, the medical offer and cooperation in the territory.',
      objective: 'Structure the priority care pathways',
      action: 'Map the care pathways',
    },
    {
      id: 'nursing',
      title: 'Care project',
      summary: 'Nursing, rehabilitation and medico-technical care.',
      objective: 'Strengthen the quality of nursing practice',
      action: 'Write the care project with the nursing committee',
    },
    {
      id: 'people',
      title: 'Social and management project',
      summary: 'Attractiveness, quality of working life and management.',
      objective: 'Make the hospital a place where staff want to work and stay',
      action: 'Survey the quality of working life',
    },
    {
      id: 'quality-safety',
      title: 'Quality and safety of care',
      summary: 'Safety culture, risk management and the patient experience.',
      objective: 'Develop a culture of patient safety',
      action: 'Prepare the certification visit',
    },
    {
      id: 'digital',
      title: 'Information system and digital',
      summary: 'The patient record, digital services and cybersecurity.',
      objective: 'Modernise the electronic patient record',
      action: 'Choose the patient record roadmap',
    },
    {
      id: 'finances',
      title: 'Finances and investments',
      summary: 'The financial trajectory and the multi-year investment plan.',
      objective: 'Keep the plan financially sustainable',
      action: 'Draw up the multi-year investment plan',
    },
  ],
};

const WORDS = {
  fr: {
    root: 'projet-etablissement',
    title: 'Projet d’établissement',
    institution: 'Nom de l’établissement',
    owner: 'Direction générale',
    vision: 'La vision de l’établissement pour le cycle du projet (à rédiger).',
    intention: 'Pourquoi cet objectif, et ce qu’il doit changer (à rédiger).',
  },
  en: {
    root: 'establishment-plan',
    title: 'Establishment plan',
    institution: 'Name of the institution',
    owner: 'General management',
    vision: 'The institution’s vision for the plan’s cycle (to be written).',
    intention: 'Why this objective, and what it should change (to be written).',
  },
};

const q = (text: string) => JSON.stringify(text);

function objectiveLines(axis: Axis, locale: Locale, start: number, indent: string): string[] {
  const w = WORDS[locale];
  return [
    `${indent}- id: ${axis.id}-1`,
    `${indent}  title: ${q(axis.objective)}`,
    `${indent}  intention: ${q(w.intention)}`,
    `${indent}  owner: direction`,
    `${indent}  actions:`,
    `${indent}    - id: ${axis.id}-1-1`,
    `${indent}      title: ${q(axis.action)}`,
    `${indent}      start: ${start}`,
    `${indent}      end: ${start + 1}`,
    `${indent}      status: planned`,
  ];
}

/**
 * A new plan that checks with no error and no warning: a root file with the usual axes, each
 * with one objective and one action to rewrite; with `parts`, each axis's content in a part file.
 */
export function planSkeleton(locale: Locale, firstYear: number, parts: boolean): SkeletonFile[] {
  const w = WORDS[locale];
  const end = firstYear + 4;
  const id = `${w.root}-${firstYear}-${end}`;
  const header = [
    'plan:',
    `  id: ${id}`,
    `  title: ${q(`${w.title} ${firstYear}-${end}`)}`,
    `  institution: ${q(w.institution)}`,
    `  language: ${locale}`,
    `  status: draft`,
    `  cycle: { start: ${firstYear}, end: ${end} }`,
    `  vision: ${q(w.vision)}`,
    'owners:',
    `  - { id: direction, name: ${q(w.owner)} }`,
    'axes:',
  ];
  const axes = AXES[locale];
  const root = [...header];
  axes.forEach((axis, i) => {
    root.push(
      `  - id: ${axis.id}`,
      `    number: ${i + 1}`,
      `    title: ${q(axis.title)}`,
      `    summary: ${q(axis.summary)}`,
    );
    if (!parts) root.push('    objectives:', ...objectiveLines(axis, locale, firstYear, '      '));
  });
  const files: SkeletonFile[] = [{ name: `${w.root}.plan.yaml`, text: `${root.join('\n')}\n` }];
  if (parts) {
    for (const axis of axes) {
      files.push({
        name: `${axis.id}.plan.yaml`,
        text: [
          `part_of: ${id}`,
          `axis: ${axis.id}`,
          'objectives:',
          ...objectiveLines(axis, locale, firstYear, '  '),
          '',
        ].join('\n'),
      });
    }
  }
  return files;
}
