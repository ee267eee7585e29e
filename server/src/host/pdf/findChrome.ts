import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { HostError } from '../hostError';

/** The names a Chrome or Chromium goes by on PATH. */
const NAMES = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'chrome',
  'microsoft-edge',
  'msedge',
];

/** Where browsers are installed when they are not on PATH. */
function usualPaths(env: NodeJS.ProcessEnv): string[] {
  const local = env.LOCALAPPDATA ?? '';
  const programs = [env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((p): p is string => !!p);
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ...[local, ...programs]
      .filter(Boolean)
      .flatMap((base) => [
        path.join(base, 'Google/Chrome/Application/chrome.exe'),
        path.join(base, 'Chromium/Application/chrome.exe'),
        path.join(base, 'Microsoft/Edge/Application/msedge.exe'),
      ]),
  ];
}

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const INSTALL = {
  en: 'install Chromium or Google Chrome (Debian/Ubuntu: apt-get install chromium), or name one with --chrome PATH or JALON_CHROME',
  fr: 'installez Chromium ou Google Chrome (Debian/Ubuntu : apt-get install chromium), ou indiquez-en un avec --chrome CHEMIN ou JALON_CHROME',
};

/**
 * The Chrome or Chromium that prints the PDF: `--chrome`, else `JALON_CHROME`, else the first
 * on PATH, else the usual install paths. One named explicitly must exist; none found is a
 * HostError that says what to install.
 */
export function findChrome(
  given: string | undefined,
  env: NodeJS.ProcessEnv,
  usual: readonly string[] = usualPaths(env),
): string {
  const named = given ?? (env.JALON_CHROME || undefined);
  if (named !== undefined) {
    if (isExecutable(named)) return named;
    const how = given !== undefined ? '--chrome' : 'JALON_CHROME';
    throw new HostError({
      en: `no browser at '${named}' (${how}): ${INSTALL.en}`,
      fr: `aucun navigateur à '${named}' (${how}) : ${INSTALL.fr}`,
    });
  }
  const onPath = (env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .flatMap((dir) => NAMES.flatMap((n) => [path.join(dir, n), path.join(dir, `${n}.exe`)]));
  const found = [...onPath, ...usual].find(isExecutable);
  if (found) return found;
  throw new HostError({
    en: `a PDF needs Chrome or Chromium, and none was found: ${INSTALL.en}`,
    fr: `un PDF demande Chrome ou Chromium, et aucun n’a été trouvé : ${INSTALL.fr}`,
  });
}
