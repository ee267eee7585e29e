import { capitalized, itemName, subject } from '../../model/describe';
import type { Rule } from '../context';

/** coverage/indicator-without-target */
export const indicatorWithoutTarget: Rule = ({ plan, report }) => {
  for (const indicator of plan.indicators) {
    if (indicator.targets.length > 0) continue;
    const who = capitalized(subject(itemName(indicator)));
    report('coverage/indicator-without-target', indicator.file, indicator.anchor, {
      en: `${who.en} has no target: nothing says what the plan aims for. Add \`targets\`.`,
      fr: `${who.fr} n’a pas de cible : rien ne dit ce que le plan vise. Ajoutez \`targets\`.`,
    });
  }
};

/** coverage/indicator-without-baseline: none, or `tbd`. */
export const indicatorWithoutBaseline: Rule = ({ plan, report }) => {
  for (const indicator of plan.indicators) {
    const value = indicator.baseline?.value?.value;
    if (indicator.baseline && value !== 'tbd') continue;
    const who = capitalized(subject(itemName(indicator)));
    report(
      'coverage/indicator-without-baseline',
      indicator.file,
      indicator.baseline?.value?.range ?? indicator.anchor,
      indicator.baseline
        ? {
            en: `${who.en} has its baseline still to be determined (tbd); progress cannot be measured until it is known.`,
            fr: `${who.fr} a une valeur de référence encore à déterminer (tbd) ; le progrès ne se mesure pas sans elle.`,
          }
        : {
            en: `${who.en} has no baseline; progress cannot be measured without one.`,
            fr: `${who.fr} n’a pas de valeur de référence ; le progrès ne se mesure pas sans elle.`,
          },
    );
  }
};

/** coverage/unused-indicator: no objective's `indicators` nor action's `contributes_to` names it. */
export const unusedIndicator: Rule = ({ plan, report }) => {
  const used = new Set<string>();
  for (const o of plan.objectives) for (const id of o.indicators) used.add(id.value);
  for (const a of plan.actions) for (const id of a.contributesTo) used.add(id.value);
  for (const indicator of plan.indicators) {
    if (!indicator.id || used.has(indicator.id.value)) continue;
    const who = capitalized(subject(itemName(indicator)));
    report('coverage/unused-indicator', indicator.file, indicator.anchor, {
      en: `${who.en} is used by no objective (\`indicators\`) nor action (\`contributes_to\`).`,
      fr: `${who.fr} n’est utilisé par aucun objectif (\`indicators\`) ni aucune action (\`contributes_to\`).`,
    });
  }
};

/** coverage/objective-without-action */
export const objectiveWithoutAction: Rule = ({ plan, report }) => {
  for (const objective of plan.objectives) {
    if (objective.actions.length > 0) continue;
    const who = capitalized(subject(itemName(objective)));
    report('coverage/objective-without-action', objective.file, objective.anchor, {
      en: `${who.en} lists no action: nothing says how it will be reached.`,
      fr: `${who.fr} ne comporte aucune action : rien ne dit comment l’atteindre.`,
    });
  }
};

/** coverage/objective-without-indicator */
export const objectiveWithoutIndicator: Rule = ({ plan, report }) => {
  for (const objective of plan.objectives) {
    if (objective.indicators.length > 0) continue;
    const who = capitalized(subject(itemName(objective)));
    report('coverage/objective-without-indicator', objective.file, objective.anchor, {
      en: `${who.en} names no indicator: its progress cannot be measured.`,
      fr: `${who.fr} ne cite aucun indicateur : son avancement ne peut pas être mesuré.`,
    });
  }
};

/** coverage/action-without-date: none of start, end, due. */
export const actionWithoutDate: Rule = ({ plan, report }) => {
  for (const action of plan.actions) {
    if (action.start || action.end || action.due) continue;
    const who = capitalized(subject(itemName(action)));
    report('coverage/action-without-date', action.file, action.anchor, {
      en: `${who.en} has no date (start, end or due).`,
      fr: `${who.fr} n’a aucune date (start, end ou due).`,
    });
  }
};

/** coverage/action-without-owner: neither the action nor its objective names an owner. */
export const actionWithoutOwner: Rule = ({ plan, report }) => {
  for (const action of plan.actions) {
    if (action.owner || action.objective.owner) continue;
    const who = capitalized(subject(itemName(action)));
    report('coverage/action-without-owner', action.file, action.anchor, {
      en: `${who.en} has no owner, nor has its objective.`,
      fr: `${who.fr} n’a pas de responsable, son objectif non plus.`,
    });
  }
};
