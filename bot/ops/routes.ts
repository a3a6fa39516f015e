// GET /healthz and GET /metrics, added to Probot's server with addHandler
// (ApplicationFunctionOptions). /healthz answers 200 when the queue can take work (with
// Redis: Redis answers a PING within 1 s), 503 otherwise; /metrics is Prometheus' text format.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { WorkQueue } from "../queue/work-queue.js";
import type { AppMetrics } from "./metrics.js";

/** The liveness probe Docker's HEALTHCHECK and load balancers call: no auth, no GitHub request. */
export const HEALTHZ_PATH = "/healthz";

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export function opsHandler(queue: WorkQueue, metrics: AppMetrics): Handler {
  return async (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const path = (req.url ?? "/").split("?")[0];
    if (path === HEALTHZ_PATH) {
      const health = await queue.health();
      const body = JSON.stringify({
        status: health.ok ? "ok" : "unavailable",
        queue: health.backend,
        ...(health.redis ? { redis: health.redis } : {}),
      });
      res.writeHead(health.ok ? 200 : 503, { "content-type": "application/json" }).end(body);
      return true;
    }
    if (path === "/metrics") {
      const text = await metrics.text();
      res.writeHead(200, { "content-type": metrics.registry.contentType }).end(text);
      return true;
    }
    return false;
  };
}
