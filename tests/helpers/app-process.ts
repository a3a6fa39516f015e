// The App as a real process: `bot/server.ts` (what `npm run bot` runs) in a child process
// with a test environment: a private key made for the test, a webhook secret, REDIS_URL,
// and GitHub's API pointed at a GitHubServer on localhost. Deliveries are signed as GitHub
// signs them (X-Hub-Signature-256: sha256 HMAC of the body with the webhook secret).
// Used by the multi-instance tests and the bench (so no vitest import here).
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { createHmac, generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");

/** What every instance of one test shares: the key, the secret, Redis and the API double. */
export interface AppEnvironment {
  privateKey: string;
  webhookSecret: string;
  redisUrl?: string;
  /** host:port of the GitHubServer. */
  githubHost: string;
  /** Keeps this test's queue apart from any other in the same Redis. */
  queuePrefix: string;
  extra?: Record<string, string>;
}

export function testEnvironment(githubHost: string, redisUrl?: string): AppEnvironment {
  const { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  return {
    privateKey,
    webhookSecret: randomBytes(16).toString("hex"),
    ...(redisUrl ? { redisUrl } : {}),
    githubHost,
    queuePrefix: `test-${randomBytes(4).toString("hex")}`,
  };
}

export interface LogLine {
  level?: number;
  msg?: string;
  [field: string]: unknown;
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface Answer {
  status: number;
  ms: number;
  body: string;
}

function http(
  port: number,
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
      );
    });
    req.on("error", reject);
    req.end(body);
  });
}

export class AppProcess {
  readonly logs: LogLine[] = [];
  /** Every output line, raw (to check that no secret is ever printed). */
  readonly output: string[] = [];
  private exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcess,
    readonly port: number,
    private readonly env: AppEnvironment,
  ) {
    for (const stream of [child.stdout!, child.stderr!]) {
      let rest = "";
      stream.on("data", (chunk: Buffer) => {
        const lines = (rest + chunk.toString("utf8")).split("\n");
        rest = lines.pop() ?? "";
        for (const line of lines) {
          this.output.push(line);
          try {
            this.logs.push(JSON.parse(line) as LogLine);
          } catch {
            this.logs.push({ msg: line });
          }
        }
      });
    }
    this.exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  }

  static async start(env: AppEnvironment): Promise<AppProcess> {
    const port = await freePort();
    // `node --import tsx`, not the tsx CLI: the CLI runs the server in a grandchild, which a
    // SIGKILL of the child would leave running.
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "bot/server.ts")], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? "",
        NODE_ENV: "production",
        APP_ID: "1",
        PRIVATE_KEY: env.privateKey,
        WEBHOOK_SECRET: env.webhookSecret,
        ...(env.redisUrl ? { REDIS_URL: env.redisUrl } : {}),
        PORT: String(port),
        HOST: "127.0.0.1",
        GHE_HOST: env.githubHost,
        GHE_PROTOCOL: "http",
        LOG_LEVEL: "info",
        LOG_FORMAT: "json",
        QUEUE_PREFIX: env.queuePrefix,
        QUEUE_LOCK_MS: "2000",
        QUEUE_STALLED_MS: "1000",
        QUEUE_BACKOFF_MS: "200",
        SHUTDOWN_GRACE_MS: "5000",
        ...env.extra,
      },
    });
    const app = new AppProcess(child, port, env);
    await app.ready();
    return app;
  }

  get pid(): number {
    return this.child.pid!;
  }

  private async ready(timeoutMs = 30_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    let exited = false;
    void this.exited.then(() => (exited = true));
    while (Date.now() < until && !exited) {
      try {
        const { status } = await http(this.port, "GET", "/healthz");
        if (status === 200) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    this.child.kill("SIGKILL");
    throw new Error(`the app did not become healthy:\n${this.output.slice(-30).join("\n")}`);
  }

  get(path: string): Promise<{ status: number; body: string }> {
    return http(this.port, "GET", path);
  }

  /** Sends one signed webhook delivery; resolves with the answer and how long it took. */
  async deliver(name: string, payload: unknown, id: string): Promise<Answer> {
    const body = JSON.stringify(payload);
    const signature = `sha256=${createHmac("sha256", this.env.webhookSecret).update(body).digest("hex")}`;
    const started = performance.now();
    const answer = await http(this.port, "POST", "/api/github/webhooks", body, {
      "content-type": "application/json",
      "x-github-event": name,
      "x-github-delivery": id,
      "x-hub-signature-256": signature,
    });
    return { ...answer, ms: performance.now() - started };
  }

  /** Resolves with the first log line matching, or rejects after timeoutMs. */
  async waitForLog(match: (line: LogLine) => boolean, timeoutMs = 30_000): Promise<LogLine> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const line = this.logs.find(match);
      if (line) return line;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no such log line within ${timeoutMs} ms`);
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** Waits for the process to end; the exit code (null when killed by a signal). */
  exit(): Promise<number | null> {
    return this.exited;
  }

  /** SIGTERM, then SIGKILL if it does not end within timeoutMs. */
  async stop(timeoutMs = 10_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill("SIGTERM");
    const timer = setTimeout(() => this.child.kill("SIGKILL"), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }
}
