// Work put off until GitHub's window allows it again: when a sync stops on the run's limits
// (a spent write budget, a long rate limit), the rest of the installation's work runs again
// after the window instead of failing the delivery. A plain timer per key, in this process
// only (a restart forgets it; the next push or the learner's Action picks the work up).
// A later queue will replace it.

/** How long to wait when GitHub did not say: its content-creation window is an hour. */
export const DEFAULT_LATER_MS = 60 * 60 * 1000;

export class Later {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  /** Runs `task` after `delayMs`, once per key (a later schedule for the same key replaces it). */
  schedule(key: string, delayMs: number, task: () => Promise<void>): void {
    this.cancel(key);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      void task().catch(() => undefined);
    }, delayMs);
    // Never the reason the process stays up.
    timer.unref?.();
    this.timers.set(key, timer);
  }

  cancel(key: string): void {
    const timer = this.timers.get(key);
    if (timer) clearTimeout(timer);
    this.timers.delete(key);
  }

  /** The keys waiting to run. */
  pending(): string[] {
    return [...this.timers.keys()];
  }
}
