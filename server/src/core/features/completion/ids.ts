import { same, type Localized } from '../../i18n/locale';
import { itemName } from '../../model/describe';
import { code, escapeMarkdown } from '../hover/markdown';
import type { Action, Item, PlanFile } from '../../model/types';
import type { EditSite } from './site';
import { literal } from './snippetText';
import { rank, type CompletionRequest, type PlanCompletion } from './types';
import { itemIdAt, listedValues } from './written';

/** The kind of id a field names. */
export type ReferenceKind = 'indicator' | 'action' | 'owner' | 'axis' | 'ambition' | 'plan';

/** Which kind of id the field `key` of the mapping at `path` names, if it names one. */
export function referenceKind(path: readonly string[], key: string): ReferenceKind | undefined {
  const top = path.length === 0;
  switch (key) {
    case 'indicators':
    case 'contributes_to':
      return 'indicator';
    case 'depends_on':
      return 'action';
    case 'owner':
      return 'owner';
    case 'part_of':
      return top ? 'plan' : 'indicator';
    case 'axis':
      return top ? 'axis' : undefined;
    case 'ambition':
      return top ? 'ambition' : undefined;
    case 'previous':
      return path.length === 1 && path[0] === 'plan' ? 'plan' : undefined;
    default:
      return undefined;
  }
}

/** One id that may be offered, with what to show about it. */
interface Candidate {
  id: string;
  file?: PlanFile;
  /** Title, label or name. */
  title?: string;
  unit?: string;
  /** More lines for the documentation. */
  more?: Localized[];
}

function fileName(file: PlanFile): string {
  return decodeURIComponent(file.uri.replace(/^.*[\\/]/, ''));
}

function withId<T extends Item>(items: readonly T[]): (T & { id: NonNullable<T['id']> })[] {
  return items.filter((i): i is T & { id: NonNullable<T['id']> } => i.id !== undefined);
}

/** The actions that depend on `id`, directly or through others: naming one in `depends_on` would close a cycle. */
function dependentsOf(actions: readonly Action[], id: string): Set<string> {
  const dependents = new Map<string, string[]>();
  for (const action of actions) {
    if (!action.id) continue;
    for (const d of action.dependsOn) {
      const list = dependents.get(d.value);
      if (list) list.push(action.id.value);
      else dependents.set(d.value, [action.id.value]);
    }
  }
  const found = new Set<string>();
  const queue = [id];
  while (queue.length > 0) {
    for (const next of dependents.get(queue.pop()!) ?? []) {
      if (!found.has(next)) {
        found.add(next);
        queue.push(next);
      }
    }
  }
  return found;
}

/** When an action happens and where it stands, for its documentation. */
function actionFacts(action: Action): Localized[] {
  const facts: Localized[] = [];
  if (action.due) facts.push({ en: `Due ${action.due.value}.`, fr: `Échéance ${action.due.value}.` });
  else if (action.start || action.end) {
    const span = `${action.start?.value ?? '…'} → ${action.end?.value ?? '…'}`;
    facts.push({ en: `${span}.`, fr: `${span}.` });
  }
  if (action.status) facts.push({ en: `Status: ${action.status.value}.`, fr: `Statut : ${action.status.value}.` });
  return facts;
}

function candidates(kind: ReferenceKind, site: EditSite, request: CompletionRequest): Candidate[] {
  const { plan, file } = request;
  const cursor = site.cursor;
  const enclosing = () => {
    const start = cursor.itemStarts[cursor.itemStarts.length - 1];
    return start === undefined ? undefined : itemIdAt(file.lineIndex, start);
  };
  switch (kind) {
    case 'indicator': {
      // An indicator is not a component of itself.
      const self = cursor.key === 'part_of' ? enclosing() : undefined;
      return withId(plan.indicators)
        .filter((i) => i.id.value !== self)
        .map((i) => ({
          id: i.id.value,
          file: i.file,
          title: i.label?.value,
          unit: i.unit?.value,
        }));
    }
    case 'action': {
      const self = enclosing();
      const excluded = self === undefined ? new Set<string>() : dependentsOf(plan.actions, self);
      return withId(plan.actions)
        .filter((a) => a.id.value !== self && !excluded.has(a.id.value))
        .map((a) => {
          const objective = itemName(a.objective);
          const more: Localized[] = [{ en: `In ${objective.en}.`, fr: `Dans ${objective.fr}.` }, ...actionFacts(a)];
          return { id: a.id.value, file: a.file, title: a.title?.value, more };
        });
    }
    case 'owner':
      return withId(plan.owners).map((o) => ({ id: o.id.value, file: o.file, title: o.name?.value }));
    case 'axis':
      return withId(plan.axes).map((a) => ({ id: a.id.value, file: a.file, title: a.title?.value }));
    case 'ambition': {
      // A part's ambition must be one of its axis.
      const axis = plan.axes.find((a) => a.id?.value === file.axisRef?.value);
      return withId(axis ? axis.ambitions : plan.ambitions).map((m) => {
        const axisName = itemName(m.axis);
        return {
          id: m.id.value,
          file: m.file,
          title: m.title?.value,
          more: [{ en: `In ${axisName.en}.`, fr: `Dans ${axisName.fr}.` }],
        };
      });
    }
    case 'plan': {
      const roots = request.plans.filter(
        (p) => p.root && p.id !== undefined && (cursor.key !== 'previous' || p !== plan),
      );
      return roots.map((p) => ({
        id: p.id!,
        file: p.root,
        title: p.header?.title?.value,
        more: p.header?.institution ? [{ en: p.header.institution.value, fr: p.header.institution.value }] : [],
      }));
    }
  }
}

