/** Thrown by a condition to stop waiting at once: what it waits for can no longer happen. */
export class GiveUp extends Error {}

/**
 * Polls `condition` until it holds (returns true, or a value that is not false/undefined),
 * within a deadline: the e2e tests wait on conditions, never on fixed sleeps. On timeout the
 * error says what was awaited and, when `describe` is given, what was last seen.
 */
export async function waitFor<T>(
  condition: () => T | Promise<T>,
  options: { timeoutMs: number; intervalMs?: number; what: string; describe?: () => string | Promise<string> },
): Promise<Exclude<T, false | undefined | null>> {
  const deadline = Date.now() + options.timeoutMs;
  const interval = options.intervalMs ?? 200;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value !== false && value !== undefined && value !== null)
        return value as Exclude<T, false | undefined | null>;
      lastError = undefined;
    } catch (error) {
      if (error instanceof GiveUp) throw error;
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const seen = options.describe
        ? `; last seen: ${await Promise.resolve(options.describe()).catch((e: unknown) => String(e))}`
        : '';
      const cause = lastError instanceof Error ? `; last error: ${lastError.message}` : '';
      throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${options.what}${seen}${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
