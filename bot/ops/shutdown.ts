// SIGTERM (docker stop, a rolling deploy): stop taking webhooks, let the current jobs
// finish for up to SHUTDOWN_GRACE_MS (default 25 s, inside docker's 30 s), then hand back
// what still runs (with Redis: its lock lapses and another instance takes it), close the
// queue's connections and exit.
import type { WorkQueue } from "../queue/work-queue.js";

interface Stoppable {
  stop(): Promise<void>;
}

export function gracefulShutdown(
  server: Stoppable,
  queue: WorkQueue,
  log: { info(message: string): void; error(message: string): void },
  env: NodeJS.ProcessEnv = process.env,
): void {
  const graceMs = Number(env.SHUTDOWN_GRACE_MS) || 25_000;
  let stopping = false;
  process.on("SIGTERM", () => {
    if (stopping) return;
    stopping = true;
    log.info(`SIGTERM: stopping (grace ${graceMs} ms)`);
    void (async () => {
      try {
        await server.stop().catch(() => undefined);
        await queue.close(graceMs);
        log.info("stopped");
        process.exit(0);
      } catch (error) {
        log.error(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      }
    })();
  });
}
