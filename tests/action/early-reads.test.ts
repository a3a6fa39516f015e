// The reads a run sends before its roadmap is validated (action/early-reads.ts): each is sent
// once, answers the step's identical read, and nothing but reads can go out early.
import { describe, expect, it } from "vitest";
import type { GitHubClient, GitHubResponse, RequestParams } from "../../core/github/client.js";
import { EarlyReadRefused, earlyReads } from "../../action/early-reads.js";

/** A client that records each call and answers from `answer` (a rejection when it throws). */
function recordingClient(answer: (route: string) => unknown = () => []) {
  const sent: string[] = [];
  const reply = async (route: string, params?: RequestParams) => {
    sent.push(`${route} ${JSON.stringify(params ?? {})}`);
    return answer(route);
  };
  const client: GitHubClient = {
    request: async <T>(route: string, params?: RequestParams) =>
      ({ status: 200, data: (await reply(route, params)) as T, headers: {} }) as GitHubResponse<T>,
    paginate: async <T>(route: string, params?: RequestParams) => (await reply(route, params)) as T[],
    graphql: async <T>(query: string) => (await reply(`graphql ${query}`)) as T,
  };
  return { client, sent };
}

const LIST = "GET /repos/{owner}/{repo}/issues";

describe("early reads", () => {
  it("answer the first identical read from the request already sent; the next one is sent again", async () => {
    const { client, sent } = recordingClient(() => [{ number: 1 }]);
    const early = earlyReads(client);
    await early.start((github) => github.paginate(LIST, { owner: "o", repo: "r", per_page: 100 }));
    expect(sent).toHaveLength(1);
    expect(early.pending).toBe(1);
    // The same params in another order are the same read.
    expect(await early.github.paginate(LIST, { per_page: 100, repo: "r", owner: "o" })).toEqual([
      { number: 1 },
    ]);
    expect(sent).toHaveLength(1);
    expect(early.pending).toBe(0);
    await early.github.paginate(LIST, { owner: "o", repo: "r", per_page: 100 });
    expect(sent).toHaveLength(2);
  });

  it("a read with other params, and every write, goes to GitHub as it comes", async () => {
    const { client, sent } = recordingClient();
    const early = earlyReads(client);
    await early.start((github) => github.paginate(LIST, { owner: "o", repo: "r", state: "all" }));
    await early.github.paginate(LIST, { owner: "o", repo: "r", state: "open" });
    await early.github.request("PATCH /repos/{owner}/{repo}/issues/{issue_number}", { issue_number: 1 });
    await early.github.graphql("mutation { x }");
    expect(sent).toEqual([
      `${LIST} {"owner":"o","repo":"r","state":"all"}`,
      `${LIST} {"owner":"o","repo":"r","state":"open"}`,
      'PATCH /repos/{owner}/{repo}/issues/{issue_number} {"issue_number":1}',
      "graphql mutation { x } {}",
    ]);
  });

  it("an early answer is dropped once the run has written: the read after the write is sent again", async () => {
    const { client, sent } = recordingClient();
    const early = earlyReads(client);
    await early.start((github) => github.paginate(LIST, { owner: "o", repo: "r" }));
    await early.github.request("POST /repos/{owner}/{repo}/issues", { title: "x" });
    expect(early.pending).toBe(0);
    await early.github.paginate(LIST, { owner: "o", repo: "r" });
    expect(sent.filter((line) => line.startsWith(LIST))).toHaveLength(2);
  });

  it("refuses to send anything but a read before the roadmap is valid", async () => {
    const { client, sent } = recordingClient();
    const early = earlyReads(client);
    const refused: unknown[] = [];
    let reads: Promise<unknown> = Promise.resolve();
    await early.start((github) => {
      reads = Promise.all([
        github.request("POST /repos/{owner}/{repo}/issues", { title: "x" }).catch((e) => refused.push(e)),
        github.paginate("POST /repos/{owner}/{repo}/labels").catch((e) => refused.push(e)),
        github.graphql("mutation { x }").catch((e) => refused.push(e)),
      ]);
      return reads;
    });
    await reads;
    expect(sent).toEqual([]);
    expect(refused).toHaveLength(3);
    expect(refused.every((error) => error instanceof EarlyReadRefused)).toBe(true);
  });

  it("a failed early read fails the step that takes it, and nobody else", async () => {
    const { client } = recordingClient(() => {
      throw new Error("502 Bad Gateway");
    });
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => rejections.push(reason);
    process.on("unhandledRejection", onRejection);
    try {
      const early = earlyReads(client);
      await early.start((github) => github.request("GET /repos/{owner}/{repo}", { owner: "o", repo: "r" }));
      await early.start((github) => github.paginate(LIST, { owner: "o", repo: "r" }));
      await expect(
        early.github.request("GET /repos/{owner}/{repo}", { owner: "o", repo: "r" }),
      ).rejects.toThrow("502 Bad Gateway");
      // The list is never taken (an invalid roadmap): dropped without an unhandled rejection.
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(early.pending).toBe(1);
    } finally {
      process.off("unhandledRejection", onRejection);
    }
    expect(rejections).toEqual([]);
  });
});
