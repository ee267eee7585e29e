import type { Localized } from '../i18n/locale';
import type { Plan } from '../plan/assemble';
import type { RenderAssets } from '../render/context';
import { logoMediaType, sanitizeSvg, type LogoMediaType } from '../render/logo';
import type { Finding } from '../rules/finding';
import { defaultSeverity, type RuleId } from '../rules/registry';
import { TextDecoder } from '../text/textCodec';
import { formatSize, type FileProblem } from './fileProblem';

/** A logo is embedded in every document: beyond this, it is surely not the logo meant (a poster, a photo). */
export const LOGO_MAX_SIZE = 5_000_000;

/** What the host found at `plan.logo`: the bytes, no file there, or why it could not be read. */
export type LogoFile =
  | { bytes: Uint8Array }
  | { missing: true }
  | { problem: Extract<FileProblem, { kind: 'not-a-file' | 'too-large' | 'unreadable' | 'unsupported' }> };

/** Reads the logo a plan names (`logo`, relative to the root file `planUri`); never throws. */
export type LogoReader = (planUri: string, logo: string) => LogoFile;

/** The logo for the renderer (absent when it cannot be used) and the findings about it. */
export interface LogoCheck {
  logo?: RenderAssets['logo'];
  findings: Finding[];
}

const NAMES: Record<LogoMediaType, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/svg+xml': 'SVG' };

/**
 * The plan's logo, read through the host, and what is wrong with it: `logo/unreadable` (no
 * such file, not a file, too large, refused, or bytes of another kind than its name says) and
 * `logo/script` (an SVG with scripts, event handlers or external references, embedded without
 * them). A name that is not .png/.jpg/.svg is the schema's `schema/pattern`: not reported again.
 */
