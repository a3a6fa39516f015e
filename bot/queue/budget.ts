// The hook for a per-run write budget: a job handler that spent its budget returns (or
// throws) a BudgetSpent, and the queue runs the job again at `retryAt` (a delayed job in
// BullMQ, a timer in memory) instead of counting a failure. The sync's idempotence makes
// the next run pick up where this one stopped.
export class BudgetSpent extends Error {
  override readonly name = "BudgetSpent";
  /** When to run the job again, in epoch milliseconds. */
  readonly retryAt: number;

  constructor(retryAt: number | Date, message = "write budget spent, continue later") {
    super(message);
    this.retryAt = retryAt instanceof Date ? retryAt.getTime() : retryAt;
  }
}

/** A BudgetSpent, also one from another copy of this module (duck-typed on name and retryAt). */
export function isBudgetSpent(value: unknown): value is BudgetSpent {
  if (value instanceof BudgetSpent) return true;
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { name?: unknown }).name === "BudgetSpent" &&
    typeof (value as { retryAt?: unknown }).retryAt === "number"
  );
}
