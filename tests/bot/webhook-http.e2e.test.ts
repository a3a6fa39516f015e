// Findings 2, 3 and 11 of issue 12, through the app's HTTP endpoint: oversized bodies are
// refused before they are held in memory, forged signatures (including Probot's
// "development" fallback) are refused, and the app does not start without WEBHOOK_SECRET or
// APP_ID. GitHub sits behind nock: every test asserts it was sent nothing.
import { request } from "node:http";
import nock from "nock";
import { afterEach, describe, expect, it } from "vitest";
import { AppConfigError, readAppConfig } from "../../bot/app-config.js";
import { startServer } from "../../bot/start.js";
import { createApp } from "../../bot/app.js";
import { MAX_WEBHOOK_BYTES } from "../../bot/webhook-guard.js";
import { APP_ENV, delivery, post, startTestServer, WEBHOOK_PATH } from "../helpers/app-server.js";
import type { TestServer } from "../helpers/app-server.js";
import { expectOnly, trackUnmatched } from "../helpers/github.js";
import { mergedPayload, openedPayload } from "../helpers/pull-requests.js";

const record = trackUnmatched();

/** nock lets the loopback requests through but lists them as unmatched: only GitHub's count. */
function expectNothingElseSent(...scopes: nock.Scope[]) {
  const toGitHub = record.unmatched.filter((request) => !request.endsWith(WEBHOOK_PATH));
  expectOnly({ unmatched: toGitHub }, ...scopes);
}
let server: TestServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("the webhook endpoint's body limit", () => {
  it("refuses a body whose Content-Length passes 25 MB with 413, before reading it", async () => {
    server = await startTestServer();
    const { headers } = delivery("pull_request", openedPayload());
    const replies = [];
    // Three 100 MB POSTs with a made-up signature crashed the app (OOM): each is refused
    // after its first megabyte is on the wire.
    for (let i = 0; i < 3; i++) {
      replies.push(
        await post(
          server.port,
          {
            ...headers,
            "content-length": 100 * 1024 * 1024,
            "x-hub-signature-256": `sha256=${"0".repeat(64)}`,
          },
          [Buffer.alloc(1024 * 1024, 0x20)],
        ),
      );
    }
    expect(replies.map((reply) => reply.status)).toEqual([413, 413, 413]);
    expect(JSON.parse(replies[0]!.body)).toEqual({
      error: `a webhook body may have at most ${MAX_WEBHOOK_BYTES} bytes`,
    });
    expectNothingElseSent();
  });

  it("counts streamed bytes when no Content-Length is sent (chunked), and stops at the limit", async () => {
    server = await startTestServer({ maxBodyBytes: 64 * 1024 });
    const { headers } = delivery("pull_request", openedPayload());
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    const reply = await post(server.port, { ...headers, "content-length": undefined }, Array(40).fill(chunk));
    expect(reply.status).toBe(413);
    expectNothingElseSent();
  });

  it("reads at most a few bodies at once: a flood of slow uploads gets 503, and a finished one frees its place", async () => {
    server = await startTestServer({ maxBodiesInFlight: 2 });
    const { headers } = delivery("pull_request", openedPayload());
    const stalled = [0, 1].map(() => {
      const req = request({
        host: "127.0.0.1",
        port: server!.port,
        path: WEBHOOK_PATH,
        method: "POST",
        headers: { ...headers, "content-length": 10_000 },
      });
      req.on("error", () => {});
      req.write(" "); // and never the rest
      return req;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const third = await post(server.port, { ...headers, "content-length": 1 }, [" "]);
    expect(third.status).toBe(503);
    for (const req of stalled) req.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const payload = openedPayload();
    payload.action = "closed";
    payload.pull_request.state = "closed";
    payload.pull_request.merged = false;
    const next = delivery("pull_request", payload);
    expect((await post(server.port, next.headers, [next.body])).status).toBe(200);
    expectNothingElseSent();
  });

  it("reads no body without a signature header (400)", async () => {
    server = await startTestServer();
    const { headers, body } = delivery("pull_request", openedPayload());
    const reply = await post(server.port, { ...headers, "x-hub-signature-256": undefined }, [body]);
    expect(reply.status).toBe(400);
    expectNothingElseSent();
  });

  it("still answers a signed delivery within the limit", async () => {
    server = await startTestServer({ maxBodyBytes: 1024 * 1024 });
    const payload = openedPayload();
    payload.action = "closed"; // closed without merging: the app reads and writes nothing
    payload.pull_request.state = "closed";
    payload.pull_request.merged = false;
    const { headers, body } = delivery("pull_request", payload);
    const reply = await post(server.port, headers, [body]);
    expect(reply.status).toBe(200);
    expectNothingElseSent();
  });
});

describe("the webhook secret", () => {
  it('refuses a pull_request.closed signed with "development" (Probot\'s fallback): no topic issue is closed', async () => {
    server = await startTestServer();
    const github = nock("https://api.github.com");
    const { headers, body } = delivery(
      "pull_request",
      mergedPayload({ body: "Completes #2" }),
      "development",
    );
    const reply = await post(server.port, headers, [body]);
    expect(reply.status).toBe(400);
    expect(reply.body).toMatch(/signature does not match/i);
    expectNothingElseSent(github);
  });

  it("does not start without WEBHOOK_SECRET, in one line", async () => {
    for (const secret of [undefined, "", "  ", "development"]) {
      const env = { ...APP_ENV, WEBHOOK_SECRET: secret };
      await expect(startServer(env, createApp())).rejects.toThrow(AppConfigError);
      expect(() => readAppConfig(env)).toThrow(/^WEBHOOK_SECRET is not set: [^\n]+$/);
    }
  });

  it("does not serve Probot's setup wizard without APP_ID: it refuses to start and says why", async () => {
    await expect(startServer({ ...APP_ENV, APP_ID: "" }, createApp())).rejects.toThrow(
      /^APP_ID is not set: [^\n]+$/,
    );
    expect(() => readAppConfig({ ...APP_ENV, APP_ID: "abc" })).toThrow(/APP_ID is "abc", not a number/);
    expect(() => readAppConfig({ ...APP_ENV, PRIVATE_KEY: "" })).toThrow(
      /^PRIVATE_KEY or PRIVATE_KEY_PATH is not set/,
    );
  });
});
