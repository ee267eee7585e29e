import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { formatNumber, type Finding, type Locale, type Localized } from '../core';
import { noteAtTop } from './noteAtTop';

/**
 * VS Code shows at most 1,000 diagnostics of one extension per file (errors first) and drops
 * the rest: publishing more only costs the server and the client time and memory (a file of
 * 100,000 unknown keys). Other clients get the same 1,000, and every client the note below.
 */
export const MAX_PUBLISHED_FINDINGS = 1000;

/** The code of the note that stands for the findings left out. */
export const TOO_MANY_FINDINGS = 'internal/too-many-findings';

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * At most `max` findings, the most severe first (errors, then warnings, then suggestions, each
 * in the file's order), kept in the order they came; and how many were left out.
 */
export function limitFindings(
  findings: readonly Finding[],
  max = MAX_PUBLISHED_FINDINGS,
): { shown: readonly Finding[]; omitted: number } {
  if (findings.length <= max) return { shown: findings, omitted: 0 };
  // The least severe rank that still fits, and how many of that rank fit.
  const counts = [0, 0, 0];
  for (const f of findings) counts[RANK[f.severity]]++;
  let room = max;
  let lastRank = 0;
  while (lastRank < 2 && counts[lastRank] < room) room -= counts[lastRank++];
  const shown: Finding[] = [];
  for (const f of findings) {
    const rank = RANK[f.severity];
    if (rank < lastRank) shown.push(f);
    else if (rank === lastRank && room > 0) {
      shown.push(f);
      room--;
    }
  }
  return { shown, omitted: findings.length - shown.length };
}

function message(total: number, shown: number, path: string | undefined, locale: Locale): string {
  const n = (value: number) => formatNumber(value, locale);
  const command = `\`jalon check${path ? ` ${path}` : ''}\``;
  const text: Localized = {
    en: `Jalon found ${n(total)} problems in this file; the editor shows ${n(shown)} of them, errors first. Run ${command} to see them all.`,
    fr: `Jalon a trouvé ${n(total)} problèmes dans ce fichier ; l’éditeur en montre ${n(shown)}, les erreurs d’abord. Lancez ${command} pour les voir tous.`,
  };
  return text[locale];
}

/** The note published after the findings shown, at the top of the file, where it is seen first. */
export function tooManyFindingsDiagnostic(
  total: number,
  shown: number,
  path: string | undefined,
  locale: Locale,
): Diagnostic {
  return noteAtTop(TOO_MANY_FINDINGS, DiagnosticSeverity.Information, message(total, shown, path, locale), locale);
}
