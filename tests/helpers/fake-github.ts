// A small in-memory GitHub repository behind nock: enough of the REST API (issues, labels,
// comments, contents) to run a whole sync twice and check that the second run writes
// nothing. Every request is recorded (method, path, body) so tests and the benchmark
// can assert exactly what was sent. Unknown routes are not intercepted: they fail.
import nock from "nock";
import { API, REPO } from "./constants.js";
import type { RepoRef } from "../../core/github/client.js";

export interface RecordedRequest {
  method: string;
  path: string;
  body?: unknown;
}

interface FakeLabel {
  id: number;
  name: string;
  color: string;
  description: string | null;
}

interface FakeIssue {
  id: number;
  node_id: string;
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  state_reason: string | null;
  labels: FakeLabel[];
  html_url: string;
  created_at: string;
  pull_request?: unknown;
}

interface FakeComment {
  id: number;
  issue: number;
  body: string;
  html_url: string;
  created_at: string;
  user: { login: string; type: "Bot" | "User" };
  /** How the author is associated with the repository ("OWNER", "NONE", ...). */
  author_association?: string;
}

/** The author of comments the fake creates: what GITHUB_TOKEN writes as (REST user type "Bot"). */
export const ACTIONS_BOT: FakeComment["user"] = { login: "github-actions[bot]", type: "Bot" };

/** Who the fake's created comments are by. */
export interface CommentAuthor {
  user: FakeComment["user"];
  author_association: string;
}

/** A personal access token passed as `token:` writes as its owner: a User, the repository's OWNER. */
export const PAT_OWNER: CommentAuthor = {
  user: { login: "octo-learner", type: "User" },
  author_association: "OWNER",
};

type Body = Record<string, unknown>;

/** A reply as nock takes it: status, JSON body, headers. */
export type Reply = [number, unknown] | [number, unknown, Record<string, string>];

interface Route {
  method: string;
  path: RegExp;
  reply: (uri: string, body: unknown) => Reply;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly labels: FakeLabel[] = [];
  readonly issues: FakeIssue[] = [];
  readonly comments: FakeComment[] = [];
  readonly files = new Map<string, string>();
  /** The author of the comments the fake creates (a bot: trusted by its type, not its association); set it to act as another token. */
  commentAuthor: CommentAuthor = { user: ACTIONS_BOT, author_association: "NONE" };
  /** The API address in the Link headers of paged lists (the HTTP double sets its own). */
  apiBase = API;
  private nextId = 1;
  private readonly base: string;

  constructor(readonly repo: RepoRef = REPO) {
    this.base = `/repos/${repo.owner}/${repo.repo}`;
  }

  get writes(): RecordedRequest[] {
    return this.requests.filter((request) => request.method !== "GET");
  }

  /** Forget the recorded requests (the repository state stays). */
  resetLog(): void {
    this.requests.length = 0;
  }

  label(name: string, color = "ededed", description: string | null = null): FakeLabel {
    const existing = this.labels.find((label) => label.name.toLowerCase() === name.toLowerCase());
    if (existing) return existing;
    const label = { id: this.nextId++, name, color, description };
    this.labels.push(label);
    return label;
  }

  addIssue(fields: {
    title: string;
    body: string;
    labels?: string[];
    state?: "open" | "closed";
    state_reason?: string | null;
  }): FakeIssue {
    const number = this.issues.length + 1;
    const issue: FakeIssue = {
      id: 5000 + number,
      node_id: `I_fake${number}`,
      number,
      title: fields.title,
      body: fields.body,
      state: fields.state ?? "open",
      state_reason: fields.state_reason ?? null,
      labels: (fields.labels ?? []).map((name) => this.label(name)),
      html_url: `https://github.com/${this.repo.owner}/${this.repo.repo}/issues/${number}`,
      created_at: new Date(Date.UTC(2026, 10, 1, 0, 0, number)).toISOString(),
    };
    this.issues.push(issue);
    return issue;
  }

  issue(number: number): FakeIssue {
    const issue = this.issues.find((candidate) => candidate.number === number);
    if (!issue) throw new Error(`no issue #${number}`);
    return issue;
  }

