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
  closed_at: string | null;
  pull_request?: unknown;
  /** As GitHub's REST issue gives it: the parent's API URL when it is a sub-issue, else null. */
  parent_issue_url: string | null;
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

/** A GraphQL read: POST /graphql whose document is a query (a mutation is a write). */
export function isGraphqlQuery(request: RecordedRequest): boolean {
  const query = (request.body as { query?: unknown } | undefined)?.query;
  return request.path === "/graphql" && typeof query === "string" && /^\s*(query\b|\{)/.test(query);
}

interface Route {
  method: string;
  path: RegExp;
  reply: (uri: string, body: unknown, headers?: Record<string, unknown>) => Reply | Promise<Reply>;
  /** Only requests whose body this accepts (e.g. the board's GraphQL operations, fake-project.ts). */
  accepts?: (body: unknown) => boolean;
}

/** What a route answers: status, body, headers (nock's reply tuple). */
export type Reply = [number, unknown] | [number, unknown, Record<string, string>];

/**
 * A fault to inject. `on` picks the request: the Nth one the fake records from now (1 is
 * the next), or the first whose method and path match. Kinds:
 * - "502": GitHub answers 502 and stores nothing;
 * - "lost": GitHub stores the write, but the answer is lost (a 502 comes back);
 * - "secondary-limit": a 403 secondary rate limit with `retryAfter` seconds (nothing stored);
 * - "refused": a 422 Validation Failed (nothing stored), as GitHub refuses a request it will not do.
 */
export interface Fault {
  /** `body`: only a request whose body it accepts (e.g. one GraphQL operation, fake-project.ts `operation()`). */
  on: { nth: number } | { method: string; path: RegExp; body?: (body: unknown) => boolean };
  kind: "502" | "lost" | "secondary-limit" | "refused";
  retryAfter?: number;
}

/** GitHub's content-creation limits (issues, comments, labels): 80 a minute, 500 an hour. */
export interface ContentLimits {
  perMinute?: number;
  perHour?: number;
}

const SECONDARY_LIMIT_MESSAGE =
  "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.";

const CONTENT_CREATING = [/\/issues$/, /\/issues\/\d+\/comments$/, /\/labels$/, /\/issues\/\d+\/sub_issues$/];

/** GitHub allows this many sub-issues under one parent. */
const SUB_ISSUES_MAX = 100;

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly labels: FakeLabel[] = [];
  readonly issues: FakeIssue[] = [];
  readonly comments: FakeComment[] = [];
  readonly files = new Map<string, string>();
  /** Each parent's sub-issues (REST ids) in GitHub's order, by parent number. */
  readonly subIssues = new Map<number, number[]>();
  /** The author of the comments the fake creates (a bot: trusted by its type, not its association); set it to act as another token. */
  commentAuthor: CommentAuthor = { user: ACTIONS_BOT, author_association: "NONE" };
  /** Faults still to inject, in order. */
  readonly faults: (Fault & { at?: number })[] = [];
  /** GitHub's content-creation caps, enforced with a 403 secondary limit; set {} to lift them. */
  contentLimits: ContentLimits = { perHour: 500 };
  /** The fake's clock for the caps (ms); tests move it to "an hour later". */
  now: () => number = () => Date.now();
  /**
   * Milliseconds each answer takes (0: at once). The bench sets a few so that requests in
   * flight together overlap and `roundTrips` counts them as one.
   */
  latencyMs = 0;
  /** Round trips since the last resetLog(): requests sent while none was in flight. */
  roundTrips = 0;
  private inFlight = 0;
  private readonly created: number[] = [];
  /** The API address in the Link headers of paged lists (the HTTP double sets its own). */
  apiBase = API;
  private nextId = 1;
  private readonly base: string;

  constructor(readonly repo: RepoRef = REPO) {
    this.base = `/repos/${repo.owner}/${repo.repo}`;
  }

  /** Every request but reads: GETs and GraphQL queries (POST /graphql with a `query …`) aside. */
  get writes(): RecordedRequest[] {
    return this.requests.filter((request) => request.method !== "GET" && !isGraphqlQuery(request));
  }

  /** Forget the recorded requests (the repository state stays). */
  resetLog(): void {
    this.requests.length = 0;
    this.roundTrips = 0;
  }

  /** Injects a fault (see Fault); `nth` counts from the next request. */
  fail(fault: Fault): void {
    this.faults.push({ ...fault, ...("nth" in fault.on ? { at: this.requests.length + fault.on.nth } : {}) });
  }

  /** Content-creating requests the fake accepted within the last hour (by its clock). */
  createdLastHour(): number {
    const now = this.now();
    return this.created.filter((at) => at > now - 3_600_000).length;
  }

  private takeFault(method: string, path: string, body: unknown): Fault | undefined {
    const index = this.faults.findIndex((fault) =>
      "nth" in fault.on
        ? fault.at === this.requests.length
        : fault.on.method === method && fault.on.path.test(path) && (fault.on.body?.(body) ?? true),
    );
    return index === -1 ? undefined : this.faults.splice(index, 1)[0];
  }

  /** A 403 secondary limit when this content-creating request would go over a cap. */
  private overCap(method: string, path: string): Reply | undefined {
    if (method !== "POST" || !CONTENT_CREATING.some((re) => re.test(new URL(path, API).pathname)))
      return undefined;
    const now = this.now();
    const caps: [number | undefined, number][] = [
      [this.contentLimits.perMinute, 60_000],
      [this.contentLimits.perHour, 3_600_000],
    ];
    for (const [cap, window] of caps) {
      if (cap === undefined) continue;
      const recent = this.created.filter((at) => at > now - window);
      if (recent.length >= cap) {
        const retryAfter = Math.ceil((recent[0]! + window - now) / 1000);
        return [403, { message: SECONDARY_LIMIT_MESSAGE }, { "retry-after": String(retryAfter) }];
      }
    }
    this.created.push(now);
    return undefined;
  }

  /** Records a request, injects a fault or a cap when one applies, else answers it. */
  private serve(method: string, uri: string, body: unknown, handle: () => Reply): Reply | Promise<Reply> {
    const path = decodeURIComponent(uri);
    this.requests.push({ method, path, ...(body === undefined || body === "" ? {} : { body }) });
    const answer = (): Reply => {
      const fault = this.takeFault(method, path, body);
      if (fault?.kind === "502") return [502, { message: "Bad Gateway" }];
      if (fault?.kind === "refused") return [422, { message: "Validation Failed" }];
      if (fault?.kind === "secondary-limit") {
        return [403, { message: SECONDARY_LIMIT_MESSAGE }, { "retry-after": String(fault.retryAfter ?? 60) }];
      }
      const capped = this.overCap(method, uri);
      if (capped) return capped;
      const reply = handle();
      if (fault?.kind === "lost") return [502, { message: "Bad Gateway" }];
      return reply;
    };
    if (this.inFlight === 0) this.roundTrips++;
    if (this.latencyMs <= 0) return answer();
    this.inFlight++;
    return new Promise((resolve) =>
      setTimeout(() => {
        this.inFlight--;
        resolve(answer());
      }, this.latencyMs),
    );
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
    /** When a closed issue was closed (default: its creation time). */
    closed_at?: string | null;
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
      closed_at: null,
      parent_issue_url: null,
    };
    if (issue.state === "closed") issue.closed_at = fields.closed_at ?? issue.created_at;
    this.issues.push(issue);
    return issue;
  }

  /** The numbers of a parent's sub-issues, in order. */
  subIssueNumbers(parent: number): number[] {
    return (this.subIssues.get(parent) ?? []).map(
      (id) => this.issues.find((issue) => issue.id === id)!.number,
    );
  }

  /** Makes `child` a sub-issue of `parent` (at the end), as a learner would in GitHub's panel. */
  addSubIssue(parent: number, child: number): void {
    const issue = this.issue(child);
    for (const ids of this.subIssues.values())
      if (ids.includes(issue.id)) ids.splice(ids.indexOf(issue.id), 1);
    const list = this.subIssues.get(parent) ?? [];
    list.push(issue.id);
    this.subIssues.set(parent, list);
    issue.parent_issue_url = `${this.apiBase}${this.base}/issues/${parent}`;
  }

  issue(number: number): FakeIssue {
    const issue = this.issues.find((candidate) => candidate.number === number);
    if (!issue) throw new Error(`no issue #${number}`);
    return issue;
  }

  /** Starts intercepting; call nock.cleanAll() (the global setup does) to stop. */
  intercept(): nock.Scope {
    const scope = nock(API).persist();
    for (const { method, path, reply, accepts } of this.routes()) {
      const body = accepts ? (candidate: unknown) => accepts(candidate) : undefined;
      scope.intercept(path, method, body as never).reply(function (uri, requestBody) {
        return reply(uri, requestBody, this.req.headers);
      });
    }
    return scope;
  }

  private readonly extraRoutes: Route[] = [];

  /**
   * A route answered like the fake's own (recorded in `requests`, faults injected, latency):
   * the board's GraphQL (fake-project.ts) adds its operations this way. Call before intercept().
   */
  addRoute(
    method: string,
    path: RegExp,
    answer: (uri: string, body: unknown, headers?: Record<string, unknown>) => Reply,
    accepts?: (body: unknown) => boolean,
  ): void {
    this.extraRoutes.push({
      method,
      path,
      ...(accepts ? { accepts } : {}),
      reply: (uri, body, headers) => this.serve(method, uri, body, () => answer(uri, body, headers)),
    });
    this.cachedRoutes = undefined;
  }

  /**
   * Answers one request as the fake would behind nock (for the HTTP double in
   * github-server.ts); undefined when no route matches.
   */
  handle(method: string, uri: string, body: unknown): Reply | Promise<Reply> | undefined {
    const route = this.routes().find(
      (candidate) =>
        candidate.method === method && candidate.path.test(uri) && (candidate.accepts?.(body) ?? true),
    );
    return route?.reply(uri, body);
  }

  private cachedRoutes: Route[] | undefined;

  /** The REST routes the fake answers, in matching order (nock and the HTTP double share them). */
  private routes(): Route[] {
    if (this.cachedRoutes) return this.cachedRoutes;
    const routes: Route[] = [...this.extraRoutes];
    const on = (method: string, path: RegExp) => ({
      reply: (reply: Route["reply"]) => routes.push({ method, path, reply }),
    });
    const scope = {
      get: (path: RegExp) => on("GET", path),
      post: (path: RegExp) => on("POST", path),
      put: (path: RegExp) => on("PUT", path),
      patch: (path: RegExp) => on("PATCH", path),
      delete: (path: RegExp) => on("DELETE", path),
    };
    const route = (path: string) => new RegExp(`^${this.base}${path}(\\?.*)?$`);

    scope.get(route("/labels")).reply((uri) =>
      this.serve("GET", uri, undefined, () => {
        return this.page(uri, this.labels);
      }),
    );
    scope.get(route("/labels/([^/?]+)")).reply((uri) =>
      this.serve("GET", uri, undefined, () => {
        const name = decodeURIComponent(/labels\/([^/?]+)/.exec(uri)![1]!);
        const label = this.labels.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
        return label ? [200, label] : [404, { message: "Not Found" }];
      }),
    );
    scope.post(route("/labels")).reply((uri, body) =>
      this.serve("POST", uri, body, () => {
        const { name, color, description } = body as Body;
        if (this.labels.some((label) => label.name.toLowerCase() === String(name).toLowerCase())) {
          return [422, { message: "Validation Failed", errors: [{ code: "already_exists" }] }];
        }
        return [201, this.label(String(name), String(color), (description as string) ?? null)];
      }),
    );
    scope.patch(route("/labels/([^/?]+)")).reply((uri, body) =>
      this.serve("PATCH", uri, body, () => {
        const name = decodeURIComponent(/labels\/([^/?]+)/.exec(uri)![1]!);
        const label = this.labels.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
        if (!label) return [404, { message: "Not Found" }];
        Object.assign(label, body as Body);
        return [200, label];
      }),
    );

    scope.get(route("/issues")).reply((uri) =>
      this.serve("GET", uri, undefined, () => {
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
      }),
    );
    scope.post(route("/issues")).reply((uri, body) =>
      this.serve("POST", uri, body, () => {
        const { title, body: text, labels } = body as Body;
        return [
          201,
          this.addIssue({
            title: String(title),
            body: String(text ?? ""),
            labels: (labels as string[]) ?? [],
          }),
        ];
      }),
    );
    scope.get(route("/issues/(\\d+)")).reply((uri) =>
      this.serve("GET", uri, undefined, () => {
        const issue = this.issues.find((candidate) => candidate.number === this.numberIn(uri));
        return issue ? [200, issue] : [404, { message: "Not Found" }];
      }),
    );
    scope.patch(route("/issues/(\\d+)")).reply((uri, body) =>
      this.serve("PATCH", uri, body, () => {
        const issue = this.issue(this.numberIn(uri));
        const { title, body: text, state, state_reason } = body as Body;
        if (title !== undefined) issue.title = String(title);
        if (text !== undefined) issue.body = String(text);
        if (state !== undefined) {
          issue.state = state as FakeIssue["state"];
          issue.state_reason =
            (state_reason as string | undefined) ?? (state === "closed" ? "completed" : "reopened");
          issue.closed_at = state === "closed" ? "2026-11-26T00:00:00Z" : null;
        }
        return [200, issue];
      }),
    );
    scope.post(route("/issues/(\\d+)/labels")).reply((uri, body) =>
      this.serve("POST", uri, body, () => {
        const issue = this.issue(this.numberIn(uri));
        for (const name of (body as Body).labels as string[]) {
          if (!issue.labels.some((label) => label.name.toLowerCase() === name.toLowerCase()))
            issue.labels.push(this.label(name));
        }
        return [200, issue.labels];
      }),
    );
    scope.delete(route("/issues/(\\d+)/labels/([^/?]+)")).reply((uri) =>
      this.serve("DELETE", uri, undefined, () => {
        const issue = this.issue(this.numberIn(uri));
        const name = decodeURIComponent(/labels\/([^/?]+)/.exec(uri)![1]!);
        const index = issue.labels.findIndex((label) => label.name.toLowerCase() === name.toLowerCase());
        if (index === -1) return [404, { message: "Label does not exist" }];
        issue.labels.splice(index, 1);
        return [200, issue.labels];
      }),
    );
    scope.get(route("/issues/(\\d+)/sub_issues")).reply((uri) =>
      this.serve("GET", uri, undefined, () => {
        const parent = this.numberIn(uri);
        const ids = this.subIssues.get(parent) ?? [];
        return this.page(
          uri,
          ids.map((id) => this.issues.find((issue) => issue.id === id)!),
        );
      }),
    );
    scope.post(route("/issues/(\\d+)/sub_issues")).reply((uri, body) =>
      this.serve("POST", uri, body, () => {
        const parent = this.numberIn(uri);
        const { sub_issue_id, replace_parent } = body as Body;
        const child = this.issues.find((issue) => issue.id === sub_issue_id);
        if (!child || !this.issues.some((issue) => issue.number === parent))
          return [404, { message: "Not Found" }];
        const list = this.subIssues.get(parent) ?? [];
        // GitHub knows a sub-issue's parent whether or not its answers show parent_issue_url.
        const elsewhere = [...this.subIssues].some(
          ([other, ids]) => other !== parent && ids.includes(child.id),
        );
        if (list.includes(child.id) || (elsewhere && replace_parent !== true)) {
          return [
            422,
            {
              message: "Validation Failed",
              errors: [{ message: "Issue may not contain duplicate sub-issues" }],
            },
          ];
        }
        if (list.length >= SUB_ISSUES_MAX) return [422, { message: "Validation Failed" }];
        for (const [other, ids] of this.subIssues) {
          if (other !== parent && ids.includes(child.id)) ids.splice(ids.indexOf(child.id), 1);
        }
        this.addSubIssue(parent, child.number);
        return [201, this.issue(parent)];
      }),
    );
    scope.delete(route("/issues/(\\d+)/sub_issue")).reply((uri, body) =>
      this.serve("DELETE", uri, body, () => {
        const parent = this.numberIn(uri);
        const id = (body as Body).sub_issue_id as number;
        const list = this.subIssues.get(parent) ?? [];
        if (!list.includes(id)) return [404, { message: "Not Found" }];
        list.splice(list.indexOf(id), 1);
        this.issues.find((issue) => issue.id === id)!.parent_issue_url = null;
        return [200, this.issue(parent)];
      }),
    );
    scope.patch(route("/issues/(\\d+)/sub_issues/priority")).reply((uri, body) =>
      this.serve("PATCH", uri, body, () => {
        const parent = this.numberIn(uri);
        const { sub_issue_id, after_id, before_id } = body as Body;
        const list = this.subIssues.get(parent) ?? [];
        const anchor = (after_id ?? before_id) as number | undefined;
        if ((after_id === undefined) === (before_id === undefined))
          return [422, { message: "Validation Failed" }];
        if (!list.includes(sub_issue_id as number) || !list.includes(anchor!))
          return [422, { message: "Validation Failed" }];
        list.splice(list.indexOf(sub_issue_id as number), 1);
        list.splice(list.indexOf(anchor!) + (after_id === undefined ? 0 : 1), 0, sub_issue_id as number);
        return [200, this.issue(parent)];
      }),
    );
    scope.get(route("/issues/(\\d+)/comments")).reply((uri) =>
      this.serve("GET", uri, undefined, () => {
        const number = this.numberIn(uri);
        return this.page(
          uri,
          this.comments.filter((comment) => comment.issue === number),
        );
      }),
    );
    scope.post(route("/issues/(\\d+)/comments")).reply((uri, body) =>
      this.serve("POST", uri, body, () => {
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
      }),
    );
    scope.patch(route("/issues/comments/(\\d+)")).reply((uri, body) =>
      this.serve("PATCH", uri, body, () => {
        const id = Number(/comments\/(\d+)/.exec(uri)![1]);
        const comment = this.comments.find((candidate) => candidate.id === id);
        if (!comment) return [404, { message: "Not Found" }];
        comment.body = String((body as Body).body);
        return [200, comment];
      }),
    );
    scope.get(route("/contents/(.+)")).reply((uri) =>
      this.serve("GET", uri, undefined, () => {
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
      }),
    );
    this.cachedRoutes = routes;
    return routes;
  }

  private numberIn(uri: string): number {
    return Number(/issues\/(\d+)/.exec(uri)![1]);
  }

  /** One page of a list, with the Link header Octokit's paginate follows. */
  private page<T>(uri: string, items: T[]): Reply {
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
