import type { Locale, Localized } from '../i18n/locale';
import type { Severity } from './finding';

/** Every check, its default severity and a one-line summary (rules.md is the specification). */
export const RULES = {
  'file/unreadable': [
    'error',
    'A plan file that cannot be read as UTF-8 text.',
    'Un fichier de plan illisible comme texte UTF-8.',
  ],
  'file/too-large': ['error', 'A plan file over the size limit.', 'Un fichier de plan au-delà de la taille limite.'],
  'yaml/syntax': ['error', 'The file is not valid YAML.', 'Le fichier n’est pas du YAML valide.'],
  'yaml/duplicate-key': ['error', 'A mapping repeats a key.', 'Une clé est répétée dans un même bloc.'],
  'schema/required': ['error', 'A required field is missing.', 'Un champ obligatoire manque.'],
  'schema/type': ['error', 'A value has the wrong type.', 'Une valeur n’a pas le bon type.'],
  'schema/enum': ['error', 'A value is not one of the allowed words.', 'Une valeur n’est pas l’un des mots permis.'],
  'schema/unknown-field': ['warning', 'A field the format does not define.', 'Un champ que le format ne définit pas.'],
  'schema/pattern': ['error', 'An id or quantity of the wrong form.', 'Un identifiant ou une quantité mal formé.'],
  'date/invalid': [
    'error',
    'A date that does not exist or is not a partial date.',
    'Une date inexistante ou d’une forme non reconnue.',
  ],
  'ref/duplicate-id': [
    'error',
    'Two items of one plan share an id.',
    'Deux éléments d’un même plan ont le même identifiant.',
  ],
  'ref/unknown': ['error', 'A reference names no item.', 'Une référence ne désigne aucun élément.'],
  'ref/wrong-kind': [
    'error',
    'A reference names an item of the wrong kind.',
    'Une référence désigne un élément d’une autre nature.',
  ],
  'ref/dependency-cycle': ['error', '`depends_on` forms a cycle.', '`depends_on` forme un cycle.'],
  'ref/unknown-plan': [
    'error',
    'A part names a plan that no root file declares.',
    'Une partie désigne un plan qu’aucun fichier racine ne déclare.',
  ],
  'date/end-before-start': ['error', 'A span ends before it starts.', 'Une période finit avant de commencer.'],
  'date/outside-cycle': [
    'warning',
    'An action or milestone falls outside the plan’s cycle.',
    'Une action ou un jalon sort du cycle du plan.',
  ],
  'date/milestone-outside-action': [
    'warning',
    'A milestone falls outside its action’s span.',
    'Un jalon sort de la période de son action.',
  ],
  'date/dependency-order': [
    'warning',
    'An action starts before an action it depends on has ended.',
    'Une action commence avant la fin d’une action dont elle dépend.',
  ],
  'date/target-before-baseline': [
    'error',
    'A target’s date is not after its baseline’s.',
    'L’échéance d’une cible n’est pas postérieure à la référence.',
  ],
  'date/target-beyond-horizon': [
    'warning',
    'A target falls after the cycle and the plan’s horizon.',
    'Une cible tombe après le cycle et l’horizon du plan.',
  ],
  'date/status-vs-as-of': [
    'warning',
    'A status or actual contradicts `plan.as_of`.',
    'Un statut ou un réalisé contredit `plan.as_of`.',
  ],
  'date/cycle-length': ['info', 'The cycle is longer than five years.', 'Le cycle dure plus de cinq ans.'],
  'target/direction': [
    'error',
    'A target moves against the indicator’s direction.',
    'Une cible va à l’encontre du sens de l’indicateur.',
  ],
  'target/no-ambition': ['warning', 'A target equals the baseline.', 'Une cible est égale à la référence.'],
  'target/percent-range': [
    'error',
    'A percentage outside 0-100, or a value outside the declared range.',
    'Un pourcentage hors de 0-100, ou une valeur hors de la plage déclarée.',
  ],
  'target/negative': ['error', 'A negative count or amount.', 'Un effectif ou un montant négatif.'],
  'target/unit-mismatch': [
    'error',
    'A quantity in another unit than the indicator’s.',
    'Une quantité dans une autre unité que celle de l’indicateur.',
  ],
  'target/change-mismatch': ['warning', '`change` and `value` disagree.', '`change` et `value` ne concordent pas.'],
  'target/trajectory': [
    'warning',
    'Successive targets move against the direction.',
    'Des cibles successives vont à contresens.',
  ],
  'target/part-exceeds-whole': [
    'error',
    'A component’s target exceeds its whole’s.',
    'La cible d’une composante dépasse celle de l’ensemble.',
  ],
  'target/duplicate': [
    'error',
    'Two targets of one indicator share a date.',
    'Deux cibles d’un indicateur ont la même échéance.',
  ],
  'target/quote-mismatch': [
    'warning',
    'The quote states other figures than the target.',
    'La citation donne d’autres chiffres que la cible.',
  ],
  'target/off-track': [
    'info',
    'The latest actual is behind the trajectory.',
    'Le dernier réalisé est en retard sur la trajectoire.',
  ],
  'coverage/indicator-without-target': ['warning', 'An indicator has no target.', 'Un indicateur n’a pas de cible.'],
  'coverage/indicator-without-baseline': [
    'info',
    'An indicator has no known baseline.',
    'Un indicateur n’a pas de valeur de référence connue.',
  ],
  'coverage/unused-indicator': [
    'info',
    'No objective or action uses an indicator.',
    'Aucun objectif ni action n’utilise un indicateur.',
  ],
  'coverage/objective-without-action': ['warning', 'An objective lists no action.', 'Un objectif n’a aucune action.'],
  'coverage/objective-without-indicator': [
    'info',
    'An objective names no indicator.',
    'Un objectif ne cite aucun indicateur.',
  ],
  'coverage/action-without-date': ['info', 'An action has no date.', 'Une action n’a aucune date.'],
  'coverage/action-without-owner': ['info', 'An action has no owner.', 'Une action n’a pas de responsable.'],
  'report/unknown-id': [
    'error',
    'A report names an item its plan does not have.',
    'Un bilan cite un élément que son plan n’a pas.',
  ],
  'report/outside-cycle': [
    'warning',
    'A report is dated outside the plan’s cycle.',
    'Un bilan est daté hors du cycle du plan.',
  ],
  'report/duplicate-as-of': [
    'error',
    'Two reports of one plan have the same date.',
    'Deux bilans d’un même plan ont la même date.',
  ],
  'report/after-as-of': [
    'error',
    'A report states a milestone reached after its date.',
    'Un bilan déclare un jalon atteint après sa date.',
  ],
  'report/status-backward': [
    'warning',
    'A status goes back between two reports.',
    'Un statut recule d’un bilan au suivant.',
  ],
  'report/overdue': [
    'warning',
    'An item is still open at the report’s date, after its end.',
    'Un élément est encore ouvert à la date du bilan, après son échéance.',
  ],
  'report/off-trajectory': [
    'warning',
    'A reported value is behind the trajectory to the targets.',
    'Une valeur du bilan est en retard sur la trajectoire des cibles.',
  ],
  'report/stale': [
    'info',
    'The previous report updated an item that this one leaves out.',
    'Le bilan précédent suivait un élément que celui-ci omet.',
  ],
  'report/progress-not-done': [
    'warning',
    'An action at 100 % whose status is not done.',
    'Une action à 100 % dont le statut n’est pas done.',
  ],
  'logo/unreadable': [
    'warning',
    'The logo cannot be read, or is not the image its name says.',
    'Le logo est illisible, ou n’est pas l’image que son nom annonce.',
  ],
  'logo/script': [
    'warning',
    'An SVG logo holds scripts, event handlers or external references (left out).',
    'Un logo SVG contient des scripts, des gestionnaires d’événement ou des références externes (retirés).',
  ],
} as const satisfies Record<string, readonly [Severity, string, string]>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export const DOCS_BASE = 'https://github.com/jalon-plan/jalon/blob/main/docs/rules.md';
/** The same rules in French, under the same headings (so the same anchors). */
export const DOCS_BASE_FR = 'https://github.com/jalon-plan/jalon/blob/main/docs/fr/rules.md';

export function isRuleId(value: string): value is RuleId {
  return Object.prototype.hasOwnProperty.call(RULES, value);
}

export function defaultSeverity(id: RuleId): Severity {
  return RULES[id][0];
}

export function ruleSummary(id: RuleId): Localized {
  return { en: RULES[id][1], fr: RULES[id][2] };
}

/**
 * The rule's section in docs/rules.md, or docs/fr/rules.md for a French reader (GitHub's
 * heading anchors: `date/outside-cycle` → `dateoutside-cycle`).
 */
export function ruleDocsUrl(id: RuleId, locale: Locale = 'en'): string {
  return `${locale === 'fr' ? DOCS_BASE_FR : DOCS_BASE}#${id.replace(/[^a-z0-9-]/g, '')}`;
}
