import { readFileSync } from 'node:fs';
import path from 'node:path';
import { logoMediaType, sanitizeSvg, type Localized, type RenderAssets } from '../core';

/** The logo of a plan read for the renderer, and what the author should know about it (a file that cannot be read, scripts removed). */
export interface LogoRead {
  logo?: RenderAssets['logo'];
  problem?: Localized;
}

/**
 * Reads `plan.logo` (a path relative to the plan file). A missing, unreadable or unsupported
 * logo is reported, never thrown: the document is rendered without it.
 */
export function readLogo(planFile: string, logo: string | undefined, shown: string = logo ?? ''): LogoRead {
  if (!logo) return {};
  const mediaType = logoMediaType(logo);
  if (!mediaType) {
    return {
      problem: {
        en: `the logo '${shown}' is not a PNG, JPEG or SVG file: the cover has no logo; give a .png, .jpg or .svg file`,
        fr: `le logo '${shown}' n’est pas un fichier PNG, JPEG ou SVG : la couverture n’a pas de logo ; donnez un fichier .png, .jpg ou .svg`,
      },
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path.resolve(path.dirname(planFile), logo));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return {
      problem: {
        en: `cannot read the logo '${shown}' (${code}): the cover has no logo; check \`logo\` in the plan, a path relative to the plan file`,
        fr: `impossible de lire le logo '${shown}' (${code}) : la couverture n’a pas de logo ; vérifiez \`logo\` dans le plan, un chemin relatif au fichier du plan`,
      },
    };
  }
  if (mediaType !== 'image/svg+xml') return { logo: { mediaType, bytes } };
  const { removed } = sanitizeSvg(new TextDecoder().decode(bytes));
  const count = removed.scripts + removed.handlers + removed.externalReferences;
  if (count === 0) return { logo: { mediaType, bytes } };
  return {
    logo: { mediaType, bytes },
    problem: {
      en: `the SVG logo '${shown}' holds ${removed.scripts} script(s), ${removed.handlers} event handler(s) and ${removed.externalReferences} external reference(s): they were left out of the document`,
      fr: `le logo SVG '${shown}' contient ${removed.scripts} script(s), ${removed.handlers} gestionnaire(s) d’événement et ${removed.externalReferences} référence(s) externe(s) : ils ont été retirés du document`,
    },
  };
}
