import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CLEAN_PLAN, edit } from '../helpers';
import { jalon, ROOT, workspace } from './run';
import { installedChrome, unzip } from './tools';

const GR = readFileSync(path.join(ROOT, 'seeds/gustave-roussy-2026-2030.plan.yaml'), 'utf8');

/** The text of each paragraph of a style in document.xml. */
function paragraphsWithStyle(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[^])*?<\/w:p>/g)]
    .map((m) => m[0])
    .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

const CHROME = installedChrome();
const SOFFICE = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).error === undefined;

describe('jalon render --format docx: the Gustave Roussy seed as a Word file', () => {
  let dir = '';
  let files = new Map<string, Buffer>();
  let xml = '';

  before(() => {
    dir = workspace({ 'gr.plan.yaml': GR });
    const run = jalon(
      ['render', 'gr.plan.yaml', '--format', 'docx', '-o', 'gr.docx'],
      dir,
      CHROME ? { JALON_CHROME: CHROME } : { PATH: '/nonexistent' },
    );
    assert.equal(run.stdout, 'Wrote gr.docx: 1 file, 38 objectives; 0 errors, 6 warnings, 277 suggestions.\n');
    assert.equal(run.code, 0);
    files = unzip(path.join(dir, 'gr.docx'));
    xml = files.get('word/document.xml')!.toString('utf8');
  });

  test('Word’s own styles: Title, Heading 1–4 for axis, ambition, objective, action', () => {
    const styles = files.get('word/styles.xml')!.toString('utf8');
    for (const [id, name] of [
      ['Title', 'Title'],
      ['Heading1', 'heading 1'],
      ['Heading2', 'heading 2'],
      ['Heading3', 'heading 3'],
      ['Heading4', 'heading 4'],
    ]) {
      assert.ok(
        new RegExp(`<w:style w:type="paragraph" w:styleId="${id}"[^>]*>\\s*<w:name w:val="${name}"/>`, 'i').test(
          styles,
        ),
        id,
      );
    }
    assert.deepEqual(paragraphsWithStyle(xml, 'Title'), ['Projet d’établissement 2026-2030']);
    const h1 = paragraphsWithStyle(xml, 'Heading1');
    assert.ok(
      h1.includes('Axe 1 · Déployer des parcours individualisés') &&
        h1.includes('Indicateurs') &&
        h1.includes('Calendrier'),
      h1.join(' | '),
    );
    assert.equal(
      paragraphsWithStyle(xml, 'Heading2').filter((t) => t === 'Garantir des soins de haute qualité').length,
      1,
    );
    const h3 = paragraphsWithStyle(xml, 'Heading3');
    assert.equal(h3.length, 38);
    assert.equal(h3[0], 'Objectif 1.1 · Mobiliser nos ressources pour garantir le juste soin à chaque patient');
    const h4 = paragraphsWithStyle(xml, 'Heading4');
    assert.equal(h4.length, 129, 'one Heading 4 per action');
    assert.equal(h4[0], 'Action 1.1.1 Définition et mise en œuvre des principes du juste soin');
  });

  test('a table-of-contents field, the indicators in tables with a repeated header row, A4 with page x / y', () => {
    assert.ok(
      /<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/.test(xml),
      'a TOC field of headings 1 to 3, with links',
    );
    assert.equal((xml.match(/<w:tbl>/g) ?? []).length, 5, 'four axes and the cross-cutting indicators');
    assert.equal((xml.match(/<w:tblHeader\/>|<w:tblHeader w:val="true"\/>/g) ?? []).length, 5);
    assert.ok(xml.includes('<w:pgSz w:w="11906" w:h="16838"'));
    const footer = [...files.keys()]
      .filter((f) => /^word\/footer\d*\.xml$/.test(f))
      .map((f) => files.get(f)!.toString('utf8'))
      .join('');
    assert.ok(footer.includes('PAGE') && footer.includes('NUMPAGES'));
    assert.ok(
      files
        .get('docProps/core.xml')!
        .toString('utf8')
        .includes('<dc:title>Projet d’établissement 2026-2030</dc:title>'),
    );
  });

  test('each axis’s timeline as an image when Chromium is there, a note otherwise', () => {
    const images = [...files.keys()].filter((f) => f.startsWith('word/media/'));
    if (CHROME) assert.equal(images.length, 2, 'axes 3 and 4 have dated actions');
    else assert.ok(xml.includes('Le calendrier figure dans les versions PDF et HTML du plan'));
  });

  test('LibreOffice opens it', { skip: SOFFICE ? false : 'soffice (LibreOffice) not installed' }, () => {
    const out = path.join(dir, 'lo');
    const run = spawnSync(
      'soffice',
      ['--headless', '--convert-to', 'pdf', '--outdir', out, path.join(dir, 'gr.docx')],
      { encoding: 'utf8', timeout: 120_000 },
    );
    assert.equal(run.status, 0, run.stderr);
    const pdf = path.join(out, 'gr.pdf');
    assert.ok(existsSync(pdf));
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
    if (text) assert.ok(text.includes('Déployer des parcours individualisés') && text.includes('Action 1.1.1'));
  });
});

describe('jalon render --format docx: the logo', () => {
  test('a missing logo is its finding on standard error, and the file is still written without it', () => {
    const plan = edit(CLEAN_PLAN, '  horizon: 2040\n', '  horizon: 2040\n  logo: images/logo.png\n');
    const dir = workspace({ 'demo.plan.yaml': plan });
    const run = jalon(['render', 'demo.plan.yaml', '--format', 'docx'], dir, { PATH: '/nonexistent' });
    assert.equal(run.code, 0);
    assert.ok(
      run.stderr.startsWith(
        "jalon: demo.plan.yaml:8:9 warning logo/unreadable The logo 'images/logo.png' does not exist: the cover has no logo; put the image there or correct `logo` (a path relative to the plan file's folder).\n",
      ),
      run.stderr,
    );
    assert.ok(existsSync(path.join(dir, 'demo.docx')));
  });
});

describe('jalon render --format docx: the browser started early', () => {
  test(
    'a render that stops before the images, or needs none, still ends, and closes the browser',
    { skip: !CHROME && 'no Chrome or Chromium' },
    () => {
      const plan = 'plan:\n  id: x\n  title: X\n  institution: I\n  cycle: { start: 2026, end: 2030 }\n';
      const dir = workspace({ 'x.plan.yaml': plan, 'bad.plan.yaml': Buffer.from([0xff, 0xfe, 0, 0, 0x62]) });
      const none = jalon(['render', 'x.plan.yaml', '--format', 'docx'], dir);
      assert.equal(none.code, 0, none.stderr);
      assert.equal(none.stdout, 'Wrote x.docx: 1 file, 0 objectives; 0 errors, 0 warnings, 0 suggestions.\n');
      const bad = jalon(['render', 'bad.plan.yaml', '--format', 'docx'], dir);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /^jalon: cannot render 'bad\.plan\.yaml': This file is not text/);
      assert.ok(!existsSync(path.join(dir, 'bad.docx')));
    },
  );
});
