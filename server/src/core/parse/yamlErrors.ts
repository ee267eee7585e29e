import type { Localized } from '../i18n/locale';

/** French wording of the `yaml` library's error codes; English keeps the library's own message. */
const FRENCH: Record<string, string> = {
  BAD_INDENT: 'indentation incorrecte',
  BAD_SCALAR_START: 'une valeur ne peut pas commencer par ce caractère ; mettez-la entre guillemets',
  BLOCK_AS_IMPLICIT_KEY:
    'YAML lit un second « : » sur cette ligne comme une nouvelle clé ; si c’est du texte, mettez-le entre guillemets',
  BLOCK_IN_FLOW: 'un bloc ne peut pas figurer entre crochets ou accolades',
  DUPLICATE_KEY: 'clé répétée',
  MISSING_CHAR: 'caractère manquant (guillemet, crochet ou accolade non fermé ?)',
  MULTILINE_IMPLICIT_KEY: 'une clé doit tenir sur une ligne (manque-t-il « : » ou une indentation ?)',
  MULTIPLE_DOCS:
    'un fichier de plan ne contient qu’un seul document YAML : supprimez la ligne `---` et ce qui la suit, ou déplacez-le dans un autre fichier',
  TAB_AS_INDENT: 'les tabulations ne peuvent pas servir d’indentation ; utilisez des espaces',
  UNEXPECTED_TOKEN: 'élément inattendu ; si c’est du texte, mettez toute la valeur entre guillemets',
  RESOURCE_EXHAUSTION:
    'crochets ou accolades imbriqués trop profondément pour être lus ; un plan n’en demande que quelques niveaux',
  BAD_DQ_ESCAPE: 'séquence d’échappement invalide entre guillemets doubles',
  NON_STRING_KEY: 'les clés doivent être des mots',
};

/** English wording where the library's own message speaks to programmers. */
const ENGLISH: Record<string, string> = {
  BLOCK_AS_IMPLICIT_KEY: 'YAML reads a second `: ` on this line as a new key; if it is text, put it in quotes',
  UNEXPECTED_TOKEN: 'unexpected text; if it is text, put the whole value in quotes',
  MISSING_CHAR: 'a character is missing (an unclosed quote, bracket or brace?)',
  BAD_INDENT: 'this line is not indented like the lines it belongs with; line it up with them',
  MULTILINE_IMPLICIT_KEY: 'a key must stand on one line (a missing `:` or indentation?)',
  TAB_AS_INDENT: 'Tabs are not allowed as indentation; use spaces',
  RESOURCE_EXHAUSTION: 'brackets or braces are nested too deeply to read; a plan needs only a few levels',
  MULTIPLE_DOCS:
    'A plan file holds one YAML document: remove the `---` line and what follows it, or move it to a file of its own',
};

/** Codes whose library message is only ours to replace (it names an internal limit, or says nothing more). */
const OWN_ONLY = new Set(['MULTIPLE_DOCS', 'RESOURCE_EXHAUSTION']);

export function yamlErrorMessage(code: string, message: string): Localized {
  const library = message.replace(/\s+at line \d+, column \d+[\s\S]*$/, '').trim();
  const own = ENGLISH[code];
  // The library's words are a clue beside ours, never the whole message ("Nested mappings are
  // not allowed in compact mappings" tells a plan author nothing).
  const clue = OWN_ONLY.has(code) ? '' : ` (${library})`;
  const french = FRENCH[code];
  return {
    en: own ? `YAML syntax error: ${own}${own === library ? '' : clue}` : `YAML syntax error: ${library}`,
    fr: french ? `Erreur de syntaxe YAML : ${french}${clue}` : `Erreur de syntaxe YAML : ${library}`,
  };
}
