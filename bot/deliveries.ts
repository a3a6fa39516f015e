// GitHub may deliver a webhook more than once (a redelivery keeps its delivery id).
// The handlers are idempotent anyway; remembering recent ids also saves the reads.
export class RecentDeliveries {
  private readonly seen = new Set<string>();

  constructor(private readonly capacity = 1000) {}

  /** True the first time an id is seen; false for a repeat. */
  firstTime(id: string): boolean {
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    if (this.seen.size > this.capacity) this.seen.delete(this.seen.values().next().value!);
    return true;
  }

  /** A handler failed: let GitHub's redelivery (same id) run it again. */
  forget(id: string): void {
    this.seen.delete(id);
  }
}
