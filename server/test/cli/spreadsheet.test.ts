import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { loadPlanFile } from '../../src/core/check';
import type { ReportEntry } from '../../src/core/model/reportTypes';
import { jalon, ROOT, workspace } from './run';

const EXAMPLES = path.join(ROOT, 'examples');
/** A copy of examples/ in a fresh folder (the tests write beside it). */
function examples(omit: string[] = []): string {
  const files = Object.fromEntries(
    readdirSync(EXAMPLES)
      .filter((f) => !omit.includes(f))
      .map((f) => [f, readFileSync(path.join(EXAMPLES, f), 'utf8')]),
  );
  return workspace(files);
}
const PLAN = 'valbrume-2026-2030.plan.yaml';

const ACTIONS_HEADER =
  'N°,Identifiant,Axe,Objectif,Intitulé,Responsable,Début,Fin,Statut 2026-12,Avancement 2026-12,Statut 2027-12,Avancement 2027-12,Note,Fin prévue';

describe('jalon export', () => {
  test("writes both tables to a CSV, in the plan's language, and never overwrites it", () => {
    const dir = examples();
    const run = jalon(['export', PLAN, '--format', 'csv', '-o', 'suivi.csv'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, 'suivi.csv: 3 actions, 2 indicators, 2 reports\n');
    const lines = readFileSync(path.join(dir, 'suivi.csv'), 'utf8').split('\r\n');
    assert.deepEqual(lines, [
      ACTIONS_HEADER,
      "1,tri-infirmier,Des soins plus rapides,Réduire l'attente aux urgences,Ouvrir un tri infirmier à l'accueil,dsi,2026,2026-Q4,terminé,100,terminé,100,,",
      "2,circuit-court,Des soins plus rapides,Réduire l'attente aux urgences,Créer un circuit court pour les consultations simples,dsi,2027,2028,,,en cours,45,Deux salles sur quatre ouvertes.,",
      '3,dpi,Un hôpital numérique,Numériser le dossier patient,Déployer le dossier patient informatisé,dnum,2026,2029,en cours,20,en retard,35,Le marché a été relancé.,2030',
      '',
      'Identifiant,Libellé,Unité,Sens,Référence,Date de référence,Cible 2028,Cible 2029,Cible 2030,Réalisé 2026-12,Réalisé 2027-12,Note',
      'delai-urgences,Délai médian de prise en charge aux urgences,minutes,decrease,120,2025,90,,60,105,98,',
      'dossiers-numeriques,Part des dossiers patients numérisés,%,increase,40,2025,,100,,52,55,Le déploiement attend le nouveau marché.',
      '',
    ]);
    const again = jalon(['export', PLAN, '--format', 'csv', '-o', 'suivi.csv'], dir);
    assert.equal(again.code, 2);
    assert.equal(
      again.stderr,
      "jalon: 'suivi.csv' exists already; it is not overwritten: remove it or give another name to -o\n",
    );
  });

  test('--as-of leaves out the later reports', () => {
    const dir = examples();
    assert.equal(jalon(['export', PLAN, '--format', 'csv', '--as-of', '2027-06', '-o', 'a.csv'], dir).code, 0);
    const [head] = readFileSync(path.join(dir, 'a.csv'), 'utf8').split('\r\n');
    assert.equal(
      head,
      'N°,Identifiant,Axe,Objectif,Intitulé,Responsable,Début,Fin,Statut 2026-12,Avancement 2026-12,Note,Fin prévue',
    );
  });

  test('writes an xlsx with frozen header rows, numbers as numbers, that LibreOffice reads', async (t) => {
    const dir = examples();
    const run = jalon(['export', PLAN, '--format', 'xlsx', '-o', 'suivi.xlsx'], dir);
    assert.equal(run.code, 0, run.stderr);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'suivi.xlsx'));
    assert.deepEqual(
      workbook.worksheets.map((s) => s.name),
      ['Actions', 'Indicateurs'],
    );
    const actions = workbook.getWorksheet('Actions')!;
    assert.deepEqual(
      actions.views.map((v) => [v.state, (v as { ySplit?: number }).ySplit]),
      [['frozen', 1]],
    );
    assert.equal(actions.getCell('J2').value, 100);
    assert.equal(actions.getCell('K4').value, 'en retard');
    assert.equal(workbook.getWorksheet('Indicateurs')!.getCell('K2').value, 98);
    const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
    if (soffice.error) {
      t.skip(
        'LibreOffice (soffice) is not installed: install libreoffice-calc-nogui to open the export with a real reader',
      );
      return;
    }
    // 44,34,76: comma-separated, double quotes, UTF-8.
    const converted = spawnSync(
      'soffice',
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/lo-profile`,
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76',
        '--outdir',
        path.join(dir, 'lo'),
        path.join(dir, 'suivi.xlsx'),
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    assert.equal(converted.status, 0, converted.stderr);
    const csv = readFileSync(path.join(dir, 'lo', 'suivi.csv'), 'utf8').split(/\r?\n/);
    assert.equal(csv[0], ACTIONS_HEADER);
    assert.equal(
      csv[3],
      '3,dpi,Un hôpital numérique,Numériser le dossier patient,Déployer le dossier patient informatisé,dnum,2026,2029,en cours,20,en retard,35,Le marché a été relancé.,2030',
    );
  });
});

describe('jalon report import', () => {
  test('export → import gives back the report of that date', () => {
    const dir = examples(['2027-12.report.yaml']);
    const original = readFileSync(path.join(EXAMPLES, '2027-12.report.yaml'), 'utf8');
    writeFileSync(path.join(dir, 'original.report.yaml'), original);
    assert.equal(jalon(['export', PLAN, '--format', 'xlsx', '-o', 'suivi.xlsx'], dir).code, 0);
    // Drop the original before the import, so that the new report is alone at its date.
    const text = original;
    rmSync(path.join(dir, 'original.report.yaml'));
    const run = jalon(['report', 'import', 'suivi.xlsx', '--as-of', '2027-12', '-o', 'new.report.yaml'], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, 'new.report.yaml: 3 actions, 2 indicators.\n');
    const imported = readFileSync(path.join(dir, 'new.report.yaml'), 'utf8');
    assert.equal(
      imported,
      `report_of: valbrume-2026
as_of: 2027-12
actions:
  tri-infirmier: { status: done, progress: 100 }
  circuit-court: { status: in-progress, progress: 45, note: Deux salles sur quatre ouvertes. }
  dpi: { status: delayed, progress: 35, note: Le marché a été relancé., end_forecast: 2030 }
indicators:
  delai-urgences: { value: 98 }
  dossiers-numeriques: { value: 55, note: Le déploiement attend le nouveau marché. }
`,
    );
    // The same report as the original, read by the model, in the sections a spreadsheet holds.
    const sections = (report: string) => {
      const read = loadPlanFile({ uri: 'r.report.yaml', text: report }).file.report!;
      const fields = (e: ReportEntry) => [
        e.key.value,
        e.status?.value,
        e.progress?.value,
        e.note?.value,
        e.endForecast?.value,
        e.value?.value,
      ];
      return {
        of: read.reportOf?.value,
        asOf: read.asOf?.value,
        actions: read.actions.map(fields),
        indicators: read.indicators.map(fields),
      };
    };
    assert.deepEqual(sections(imported), sections(text));
  });

  test('a CSV a direction made, with French status words, becomes a report', () => {
    const dir = examples();
    writeFileSync(
      path.join(dir, 'direction.csv'),
      'Identifiant;Statut;Avancement;Note\r\ndpi;Terminé;100;"Déployé ; enfin"\r\ncircuit-court;En cours;60;\r\n',
    );
    const run = jalon(
      ['report', 'import', 'direction.csv', '--as-of', '2028-12', '-o', '2028-12.report.yaml', '--dry-run'],
      dir,
    );
    assert.equal(run.code, 0, run.stderr);
    assert.equal(
      run.stdout,
      'report_of: valbrume-2026\nas_of: 2028-12\nactions:\n  dpi: { status: done, progress: 100, note: Déployé ; enfin }\n  circuit-court: { status: in-progress, progress: 60 }\n',
    );
    assert.equal(
      run.stderr,
      '2028-12.report.yaml would be written: 2 actions, 0 indicators (--dry-run: nothing is written).\n',
    );
    assert.equal(existsSync(path.join(dir, '2028-12.report.yaml')), false);
  });

  test('lists every bad cell with its sheet, row and column, and writes nothing', async () => {
    const dir = examples();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Suivi');
    sheet.addRows([
      ['Id', 'Status', 'Progress', 'Actual'],
      ['dpii', 'done', 100, null],
      ['dpi', 'fini', 'beaucoup', null],
      ['circuit-court', 'en cours', 140, null],
      ['delai-urgences', null, null, 'quatre-vingt'],
    ]);
    await workbook.xlsx.writeFile(path.join(dir, 'bad.xlsx'));
    const run = jalon(['report', 'import', 'bad.xlsx', '--as-of', '2028-12', '-o', '2028-12.report.yaml'], dir);
    assert.equal(run.code, 1);
    assert.equal(
      run.stderr,
      [
        "bad.xlsx: sheet 'Suivi', row 2, column A: 'dpii' is not an action or indicator of the plan 'valbrume-2026'. Did you mean 'dpi'?",
        "bad.xlsx: sheet 'Suivi', row 3, column B: 'fini' is not a status; write planned, in-progress, done, delayed or cancelled (or prévu, en cours, terminé, en retard, annulé).",
        "bad.xlsx: sheet 'Suivi', row 3, column C: 'beaucoup' is not a number; write a figure (45, 45.5 or 45,5).",
        "bad.xlsx: sheet 'Suivi', row 4, column C: 140 is not a progress; write a percentage from 0 to 100.",
        "bad.xlsx: sheet 'Suivi', row 5, column D: 'quatre-vingt' is not a number; write a figure (45, 45.5 or 45,5).",
        '5 problems; nothing is written.',
        '',
      ].join('\n'),
    );
    assert.equal(existsSync(path.join(dir, '2028-12.report.yaml')), false);
    const fr = jalon(
      ['report', 'import', 'bad.xlsx', '--as-of', '2028-12', '-o', '2028-12.report.yaml', '--locale', 'fr'],
      dir,
    );
    assert.match(
      fr.stderr,
      /^bad\.xlsx: feuille 'Suivi', ligne 2, colonne A: 'dpii' n’est ni une action ni un indicateur du plan 'valbrume-2026'\. Vouliez-vous dire 'dpi' \?\n/,
    );
  });

  test('refuses a sheet without an id column, an existing output, and a missing date', () => {
    const dir = examples();
    writeFileSync(path.join(dir, 'noid.csv'), 'Action,Statut\ndpi,terminé\n');
    const noId = jalon(['report', 'import', 'noid.csv', '--as-of', '2028-12', '-o', 'x.report.yaml'], dir);
    assert.equal(noId.code, 1);
    assert.equal(
      noId.stderr.split('\n')[0],
      "noid.csv: sheet 'noid.csv', row 1, column A: this header row has no id column (Id or Identifiant); add one with the ids of the plan’s actions and indicators.",
    );
    const exists = jalon(['report', 'import', 'noid.csv', '--as-of', '2028-12', '-o', '2026-12.report.yaml'], dir);
    assert.equal(exists.code, 2);
    assert.equal(
      exists.stderr,
      "jalon: '2026-12.report.yaml' exists already; a report is never overwritten: give another name to -o\n",
    );
    const noDate = jalon(['report', 'import', 'noid.csv', '-o', 'x.report.yaml'], dir);
    assert.equal(noDate.code, 2);
    assert.equal(noDate.stderr, "jalon: give the report's date: --as-of 2027-12\n");
  });
});
