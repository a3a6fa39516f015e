// Prometheus metrics of the app (GET /metrics): queue depth by state, job run durations
// by kind and outcome, failed runs, and deliveries accepted or skipped as duplicates. One
// registry per app (not prom-client's global one), so several apps in one process (tests)
// do not collide.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { JobKind } from "../queue/job.js";
import type { JobOutcomeName, QueueObserver, WorkQueue } from "../queue/work-queue.js";

export class AppMetrics implements QueueObserver {
  readonly registry = new Registry();
  private readonly durations: Histogram<"kind" | "outcome">;
  private readonly failures: Counter<"kind">;
  private readonly deliveries: Counter<"result">;
  private queue: WorkQueue | undefined;

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: "roadmap_" });
    this.durations = new Histogram({
      name: "roadmap_job_duration_seconds",
      help: "How long one run of a job took, by kind and outcome",
      labelNames: ["kind", "outcome"],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300],
      registers: [this.registry],
    });
    this.failures = new Counter({
      name: "roadmap_job_failures_total",
      help: "Job runs that failed (retried or given up), by kind",
      labelNames: ["kind"],
      registers: [this.registry],
    });
    this.deliveries = new Counter({
      name: "roadmap_webhook_deliveries_total",
      help: "Webhook deliveries by result: accepted (jobs queued) or duplicate (already recorded)",
      labelNames: ["result"],
      registers: [this.registry],
    });
    const queueOf = () => this.queue;
    new Gauge({
      name: "roadmap_queue_jobs",
      help: "Jobs in the queue by state (across every instance when the queue is on Redis)",
      labelNames: ["state"],
      registers: [this.registry],
      async collect() {
        const counts = await queueOf()
          ?.counts()
          .catch(() => undefined);
        if (!counts) return;
        for (const [state, value] of Object.entries(counts)) this.set({ state }, value);
      },
    });
  }

  watch(queue: WorkQueue): void {
    this.queue = queue;
  }

  jobRan(kind: JobKind, seconds: number, outcome: JobOutcomeName): void {
    this.durations.observe({ kind, outcome }, seconds);
    if (outcome === "failed" || outcome === "retry") this.failures.inc({ kind });
  }

  delivery(result: "accepted" | "duplicate"): void {
    this.deliveries.inc({ result });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
