import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { CLEAN_PLAN, edit } from '../helpers';
import { PART_B } from '../fixtures/rootWithParts';
import { BINARY, LATIN1_PART, NOT_A_FILE, NOT_UTF8, TOO_LARGE } from '../fixtures/fileProblems';
import { jalon, workspace } from './run';

function utf16(text: string, bigEndian: boolean): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return bigEndian ? le.swap16() : le;
}

describe('jalon check reads files as the editor does', () => {
  test('UTF-8 with or without a byte-order mark, and UTF-16 with one, are read alike', () => {
    const dir = workspace({
      'bom.plan.yaml': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CLEAN_PLAN)]),
      'le.plan.yaml': utf16(CLEAN_PLAN.replace('id: demo', 'id: demo-le'), false),
      'be.plan.yaml': utf16(CLEAN_PLAN.replace('id: demo', 'id: demo-be'), true),
      'plain.plan.yaml': CLEAN_PLAN.replace('id: demo', 'id: demo-plain'),
    });
    const run = jalon(['check', '.'], dir);
    assert.equal(run.stdout, 'No problems in 4 files.\n');
    assert.equal(run.code, 0);
  });

  test('a file that is not UTF-8 text is one finding on it, and the other files are still checked', () => {
    const dir = workspace({
      'root.plan.yaml': edit(
        CLEAN_PLAN,
        '                end: 2029\n',
        '                end: 2029\n                status: plannd\n',
      ),
      'a.plan.yaml': LATIN1_PART,
      'b.plan.yaml': PART_B,
      'image.plan.yaml': Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
      ]),
    });
    const run = jalon(['check', '.', '--format', 'json'], dir);
    const findings = (
      JSON.parse(run.stdout) as {
        findings: { file: string; line: number; column: number; ruleId: string; message: string }[];
      }
    ).findings;
    const shown = findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId} ${f.message}`);
    assert.deepEqual(
      shown.filter((f) => f.startsWith('a.') || f.startsWith('image.')),
      [`a.plan.yaml:1:1 file/unreadable ${NOT_UTF8('0xE9', 16)}`, `image.plan.yaml:1:1 file/unreadable ${BINARY}`],
    );
    // The rest is checked: the root's typo, and the part that uses ids of the unreadable part.
    assert.ok(shown.some((f) => f.startsWith('root.plan.yaml:') && f.includes('schema/enum')));
    assert.ok(shown.some((f) => f.startsWith('b.plan.yaml:') && f.includes("names 'act-c'")));
    assert.equal(run.stderr, '');
    assert.equal(run.code, 1);
  });

  test('in French', () => {
    const dir = workspace({ 'a.plan.yaml': LATIN1_PART });
    const run = jalon(['check', 'a.plan.yaml', '--locale', 'fr'], dir);
    assert.equal(
      run.stdout.split('\n')[0],
      'a.plan.yaml:1:1 erreur file/unreadable Ce fichier n’est pas du texte UTF-8 : l’octet 0xE9 de la ligne 16 n’est pas de l’UTF-8 valide (le fichier a sans doute été enregistré en Latin-1 ou Windows-1252) ; enregistrez-le en UTF-8 (dans VS Code : Enregistrer avec l’encodage › UTF-8).',
    );
  });

  test('only regular files are read: a FIFO, a link to /dev/zero, a folder named *.plan.yaml', () => {
    const dir = workspace({ 'ok.plan.yaml': CLEAN_PLAN });
    execFileSync('mkfifo', [path.join(dir, 'pipe.plan.yaml')]);
    symlinkSync('/dev/zero', path.join(dir, 'zero.plan.yaml'));
    mkdirSync(path.join(dir, 'folder.plan.yaml'));
    // A folder's listing skips the FIFO and the folder; the link is listed and reported, never read.
    const all = jalon(['check', '.'], dir);
    assert.equal(
      all.stdout,
      `zero.plan.yaml:1:1 error file/unreadable ${NOT_A_FILE('a device')}\n1 error, 0 warnings, 0 suggestions in 2 files.\n`,
    );
    assert.equal(all.code, 1);
    const named = jalon(['check', 'pipe.plan.yaml', 'ok.plan.yaml'], dir);
    assert.equal(
      named.stdout,
      `pipe.plan.yaml:1:1 error file/unreadable ${NOT_A_FILE('a named pipe (FIFO)')}\n1 error, 0 warnings, 0 suggestions in 2 files.\n`,
    );
  });

  test('a file over the size limit is reported as too large, not parsed; jalon.config.yaml and --max-file-size set the limit', () => {
    const big = edit(CLEAN_PLAN, '  title: Demo plan', `  title: Demo plan\n  vision: "${'x'.repeat(2000)}"`);
    const dir = workspace({ 'jalon.config.yaml': 'max_file_size: 2 KB\n', 'big.plan.yaml': big });
    const size = Buffer.byteLength(big);
    const run = jalon(['check', '.'], dir);
    assert.equal(
      run.stdout,
      `big.plan.yaml:1:1 error file/too-large ${TOO_LARGE(`${Math.round(size / 100) / 10} KB`, '2 KB')}\n1 error, 0 warnings, 0 suggestions in 1 file.\n`,
    );
    assert.equal(run.code, 1);
    assert.equal(jalon(['check', '.', '--max-file-size', '10MB'], dir).stdout, 'No problems in 1 file.\n');
    assert.match(jalon(['check', '.', '--max-file-size=1KB'], dir).stdout, /the limit is 1 KB\)/);
  });

  test('the default limit is 10 MB', () => {
    const dir = workspace({ 'huge.plan.yaml': `plan:\n  id: huge\n# ${'x'.repeat(10_000_001)}\n` });
    const run = jalon(['check', '.'], dir);
    assert.match(
      run.stdout,
      /^huge\.plan\.yaml:1:1 error file\/too-large This file is too large to check \(10 MB; the limit is 10 MB\)/,
    );
  });

  test('a bad size is a usage error', () => {
    const dir = workspace({ 'a.plan.yaml': CLEAN_PLAN });
    const run = jalon(['check', '--max-file-size', 'big', '.'], dir);
    assert.equal(run.stderr, "jalon: --max-file-size must be a size such as 20MB or 500KB, not 'big'\n");
    assert.equal(run.code, 2);
  });
});

