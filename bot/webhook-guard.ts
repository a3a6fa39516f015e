// The webhook endpoint reads a request's body before it can check the signature, so a body
// of any size from anyone would be held in memory first: three 100 MB POSTs with a made-up
// signature ran the app out of memory. GitHub sends at most 25 MB, so past that the request
// is refused with 413: at once when Content-Length says so, else as soon as the streamed
// bytes pass the limit. A request that fits is read here, bounded, and handed on as
// `req.body` (a string), which @octokit/webhooks' middleware uses instead of the stream.
import type { IncomingMessage, ServerResponse } from "node:http";

/** GitHub caps webhook payloads at 25 MB (https://docs.github.com/webhooks/webhook-events-and-payloads). */
export const MAX_WEBHOOK_BYTES = 25 * 1024 * 1024;
/**
 * Bodies read at the same time: each may hold up to MAX_WEBHOOK_BYTES until its signature is
 * checked, so this bounds the memory a flood of large POSTs can take (GitHub retries a 503).
 */
export const MAX_BODIES_IN_FLIGHT = 8;

let inFlight = 0;

function refuse(res: ServerResponse, req: IncomingMessage, status: number, error: string): void {
  // Close the connection: the rest of an oversized body is never read.
  res.writeHead(status, { "content-type": "application/json", connection: "close" });
  res.end(JSON.stringify({ error }), () => req.destroy());
}

/**
 * True when the request was answered here (refused); false when it may go on to the
 * webhook middleware, with its body read into `req.body`. Only POSTs to `path` are read.
 */
export async function guardWebhook(
  req: IncomingMessage & { body?: unknown },
  res: ServerResponse,
  path: string,
  limit = MAX_WEBHOOK_BYTES,
  maxInFlight = MAX_BODIES_IN_FLIGHT,
): Promise<boolean> {
  const pathname = new URL(req.url ?? "/", "http://localhost").pathname.replace(/\/+$/, "");
  if (req.method !== "POST" || pathname !== path.replace(/\/+$/, "")) return false;
  // Unsigned requests are not read at all: nothing could make them count.
  if (!req.headers["x-hub-signature-256"]) {
    refuse(res, req, 400, "the x-hub-signature-256 header is missing");
    return true;
  }
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) {
    refuse(res, req, 413, `a webhook body may have at most ${limit} bytes`);
    return true;
  }
  if (inFlight >= maxInFlight) {
    res.setHeader("retry-after", "5");
    refuse(res, req, 503, "too many webhook bodies are being read: retry shortly");
    return true;
  }
  inFlight++;
  let body: string | undefined;
  try {
    body = await readBounded(req, limit);
  } finally {
    inFlight--;
  }
  if (body === undefined) {
    refuse(res, req, 413, `a webhook body may have at most ${limit} bytes`);
    return true;
  }
  req.body = body;
  return false;
}

/** The body as UTF-8 text, or undefined as soon as it passes `limit` bytes (then nothing more is kept). */
function readBounded(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off("data", onData);
        req.pause();
        chunks.length = 0;
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.once("error", reject);
    // A client that goes away mid-body frees its place.
    req.once("close", () => resolve(undefined));
  });
}
