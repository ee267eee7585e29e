import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { planSkeleton, type Locale } from '../core';
import { UsageError, type InitArgs } from './args';

/**
 * `jalon init [folder]`: writes a new plan's skeleton. Nothing is written when any of its files
 * already exists: the plan a user wrote is never overwritten.
 */
export function runInit(
  args: InitArgs,
  io: { cwd: string; stdout: (text: string) => void },
  locale: Locale,
  show: (file: string) => string,
): number {
  const folder = path.resolve(io.cwd, args.folder ?? '.');
  const language = args.lang ?? locale;
  const files = planSkeleton(language, new Date().getFullYear() + 1, args.parts);
  for (const file of files) {
    const target = path.join(folder, file.name);
    if (existsSync(target)) {
      throw new UsageError({
        en: `'${show(target)}' already exists; jalon init never overwrites a file: choose another folder`,
        fr: `'${show(target)}' existe déjà ; jalon init n’écrase jamais un fichier : choisissez un autre dossier`,
      });
    }
  }
  mkdirSync(folder, { recursive: true });
  for (const file of files) writeFileSync(path.join(folder, file.name), file.text, { flag: 'wx' });
  const names = files.map((f) => show(path.join(folder, f.name)));
  io.stdout(
    language === 'fr'
      ? `Plan créé : ${names.join(', ')}\nRemplacez les textes à rédiger, puis : jalon check ${show(folder)}\n`
      : `Plan created: ${names.join(', ')}\nReplace the placeholder texts, then: jalon check ${show(folder)}\n`,
  );
  return 0;
}
