/** Timer functions, passed in so that tests can drive time themselves. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
};

/** Runs `run` once, `delayMs` after the last of a burst of triggers (typing, diagnostics arriving). */
export class Debouncer {
  private handle: unknown;
  private waiting = false;

  constructor(
    private readonly run: () => void,
    private readonly timers: Timers = realTimers,
  ) {}

  get pending(): boolean {
    return this.waiting;
  }

  trigger(delayMs: number): void {
    this.cancel();
    this.waiting = true;
    this.handle = this.timers.setTimeout(
      () => {
        this.waiting = false;
        this.run();
      },
      Math.max(0, delayMs),
    );
  }

  /** Runs now what was waiting, if anything. */
  flush(): void {
    if (!this.waiting) return;
    this.cancel();
    this.run();
  }

  cancel(): void {
    if (this.waiting) this.timers.clearTimeout(this.handle);
    this.waiting = false;
  }
}
