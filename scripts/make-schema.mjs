// One-off authoring aid, kept so the schema's repeated parts (description + markdownDescription,
// and the French markdownDescriptionFr / enumDescriptionsFr) stay in step:
// `node scripts/make-schema.mjs` rewrites schemas/plan.schema.json.
import { writeFileSync } from 'node:fs';

/**
 * A field documented for a planning officer: plain description and the same in Markdown, in
 * English, and the Markdown in French (`markdownDescriptionFr`, read by the language server).
 */
const doc = (md, fr, extra = {}) => {
  if (typeof fr !== 'string' || fr === '') throw new Error(`no French text for: ${md}`);
  return { description: md.replace(/[`*]/g, ''), markdownDescription: md, markdownDescriptionFr: fr, ...extra };
};

const idPattern = '^[A-Za-z0-9][A-Za-z0-9._-]*$';
const datePattern = '^[0-9]{4}(-([QT][1-4]|[SH][12]|(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?))?$';
const quantityPattern = '^(tbd|-?[0-9]+([ \u00a0\u202f,.][0-9]{3})*([.,][0-9]+)?( ?[^ 0-9].*)?)$';
const changePattern = '^(x[0-9]+([.,][0-9]+)?|[+-][0-9]+([.,][0-9]+)? ?(%|pts?))$';

/**
 * The words a French author writes for the format's English ones: field names and enum values.
 * The checker reads them (`frenchAliases` in the schema) to say "did you mean `label`?" for
 * `libellé:` and "did you mean 'in-progress'?" for `en cours`; they are never accepted as such.
 * A word may stand for several (échéance is `due` for an action, `by` for a target): the first
 * one the mapping allows is suggested. Matching ignores case, accents, and `_`/`-`/space.
 */
const frenchAliases = {
  fields: {
    libellé: ['label'],
    intitulé: ['title', 'label'],
    titre: ['title'],
    nom: ['name', 'title'],
    responsable: ['owner'],
    pilote: ['owner'],
    porteur: ['owner'],
    responsables: ['owners'],
    pilotes: ['owners'],
    échéance: ['due', 'by'],
    date_limite: ['due', 'by'],
    début: ['start', 'from'],
    fin: ['end', 'to'],
    de: ['from'],
    à: ['to'],
    jusqu_à: ['to'],
    jalons: ['milestones'],
    cibles: ['targets'],
    objectifs: ['objectives'],
    axe: ['axis'],
    ambitions: ['ambitions'],
    référence: ['baseline'],
    valeur_de_référence: ['baseline'],
    références: ['references'],
    dépend_de: ['depends_on'],
    dépendances: ['depends_on'],
    contribue_à: ['contributes_to'],
    indicateurs: ['indicators'],
    statut: ['status'],
    état: ['status'],
    enjeux: ['stakes'],
    résumé: ['summary'],
    numéro: ['number'],
    détails: ['details'],
    avancement: ['progress'],
    unité: ['unit'],
    sens: ['direction'],
    mesure: ['measure'],
    valeur: ['value'],
    évolution: ['change'],
    variation: ['change'],
    année: ['year'],
    par: ['by'],
    chaque_année: ['each_year'],
    sur: ['over'],
    période: ['over'],
    comparateur: ['comparator'],
    citation: ['quote'],
    réalisés: ['actuals'],
    réalisé: ['actuals'],
    fréquence: ['frequency'],
    composante_de: ['part_of'],
    partie_de: ['part_of'],
    établissement: ['institution'],
    langue: ['language'],
    date_de_situation: ['as_of'],
    adoption: ['adopted'],
    adopté: ['adopted'],
    précédent: ['previous'],
    plan_précédent: ['previous'],
    lien: ['url'],
    bornes: ['range'],
    plage: ['range'],
    intervalle: ['range'],
  },
  values: {
    prévu: 'planned',
    prévue: 'planned',
    à_venir: 'planned',
    en_cours: 'in-progress',
    démarré: 'in-progress',
    terminé: 'done',
    terminée: 'done',
    réalisé: 'done',
    réalisée: 'done',
    fait: 'done',
    achevé: 'done',
    en_retard: 'delayed',
    retardé: 'delayed',
    annulé: 'cancelled',
    annulée: 'cancelled',
    abandonné: 'cancelled',
    hausse: 'increase',
    augmenter: 'increase',
    augmentation: 'increase',
    baisse: 'decrease',
    diminuer: 'decrease',
    diminution: 'decrease',
    réduire: 'decrease',
    stable: 'maintain',
    maintien: 'maintain',
    maintenir: 'maintain',
    stabilité: 'maintain',
    niveau: 'level',
    annuel: 'annual',
    annuelle: 'annual',
    cumulé: 'cumulative',
    cumulée: 'cumulative',
    cumul: 'cumulative',
    moyenne: 'average',
    moyen: 'average',
    semestriel: 'semiannual',
    semestrielle: 'semiannual',
    trimestriel: 'quarterly',
    trimestrielle: 'quarterly',
    mensuel: 'monthly',
    mensuelle: 'monthly',
    au_moins: 'at-least',
    minimum: 'at-least',
    au_plus: 'at-most',
    maximum: 'at-most',
    exactement: 'exactly',
    brouillon: 'draft',
    projet: 'draft',
    en_consultation: 'consultation',
    concertation: 'consultation',
    adopté: 'adopted',
    voté: 'adopted',
    en_vigueur: 'in-force',
    remplacé: 'superseded',
    archivé: 'archived',
  },
};

const ref = (name) => ({ $ref: `#/definitions/${name}` });
const enumOf = (md, fr, values) =>
  doc(md, fr, {
    type: 'string',
    enum: values.map(([v]) => v),
    enumDescriptions: values.map(([, d]) => d),
    markdownEnumDescriptions: values.map(([, d]) => d),
    enumDescriptionsFr: values.map(([v, , f]) => {
      if (typeof f !== 'string' || f === '') throw new Error(`no French text for the value ${v}`);
      return f;
    }),
  });
const idList = (md, fr) => doc(md, fr, { type: 'array', items: ref('id'), uniqueItems: true });

const definitions = {
  id: doc(
    "A stable identifier: letters, digits, `.`, `_` or `-`, starting with a letter or digit (`juste-soin`, `obj-1.2`). Other items refer to it; rename it with the editor's Rename to update every reference.",
    "Un identifiant stable : lettres, chiffres, `.`, `_` ou `-`, commençant par une lettre ou un chiffre (`juste-soin`, `obj-1.2`). Les autres éléments y renvoient ; renommez-le avec la commande Renommer de l'éditeur pour mettre à jour toutes les références.",
    { type: 'string', pattern: idPattern },
  ),
  text: doc(
    'Plain text. Paragraphs are separated by a blank line; `**bold**` and `*italic*` are shown as such in the preview.',
    "Texte libre. Les paragraphes sont séparés par une ligne vide ; `**gras**` et `*italique*` apparaissent comme tels dans l'aperçu.",
    { type: 'string' },
  ),
  date: doc(
    'A date, possibly partial: a year (`2030`), a quarter (`2027-Q2`, or `2027-T2` as French writes it), a half-year (`2027-S1` or `2027-H1`), a month (`2028-06`) or a day (`2028-06-15`). A partial date stands for its whole interval: as a start it reads its first day, as an end, `due` or `by` its last day.',
    'Une date, éventuellement partielle : une année (`2030`), un trimestre (`2027-T2` ou `2027-Q2`), un semestre (`2027-S1` ou `2027-H1`), un mois (`2028-06`) ou un jour (`2028-06-15`). Une date partielle vaut pour tout son intervalle : comme début, on en retient le premier jour ; comme fin, `due` ou `by`, le dernier jour.',
    {
      type: ['string', 'integer'],
      pattern: datePattern,
      minimum: 1000,
      maximum: 9999,
    },
  ),
  quantity: doc(
    'A figure: a number (`80`), a quantity in the indicator\'s unit (`"80 M€"`, `"80 %"`, `"1 000"`, `"1,000"`), or `tbd` when it is not known yet. Quantities in another scale of the same unit are converted (`"80000 k€"` = `80 M€`).',
    'Un chiffre : un nombre (`80`), une quantité dans l\'unité de l\'indicateur (`"80 M€"`, `"80 %"`, `"1 000"`, `"1,000"`), ou `tbd` tant qu\'il n\'est pas connu. Une quantité exprimée dans une autre échelle de la même unité est convertie (`"80000 k€"` = `80 M€`).',
    {
      type: ['number', 'string'],
      pattern: quantityPattern,
    },
  ),
  span: doc(
    'A span of time, `{ from, to }`, both partial dates.',
    'Une période, `{ from, to }` : deux dates, éventuellement partielles.',
    {
      type: 'object',
      additionalProperties: false,
      required: ['from', 'to'],
      properties: {
        from: {
          ...ref('date'),
          ...doc(
            'First year (or quarter, month...) of the span.',
            'Première année (ou premier trimestre, mois...) de la période.',
          ),
        },
        to: {
          ...ref('date'),
          ...doc(
            'Last year (or quarter, month...) of the span, included.',
            'Dernière année (ou dernier trimestre, mois...) de la période, incluse.',
          ),
        },
      },
    },
  ),
  status: enumOf('Where the item stands at `plan.as_of`.', "Où en est l'élément à la date `plan.as_of`.", [
    ['planned', 'Not started yet.', 'Pas encore commencé.'],
    ['in-progress', 'Started and going on.', 'Commencé et en cours.'],
    ['done', 'Completed.', 'Terminé.'],
    ['delayed', 'Started or due, but late against its dates.', 'Commencé ou échu, mais en retard sur ses dates.'],
    ['cancelled', 'Abandoned; kept for the record.', 'Abandonné ; conservé pour mémoire.'],
  ]),
  owner: doc(
    'Who carries this item: an `id` from the plan\'s `owners` list when the plan has one, otherwise a free name ("Direction des soins").',
    'Le responsable qui porte cet élément : un `id` de la liste `owners` du plan quand elle existe, sinon un nom libre (« Direction des soins »).',
    { type: 'string', minLength: 1 },
  ),
  reference: {
    ...doc(
      'A framework or source document the plan refers to.',
      'Un référentiel ou un document source auquel le plan se réfère.',
    ),
    type: 'object',
    additionalProperties: false,
    required: ['id', 'title'],
    properties: {
      id: ref('id'),
      title: { ...ref('text'), ...doc('Name of the framework or document.', 'Nom du référentiel ou du document.') },
      url: doc('Where to read it.', 'Où le consulter.', { type: 'string' }),
    },
  },
  ownerEntry: {
    ...doc(
      'A department, team or person who carries objectives and actions.',
      'Une direction, une équipe ou une personne qui porte des objectifs et des actions.',
    ),
    type: 'object',
    additionalProperties: false,
    required: ['id', 'name'],
    properties: {
      id: ref('id'),
      name: doc(
        'Full name of the department, team or person.',
        "Nom complet de la direction, de l'équipe ou de la personne.",
        { type: 'string' },
      ),
    },
  },
  milestone: {
    ...doc(
      'A dated step of an action (`Principes validés en CME`, due `2026-S2`).',
      "Un jalon : une étape datée d'une action (`Principes validés en CME`, échéance `2026-S2`).",
    ),
    type: 'object',
    additionalProperties: false,
    required: ['title'],
    properties: {
      id: ref('id'),
      title: doc('What is reached at this step.', 'Ce qui est atteint à ce jalon.', { type: 'string' }),
      due: {
        ...ref('date'),
        ...doc(
          'When the step is due (read as the last day of the partial date).',
          'Échéance du jalon (lue comme le dernier jour de la date partielle).',
        ),
      },
      status: ref('status'),
    },
    defaultSnippets: [{ label: 'New milestone', body: { title: '$1', due: '${2:2027}', status: 'planned' } }],
  },
  action: {
    ...doc(
      'A project, action or key step ("Projets, actions et jalons clés"). It has a span (`start`/`end`), a single deadline (`due`), or neither.',
      "Un projet, une action ou un jalon clé (« Projets, actions et jalons clés »). Elle a une période (`start`/`end`), une échéance unique (`due`), ou ni l'une ni l'autre.",
    ),
    type: 'object',
    additionalProperties: false,
    required: ['id', 'title'],
    properties: {
      id: ref('id'),
      title: doc('The action as printed.', "L'intitulé de l'action, tel qu'il figure dans le document.", {
        type: 'string',
      }),
      details: doc(
        'Bullet points describing the action, as printed.',
        "Les puces qui décrivent l'action, telles qu'elles figurent dans le document.",
        { type: 'array', items: { type: 'string' } },
      ),
      start: {
        ...ref('date'),
        ...doc(
          'When the action starts (read as the first day of the partial date).',
          "Début de l'action (lu comme le premier jour de la date partielle).",
        ),
      },
      end: {
        ...ref('date'),
        ...doc(
          'When the action ends (read as the last day of the partial date).',
          "Fin de l'action (lue comme le dernier jour de la date partielle).",
        ),
      },
      due: {
        ...ref('date'),
        ...doc(
          'A single deadline, for an action that is a key step rather than a span.',
          "Une échéance unique, pour une action qui est un jalon clé plutôt qu'une période.",
        ),
      },
      status: ref('status'),
      progress: doc(
        'Share of the action completed, in percent (0 to 100).',
        "Part de l'action réalisée, en pourcentage (de 0 à 100).",
        { type: 'number', minimum: 0, maximum: 100 },
      ),
      owner: ref('owner'),
      contributes_to: idList(
        'Indicators (ids from the catalogue) this action moves.',
        'Les indicateurs (ids du catalogue) que cette action fait progresser.',
      ),
      depends_on: idList(
        'Actions (ids, anywhere in the plan) that must end before this one starts.',
        "Les actions (ids, n'importe où dans le plan) qui doivent se terminer avant que celle-ci commence.",
      ),
      milestones: doc('Dated steps of the action.', "Les jalons de l'action : ses étapes datées.", {
        type: 'array',
        items: ref('milestone'),
      }),
    },
    defaultSnippets: [
      {
        label: 'New action',
        body: { id: '${1:action-id}', title: '$2', start: '${3:2026}', end: '${4:2027}', status: 'planned' },
      },
    ],
  },
  objective: {
    ...doc(
      'An objective ("Objectif"): what the plan commits to, its intention, how it is measured and the actions that deliver it.',
      "Un objectif (« Objectif ») : ce à quoi le plan s'engage, son intention, comment il est mesuré et les actions qui le réalisent.",
    ),
    type: 'object',
    additionalProperties: false,
    required: ['id', 'title'],
    properties: {
      id: ref('id'),
      title: doc('The objective as printed.', "L'intitulé de l'objectif, tel qu'il figure dans le document.", {
        type: 'string',
      }),
      intention: {
        ...ref('text'),
        ...doc('Why and what for ("Intention").', 'Pourquoi et pour quoi (« Intention »).'),
      },
      owner: ref('owner'),
      indicators: idList(
        'Indicators (ids from the catalogue) this objective is measured by.',
        'Les indicateurs (ids du catalogue) qui mesurent cet objectif.',
      ),
      actions: doc(
        'Projects, actions and key steps ("Projets, actions et jalons clés").',
        'Les projets, actions et jalons clés (« Projets, actions et jalons clés »).',
        { type: 'array', items: ref('action') },
      ),
    },
    defaultSnippets: [
      {
        label: 'New objective',
        body: { id: '${1:objective-id}', title: '$2', intention: '$3', indicators: [], actions: [] },
      },
    ],
  },
  ambition: {
    ...doc(
      'An ambition: a group of objectives within an axis, with its stakes ("Enjeux et ambition").',
      "Une ambition : un groupe d'objectifs au sein d'un axe, avec ses enjeux (« Enjeux et ambition »).",
    ),
    type: 'object',
    additionalProperties: false,
    required: ['id', 'title'],
    properties: {
      id: ref('id'),
      title: doc('The ambition as printed.', "L'intitulé de l'ambition, tel qu'il figure dans le document.", {
        type: 'string',
      }),
      stakes: {
        ...ref('text'),
        ...doc('The stakes and ambition ("Enjeux et ambition").', "Les enjeux et l'ambition (« Enjeux et ambition »)."),
      },
      objectives: doc('The objectives of this ambition.', 'Les objectifs de cette ambition.', {
        type: 'array',
        items: ref('objective'),
      }),
    },
    defaultSnippets: [
      { label: 'New ambition', body: { id: '${1:ambition-id}', title: '$2', stakes: '$3', objectives: [] } },
    ],
  },
  axis: {
    ...doc(
      'A strategic axis. It holds `ambitions` (which hold objectives), or `objectives` directly.',
      'Un axe stratégique. Il contient des ambitions (`ambitions`, qui contiennent les objectifs), ou directement des objectifs (`objectives`).',
    ),
    type: 'object',
    additionalProperties: false,
    required: ['id', 'title'],
    properties: {
      id: ref('id'),
      number: doc('Display number (1, 2, 3...).', 'Numéro affiché (1, 2, 3...).', { type: 'integer', minimum: 0 }),
      title: doc('The axis as printed.', "L'intitulé de l'axe, tel qu'il figure dans le document.", { type: 'string' }),
      summary: { ...ref('text'), ...doc('The axis introduction.', "L'introduction de l'axe.") },
      ambitions: doc('The ambitions of this axis.', 'Les ambitions de cet axe.', {
        type: 'array',
        items: ref('ambition'),
      }),
      objectives: doc(
        'Objectives directly under the axis (when it has no ambitions).',
        "Les objectifs placés directement sous l'axe (quand il n'a pas d'ambitions).",
        { type: 'array', items: ref('objective') },
      ),
    },
    defaultSnippets: [
      { label: 'New axis', body: { id: '${1:axis-id}', number: '^${2:1}', title: '$3', summary: '$4', ambitions: [] } },
    ],
  },
  baseline: {
    ...doc(
      'The starting value the targets are measured against, and when it was measured (`year` or `date`). `value: tbd` when it is not known yet.',
      "La valeur de référence, point de départ auquel les cibles sont comparées, et sa date de mesure (`year` ou `date`). `value: tbd` tant qu'elle n'est pas connue.",
    ),
    type: 'object',
    additionalProperties: false,
    required: ['value'],
    properties: {
      value: ref('quantity'),
      year: doc('The year the baseline was measured.', "L'année de mesure de la valeur de référence.", {
        type: 'integer',
        minimum: 1000,
        maximum: 9999,
      }),
      date: {
        ...ref('date'),
        ...doc(
          'When the baseline was measured (instead of `year`).',
          'La date de mesure de la valeur de référence (au lieu de `year`).',
        ),
      },
    },
  },
  target: {
    ...doc(
      'A target: a `value` or a `change` from the baseline, and exactly one of `by` (a deadline), `each_year` (met every year) or `over` (an average or total over a span).',
      'Une cible : une valeur (`value`) ou une évolution (`change`) par rapport à la valeur de référence, et exactement un de `by` (une échéance), `each_year` (atteinte chaque année) ou `over` (une moyenne ou un total sur une période).',
    ),
    type: 'object',
    additionalProperties: false,
    properties: {
      value: ref('quantity'),
      change: doc(
        'Change from the baseline: `x2` (doubling), `+15 pts` (percentage points), `+20 %` or `-10 %`. With `value`, both must agree.',
        'Évolution par rapport à la valeur de référence : `x2` (doublement), `+15 pts` (points de pourcentage), `+20 %` ou `-10 %`. Avec `value`, les deux doivent concorder.',
        { type: 'string', pattern: changePattern },
      ),
      by: {
        ...ref('date'),
        ...doc(
          'Deadline (read as the last day of the partial date).',
          'Échéance (lue comme le dernier jour de la date partielle).',
        ),
      },
      each_year: {
        ...doc(
          '`true`: the value must be met every year of the cycle; or `{ from, to }`: every year of that span ("au moins deux essais par an").',
          '`true` : la valeur doit être atteinte chaque année du cycle ; ou `{ from, to }` : chaque année de cette période (« au moins deux essais par an »).',
        ),
        anyOf: [{ const: true }, ref('span')],
      },
      over: {
        ...ref('span'),
        ...doc(
          'The span an `average` or `cumulative` target is measured over ("30 M€ en moyenne par an").',
          'La période sur laquelle se mesure une cible `average` ou `cumulative` (« 30 M€ en moyenne par an »).',
        ),
      },
      comparator: enumOf(
        "How the measured value compares with the target. Default from the indicator's direction: increase → at-least, decrease → at-most, maintain → exactly.",
        "Comment la valeur mesurée se compare à la cible. Par défaut, selon le sens de l'indicateur : increase → at-least, decrease → at-most, maintain → exactly.",
        [
          [
            'at-least',
            'The target is met when the value is at least this.',
            'La cible est atteinte quand la valeur lui est au moins égale.',
          ],
          [
            'at-most',
            'The target is met when the value is at most this.',
            'La cible est atteinte quand la valeur lui est au plus égale.',
          ],
          [
            'exactly',
            'The target is met when the value equals this.',
            'La cible est atteinte quand la valeur lui est égale.',
          ],
        ],
      ),
      quote: doc(
        'The sentence of the source document this target comes from, verbatim. Its figures are checked against the target.',
        'La phrase du document source dont vient cette cible, mot pour mot. Ses chiffres sont vérifiés au regard de la cible.',
        { type: 'string' },
      ),
    },
    allOf: [
      { anyOf: [{ required: ['value'] }, { required: ['change'] }] },
      { oneOf: [{ required: ['by'] }, { required: ['each_year'] }, { required: ['over'] }] },
    ],
    defaultSnippets: [{ label: 'New target', body: { value: '${1:100}', by: '${2:2030}', quote: '$3' } }],
  },
  actual: {
    ...doc('A reported value: progress towards the targets.', 'Une valeur constatée : la progression vers les cibles.'),
    type: 'object',
    additionalProperties: false,
    required: ['value', 'date'],
    properties: {
      value: ref('quantity'),
      date: { ...ref('date'), ...doc('When the value was measured.', 'La date de mesure de la valeur.') },
    },
  },
  indicator: {
    ...doc(
      'An indicator of the catalogue: what is measured, its unit, baseline and targets.',
      'Un indicateur du catalogue : ce qui est mesuré, son unité, sa valeur de référence et ses cibles.',
    ),
    type: 'object',
    additionalProperties: false,
    required: ['id', 'label'],
    properties: {
      id: ref('id'),
      label: doc('What is measured, in words.', 'Ce qui est mesuré, en toutes lettres.', { type: 'string' }),
      unit: doc(
        'The unit: `%`, `points` (a score, such as e-Satis), `€` (or `EUR`), `k€` (`kEUR`), `M€` (`MEUR`), `Md€`, a duration (`minutes`, `heures`, `jours`, `semaines`, `mois`), or a counted noun (`patients`, `équipes`, `essais`). Amounts convert across scales; `%`, `points` and nouns never convert.',
        "L'unité : `%`, `points` (un score, comme e-Satis), `€` (ou `EUR`), `k€` (`kEUR`), `M€` (`MEUR`), `Md€`, une durée (`minutes`, `heures`, `jours`, `semaines`, `mois`), ou le nom de ce qui est compté (`patients`, `équipes`, `essais`). Les montants se convertissent d'une échelle à l'autre ; `%`, `points` et les noms ne se convertissent jamais.",
        {
          type: 'string',
          examples: ['%', 'points', '€', 'k€', 'M€', 'minutes', 'jours', 'patients', 'équipes', 'essais'],
        },
      ),
      direction: enumOf('Which way is better.', "Le sens d'évolution souhaité.", [
        [
          'increase',
          'Higher is better: targets must be above the baseline.',
          "Plus haut, c'est mieux : les cibles doivent dépasser la valeur de référence.",
        ],
        [
          'decrease',
          'Lower is better: targets must be below the baseline.',
          "Plus bas, c'est mieux : les cibles doivent être inférieures à la valeur de référence.",
        ],
        [
          'maintain',
          'Keep the baseline level: targets equal it.',
          'Maintenir le niveau de la valeur de référence : les cibles lui sont égales.',
        ],
      ]),
      measure: enumOf('What a value means. Default: level.', 'Ce que représente une valeur. Par défaut : level.', [
        ['level', 'The value at a date (a stock, a rate).', 'La valeur à une date (un stock, un taux).'],
        ['annual', 'A yearly flow (amount collected in the year).', "Un flux annuel (montant perçu dans l'année)."],
        [
          'cumulative',
          'The total since the start of the cycle; it never goes down.',
          'Le total depuis le début du cycle ; il ne baisse jamais.',
        ],
        ['average', 'The mean per year over a span (`over`).', 'La moyenne par an sur une période (`over`).'],
      ]),
      range: {
        ...doc(
          'The values the indicator can take, when they are not the usual ones: a rate that may exceed 100 % (bed occupancy: `{ min: 0, max: 150 }`, or `max: none` for no upper bound). Without it, a percentage target lies between 0 and 100.',
          "Les valeurs que peut prendre l'indicateur, quand ce ne sont pas les valeurs usuelles : un taux qui peut dépasser 100 % (occupation des lits : `{ min: 0, max: 150 }`, ou `max: none` sans borne haute). Sans elle, une cible en pourcentage est comprise entre 0 et 100.",
        ),
        type: 'object',
        additionalProperties: false,
        properties: {
          min: doc('The lowest value the indicator can take.', "La plus petite valeur que peut prendre l'indicateur.", {
            type: 'number',
          }),
          max: doc(
            'The highest value the indicator can take, or `none` when it has no upper bound.',
            "La plus grande valeur que peut prendre l'indicateur, ou `none` s'il n'a pas de borne haute.",
            { type: ['number', 'string'], pattern: '^none$' },
          ),
        },
      },
      baseline: ref('baseline'),
      targets: doc('The targets, in any order.', "Les cibles, dans n'importe quel ordre.", {
        type: 'array',
        items: ref('target'),
      }),
      actuals: doc('Reported values, to track progress.', 'Les valeurs constatées, pour suivre la progression.', {
        type: 'array',
        items: ref('actual'),
      }),
      part_of: doc(
        "Id of a larger indicator this one is a component of (20 ERC teams out of 60 teams). A component's target may not exceed its whole's.",
        "Identifiant d'un indicateur plus large dont celui-ci est une composante (20 équipes ERC sur 60 équipes). La cible d'une composante ne peut dépasser celle de l'ensemble.",
        { anyOf: [ref('id'), { type: 'null' }] },
      ),
      source: doc(
        'Means of verification: where the figure comes from.',
        "Moyen de vérification : d'où vient le chiffre.",
        { type: 'string' },
      ),
      frequency: enumOf('How often the indicator is measured.', "La fréquence de mesure de l'indicateur.", [
        ['annual', 'Once a year.', 'Une fois par an.'],
        ['semiannual', 'Twice a year.', 'Deux fois par an.'],
        ['quarterly', 'Every quarter.', 'Chaque trimestre.'],
        ['monthly', 'Every month.', 'Chaque mois.'],
      ]),
    },
    defaultSnippets: [
      {
        label: 'New indicator',
        body: {
          id: '${1:indicator-id}',
          label: '$2',
          unit: '${3:%}',
          direction: 'increase',
          baseline: { value: 'tbd' },
          targets: [{ value: '$4', by: '${5:2030}', quote: '$6' }],
        },
      },
    ],
  },
  planHeader: {
    ...doc(
      'What the plan is: its id, title, institution, cycle and status.',
      "L'identité du plan : son id, son titre, l'établissement, le cycle et le statut.",
    ),
    type: 'object',
    additionalProperties: false,
    required: ['id', 'title', 'institution', 'cycle'],
    properties: {
      id: ref('id'),
      title: doc("The plan's title, as on its cover.", "Le titre du plan, tel qu'en couverture.", { type: 'string' }),
      institution: doc('The institution that adopts the plan.', "L'établissement qui adopte le plan.", {
        type: 'string',
      }),
      language: doc(
        "Language of the plan's text (BCP 47: `fr`, `en`, `fr-CA`). Drives the preview's labels and number format. Default `en`.",
        "Langue du texte du plan (BCP 47 : `fr`, `en`, `fr-CA`). Détermine les libellés et le format des nombres de l'aperçu. Par défaut `en`.",
        { type: 'string', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
      ),
      cycle: {
        ...doc(
          'The years the plan covers: `{ start, end }`, partial dates (`{ start: 2026, end: 2030 }`).',
          'Le cycle : les années couvertes par le plan, `{ start, end }`, dates éventuellement partielles (`{ start: 2026, end: 2030 }`).',
        ),
        type: 'object',
        additionalProperties: false,
        required: ['start', 'end'],
        properties: {
          start: { ...ref('date'), ...doc('First year of the cycle.', 'Première année du cycle.') },
          end: { ...ref('date'), ...doc('Last year of the cycle, included.', 'Dernière année du cycle, incluse.') },
        },
      },
      horizon: {
        ...ref('date'),
        ...doc(
          'A long-range date that targets may reach beyond the cycle ("guérir 80 % d\'ici 2040").',
          "L'horizon : une date lointaine que les cibles peuvent viser au-delà du cycle (« guérir 80 % d'ici 2040 »).",
        ),
      },
      as_of: {
        ...ref('date'),
        ...doc(
          'The date statuses and actuals are reported at. Actions planned or in progress that should have ended before it are flagged overdue.',
          'La date à laquelle les statuts et les valeurs constatées sont arrêtés. Les actions prévues ou en cours qui auraient dû se terminer avant cette date sont signalées en retard.',
        ),
      },
      status: enumOf('Where the plan stands in its life.', 'Où en est le plan dans sa vie.', [
        ['draft', 'Being written.', 'En cours de rédaction.'],
        ['consultation', 'Submitted to the consultative bodies.', 'Soumis aux instances consultatives.'],
        ['adopted', 'Voted by the board.', "Voté par le conseil d'administration."],
        ['in-force', 'Adopted and being carried out.', 'Adopté et en cours de mise en œuvre.'],
        ['superseded', 'Replaced by a newer plan.', 'Remplacé par un plan plus récent.'],
        ['archived', 'Kept for the record.', 'Conservé pour mémoire.'],
      ]),
      version: doc('Free version label (`"1.0"`).', 'Libellé de version libre (`"1.0"`).', { type: 'string' }),
      adopted: {
        ...doc('Who adopted the plan, and when.', 'Qui a adopté le plan, et quand.'),
        type: 'object',
        additionalProperties: false,
        properties: {
          by: doc(
            "The body that adopted the plan (Conseil d'administration).",
            "L'instance qui a adopté le plan (Conseil d'administration).",
            { type: 'string' },
          ),
          on: { ...ref('date'), ...doc('When it was adopted.', "La date d'adoption.") },
        },
      },
      previous: {
        ...ref('id'),
        ...doc('Id of the plan this one follows.', 'Identifiant du plan auquel celui-ci succède.'),
      },
      vision: { ...ref('text'), ...doc("The plan's vision or foreword.", "La vision ou l'avant-propos du plan.") },
      conclusion: {
        ...ref('text'),
        ...doc(
          'The plan\'s closing words ("Conclusion", "Et maintenant ?"), printed after the axes.',
          'Le mot de la fin du plan (« Conclusion », « Et maintenant ? »), imprimé après les axes.',
        ),
      },
      references: doc(
        'Frameworks and source documents the plan refers to.',
        'Les référentiels et documents sources auxquels le plan se réfère.',
        { type: 'array', items: ref('reference') },
      ),
      logo: doc(
        "The institution's logo for the cover: a PNG, JPEG or SVG file, its path relative to the plan file (`logo.svg`). An SVG is embedded without its scripts.",
        "Le logo de l'établissement pour la couverture : un fichier PNG, JPEG ou SVG, son chemin relatif au fichier du plan (`logo.svg`). Un SVG est intégré sans ses scripts.",
        { type: 'string', pattern: '\\.([Pp][Nn][Gg]|[Jj][Pp][Ee]?[Gg]|[Ss][Vv][Gg])$' },
      ),
      forewords: doc(
        'Forewords printed after the cover (le mot du directeur général, du président de la CME), in order.',
        "Les avant-propos imprimés après la couverture (le mot du directeur général, du président de la CME), dans l'ordre.",
        {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['by', 'text'],
            properties: {
              by: doc('Who signs the foreword.', "Le signataire de l'avant-propos.", { type: 'string' }),
              role: doc("The signatory's role (Directeur général).", 'La fonction du signataire (Directeur général).', {
                type: 'string',
              }),
              text: { ...ref('text'), ...doc('The foreword.', "Le texte de l'avant-propos.") },
            },
          },
        },
      ),
      governance: doc(
        'The opinions of the bodies the plan went through before its adoption (directoire, CME, CSIRMT, CSE, CDU, conseil de surveillance).',
        "Les avis des instances consultées avant l'adoption du plan (directoire, CME, CSIRMT, CSE, CDU, conseil de surveillance).",
        {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['body'],
            properties: {
              body: doc('The body (CME).', "L'instance (CME).", { type: 'string' }),
              on: { ...ref('date'), ...doc('When it gave its opinion.', "La date de l'avis.") },
              opinion: doc('Its opinion (avis favorable).', 'Son avis (avis favorable).', { type: 'string' }),
            },
          },
        },
      ),
    },
  },
};
// A progress report (`*.report.yaml`): where a plan's items stand at one date, kept apart from
// the adopted plan. Its sections are mappings keyed by the items' ids.
const reportEntries = (md, fr, entry) =>
  doc(md, fr, { type: 'object', propertyNames: { type: 'string', minLength: 1 }, additionalProperties: entry });
const note = doc(
  'What happened in the period, in words (shown beside the item).',
  "Ce qui s'est passé sur la période, en quelques mots (affiché à côté de l'élément).",
  { type: 'string' },
);
definitions.report = {
  ...doc(
    "A progress report (*bilan d'étape*): where the actions, milestones and indicators of a plan stand at `as_of`. Several reports are the plan's history; for each item, the report with the latest `as_of` wins over the plan's own `status` and `actuals`.",
    "Un bilan d'étape : où en sont les actions, les jalons et les indicateurs d'un plan à la date `as_of`. Plusieurs bilans forment l'historique du plan ; pour chaque élément, le bilan de la date `as_of` la plus récente l'emporte sur les `status` et `actuals` du plan lui-même.",
  ),
  type: 'object',
  additionalProperties: false,
  required: ['report_of', 'as_of'],
  properties: {
    report_of: {
      ...ref('id'),
      ...doc(
        'Id of the plan this report is about (its `plan.id`).',
        'Identifiant du plan dont ce bilan rend compte (son `plan.id`).',
      ),
    },
    as_of: {
      ...ref('date'),
      ...doc('The date the report states things at.', 'La date à laquelle le bilan arrête la situation.'),
    },
    title: doc("The report's title (`Bilan d'étape 2027`).", "Le titre du bilan (`Bilan d'étape 2027`).", {
      type: 'string',
    }),
    summary: { ...ref('text'), ...doc("The report's overall message.", "Le message d'ensemble du bilan.") },
    actions: reportEntries(
      'Actions by id: `status`, `progress`, `note`, `end_forecast`.',
      'Les actions, par identifiant : `status`, `progress`, `note`, `end_forecast`.',
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          status: ref('status'),
          progress: doc(
            'Share of the action completed at `as_of`, in percent (0 to 100).',
            "Part de l'action réalisée à la date `as_of`, en pourcentage (de 0 à 100).",
            { type: 'number', minimum: 0, maximum: 100 },
          ),
          note,
          end_forecast: {
            ...ref('date'),
            ...doc(
              'When the action is now expected to end.',
              "La date à laquelle l'action devrait désormais se terminer.",
            ),
          },
        },
      },
    ),
    milestones: reportEntries(
      'Milestones by id, or `action-id#n` for the n-th milestone of an action: `status`, `done_on`, `note`.',
      "Les jalons, par identifiant, ou `action-id#n` pour le n-ième jalon d'une action : `status`, `done_on`, `note`.",
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          status: ref('status'),
          done_on: {
            ...ref('date'),
            ...doc('When the milestone was reached.', 'La date à laquelle le jalon a été atteint.'),
          },
          note,
        },
      },
    ),
    indicators: reportEntries(
      'Indicators by id: the `value` measured at `as_of`, and a `note`.',
      'Les indicateurs, par identifiant : la valeur (`value`) mesurée à la date `as_of`, et une note (`note`).',
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          value: {
            ...ref('quantity'),
            ...doc(
              "The value measured at `as_of`, in the indicator's unit.",
              "La valeur mesurée à la date `as_of`, dans l'unité de l'indicateur.",
            ),
          },
          note,
        },
      },
    ),
    objectives: reportEntries(
      'Objectives by id: a `note` on the period, and `rag` to override the computed state (with a `note` that says why).',
      "Les objectifs, par identifiant : une note (`note`) sur la période, et `rag` pour remplacer l'état calculé (avec une note qui dit pourquoi).",
      {
        type: 'object',
        additionalProperties: false,
        dependencies: { rag: ['note'] },
        properties: {
          note,
          rag: enumOf(
            "The objective's state, instead of the one the dashboard computes; `note` must say why.",
            "L'état de l'objectif, à la place de celui que calcule le tableau de bord ; `note` doit dire pourquoi.",
            [
              ['green', 'On track.', 'Dans les temps.'],
              ['amber', 'At risk.', 'À risque.'],
              ['red', 'Late.', 'En retard.'],
            ],
          ),
        },
      },
    ),
  },
};
const owners = doc(
  'The departments, teams and people who carry the plan. When this list exists, every `owner` must name one of its ids.',
  "Les directions, équipes et personnes qui portent le plan (les responsables). Quand cette liste existe, chaque `owner` doit nommer l'un de ses ids.",
  { type: 'array', items: ref('ownerEntry') },
);
const indicators = doc(
  'The indicator catalogue: what is measured, with baselines and targets. Objectives and actions refer to indicators by id.',
  'Le catalogue des indicateurs : ce qui est mesuré, avec valeurs de référence et cibles. Les objectifs et les actions renvoient aux indicateurs par leur id.',
  { type: 'array', items: ref('indicator') },
);

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/jalon-plan/jalon/blob/main/schemas/plan.schema.json',
  title: 'Jalon strategic plan',
  ...doc(
    "A strategic plan (*projet d'établissement*) in the Jalon format: a root file with `plan:`, or a part file with `part_of:` that adds objectives to an axis of a root plan.",
    "Un plan stratégique (*projet d'établissement*) au format Jalon : un fichier racine avec `plan:`, ou un fichier partiel avec `part_of:` qui ajoute des objectifs à un axe d'un plan racine.",
  ),
  type: 'object',
  if: { required: ['part_of'] },
  then: {
    additionalProperties: false,
    required: ['part_of', 'axis'],
    properties: {
      part_of: {
        ...ref('id'),
        ...doc(
          'Id of the root plan this part belongs to.',
          'Identifiant du plan racine auquel appartient ce fichier partiel.',
        ),
      },
      axis: {
        ...ref('id'),
        ...doc(
          'Id of the axis of the root plan these objectives belong to.',
          "Identifiant de l'axe du plan racine auquel appartiennent ces objectifs.",
        ),
      },
      ambition: {
        ...ref('id'),
        ...doc(
          'Id of an ambition of that axis, if the objectives belong to one.',
          "Identifiant d'une ambition de cet axe, si les objectifs en relèvent.",
        ),
      },
      objectives: doc('The objectives this part adds.', "Les objectifs qu'ajoute ce fichier partiel.", {
        type: 'array',
        items: ref('objective'),
      }),
      indicators,
      owners,
    },
  },
  else: {
    additionalProperties: false,
    required: ['plan'],
    properties: {
      plan: ref('planHeader'),
      owners,
      indicators,
      axes: doc('The strategic axes, in order.', "Les axes stratégiques, dans l'ordre.", {
        type: 'array',
        items: ref('axis'),
      }),
    },
  },
  definitions,
  frenchAliases,
};

// Every French word must stand for a field or a value the format has.
const fieldNames = new Set();
const enumValues = new Set();
JSON.stringify(schema, (key, value) => {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if (value.properties) for (const k of Object.keys(value.properties)) fieldNames.add(k);
    if (Array.isArray(value.enum)) for (const v of value.enum) enumValues.add(v);
  }
  return value;
});
for (const [word, fields] of Object.entries(frenchAliases.fields))
  for (const f of fields) if (!fieldNames.has(f)) throw new Error(`French field ${word}: no field ${f}`);
for (const [word, v] of Object.entries(frenchAliases.values))
  if (!enumValues.has(v)) throw new Error(`French value ${word}: no value ${v}`);

writeFileSync(new URL('../schemas/plan.schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');

// Editors that validate YAML by file name (`*.report.yaml`) read the report's definition through this.
const reportSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/jalon-plan/jalon/blob/main/schemas/report.schema.json',
  title: 'Jalon progress report',
  $ref: 'plan.schema.json#/definitions/report',
};
writeFileSync(new URL('../schemas/report.schema.json', import.meta.url), JSON.stringify(reportSchema, null, 2) + '\n');
