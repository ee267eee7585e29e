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
  MULTIPLE_DOCS: 'un fichier de plan ne contient qu’un seul document YAML',
  TAB_AS_INDENT: 'les tabulations ne peuvent pas servir d’indentation ; utilisez des espaces',
  UNEXPECTED_TOKEN: 'élément inattendu',
  BAD_DQ_ESCAPE: 'séquence d’échappement invalide entre guillemets doubles',
  NON_STRING_KEY: 'les clés doivent être des mots',
};

export function yamlErrorMessage(code: string, message: string): Localized {
  const english = message.replace(/\s+at line \d+, column \d+[\s\S]*$/, '').trim();
  const french = FRENCH[code];
  return {
    en: `YAML syntax error: ${english}`,
    fr: french ? `Erreur de syntaxe YAML : ${french} (${english})` : `Erreur de syntaxe YAML : ${english}`,
  };
}
