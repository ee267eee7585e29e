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

  constructor(private readonly delayMs = 500) {
    try {
      setFlagsFromString('--expose-gc');
      this.collect = runInNewContext('gc') as () => void;
    } catch {
      this.collect = undefined; // a runtime without it: V8 collects on its own schedule
    }
  }

  /** Something happened: collect when nothing more has happened for a while. */
  poke(): void {
    if (!this.collect) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.collect?.();
    }, this.delayMs);
    this.timer.unref();
  }
}
