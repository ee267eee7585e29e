import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
    assert.equal(run.stderr, 'suivi.csv: 3 actions, 4 milestones, 2 indicators, 2 objectives, 2 reports\n');
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
      'Identifiant,Action,Intitulé,Échéance,Statut 2026-12,Statut 2027-12,Réalisé le,Note',
      'tri-infirmier#1,tri-infirmier,Locaux aménagés,2026-06,terminé,terminé,,',
      'tri-infirmier#2,tri-infirmier,Équipe formée,2026-S2,terminé,terminé,,',
      'dpi-pilote,dpi,Service pilote équipé,2026-12,terminé,terminé,,',
      'dpi-general,dpi,Tous les services équipés,2029,,,,',
      '',
      'Identifiant,Axe,Intitulé,Responsable,État,Note',
      "urgences,Des soins plus rapides,Réduire l'attente aux urgences,dsi,,Sur la trajectoire.",
      'dossier-patient,Un hôpital numérique,Numériser le dossier patient,dnum,,"En retard ; plan de rattrapage en 2028."',
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
      ['Actions', 'Indicateurs', 'Jalons', 'Objectifs'],
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

/** A report's sections as the model reads them: what a round trip must give back. */
function sections(report: string) {
  const read = loadPlanFile({ uri: 'r.report.yaml', text: report }).file.report!;
  const fields = (e: ReportEntry) => [
    e.key.value,
    e.status?.value,
    e.progress?.value,
    e.note?.value,
    e.endForecast?.value,
    e.value?.value,
    e.doneOn?.value,
    e.rag?.value,
  ];
  return {
    of: read.reportOf?.value,
    asOf: read.asOf?.value,
    actions: read.actions.map(fields),
    milestones: read.milestones.map(fields),
    indicators: read.indicators.map(fields),
    objectives: read.objectives.map(fields),
  };
}

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
    assert.equal(run.stderr, 'new.report.yaml: 3 actions, 3 milestones, 2 indicators, 2 objectives.\n');
    const imported = readFileSync(path.join(dir, 'new.report.yaml'), 'utf8');
    assert.equal(
      imported,
      `report_of: valbrume-2026
as_of: 2027-12
actions:
  tri-infirmier: { status: done, progress: 100 }
  circuit-court: { status: in-progress, progress: 45, note: Deux salles sur quatre ouvertes. }
  dpi: { status: delayed, progress: 35, note: Le marché a été relancé., end_forecast: 2030 }
milestones:
  tri-infirmier#1: { status: done }
  tri-infirmier#2: { status: done }
  dpi-pilote: { status: done }
indicators:
  delai-urgences: { value: 98 }
  dossiers-numeriques: { value: 55, note: Le déploiement attend le nouveau marché. }
objectives:
  urgences: { note: Sur la trajectoire. }
  dossier-patient: { note: En retard ; plan de rattrapage en 2028. }
`,
    );
    // The same report as the original, read by the model, every section.
    assert.deepEqual(sections(imported), sections(text));
  });

  test('export → import round trip of each report: milestones (status, date done, note) and objectives (state, note) come back', () => {
    // The second report with a date done, a milestone's note and an objective's state set.
    const second = readFileSync(path.join(EXAMPLES, '2027-12.report.yaml'), 'utf8')
      .replace(
        'dpi-pilote: { status: done }',
        'dpi-pilote: { status: done, done_on: 2026-12-15, note: Recette signée. }',
      )
      .replace(
        'dossier-patient: { note: En retard ; plan de rattrapage en 2028. }',
        'dossier-patient: { rag: red, note: "Le marché est relancé : pas de déploiement avant 2028." }',
      );
    for (const [name, text] of [
      ['2026-12.report.yaml', readFileSync(path.join(EXAMPLES, '2026-12.report.yaml'), 'utf8')],
      ['2027-12.report.yaml', second],
    ]) {
      const dir = examples(['2027-12.report.yaml']);
      writeFileSync(path.join(dir, name), text);
      const date = name.slice(0, 7);
      for (const format of ['xlsx', 'csv']) {
        const sheet = `suivi-${date}.${format}`;
        const exported = jalon(['export', PLAN, '--format', format, '--as-of', date, '-o', sheet], dir);
        assert.equal(exported.code, 0, exported.stderr);
        // The original is set aside, so that the imported report is alone at its date.
        rmSync(path.join(dir, name), { force: true });
        const imported = jalon(['report', 'import', sheet, '--as-of', date, '-o', `back-${format}.report.yaml`], dir);
        assert.equal(imported.code, 0, imported.stderr);
        const back = readFileSync(path.join(dir, `back-${format}.report.yaml`), 'utf8');
        assert.deepEqual(sections(back), sections(text), `${name} through ${format}`);
        rmSync(path.join(dir, `back-${format}.report.yaml`));
        writeFileSync(path.join(dir, name), text);
      }
    }
  });

  test('a state that is not one, or without a note, is refused at its cell', () => {
    const dir = examples();
    writeFileSync(
      path.join(dir, 'objectifs.csv'),
      'Identifiant,État,Note\r\nurgences,rouge,\r\ndossier-patient,écarlate,Vu.\r\ndpi-pilote,,Recette.\r\n',
    );
    const run = jalon(
      ['report', 'import', 'objectifs.csv', '--as-of', '2028-12', '-o', 'x.report.yaml', '--locale', 'fr'],
      dir,
    );
    assert.equal(run.code, 1);
    assert.equal(
      run.stderr,
      [
        "objectifs.csv: feuille 'objectifs.csv', ligne 2, colonne B: l’état de 'urgences' demande une note qui dit pourquoi ; remplissez sa colonne Note.",
        "objectifs.csv: feuille 'objectifs.csv', ligne 3, colonne B: 'écarlate' n’est pas un état ; écrivez vert, orange ou rouge (ou green, amber, red).",
        '2 problèmes ; rien n’est écrit.',
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(dir, 'objectifs.csv'),
      'Id,State,Note\r\nurgences,red,Staff missing.\r\ndpi-pilote,,Signed off.\r\n',
    );
    const ok = jalon(['report', 'import', 'objectifs.csv', '--as-of', '2028-12', '--dry-run'], dir);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(
      ok.stdout,
      'report_of: valbrume-2026\nas_of: 2028-12\nmilestones:\n  dpi-pilote: { note: Signed off. }\nobjectives:\n  urgences: { rag: red, note: Staff missing. }\n',
    );
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
      '2028-12.report.yaml would be written: 2 actions, 0 milestones, 0 indicators, 0 objectives (--dry-run: nothing is written).\n',
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
        "bad.xlsx: sheet 'Suivi', row 2, column A: 'dpii' is not an action, milestone, indicator or objective of the plan 'valbrume-2026'. Did you mean 'dpi'?",
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
      /^bad\.xlsx: feuille 'Suivi', ligne 2, colonne A: 'dpii' n’est ni une action, ni un jalon, ni un indicateur, ni un objectif du plan 'valbrume-2026'\. Vouliez-vous dire 'dpi' \?\n/,
    );
  });

  test('refuses a sheet without an id column, an existing output, and a missing date', () => {
    const dir = examples();
    writeFileSync(path.join(dir, 'noid.csv'), 'Action,Statut\ndpi,terminé\n');
    const noId = jalon(['report', 'import', 'noid.csv', '--as-of', '2028-12', '-o', 'x.report.yaml'], dir);
    assert.equal(noId.code, 1);
    assert.equal(
      noId.stderr.split('\n')[0],
      "noid.csv: sheet 'noid.csv', row 1, column A: this header row has no id column (Id or Identifiant); add one with the ids of the plan’s actions, milestones, indicators or objectives.",
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

  test('export and import create their file and nothing else: a missing folder, a folder, a broken link are one line, exit 2', () => {
    const dir = examples();
    mkdirSync(path.join(dir, 'out.csv'));
    symlinkSync(path.join(dir, 'nowhere.csv'), path.join(dir, 'dangling.csv'));
    symlinkSync(path.join(dir, 'nowhere.yaml'), path.join(dir, 'dangling.report.yaml'));
    const cases: [string[], string][] = [
      [
        ['export', PLAN, '--format', 'csv', '-o', 'missing/suivi.csv'],
        "jalon: cannot write 'missing/suivi.csv': the folder 'missing' does not exist; create it first\n",
      ],
      [
        ['export', PLAN, '--format', 'csv', '-o', 'out.csv'],
        "jalon: cannot write 'out.csv': it is a folder; give a file name in it\n",
      ],
      [
        ['export', PLAN, '--format', 'csv', '-o', 'dangling.csv'],
        "jalon: 'dangling.csv' exists already; it is not overwritten: remove it or give another name to -o\n",
      ],
      [
        ['report', 'import', 'any.csv', '--as-of', '2028-12', '-o', 'missing/x.report.yaml'],
        "jalon: cannot write 'missing/x.report.yaml': the folder 'missing' does not exist; create it first\n",
      ],
      [
        ['report', 'import', 'any.csv', '--as-of', '2028-12', '-o', 'dangling.report.yaml'],
        "jalon: 'dangling.report.yaml' exists already; a report is never overwritten: give another name to -o\n",
      ],
    ];
    for (const [args, stderr] of cases) {
      const run = jalon(args, dir);
      assert.deepEqual([run.code, run.stderr], [2, stderr], args.join(' '));
    }
    assert.equal(existsSync(path.join(dir, 'nowhere.csv')), false);
    assert.equal(existsSync(path.join(dir, 'nowhere.yaml')), false);
  });
});
