/**
 * Renders are asked for one after another and may answer out of order (a large plan, then a
 * small edit): each gets a number, and a result is applied only if it is newer than every
 * result applied before it, so an older render never replaces a newer one.
 */
export class RenderSequence {
  private asked = 0;
  private applied = 0;

  /** The number of a new render. */
  next(): number {
    return ++this.asked;
  }

  /** True (and noted) when render `id` is newer than the last one applied. */
  accept(id: number): boolean {
    if (id <= this.applied) return false;
    this.applied = id;
    return true;
  }

  /** True when no render was asked for after `id`. */
  isLatest(id: number): boolean {
    return id === this.asked;
  }

  get lastApplied(): number {
    return this.applied;
  }
}