  /** Starts intercepting; call nock.cleanAll() (the global setup does) to stop. */
  intercept(): nock.Scope {
    const scope = nock(API).persist();
    for (const { method, path, reply } of this.routes()) {
      scope.intercept(path, method).reply((uri, body) => reply(uri, body));
    }
    return scope;
  }

  /**
   * Answers one request as the fake would behind nock (for the HTTP double in
   * github-server.ts); undefined when no route matches.
   */
  handle(method: string, uri: string, body: unknown): Reply | undefined {
    const route = this.routes().find((candidate) => candidate.method === method && candidate.path.test(uri));
    return route?.reply(uri, body);
  }

  private cachedRoutes: Route[] | undefined;

  /** The REST routes the fake answers, in matching order. */
  private routes(): Route[] {
    if (this.cachedRoutes) return this.cachedRoutes;
    const routes: Route[] = [];
    const on = (method: string, path: RegExp) => ({
      reply: (reply: Route["reply"]) => routes.push({ method, path, reply }),
    });
    const scope = {
      get: (path: RegExp) => on("GET", path),
      post: (path: RegExp) => on("POST", path),
      patch: (path: RegExp) => on("PATCH", path),
      delete: (path: RegExp) => on("DELETE", path),
    };
    const record = (method: string, uri: string, body?: unknown) => {
      this.requests.push({
        method,
        path: decodeURIComponent(uri),
        ...(body === undefined || body === "" ? {} : { body }),
      });
    };
    const route = (path: string) => new RegExp(`^${this.base}${path}(\\?.*)?$`);

    scope.get(route("/labels")).reply((uri) => {
      record("GET", uri);
      return this.page(uri, this.labels);
    });
    scope.post(route("/labels")).reply((uri, body) => {
      record("POST", uri, body);
      const { name, color, description } = body as Body;
      if (this.labels.some((label) => label.name.toLowerCase() === String(name).toLowerCase())) {
        return [422, { message: "Validation Failed", errors: [{ code: "already_exists" }] }];
      }
      return [201, this.label(String(name), String(color), (description as string) ?? null)];
    });
    scope.patch(route("/labels/([^/?]+)")).reply((uri, body) => {
      record("PATCH", uri, body);
      const name = decodeURIComponent(/labels\/([^/?]+)/.exec(uri)![1]!);
      const label = this.labels.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
      if (!label) return [404, { message: "Not Found" }];
      Object.assign(label, body as Body);
      return [200, label];
    });

    scope.get(route("/issues")).reply((uri) => {
      record("GET", uri);
      const query = new URL(uri, API).searchParams;
      const wanted = (query.get("labels") ?? "").split(",").filter(Boolean);
      const state = query.get("state") ?? "open";
      const matching = this.issues
        .filter((issue) => state === "all" || issue.state === state)
        .filter((issue) =>
          wanted.every((name) =>
            issue.labels.some((label) => label.name.toLowerCase() === name.toLowerCase()),
          ),
        )
        .sort((a, b) => b.number - a.number);
      return this.page(uri, matching);
    });
    scope.post(route("/issues")).reply((uri, body) => {
      record("POST", uri, body);
      const { title, body: text, labels } = body as Body;
      return [
        201,
        this.addIssue({ title: String(title), body: String(text ?? ""), labels: (labels as string[]) ?? [] }),
      ];
    });
    scope.get(route("/issues/(\\d+)")).reply((uri) => {
      record("GET", uri);
      const issue = this.issues.find((candidate) => candidate.number === this.numberIn(uri));
      return issue ? [200, issue] : [404, { message: "Not Found" }];
    });
    scope.patch(route("/issues/(\\d+)")).reply((uri, body) => {
      record("PATCH", uri, body);
      const issue = this.issue(this.numberIn(uri));
      const { title, body: text, state, state_reason } = body as Body;
      if (title !== undefined) issue.title = String(title);
      if (text !== undefined) issue.body = String(text);
      if (state !== undefined) {
        issue.state = state as FakeIssue["state"];
        issue.state_reason =
          (state_reason as string | undefined) ?? (state === "closed" ? "completed" : "reopened");
      }
      return [200, issue];
    });
    scope.post(route("/issues/(\\d+)/labels")).reply((uri, body) => {
      record("POST", uri, body);
      const issue = this.issue(this.numberIn(uri));
      for (const name of (body as Body).labels as string[]) {
        if (!issue.labels.some((label) => label.name.toLowerCase() === name.toLowerCase()))
          issue.labels.push(this.label(name));
      }
      return [200, issue.labels];
    });
    scope.delete(route("/issues/(\\d+)/labels/([^/?]+)")).reply((uri) => {
      record("DELETE", uri);
      const issue = this.issue(this.numberIn(uri));
      const name = decodeURIComponent(/labels\/([^/?]+)/.exec(uri)![1]!);
      const index = issue.labels.findIndex((label) => label.name.toLowerCase() === name.toLowerCase());
      if (index === -1) return [404, { message: "Label does not exist" }];
      issue.labels.splice(index, 1);
      return [200, issue.labels];
    });
    scope.get(route("/issues/(\\d+)/comments")).reply((uri) => {
      record("GET", uri);
      const number = this.numberIn(uri);
      return this.page(
        uri,
        this.comments.filter((comment) => comment.issue === number),
      );
    });
    scope.post(route("/issues/(\\d+)/comments")).reply((uri, body) => {
      record("POST", uri, body);
      const number = this.numberIn(uri);
      const id = this.nextId++;
      const comment: FakeComment = {
        id,
        issue: number,
        body: String((body as Body).body),
        html_url: `https://github.com/${this.repo.owner}/${this.repo.repo}/issues/${number}#issuecomment-${id}`,
        created_at: "2026-11-26T00:00:00Z",
        ...this.commentAuthor,
      };
      this.comments.push(comment);
      return [201, comment];
    });
    scope.patch(route("/issues/comments/(\\d+)")).reply((uri, body) => {
      record("PATCH", uri, body);
      const id = Number(/comments\/(\d+)/.exec(uri)![1]);
      const comment = this.comments.find((candidate) => candidate.id === id);
      if (!comment) return [404, { message: "Not Found" }];
      comment.body = String((body as Body).body);
      return [200, comment];
    });
    scope.get(route("/contents/(.+)")).reply((uri) => {
      record("GET", uri);
      const path = decodeURIComponent(new URL(uri, API).pathname.slice(`${this.base}/contents/`.length));
      const text = this.files.get(path);
      if (text === undefined) {
        // A directory: the entries directly inside it, as the Contents API lists them.
        const prefix = `${path}/`;
        const names = new Map<string, string>();
        for (const file of this.files.keys()) {
          if (!file.startsWith(prefix)) continue;
          const [name, ...rest] = file.slice(prefix.length).split("/");
          names.set(name!, rest.length ? "dir" : "file");
        }
        if (names.size === 0) return [404, { message: "Not Found" }];
        return [200, [...names].map(([name, type]) => ({ name, path: `${prefix}${name}`, type }))];
      }
      return [
        200,
        {
          type: "file",
          path,
          sha: `sha-${text.length}`,
          encoding: "base64",
          content: Buffer.from(text).toString("base64"),
        },
      ];
    });
    this.cachedRoutes = routes;
    return routes;
  }

  private numberIn(uri: string): number {
    return Number(/issues\/(\d+)/.exec(uri)![1]);
  }

  /** One page of a list, with the Link header Octokit's paginate follows. */
  private page<T>(uri: string, items: T[]): [number, T[], Record<string, string>] {
    const url = new URL(uri, API);
    const perPage = Number(url.searchParams.get("per_page") ?? 30);
    const page = Number(url.searchParams.get("page") ?? 1);
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = {};
    if (page * perPage < items.length) {
      url.searchParams.set("page", String(page + 1));
      headers.link = `<${this.apiBase}${url.pathname}${url.search}>; rel="next"`;
    }
    return [200, slice, headers];
  }
}
