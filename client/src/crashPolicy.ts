/**
 * When the server process dies, whether to start it again. Like vscode-languageclient's default
 * handler (restart up to `maxRestarts` times, then give up if they all happened within
 * `windowMs`), but without `vscode`, so it is tested in Node, and giving up is reported to the
 * caller, which shows the user a localised notification with a way to restart.
 */
export class CrashPolicy {
  private restarts: number[] = [];

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Called each time the connection closes unexpectedly. */
  closed(): 'restart' | 'give-up' {
    const now = this.now();
    this.restarts = [...this.restarts.filter((t) => now - t <= this.windowMs), now];
    if (this.restarts.length <= this.maxRestarts) return 'restart';
    this.restarts = [];
    return 'give-up';
  }

  /** A deliberate restart starts the count afresh. */
  reset(): void {
    this.restarts = [];
  }
}
