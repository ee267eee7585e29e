import { formatNumber, type Locale } from '../core';

/** How often the line is rewritten at most: a terminal that redraws at every file slows the run. */
const EVERY_MS = 100;

/**
 * A line on standard error that says how far a long run is, rewritten in place and erased at
 * the end; nothing when standard error is not a terminal (CI logs, redirections).
 */
export interface Progress {
  update(done: number, total: number): void;
  end(): void;
}

export function terminalProgress(
  isTTY: boolean,
  write: (text: string) => void,
  files: number,
  locale: Locale,
  now: () => number = Date.now,
): Progress {
  if (!isTTY) return { update() {}, end() {} };
  let last = -Infinity;
  let shownPercent: number | undefined;
  const count = formatNumber(files, locale);
  return {
    update(done, total) {
      const time = now();
      const percent = Math.floor((100 * done) / total);
      if (percent === shownPercent || (time - last < EVERY_MS && done < total)) return;
      last = time;
      shownPercent = percent;
      write(
        locale === 'fr'
          ? `\rjalon: vérification de ${count} fichiers… ${percent}\u00a0%\x1b[K`
          : `\rjalon: checking ${count} files… ${percent}%\x1b[K`,
      );
    },
    end() {
      if (shownPercent !== undefined) write('\r\x1b[K');
    },
  };
}
