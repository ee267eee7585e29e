import type { Localized } from '../i18n/locale';

/** French wording of the `yaml` library's error codes; English keeps the library's own message. */
const FRENCH: Record<string, string> = {
  BAD_INDENT: 'indentation incorrecte',
  BAD_SCALAR_START: 'une valeur ne peut pas commencer par ce caractère ; mettez-la entre guillemets',
  BLOCK_AS_IMPLICIT_KEY: 'un bloc ne peut pas servir de clé',
  BLOCK_IN_FLOW: 'un bloc ne peut pas figurer entre crochets ou accolades',
  DUPLICATE_KEY: 'clé répétée',
  MISSING_CHAR: 'caractère manquant (guillemet, crochet ou accolade non fermé ?)',
  MULTILINE_IMPLICIT_KEY: 'une clé doit tenir sur une ligne (manque-t-il « : » ou une indentation ?)',
  MULTIPLE_DOCS: 'un fichier de plan ne contient qu’un seul document YAML : supprimez la ligne `---` et ce qui la suit, ou déplacez-le dans un autre fichier',
  TAB_AS_INDENT: 'les tabulations ne peuvent pas servir d’indentation ; utilisez des espaces',
  UNEXPECTED_TOKEN: 'élément inattendu',
  BAD_DQ_ESCAPE: 'séquence d’échappement invalide entre guillemets doubles',
  NON_STRING_KEY: 'les clés doivent être des mots',
};

/** English wording where the library's own message speaks to programmers. */
const ENGLISH: Record<string, string> = {
  MULTIPLE_DOCS: 'A plan file holds one YAML document: remove the `---` line and what follows it, or move it to a file of its own',
};

export function yamlErrorMessage(code: string, message: string): Localized {
  const english = ENGLISH[code] ?? message.replace(/\s+at line \d+, column \d+[\s\S]*$/, '').trim();
  const french = FRENCH[code];
  return {
    en: `YAML syntax error: ${english}`,
    // The library's English is kept beside the French as a clue; our own English adds nothing.
    fr: french ? `Erreur de syntaxe YAML : ${french}${ENGLISH[code] ? '' : ` (${english})`}` : `Erreur de syntaxe YAML : ${english}`,
  };
}
