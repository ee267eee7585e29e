import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Locale, Localized } from '../../core';
import { noteAtTop } from '../noteAtTop';
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
  return noteAtTop(CHECK_FAILED, DiagnosticSeverity.Error, message(error)[locale], locale);
}
