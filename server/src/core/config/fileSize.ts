/** The size over which a plan file is reported as too large to check rather than parsed. */
export const DEFAULT_MAX_FILE_SIZE = 10_000_000;

const UNITS: Record<string, number> = { '': 1, b: 1, o: 1, kb: 1e3, ko: 1e3, mb: 1e6, mo: 1e6, gb: 1e9, go: 1e9 };

/**
 * A size as `max_file_size` and `--max-file-size` take it: a number of bytes, or a number
 * with a unit (`20 MB`, `500KB`, `1,5 Mo`). Undefined when it is not one.
 */
export function parseFileSize(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? Math.floor(value) : undefined;
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = match ? UNITS[match[2].toLowerCase()] : undefined;
  if (!match || unit === undefined) return undefined;
  const bytes = Math.floor(Number(match[1].replace(',', '.')) * unit);
  return bytes > 0 ? bytes : undefined;
}
