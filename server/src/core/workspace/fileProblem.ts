import type { Localized } from '../i18n/locale';
import type { Finding } from '../rules/finding';
import { defaultSeverity } from '../rules/registry';

/** Why a file's text could not be checked; the host that reads files says which. */
export type FileProblem =
  /** Bytes that are not UTF-8 (the first bad one, and its 1-based line): Latin-1 or Windows-1252, usually. */
  | { kind: 'not-utf8'; line: number; byte: number }
  /** Binary data, or UTF-16 without a byte-order mark. */
  | { kind: 'binary' }
  | { kind: 'too-large'; size: number; limit: number }
  /** A folder, a FIFO, a device (a link to /dev/zero): only regular files are read. */
  | { kind: 'not-a-file'; what: 'folder' | 'fifo' | 'device' | 'socket' | 'other' }
  /** The system refused (EACCES, EIO...): `reason` is its code. */
  | { kind: 'unreadable'; reason: string }
  /** The host cannot read files of this URI scheme (a Node server and a `vscode-vfs:` folder). */
  | { kind: 'unsupported'; scheme: string };

const WHAT: Record<Extract<FileProblem, { kind: 'not-a-file' }>['what'], Localized> = {
  folder: { en: 'a folder', fr: 'un dossier' },
  fifo: { en: 'a named pipe (FIFO)', fr: 'un tube nommé (FIFO)' },
  device: { en: 'a device', fr: 'un périphérique' },
  socket: { en: 'a socket', fr: 'une socket' },
  other: { en: 'not a regular file', fr: 'pas un fichier ordinaire' },
};

/** "10 MB", "1.5 MB", "900 KB" (French: "10 Mo", "1,5 Mo"). */
export function formatSize(bytes: number): Localized {
  const [value, en, fr] =
    bytes >= 1_000_000
      ? [bytes / 1_000_000, 'MB', 'Mo']
      : bytes >= 1000
        ? [bytes / 1000, 'KB', 'ko']
        : [bytes, 'bytes', 'octets'];
  const shown = String(Math.round(value * 10) / 10);
  return { en: `${shown} ${en}`, fr: `${shown.replace('.', ',')}\u00a0${fr}` };
}

const BYTE = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/** What the problem is and how to fix it, in a sentence. */
export function fileProblemMessage(problem: FileProblem): Localized {
  switch (problem.kind) {
    case 'not-utf8':
      return {
        en: `This file is not UTF-8 text: byte ${BYTE(problem.byte)} on line ${problem.line} is not valid UTF-8 (the file was probably saved as Latin-1 or Windows-1252); re-save it as UTF-8 (in VS Code: Save with Encoding › UTF-8).`,
        fr: `Ce fichier n’est pas du texte UTF-8 : l’octet ${BYTE(problem.byte)} de la ligne ${problem.line} n’est pas de l’UTF-8 valide (le fichier a sans doute été enregistré en Latin-1 ou Windows-1252) ; enregistrez-le en UTF-8 (dans VS Code : Enregistrer avec l’encodage › UTF-8).`,
      };
    case 'binary':
      return {
        en: 'This file is not text (binary data, or UTF-16 without a byte-order mark); if it is a plan, re-save it as UTF-8, else rename it so that its name does not end in .plan.yaml.',
        fr: 'Ce fichier n’est pas du texte (données binaires, ou UTF-16 sans indicateur d’ordre des octets) ; si c’est un plan, enregistrez-le en UTF-8, sinon renommez-le pour que son nom ne finisse pas par .plan.yaml.',
      };
    case 'too-large': {
      const size = formatSize(problem.size);
      const limit = formatSize(problem.limit);
      return {
        en: `This file is too large to check (${size.en}; the limit is ${limit.en}); split the plan into parts (\`part_of:\`), or raise \`max_file_size\` in jalon.config.yaml.`,
        fr: `Ce fichier est trop volumineux pour être vérifié (${size.fr} ; la limite est de ${limit.fr}) ; découpez le plan en parties (\`part_of:\`) ou relevez \`max_file_size\` dans jalon.config.yaml.`,
      };
    }
    case 'not-a-file':
      return {
        en: `This is ${WHAT[problem.what].en}, not a regular file: Jalon reads only regular files; rename it or leave it out of \`files\` in jalon.config.yaml.`,
        fr: `Ceci est ${WHAT[problem.what].fr}, pas un fichier ordinaire : Jalon ne lit que les fichiers ordinaires ; renommez-le ou excluez-le des \`files\` de jalon.config.yaml.`,
      };
    case 'unreadable': {
      const denied = problem.reason === 'EACCES' || problem.reason === 'EPERM';
      return denied
        ? {
            en: 'This file cannot be read: permission denied; give yourself read access to it.',
            fr: 'Ce fichier ne peut pas être lu : permission refusée ; donnez-vous le droit de le lire.',
          }
        : {
            en: `This file cannot be read (${problem.reason}).`,
            fr: `Ce fichier ne peut pas être lu (${problem.reason}).`,
          };
    }
    case 'unsupported':
      return {
        en: `This file cannot be read: the language server reads only files on disk (\`file:\`), not \`${problem.scheme}:\`.`,
        fr: `Ce fichier ne peut pas être lu : le serveur de langage ne lit que les fichiers sur disque (\`file:\`), pas \`${problem.scheme}:\`.`,
      };
  }
}

/** A jalon.config.yaml that cannot be read: what is wrong, and that its settings do not apply meanwhile. */
export function configUnreadableMessage(problem: FileProblem): Localized {
  const what = fileProblemMessage(problem);
  return {
    en: `${what.en} Until it can be read, its settings (rules, files, max_file_size) do not apply.`,
    fr: `${what.fr} Tant qu’il ne peut pas être lu, ses réglages (rules, files, max_file_size) ne s’appliquent pas.`,
  };
}

/** The one finding of a file that could not be checked, on its first character. */
export function fileProblemFinding(uri: string, problem: FileProblem): Finding {
  const ruleId = problem.kind === 'too-large' ? 'file/too-large' : 'file/unreadable';
  return {
    ruleId,
    severity: defaultSeverity(ruleId),
    uri,
    range: { start: 0, end: 0 },
    message: fileProblemMessage(problem),
  };
}