describe('jalon check: a configuration that cannot be read or is invalid stops the run, naming it', () => {
  test('a jalon.config.yaml that is not a file', () => {
    const dir = workspace({ 'a.plan.yaml': CLEAN_PLAN });
    mkdirSync(path.join(dir, 'jalon.config.yaml'));
    const run = jalon(['check', '.'], dir);
    assert.equal(run.stderr, `jalon: jalon.config.yaml: ${NOT_A_FILE('a folder')}\n`);
    assert.equal(run.stdout, '');
    assert.equal(run.code, 2);
  });

  test('a jalon.config.yaml that is not UTF-8', () => {
    const dir = workspace({
      'a.plan.yaml': CLEAN_PLAN,
      'jalon.config.yaml': Buffer.from('rules: {}\n# r\xe9glages\n', 'latin1'),
    });
    const run = jalon(['check', '.'], dir);
    assert.equal(run.stderr, `jalon: jalon.config.yaml: ${NOT_UTF8('0xE9', 2)}\n`);
    assert.equal(run.code, 2);
  });

  test(
    'a jalon.config.yaml without read permission',
    { skip: process.getuid?.() === 0 ? 'root reads every file' : false },
    () => {
      const dir = workspace({ 'a.plan.yaml': CLEAN_PLAN, 'jalon.config.yaml': 'rules: {}\n' });
      execFileSync('chmod', ['000', path.join(dir, 'jalon.config.yaml')]);
      const run = jalon(['check', '.'], dir);
      assert.equal(
        run.stderr,
        'jalon: jalon.config.yaml: This file cannot be read: permission denied; give yourself read access to it.\n',
      );
      assert.equal(run.code, 2);
    },
  );

  test('an invalid max_file_size names the line', () => {
    const dir = workspace({ 'a.plan.yaml': CLEAN_PLAN, 'jalon.config.yaml': 'max_file_size: lots\n' });
    const run = jalon(['check', '.'], dir);
    assert.equal(
      run.stderr,
      'jalon: jalon.config.yaml:1:16: `max_file_size` must be a size such as `20 MB` or `500 KB` (or a number of bytes).\n',
    );
    assert.equal(run.code, 2);
  });
});

describe('jalon render: a neighbour that cannot be read is left out, and said so', () => {
  test('one line on standard error', () => {
    const dir = workspace({ 'root.plan.yaml': CLEAN_PLAN, 'a.plan.yaml': LATIN1_PART });
    const run = jalon(['render', 'root.plan.yaml', '-o', '-'], dir);
    assert.equal(run.stderr.split('\n')[0], `jalon: left out 'a.plan.yaml': ${NOT_UTF8('0xE9', 16)}`);
    assert.equal(run.code, 0);
  });

  test('the plan file itself: exit 2', () => {
    const dir = workspace({ 'a.plan.yaml': LATIN1_PART });
    const run = jalon(['render', 'a.plan.yaml', '-o', '-'], dir);
    assert.equal(run.stderr, `jalon: cannot render 'a.plan.yaml': ${NOT_UTF8('0xE9', 16)}\n`);
    assert.equal(run.code, 2);
  });
});
