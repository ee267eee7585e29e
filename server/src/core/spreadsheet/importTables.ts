import { Document, type YAMLMap } from 'yaml';
import type { Localized } from '../i18n/locale';
import type { PartialDate } from '../model/dates';
import { parsePartialDate } from '../model/dates';
import { parseQuantity } from '../model/quantities';
import type { Action, Indicator, Milestone, Objective } from '../model/types';
import { itemOfKey, reportKeyOf } from '../plan/reports';
import type { Plan } from '../plan/assemble';
import { didYouMean } from '../text/didYouMean';
import { cellText, columnLetter, type Cell, type CellPlace, type Table } from './tables';
import { HEADERS, normalized, ragOfWord, statusOfWord, type HeaderName } from './words';

export interface ImportProblem {
  place: CellPlace;
  message: Localized;
}

export interface ActionUpdate {
  status?: string;
  progress?: number;
  note?: string;
  end_forecast?: string | number;
}

export interface IndicatorUpdate {
  value?: number;
  note?: string;
}

export interface MilestoneUpdate {
  status?: string;
  done_on?: string | number;
  note?: string;
}

export interface ObjectiveUpdate {
  rag?: string;
  note?: string;
}

/** The report a spreadsheet becomes: keys in the order of their rows, sections in the format's order. */
export interface ImportedReport {
  report_of: string;
  as_of: string;
  actions: Record<string, ActionUpdate>;
  milestones: Record<string, MilestoneUpdate>;
  indicators: Record<string, IndicatorUpdate>;
  objectives: Record<string, ObjectiveUpdate>;
}

/** The columns a block of rows has, by what they hold; `-1` when it has none. */
interface Columns {
  id: number;
  status: number;
  progress: number;
  note: number;
  endForecast: number;
  actual: number;
  doneOn: number;
  state: number;
}

const isEmpty = (row: readonly Cell[] | undefined) => !row || row.every((c) => cellText(c) === '');

/** The item a row's key names: an action, an indicator, a milestone (its id or `action-id#n`) or an objective. */
function rowItem(plan: Plan, key: string): Action | Indicator | Milestone | Objective | undefined {
  return (
    plan.byId.get(key)?.find((i): i is Action | Indicator => i.kind === 'action' || i.kind === 'indicator') ??
    (itemOfKey(plan, 'milestones', key) as Milestone | undefined) ??
    (itemOfKey(plan, 'objectives', key) as Objective | undefined)
  );
}

/**
 * Reads spreadsheets filled by the directions (the export's layout, or any sheet with an id
 * column) into a new report of `plan` at `asOf`. A row's id names an action, an indicator, a
 * milestone (its id, or `action-id#n`) or an objective; its status, progress, note and end
 * forecast, its value and note, its status, date done and note, or its state and note, are
 * the columns headed so (in English or French). Where several columns are headed `Status …` (one per report), the
 * one dated `asOf` is read, else the last. Every problem is reported with its sheet, row and
 * column; the report is given only when there is none.
 */
