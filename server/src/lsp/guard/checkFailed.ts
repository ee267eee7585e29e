import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import { DOCS_BASE, DOCS_BASE_FR, type Locale, type Localized } from '../../core';
import { errorMessage } from './guardConnection';

/** The code of the one diagnostic a file gets when Jalon failed to check it (a bug of Jalon's, not of the plan). */
export const CHECK_FAILED = 'internal/check-failed';

const ISSUES = 'https://github.com/jalon-plan/jalon/issues';

function message(error: unknown): Localized {
  const reason = errorMessage(error);
  return {
    en: `Jalon could not check this file: ${reason}. This is a bug in Jalon, not in your plan; please report it at ${ISSUES} (the details are in the Jalon output).`,
    fr: `Jalon n’a pas pu vérifier ce fichier : ${reason}. C’est une erreur de Jalon, pas de votre plan ; merci de la signaler sur ${ISSUES} (le détail est dans la sortie « Jalon »).`,
  };
}

/** Shown at the top of the file, so the author knows its other diagnostics are missing, not absent. */
export function checkFailedDiagnostic(error: unknown, locale: Locale): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Error,
    code: CHECK_FAILED,
    // French readers get the French page, under the same anchor (as for the rules).
    codeDescription: {
      href: `${locale === 'fr' ? DOCS_BASE_FR : DOCS_BASE}#${CHECK_FAILED.replace(/[^a-z0-9-]/g, '')}`,
    },
    source: 'jalon',
    message: message(error)[locale],
  };
}