function documentation(candidate: Candidate, file: PlanFile): PlanCompletion['documentation'] {
  // Each line as Markdown (the plan's texts escaped: a title may hold `*`, `<` or a link) and as plain text.
  const lines: { markdown: Localized; plain: Localized }[] = [];
  const add = (markdown: Localized, plain: Localized) => lines.push({ markdown, plain });
  const escaped = (text: Localized): Localized => ({ en: escapeMarkdown(text.en), fr: escapeMarkdown(text.fr) });
  if (candidate.title) add(same(`**${escapeMarkdown(candidate.title)}**`), same(candidate.title));
  if (candidate.unit) {
    const unit = escapeMarkdown(candidate.unit);
    add(
      { en: `Unit: ${unit}`, fr: `Unité : ${unit}` },
      { en: `Unit: ${candidate.unit}`, fr: `Unité : ${candidate.unit}` },
    );
  }
  for (const line of candidate.more ?? []) add(escaped(line), line);
  if (candidate.file && candidate.file !== file) {
    const name = fileName(candidate.file);
    add(
      { en: `Defined in ${code(name)}.`, fr: `Défini dans ${code(name)}.` },
      { en: `Defined in ${name}.`, fr: `Défini dans ${name}.` },
    );
  }
  if (lines.length === 0) return undefined;
  const joined = (pick: (l: (typeof lines)[number]) => Localized): Localized => ({
    en: lines.map((l) => pick(l).en).join('\n\n'),
    fr: lines.map((l) => pick(l).fr).join('\n\n'),
  });
  return { markdown: joined((l) => l.markdown), plain: joined((l) => l.plain) };
}

/**
 * The ids a reference field may name, from every file of the plan: not those already in the
 * list, not the item itself, not an action that would close a dependency cycle. `wrap` writes
 * each as a one-item list (`indicators: [x]`).
 */
export function idCompletions(
  kind: ReferenceKind,
  site: EditSite,
  request: CompletionRequest,
  wrap = false,
): PlanCompletion[] {
  const listed = site.cursor.role === 'list-item' ? listedValues(site) : new Set<string>();
  // On a blank line of a block list, the item's dash is written with it.
  const dash = site.cursor.role === 'list-item' && !site.flow && !site.hasDash ? '- ' : '';
  const seen = new Set<string>();
  const out: PlanCompletion[] = [];
  for (const candidate of candidates(kind, site, request)) {
    if (request.isCancelled?.()) return [];
    if (listed.has(candidate.id) || seen.has(candidate.id)) continue;
    seen.add(candidate.id);
    const title = candidate.title;
    const detail = title === undefined ? undefined : candidate.unit ? `${title} (${candidate.unit})` : title;
    out.push({
      label: candidate.id,
      kind: 'reference',
      labelDetail: candidate.unit ? ` (${candidate.unit})` : undefined,
      description: title === undefined ? undefined : { en: title, fr: title },
      detail: detail === undefined ? undefined : { en: detail, fr: detail },
      documentation: documentation(candidate, request.file),
      insert: literal(wrap ? `${site.lead}[${candidate.id}]` : `${site.lead}${dash}${candidate.id}`),
      range: site.range,
      sortText: rank(0, out.length),
      multiline: false,
    });
  }
  return out;
}
