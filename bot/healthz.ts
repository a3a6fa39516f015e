// GET /healthz: the liveness probe for Docker's HEALTHCHECK and load balancers. No auth
// and no GitHub request: it says the process serves HTTP, nothing more.
import type { IncomingMessage, ServerResponse } from "node:http";

export const HEALTHZ_PATH = "/healthz";

/** A Probot server handler: true when it answered the request. */
export function healthz(req: IncomingMessage, res: ServerResponse): boolean {
  const path = req.url?.split("?")[0];
  if (path !== HEALTHZ_PATH || (req.method !== "GET" && req.method !== "HEAD")) return false;
  res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(req.method === "HEAD" ? undefined : JSON.stringify({ status: "ok" }));
  return true;
}