export function checkLogo(plan: Plan, read: LogoReader): LogoCheck {
  const root = plan.root;
  const logo = root?.header?.logo;
  const mediaType = logo && logoMediaType(logo.value);
  if (!root || !logo || !mediaType) return { findings: [] };
  const finding = (ruleId: RuleId, message: Localized): Finding => ({
    ruleId,
    severity: defaultSeverity(ruleId),
    uri: root.uri,
    range: logo.range,
    message,
  });
  const file = read(root.uri, logo.value);
  if (!('bytes' in file)) return { findings: [finding('logo/unreadable', unreadableMessage(logo.value, file))] };
  if (!looksLike(mediaType, file.bytes)) {
    const name = NAMES[mediaType];
    return {
      findings: [
        finding('logo/unreadable', {
          en: `The logo '${logo.value}' is not a ${name} image (its content is not a ${name} file's): the cover has no logo; export the image again as ${name}, or name the file after its format (.png, .jpg, .svg).`,
          fr: `Le logo '${logo.value}' n’est pas une image ${name} (son contenu n’est pas celui d’un fichier ${name}) : la couverture n’a pas de logo ; exportez de nouveau l’image en ${name}, ou nommez le fichier d’après son format (.png, .jpg, .svg).`,
        }),
      ],
    };
  }
  const asset = { mediaType, bytes: file.bytes };
  if (mediaType !== 'image/svg+xml') return { logo: asset, findings: [] };
  const { removed } = sanitizeSvg(new TextDecoder().decode(file.bytes));
  const parts = [
    count(removed.scripts, ['script', 'scripts'], ['script', 'scripts']),
    count(
      removed.handlers,
      ['event handler', 'event handlers'],
      ['gestionnaire d’événement', 'gestionnaires d’événement'],
    ),
    count(
      removed.externalReferences,
      ['external reference', 'external references'],
      ['référence externe', 'références externes'],
    ),
  ].filter((p) => p !== undefined);
  if (parts.length === 0) return { logo: asset, findings: [] };
  const list = (locale: 'en' | 'fr', and: string) => {
    const words = parts.map((p) => p[locale]);
    return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} ${and} ${words[words.length - 1]}`;
  };
  return {
    logo: asset,
    findings: [
      finding('logo/script', {
        en: `The SVG logo '${logo.value}' holds ${list('en', 'and')}: the document embeds the logo without them; remove them from the file (save it again as plain SVG) so that what you see is what is printed.`,
        fr: `Le logo SVG '${logo.value}' contient ${list('fr', 'et')} : le document intègre le logo sans eux ; retirez-les du fichier (enregistrez-le de nouveau en SVG simple) pour voir ce qui sera imprimé.`,
      }),
    ],
  };
}

function count(n: number, en: [string, string], fr: [string, string]): Localized | undefined {
  if (n === 0) return undefined;
  return { en: `${n} ${n === 1 ? en[0] : en[1]}`, fr: `${n} ${n === 1 ? fr[0] : fr[1]}` };
}

/** Whether the bytes are of the kind the name says: the PNG and JPEG signatures, an `<svg` element. */
function looksLike(mediaType: LogoMediaType, bytes: Uint8Array): boolean {
  if (mediaType === 'image/png')
    return bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  if (mediaType === 'image/jpeg') return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  return /<svg[\s>/]/i.test(new TextDecoder().decode(bytes.subarray(0, 4096)));
}

const WHAT: Record<Extract<FileProblem, { kind: 'not-a-file' }>['what'], Localized> = {
  folder: { en: 'a folder', fr: 'un dossier' },
  fifo: { en: 'a named pipe', fr: 'un tube nommé' },
  device: { en: 'a device', fr: 'un périphérique' },
  socket: { en: 'a socket', fr: 'une socket' },
  other: { en: 'not a regular file', fr: 'pas un fichier ordinaire' },
};

function unreadableMessage(logo: string, file: Exclude<LogoFile, { bytes: Uint8Array }>): Localized {
  const none = { en: 'the cover has no logo', fr: 'la couverture n’a pas de logo' };
  if ('missing' in file)
    return {
      en: `The logo '${logo}' does not exist: ${none.en}; put the image there or correct \`logo\` (a path relative to the plan file's folder).`,
      fr: `Le logo '${logo}' n’existe pas : ${none.fr} ; placez-y l’image ou corrigez \`logo\` (un chemin relatif au dossier du fichier du plan).`,
    };
  const problem = file.problem;
  switch (problem.kind) {
    case 'not-a-file':
      return {
        en: `The logo '${logo}' is ${WHAT[problem.what].en}, not an image file: ${none.en}; name a PNG, JPEG or SVG file in \`logo\`.`,
        fr: `Le logo '${logo}' est ${WHAT[problem.what].fr}, pas un fichier image : ${none.fr} ; indiquez un fichier PNG, JPEG ou SVG dans \`logo\`.`,
      };
    case 'too-large': {
      const size = formatSize(problem.size);
      const limit = formatSize(problem.limit);
      return {
        en: `The logo '${logo}' is too large (${size.en}; the limit is ${limit.en}): ${none.en}; give a smaller image (a logo of a few hundred pixels is enough).`,
        fr: `Le logo '${logo}' est trop volumineux (${size.fr} ; la limite est de ${limit.fr}) : ${none.fr} ; donnez une image plus petite (un logo de quelques centaines de pixels suffit).`,
      };
    }
    case 'unreadable': {
      const denied = problem.reason === 'EACCES' || problem.reason === 'EPERM';
      return denied
        ? {
            en: `The logo '${logo}' cannot be read (permission denied): ${none.en}; give yourself read access to it.`,
            fr: `Le logo '${logo}' ne peut pas être lu (permission refusée) : ${none.fr} ; donnez-vous le droit de le lire.`,
          }
        : {
            en: `The logo '${logo}' cannot be read (${problem.reason}): ${none.en}; check the file, or correct \`logo\`.`,
            fr: `Le logo '${logo}' ne peut pas être lu (${problem.reason}) : ${none.fr} ; vérifiez le fichier, ou corrigez \`logo\`.`,
          };
    }
    case 'unsupported':
      return {
        en: `The logo '${logo}' cannot be read: the plan is not a file on disk (\`${problem.scheme}:\`): ${none.en}; save the plan in the folder of its logo.`,
        fr: `Le logo '${logo}' ne peut pas être lu : le plan n’est pas un fichier sur disque (\`${problem.scheme}:\`) : ${none.fr} ; enregistrez le plan dans le dossier de son logo.`,
      };
  }
}