export function importTables(
  plan: Plan,
  tables: readonly Table[],
  asOf: PartialDate,
): { report?: ImportedReport; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const report: ImportedReport = {
    report_of: plan.id ?? '',
    as_of: asOf.text,
    actions: {},
    milestones: {},
    indicators: {},
    objectives: {},
  };
  const seen = new Map<string, CellPlace>();
  for (const table of tables) {
    // A block is a header row and the rows under it, up to an empty row (a CSV holds both tables).
    let columns: Columns | undefined;
    table.rows.forEach((row, r) => {
      if (isEmpty(row)) {
        columns = undefined;
        return;
      }
      const place = (c: number): CellPlace => ({ sheet: table.sheet, row: r + 1, column: columnLetter(c) });
      if (!columns) {
        columns = columnsOf(row, asOf);
        if (columns.id === -1) {
          problems.push({
            place: place(0),
            message: {
              en: 'this header row has no id column (Id or Identifiant); add one with the ids of the plan’s actions, milestones, indicators or objectives.',
              fr: 'cette ligne d’en-tête n’a pas de colonne d’identifiants (Id ou Identifiant) ; ajoutez-en une avec les identifiants des actions, jalons, indicateurs ou objectifs du plan.',
            },
          });
        }
        return;
      }
      if (columns.id === -1) return;
      const id = cellText(row[columns.id]);
      if (id === '') return;
      const item = rowItem(plan, id);
      if (!item) {
        const guess = didYouMean(
          id,
          [...plan.actions, ...plan.indicators, ...plan.milestones, ...plan.objectives].flatMap(
            (i) => reportKeyOf(i) ?? [],
          ),
        );
        const hint = guess
          ? { en: ` Did you mean '${guess}'?`, fr: ` Vouliez-vous dire '${guess}' ?` }
          : { en: '', fr: '' };
        problems.push({
          place: place(columns.id),
          message: {
            en: `'${id}' is not an action, milestone, indicator or objective of the plan '${plan.id}'.${hint.en}`,
            fr: `'${id}' n’est ni une action, ni un jalon, ni un indicateur, ni un objectif du plan '${plan.id}'.${hint.fr}`,
          },
        });
        return;
      }
      const first = seen.get(id);
      if (first) {
        problems.push({
          place: place(columns.id),
          message: {
            en: `'${id}' is already on row ${first.row} of sheet '${first.sheet}'; keep one row per item.`,
            fr: `'${id}' figure déjà ligne ${first.row} de la feuille '${first.sheet}' ; gardez une ligne par élément.`,
          },
        });
        return;
      }
      seen.set(id, place(columns.id));
      const read = new CellReader(row, place, problems);
      if (item.kind === 'action') {
        const update: ActionUpdate = {
          status: read.status(columns.status),
          progress: read.percent(columns.progress),
          note: read.text(columns.note),
          end_forecast: read.date(columns.endForecast),
        };
        if (Object.values(update).some((v) => v !== undefined)) report.actions[id] = dropUndefined(update);
      } else if (item.kind === 'milestone') {
        const update: MilestoneUpdate = {
          status: read.status(columns.status),
          done_on: read.date(columns.doneOn),
          note: read.text(columns.note),
        };
        if (Object.values(update).some((v) => v !== undefined)) report.milestones[id] = dropUndefined(update);
      } else if (item.kind === 'objective') {
        const update: ObjectiveUpdate = { rag: read.rag(columns.state), note: read.text(columns.note) };
        if (update.rag && !update.note)
          problems.push({
            place: place(columns.state),
            message: {
              en: `the state of '${id}' needs a note that says why; fill its Note column.`,
              fr: `l’état de '${id}' demande une note qui dit pourquoi ; remplissez sa colonne Note.`,
            },
          });
        if (Object.values(update).some((v) => v !== undefined)) report.objectives[id] = dropUndefined(update);
      } else {
        const update: IndicatorUpdate = { value: read.number(columns.actual), note: read.text(columns.note) };
        if (Object.values(update).some((v) => v !== undefined)) report.indicators[id] = dropUndefined(update);
      }
    });
  }
  return problems.length > 0 ? { problems } : { report, problems };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The column of each kind in a header row; for dated columns (`Status 2027-12`), the one of `asOf`, else the last. */
function columnsOf(row: readonly Cell[], asOf: PartialDate): Columns {
  const heads = row.map((c) => normalized(cellText(c)));
  // A header that is a name of its own ("Réalisé le") is not a dated one of another ("Réalisé 2027-12").
  const names = new Set(Object.values(HEADERS).flatMap((h) => [normalized(h.en), normalized(h.fr)]));
  const find = (name: HeaderName, dated: boolean): number => {
    const words = [HEADERS[name].en, HEADERS[name].fr].map(normalized);
    let last = -1;
    for (let i = 0; i < heads.length; i++) {
      for (const word of words) {
        if (heads[i] === word) last = i;
        else if (dated && heads[i].startsWith(`${word} `) && !names.has(heads[i])) {
          if (heads[i].slice(word.length + 1) === normalized(asOf.text)) return i;
          last = i;
        }
      }
    }
    return last;
  };
  return {
    id: find('id', false),
    status: find('status', true),
    progress: find('progress', true),
    note: find('note', false),
    endForecast: find('endForecast', false),
    actual: find('actual', true),
    doneOn: find('doneOn', false),
    state: find('state', false),
  };
}

/** Reads the cells of one row, reporting each value of the wrong kind at its place. */
class CellReader {
  constructor(
    private readonly row: readonly Cell[],
    private readonly place: (c: number) => CellPlace,
    private readonly problems: ImportProblem[],
  ) {}

  private cell(c: number): Cell {
    return c === -1 ? undefined : this.row[c];
  }

  private fail(c: number, message: Localized): undefined {
    this.problems.push({ place: this.place(c), message });
    return undefined;
  }

  text(c: number): string | undefined {
    return cellText(this.cell(c)) || undefined;
  }

  status(c: number): string | undefined {
    const word = this.text(c);
    if (word === undefined) return undefined;
    return (
      statusOfWord(word) ??
      this.fail(c, {
        en: `'${word}' is not a status; write planned, in-progress, done, delayed or cancelled (or prévu, en cours, terminé, en retard, annulé).`,
        fr: `'${word}' n’est pas un statut ; écrivez prévu, en cours, terminé, en retard ou annulé (ou planned, in-progress, done, delayed, cancelled).`,
      })
    );
  }

  rag(c: number): string | undefined {
    const word = this.text(c);
    if (word === undefined) return undefined;
    return (
      ragOfWord(word) ??
      this.fail(c, {
        en: `'${word}' is not a state; write green, amber or red (or vert, orange, rouge).`,
        fr: `'${word}' n’est pas un état ; écrivez vert, orange ou rouge (ou green, amber, red).`,
      })
    );
  }

  number(c: number): number | undefined {
    const cell = this.cell(c);
    if (typeof cell === 'number') return cell;
    const text = cellText(cell);
    if (text === '') return undefined;
    const quantity = parseQuantity(text);
    if (quantity !== undefined && quantity !== 'tbd') return quantity.value;
    return this.fail(c, {
      en: `'${text}' is not a number; write a figure (45, 45.5 or 45,5).`,
      fr: `'${text}' n’est pas un nombre ; écrivez un chiffre (45, 45.5 ou 45,5).`,
    });
  }

  percent(c: number): number | undefined {
    const value = this.number(c);
    if (value === undefined || (value >= 0 && value <= 100)) return value;
    return this.fail(c, {
      en: `${value} is not a progress; write a percentage from 0 to 100.`,
      fr: `${value} n’est pas un avancement ; écrivez un pourcentage de 0 à 100.`,
    });
  }

  date(c: number): string | number | undefined {
    const cell = this.cell(c);
    if (typeof cell === 'number' && Number.isInteger(cell) && parsePartialDate(cell)) return cell;
    const text = cellText(cell);
    if (text === '') return undefined;
    // A year read from text (a CSV) is the number a report writes, as in an xlsx.
    if (/^\d{4}$/.test(text) && parsePartialDate(Number(text))) return Number(text);
    if (parsePartialDate(text)) return text;
    return this.fail(c, {
      en: `'${text}' is not a date; write a year (2028), a quarter (2028-Q2), a month (2028-06) or a day (2028-06-15).`,
      fr: `'${text}' n’est pas une date ; écrivez une année (2028), un trimestre (2028-Q2), un mois (2028-06) ou un jour (2028-06-15).`,
    });
  }
}

/** The report as the text of a `*.report.yaml` file: one line per item. */
export function reportYaml(report: ImportedReport): string {
  // The plan id and the date are of forms that YAML reads plainly (an id, a partial date).
  const lines = [`report_of: ${report.report_of}`, `as_of: ${report.as_of}`];
  for (const section of ['actions', 'milestones', 'indicators', 'objectives'] as const) {
    const entries = Object.entries(report[section]);
    if (entries.length === 0) continue;
    lines.push(`${section}:`);
    for (const [id, update] of entries) lines.push(`  ${id}: ${flow(update)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `{ status: done, note: "Ouvert, enfin." }`: the library quotes what a flow mapping needs quoted. */
function flow(update: object): string {
  const document = new Document(update);
  (document.contents as YAMLMap).flow = true;
  return document.toString({ lineWidth: 0, flowCollectionPadding: true }).trimEnd();
}
