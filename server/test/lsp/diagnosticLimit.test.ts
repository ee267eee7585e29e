import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, Severity } from '../../src/core';
import { limitFindings, tooManyFindingsDiagnostic } from '../../src/lsp/diagnosticLimit';

const finding = (severity: Severity, start: number): Finding => ({
  ruleId: 'schema/unknown-field',
  severity,
  uri: 'file:///a.plan.yaml',
  range: { start, end: start + 1 },
  message: { en: `${severity} ${start}`, fr: `${severity} ${start}` },
});
const names = (findings: readonly Finding[]) => findings.map((f) => f.message.en);

test('limitFindings keeps all findings up to the limit, the same array', () => {
  const all = [finding('info', 0), finding('error', 1)];
  assert.equal(limitFindings(all, 2).shown, all);
  assert.equal(limitFindings(all, 2).omitted, 0);
});

test('limitFindings keeps errors, then warnings, then suggestions, in the order they came', () => {
  const all = [
    finding('info', 0),
    finding('warning', 1),
    finding('error', 2),
    finding('warning', 3),
    finding('error', 4),
  ];
  assert.deepEqual(limitFindings(all, 3), { shown: [all[1], all[2], all[4]], omitted: 2 });
  assert.deepEqual(names(limitFindings(all, 1).shown), ['error 2']);
  assert.deepEqual(names(limitFindings(all, 4).shown), ['warning 1', 'error 2', 'warning 3', 'error 4']);
});

test('the note gives the total in the French way, with the command to run', () => {
  assert.equal(
    tooManyFindingsDiagnostic(100_000, 1000, '"mon plan.plan.yaml"', 'fr').message,
    'Jalon a trouvé 100\u202f000 problèmes dans ce fichier ; l’éditeur en montre 1\u202f000, les erreurs d’abord. Lancez `jalon check "mon plan.plan.yaml"` pour les voir tous.',
  );
  assert.equal(
    tooManyFindingsDiagnostic(1001, 1000, undefined, 'en').codeDescription?.href,
    'https://github.com/jalon-plan/jalon/blob/main/docs/rules.md#internaltoo-many-findings',
  );
});
