import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Collects garbage once the author stops typing. Each keystroke in a large plan leaves
 * megabytes of old text and parse trees behind; V8 collects them only when its heap has grown,
 * so without this an idle server keeps the memory of its busiest minute.
 */
export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;
  private readonly collect: (() => void) | undefined;
  /** Text replaced since the last collection, in characters. */
  private replaced = 0;

  constructor(private readonly delayMs = 500) {
    try {
      setFlagsFromString('--expose-gc');
      this.collect = runInNewContext('gc') as () => void;
    } catch {
      this.collect = undefined; // a runtime without it: V8 collects on its own schedule
    }
  }

  /**
   * Something happened (`replaced` characters of document text were superseded): collect when
   * nothing more has happened for a while, or at once when typing in a large plan has left a
   * lot behind (each keystroke in a 1 MB plan supersedes megabytes).
   */
  poke(replaced = 0): void {
    if (!this.collect) return;
    this.replaced += replaced;
    if (this.replaced > 8_000_000) {
      this.replaced = 0;
      this.collect();
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.replaced = 0;
      this.collect?.();
    }, this.delayMs);
    this.timer.unref();
  }
}
