// The app over HTTP, as GitHub reaches it: bot/start.ts's server on a free local port, with
// the test Probot (GitHub behind nock), and signed (or forged) webhook deliveries. Only the
// loopback address is let through nock; every other host stays offline.
import { createHmac } from "node:crypto";
import type { Server } from "node:http";
import { request } from "node:http";
import nock from "nock";
import { createApp } from "../../bot/app.js";
import { MemoryQueue } from "../../bot/queue/memory-queue.js";
import { startServer } from "../../bot/start.js";
import { deliveryId, testProbot } from "./probot.js";

export const SECRET = "a-webhook-secret-for-tests";
export const WEBHOOK_PATH = "/api/github/webhooks";
/** What the App needs to start; the private key is never used (the test Probot has a token). */
export const APP_ENV = {
  APP_ID: "12345",
  PRIVATE_KEY: "unused",
  WEBHOOK_SECRET: SECRET,
  PORT: "0",
  HOST: "127.0.0.1",
};

export function sign(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

export interface TestServer {
  port: number;
  close(): Promise<void>;
}

/** `appSlug: undefined` leaves the app to read its slug from GET /app, as in production. */
export async function startTestServer(
  options: { maxBodyBytes?: number; maxBodiesInFlight?: number; appSlug?: string | undefined } = {
    appSlug: "roadmap-ops",
  },
): Promise<TestServer> {
  nock.enableNetConnect("127.0.0.1");
  const probot = await testProbot({ secret: SECRET, load: false });
  const { appSlug, ...limits } = { appSlug: "roadmap-ops", ...options };
  // The queue in its synchronous mode: the answer goes out once the delivery's jobs ran, so a
  // test can assert on GitHub right after it (answer-first is tests/bot/queue/'s concern).
  const queue = new MemoryQueue({ waitForJobs: true, retry: { attempts: 1, backoffMs: 0 } });
  const server: Server = await startServer(APP_ENV, createApp({ ...(appSlug ? { appSlug } : {}), queue }), {
    probot,
    ...limits,
  });
  return {
    port: (server.address() as { port: number }).port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        nock.disableNetConnect();
      }),
  };
}

export interface Reply {
  status: number;
  body: string;
}

/**
 * One POST to the webhook path. `body` is sent as `chunks` writes (so a test can stream
 * more than it declares, or declare nothing); headers are a delivery's unless overridden.
 */
export function post(
  port: number,
  headers: Record<string, string | number | undefined>,
  chunks: (string | Buffer)[],
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: "127.0.0.1", port, path: WEBHOOK_PATH, method: "POST", headers: clean(headers) },
      (res) => {
        const parts: Buffer[] = [];
        res.on("data", (part: Buffer) => parts.push(part));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString() }));
      },
    );
    // The server may close the connection while a refused body is still being sent.
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE" || error.code === "ECONNRESET") return;
      reject(error);
    });
    void (async () => {
      for (const chunk of chunks) {
        if (req.destroyed) break;
        if (!req.write(chunk)) await new Promise((r) => req.once("drain", r));
      }
      req.end();
    })();
  });
}

function clean(headers: Record<string, string | number | undefined>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined)) as Record<
    string,
    string | number
  >;
}

/** A delivery of `event` signed with `secret` (the real one unless a test forges it). */
export function delivery(event: string, payload: unknown, secret = SECRET) {
  const body = JSON.stringify(payload);
  return {
    headers: {
      "content-type": "application/json",
      "content-length": Buffer.byteLength(body),
      "x-github-event": event,
      "x-github-delivery": deliveryId(),
      "x-hub-signature-256": sign(secret, body),
    },
    body,
  };
}
