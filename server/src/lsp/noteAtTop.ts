import type { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { DOCS_BASE, DOCS_BASE_FR, type Locale } from '../core';

/**
 * A diagnostic of Jalon's own (not a rule's) at the top of a file, where it is seen first, with
 * its section of the rules docs: French readers get the French page, under the same anchor.
 */
export function noteAtTop(code: string, severity: DiagnosticSeverity, message: string, locale: Locale): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity,
    code,
    codeDescription: { href: `${locale === 'fr' ? DOCS_BASE_FR : DOCS_BASE}#${code.replace(/[^a-z0-9-]/g, '')}` },
    source: 'jalon',
    message,
  };
}
