// GitHub's API as a real HTTP server on localhost, for tests whose App runs in child
// processes (nock cannot reach into another process). Each repository is a FakeGitHub
// (the same routes and recording as behind nock); the server adds the App's side: an
// installation token for any installation. Served under /api/v3, so a child process finds
// it with GHE_HOST=127.0.0.1:<port> and GHE_PROTOCOL=http, as for GitHub Enterprise Server.
import { createServer } from "node:http";
import type { IncomingMessage, Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { RepoRef } from "../../core/github/client.js";
import { FakeGitHub } from "./fake-github.js";

const PREFIX = "/api/v3";

export class GitHubServer {
  readonly repos = new Map<string, FakeGitHub>();
  /** Installation tokens handed out, by installation id. */
  readonly tokens = new Map<number, number>();
  /** Requests no route answered (a test expects none). */
  readonly unmatched: string[] = [];
  /** Delay before each answer, in ms (GitHub is not instant). */
  latencyMs = 0;
  private server: Server | undefined;
  private base = "";

  /** The fake repository `owner/repo` (created on first use). */
  repo(ref: RepoRef): FakeGitHub {
    const key = `${ref.owner}/${ref.repo}`.toLowerCase();
    let fake = this.repos.get(key);
    if (!fake) {
      fake = new FakeGitHub(ref);
      fake.apiBase = this.base;
      this.repos.set(key, fake);
    }
    return fake;
  }

  /** Listens on a free port of 127.0.0.1; returns host:port (the child's GHE_HOST). */
  async start(): Promise<string> {
    const server = createServer((req, res) => {
      void this.answer(req).then(([status, body, headers]) => {
        const send = () =>
          res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
        if (this.latencyMs) setTimeout(send, this.latencyMs);
        else send();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    this.server = server;
    const { port } = server.address() as AddressInfo;
    this.base = `http://127.0.0.1:${port}${PREFIX}`;
    for (const fake of this.repos.values()) fake.apiBase = this.base;
    return `127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async answer(req: IncomingMessage): Promise<[number, unknown, Record<string, string>?]> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const body: unknown = text ? JSON.parse(text) : undefined;
    const method = req.method ?? "GET";
    const uri = (req.url ?? "/").startsWith(PREFIX) ? req.url!.slice(PREFIX.length) : (req.url ?? "/");

    const token = /^\/app\/installations\/(\d+)\/access_tokens$/.exec(uri);
    if (method === "POST" && token) {
      const id = Number(token[1]);
      this.tokens.set(id, (this.tokens.get(id) ?? 0) + 1);
      return [
        201,
        {
          token: `ghs_test_${id}`,
          expires_at: new Date(Date.now() + 3600_000).toISOString(),
          permissions: { issues: "write", contents: "read", metadata: "read" },
          repository_selection: "all",
        },
      ];
    }
    const repo = /^\/repos\/([^/]+)\/([^/?]+)/.exec(uri);
    const fake = repo ? this.repos.get(`${repo[1]}/${repo[2]}`.toLowerCase()) : undefined;
    const reply = await fake?.handle(method, uri, body);
    if (!reply) {
      this.unmatched.push(`${method} ${uri}`);
      return [404, { message: "Not Found (no route in the test double)" }];
    }
    return reply;
  }
}
