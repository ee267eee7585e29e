/** Figures of the bench: medians, 95th percentiles and milliseconds as printed. */
export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

export const p95 = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)];
};

export const ms = (value: number | undefined): string =>
  value !== undefined && Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–';

/** Time taken by `run`, NaN when it throws (a feature the server does not offer). */
export async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  try {
    await run();
  } catch {
    return NaN;
  }
  return performance.now() - start;
}
