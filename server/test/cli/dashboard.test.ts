import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { jalon, ROOT, workspace } from './run';
import { installedChrome, unzip } from './tools';

test("jalon render --dashboard writes the dashboard of examples/ as one HTML file, in the plan's language", () => {
  const folder = path.join(ROOT, 'examples');
  const dir = workspace(
    Object.fromEntries(readdirSync(folder).map((f) => [f, readFileSync(path.join(folder, f), 'utf8')])),
  );
  const run = jalon(['render', 'valbrume-2026-2030.plan.yaml', '--dashboard', '-o', 'tableau.html'], dir);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stderr, 'tableau.html\n');
  const html = readFileSync(path.join(dir, 'tableau.html'), 'utf8');
  assert.match(
    html,
    /<h1>Tableau de bord — Projet d'établissement 2026-2030 \(exemple fictif\)<\/h1>\n<p>Au 2027-12 · Bilan d'étape 2027<\/p>/,
  );
  assert.match(html, /<li>l’action 'dpi'\u00a0: En cours → Retardé<\/li>/);
  assert.equal((html.match(/<svg class="chart"/g) ?? []).length, 2);
  const earlier = jalon(
    ['render', 'valbrume-2026-2030.plan.yaml', '--dashboard', '--as-of', '2027-06', '--locale', 'en', '-o', '-'],
    dir,
  );
  assert.match(earlier.stdout, /<p>At 2026-12 · Bilan d'étape 2026<\/p>/);
  assert.equal(
    jalon(['render', 'valbrume-2026-2030.plan.yaml', '--dashboard', '-o', '2026-12.report.yaml'], dir).code,
    2,
  );
});

const CHROME = installedChrome();
const POPPLER = spawnSync('pdftotext', ['-v']).error === undefined;

function exampleFolder(): string {
  const folder = path.join(ROOT, 'examples');
  return workspace(Object.fromEntries(readdirSync(folder).map((f) => [f, readFileSync(path.join(folder, f), 'utf8')])));
}

test(
  'jalon render --dashboard --format pdf prints it with Chromium: the figures, one page per two charts at most',
  { skip: !CHROME ? 'no Chrome or Chromium' : !POPPLER ? 'poppler-utils not installed' : false },
  () => {
    const dir = exampleFolder();
    const run = jalon(['render', 'valbrume-2026-2030.plan.yaml', '--dashboard', '--format', 'pdf'], dir, {
      JALON_CHROME: CHROME!,
    });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, 'valbrume-2026-2030-dashboard.pdf\n');
    const pdf = path.join(dir, 'valbrume-2026-2030-dashboard.pdf');
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    assert.match(info, /^Title: +Tableau de bord — Projet d'établissement 2026-2030 \(exemple fictif\)$/m);
    assert.match(info, /^Pages: +2$/m);
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/[ \u00a0]+/g, ' ');
    assert.match(text, /Des soins plus rapides 1 0 1 72,5 %/);
    assert.match(text, /Un hôpital numérique 0 1 0 35 %/);
    assert.match(text, /l’action 'dpi' : En cours → Retardé/);
    assert.doesNotMatch(text, /Afficher|Tous/, 'no filter bar in print');
  },
);

test("jalon render --dashboard --format docx writes a Word file: its tables, slips, the charts' images, the notes", () => {
  const dir = exampleFolder();
  const env = CHROME ? { JALON_CHROME: CHROME } : { PATH: '/nonexistent' };
  const run = jalon(
    ['render', 'valbrume-2026-2030.plan.yaml', '--dashboard', '-f', 'docx', '-o', 'bilan.docx'],
    dir,
    env,
  );
  assert.equal(run.code, 0, run.stderr);
  const files = unzip(path.join(dir, 'bilan.docx'));
  const xml = files.get('word/document.xml')!.toString('utf8');
  const texts = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) =>
        t[1]
          .replace(/&apos;/g, "'")
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      )
      .join(''),
  );
  assert.equal(texts[0], "Tableau de bord — Projet d'établissement 2026-2030 (exemple fictif)");
  assert.equal(texts[1], "Au 2027-12 · Bilan d'étape 2027");
  for (const line of [
    'Des soins plus rapides',
    '72,5 %',
    "l’action 'dpi'\u00a0: En cours → Retardé",
    'circuit-court\u00a0: Deux salles sur quatre ouvertes.',
  ])
    assert.ok(texts.includes(line), `${line} in ${JSON.stringify(texts)}`);
  assert.ok(texts.includes('Un hôpital numérique\u00a0: À risque'));
  const images = [...files.keys()].filter((f) => f.startsWith('word/media/'));
  if (CHROME) assert.equal(images.length, 2, 'one chart per indicator');
  else {
    assert.equal(images.length, 0);
    assert.match(run.stderr, /le fichier Word donne les chiffres des indicateurs sans leurs graphiques/);
  }
});

test('jalon render --dashboard refuses a format it has not, a PDF to standard output, and a name of another kind', () => {
  const dir = exampleFolder();
  const plan = 'valbrume-2026-2030.plan.yaml';
  const xlsx = jalon(['render', plan, '--dashboard', '--format', 'xlsx'], dir);
  assert.deepEqual([xlsx.code, xlsx.stderr], [2, "jalon: --format 'xlsx' is not one of html, pdf, docx\n"]);
  const stdout = jalon(['render', plan, '--dashboard', '--format', 'pdf', '-o', '-'], dir);
  assert.deepEqual(
    [stdout.code, stdout.stderr],
    [2, 'jalon: a PDF file is not written to standard output: give a file name to -o\n'],
  );
  const mixed = jalon(['render', plan, '--dashboard', '--format', 'docx', '-o', 'bilan.html'], dir);
  assert.deepEqual([mixed.code, mixed.stderr], [2, "jalon: give a .docx file to -o, not 'bilan.html'\n"]);
});
