// `npm run bot` from the outside, as a child process: bad credentials are one line and exit
// code 1; no credentials serve Probot's setup page with app.yml's manifest; credentials
// serve GET /healthz. Only localhost is contacted.
import { generateKeyPairSync } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nock from "nock";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { freePort, listening, runBot, startBot, stopBot } from "../helpers/bot-process.js";
import { ROOT } from "../helpers/cli.js";

const temporary: string[] = [];
const started: ReturnType<typeof startBot>[] = [];

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "roadmap-bot-"));
  temporary.push(dir);
  return dir;
}

const KEY = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({
  type: "pkcs1",
  format: "pem",
}) as string;

beforeAll(() => nock.enableNetConnect(/^(localhost|127\.0\.0\.1)(:\d+)?$/));
afterEach(async () => {
  await Promise.all(started.splice(0).map(stopBot));
});
afterAll(() => {
  nock.disableNetConnect();
  temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

describe("npm run bot refuses bad credentials in one line", () => {
  const SECRET_LOOKING = "not-a-key-but-secret-1234567890";
  it.each([
    [
      "APP_ID not a number",
      { APP_ID: "my-app", PRIVATE_KEY_PATH: "key.pem" },
      /^roadmap-ops app: APP_ID must be the app's number, e\.g\. APP_ID=123456 \(it is "my-app"\): copy the App ID from/,
    ],
    [
      "APP_ID without a key",
      { APP_ID: "123" },
      /^roadmap-ops app: PRIVATE_KEY is not set: generate a private key on .*PRIVATE_KEY_PATH=path\/to\/key\.pem/,
    ],
    [
      "a key without APP_ID",
      { PRIVATE_KEY_PATH: "key.pem" },
      /^roadmap-ops app: APP_ID is not set: copy the App ID from/,
    ],
    [
      "PRIVATE_KEY that is no PEM",
      { APP_ID: "123", PRIVATE_KEY: SECRET_LOOKING },
      /^roadmap-ops app: PRIVATE_KEY is not a private key: paste the whole \.pem file/,
    ],
    [
      "PRIVATE_KEY_PATH to no file",
      { APP_ID: "123", PRIVATE_KEY_PATH: "missing.pem" },
      /^roadmap-ops app: PRIVATE_KEY_PATH names no file \(missing\.pem\)/,
    ],
    [
      "a broken PEM",
      {
        APP_ID: "123",
        PRIVATE_KEY: "-----BEGIN RSA PRIVATE KEY-----\\nAAAA\\n-----END RSA PRIVATE KEY-----",
      },
      /^roadmap-ops app: PRIVATE_KEY is not a readable private key: generate a new one/,
    ],
    [
      "no WEBHOOK_SECRET",
      { APP_ID: "123", PRIVATE_KEY_PATH: "key.pem" },
      /^roadmap-ops app: WEBHOOK_SECRET is not set/,
    ],
    [
      "production without credentials",
      { NODE_ENV: "production" },
      /^roadmap-ops app: APP_ID and PRIVATE_KEY are not set, and NODE_ENV=production has no setup page/,
    ],
  ])(
    "%s",
    async (_, env, message) => {
      const dir = tempDir();
      // Only where the case names it: Probot also picks up a lone *.pem in the directory.
      if (Object.values(env).includes("key.pem")) writeFileSync(join(dir, "key.pem"), KEY);
      const { code, stdout, stderr } = await runBot(dir, env as Record<string, string>);
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr.split("\n")).toHaveLength(2); // one line and its newline
      expect(stderr).toMatch(message);
      expect(stderr).not.toContain(SECRET_LOOKING);
      expect(stderr).not.toContain("-----BEGIN");
    },
    30_000,
  );

  it("reads .env as Probot does: its bad APP_ID is caught too", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, ".env"), "APP_ID=abc\nPRIVATE_KEY_PATH=key.pem\n");
    writeFileSync(join(dir, "key.pem"), KEY);
    const { code, stderr } = await runBot(dir, {});
    expect(code).toBe(1);
    expect(stderr).toMatch(/^roadmap-ops app: APP_ID must be the app's number.*"abc"/);
  }, 30_000);
});

describe("npm run bot:setup without credentials: the setup page", () => {
  it("serves the manifest from ./app.yml with its permissions and events, no placeholder webhook", async () => {
    const dir = tempDir();
    copyFileSync(join(ROOT, "app.yml"), join(dir, "app.yml"));
    copyFileSync(join(ROOT, "package.json"), join(dir, "package.json"));
    const port = await freePort();
    // NO_SMEE_SETUP: Probot would otherwise open a smee.io channel (the network).
    const bot = startBot(dir, { PORT: String(port), NO_SMEE_SETUP: "true" }, ["--setup"]);
    started.push(bot);
    await listening(bot);
    expect(bot.output()).toContain(`open http://localhost:${port}/probot to register the app`);

    const page = await fetch(`http://localhost:${port}/probot`);
    expect(page.status).toBe(200);
    const html = await page.text();
    const manifest = JSON.parse(/name="manifest" id="manifest" value='([^']*)'/.exec(html)![1]!) as Record<
      string,
      unknown
    >;
    const appYml = parse(
      await (await import("node:fs/promises")).readFile(join(ROOT, "app.yml"), "utf8"),
    ) as Record<string, unknown>;
    expect(manifest.default_permissions).toEqual(appYml.default_permissions);
    expect(manifest.default_permissions).toEqual({
      contents: "read",
      issues: "write",
      pull_requests: "write",
      checks: "write",
      organization_projects: "write",
      metadata: "read",
    });
    expect(manifest.default_events).toEqual(["push", "issues", "pull_request"]);
    expect(manifest.public).toBe(false);
    expect(manifest.name).toBe("roadmap-ops");
    // Probot's own webhook address, not a placeholder from app.yml.
    expect(manifest.hook_attributes).toEqual({ url: `http://localhost:${port}/` });
    expect(manifest.redirect_url).toBe(`http://localhost:${port}/probot/setup`);
  }, 30_000);
});

describe("npm run bot without credentials", () => {
  it("serves no setup page: one line says to run npm run bot:setup", async () => {
    const { code, stdout, stderr } = await runBot(tempDir(), {});
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "roadmap-ops app: no APP_ID or PRIVATE_KEY: register the app first with `npm run bot:setup` (a page on localhost that creates it on GitHub from app.yml and writes .env), then run `npm run bot` again\n",
    );
  }, 30_000);
});

describe("npm run bot with credentials", () => {
  it("serves GET /healthz without auth as 200 JSON, and nothing else there", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "key.pem"), KEY);
    const port = await freePort();
    const bot = startBot(dir, {
      PORT: String(port),
      APP_ID: "123",
      PRIVATE_KEY_PATH: "key.pem",
      WEBHOOK_SECRET: "s3cret",
    });
    started.push(bot);
    await listening(bot);

    const health = await fetch(`http://localhost:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(health.headers.get("content-type")).toBe("application/json");
    expect(await health.json()).toMatchObject({ status: "ok" });
    expect((await fetch(`http://localhost:${port}/healthz`, { method: "POST" })).status).toBe(404);
    // Webhooks still need the signature: the health route opened nothing else.
    const unsigned = await fetch(`http://localhost:${port}/api/github/webhooks`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-github-event": "push", "x-github-delivery": "1" },
      body: "{}",
    });
    expect(unsigned.status).toBeGreaterThanOrEqual(400);
    expect(bot.output()).not.toContain("s3cret");
  }, 30_000);
});
