import { describe, expect, it } from "vitest";
import type { Logger } from "../../../core/github/client.js";
import { commitFile } from "../../../core/github/commit-file.js";
import { readContents, readRepoFile } from "../../../core/github/contents.js";
import { isNotFound, statusOf } from "../../../core/github/errors.js";
import { api, expectOnly, REPO, REPO_PATH, testGitHub, trackUnmatched } from "../../helpers/github.js";

const log: Logger = { info() {}, warn() {}, debug() {} };
const MESSAGE = "docs(roadmap): update progress [skip ci]";
const b64 = (text: string) => Buffer.from(text).toString("base64");
const contents = (text: string, sha: string) => ({
  type: "file",
  encoding: "base64",
  content: b64(text),
  sha,
});

const unmatched = trackUnmatched();

describe("commitFile", () => {
  it("writes nothing when the bytes are the same", async () => {
    const scope = api().get(`${REPO_PATH}/contents/README.md`).reply(200, contents("same\n", "s1"));
    const result = await commitFile(
      { github: testGitHub(), repo: REPO, log },
      { path: "README.md", content: "same\n", message: MESSAGE },
    );
    expect(result).toEqual({ status: "unchanged" });
    expectOnly(unmatched, scope);
  });

  it("PUTs the new content with the sha it read", async () => {
    const scope = api()
      .get(`${REPO_PATH}/contents/README.md`)
      .reply(200, contents("old\n", "s1"))
      .put(`${REPO_PATH}/contents/README.md`, { message: MESSAGE, content: b64("new\n"), sha: "s1" })
      .reply(200, { commit: { sha: "c0ffee0", html_url: "https://github.com/commit/c0ffee0" } });
    const result = await commitFile(
      { github: testGitHub(), repo: REPO, log },
      { path: "README.md", content: "new\n", message: MESSAGE },
    );
    expect(result).toEqual({
      status: "committed",
      created: false,
      commitSha: "c0ffee0",
      commitUrl: "https://github.com/commit/c0ffee0",
    });
    expectOnly(unmatched, scope);
  });

  it("creates a missing file (no sha)", async () => {
    const scope = api()
      .get(`${REPO_PATH}/contents/roadmap/progress.svg`)
      .reply(404, { message: "Not Found" })
      .put(`${REPO_PATH}/contents/roadmap/progress.svg`, { message: MESSAGE, content: b64("<svg/>") })
      .reply(201, { commit: { sha: "abc" } });
    const result = await commitFile(
      { github: testGitHub(), repo: REPO, log },
      { path: "roadmap/progress.svg", content: "<svg/>", message: MESSAGE },
    );
    expect(result).toMatchObject({ status: "committed", created: true });
    expectOnly(unmatched, scope);
  });

  it("on a 409 re-reads once and retries with the new sha", async () => {
    const scope = api()
      .get(`${REPO_PATH}/contents/README.md`)
      .reply(200, contents("old\n", "s1"))
      .put(`${REPO_PATH}/contents/README.md`, { message: MESSAGE, content: b64("new\n"), sha: "s1" })
      .reply(409, { message: "README.md does not match s1" })
      .get(`${REPO_PATH}/contents/README.md`)
      .reply(200, contents("older\n", "s2"))
      .put(`${REPO_PATH}/contents/README.md`, { message: MESSAGE, content: b64("new\n"), sha: "s2" })
      .reply(200, { commit: { sha: "c2" } });
    const result = await commitFile(
      { github: testGitHub(), repo: REPO, log },
      { path: "README.md", content: "new\n", message: MESSAGE },
    );
    expect(result).toMatchObject({ status: "committed", commitSha: "c2" });
    expectOnly(unmatched, scope);
  });

  it('when the file it would create appeared meanwhile (422 "sha" wasn\'t supplied), re-reads once and updates it', async () => {
    const scope = api()
      .get(`${REPO_PATH}/contents/roadmap/progress.svg`)
      .reply(404, { message: "Not Found" })
      .put(`${REPO_PATH}/contents/roadmap/progress.svg`, { message: MESSAGE, content: b64("<svg/>") })
      .reply(422, { message: 'Invalid request.\n\n"sha" wasn\'t supplied.' })
      .get(`${REPO_PATH}/contents/roadmap/progress.svg`)
      .reply(200, contents("<svg>theirs</svg>", "s9"))
      .put(`${REPO_PATH}/contents/roadmap/progress.svg`, {
        message: MESSAGE,
        content: b64("<svg/>"),
        sha: "s9",
      })
      .reply(200, { commit: { sha: "c9" } });
    const result = await commitFile(
      { github: testGitHub(), repo: REPO, log },
      { path: "roadmap/progress.svg", content: "<svg/>", message: MESSAGE },
    );
    expect(result).toMatchObject({ status: "committed", created: false, commitSha: "c9" });
    expectOnly(unmatched, scope);
  });

  it("throws any other 422 as it is, without a retry", async () => {
    const scope = api()
      .get(`${REPO_PATH}/contents/roadmap/progress.svg`)
      .reply(404, { message: "Not Found" })
      .put(`${REPO_PATH}/contents/roadmap/progress.svg`)
      .reply(422, { message: "Validation Failed", errors: [{ field: "content", code: "invalid" }] });
    await expect(
      commitFile(
        { github: testGitHub(), repo: REPO, log },
        { path: "roadmap/progress.svg", content: "<svg/>", message: MESSAGE },
      ),
    ).rejects.toMatchObject({ status: 422 });
    expectOnly(unmatched, scope);
  });

  it("encodes each path segment: a # or ? in a file name does not cut the URL short", async () => {
    const encoded = `${REPO_PATH}/contents/notes/c%23/a%20b%3F.md`;
    const scope = api()
      .get(encoded)
      .query({ ref: "notes" })
      .reply(200, contents("old\n", "s1"))
      .put(encoded, { message: MESSAGE, content: b64("new\n"), sha: "s1", branch: "notes" })
      .reply(200, { commit: { sha: "c1" } });
    const result = await commitFile(
      { github: testGitHub(), repo: REPO, log },
      { path: "notes/c#/a b?.md", content: "new\n", message: MESSAGE, branch: "notes" },
    );
    expect(result).toMatchObject({ status: "committed", commitSha: "c1" });
    expectOnly(unmatched, scope);
  });

  it("after a 409, stops when someone else already wrote the same bytes", async () => {
    const scope = api()
      .get(`${REPO_PATH}/contents/README.md`)
      .reply(200, contents("old\n", "s1"))
      .put(`${REPO_PATH}/contents/README.md`)
      .reply(409, { message: "conflict" })
      .get(`${REPO_PATH}/contents/README.md`)
      .reply(200, contents("new\n", "s2"));
    const result = await commitFile(
      { github: testGitHub(), repo: REPO, log },
      { path: "README.md", content: "new\n", message: MESSAGE },
    );
    expect(result).toEqual({ status: "unchanged" });
    expectOnly(unmatched, scope);
  });

  it("fails with a clear message after a second 409", async () => {
    const scope = api()
      .get(`${REPO_PATH}/contents/README.md`)
      .times(2)
      .reply(200, contents("old\n", "s1"))
      .put(`${REPO_PATH}/contents/README.md`)
      .times(2)
      .reply(409, { message: "conflict" });
    await expect(
      commitFile(
        { github: testGitHub(), repo: REPO, log },
        { path: "README.md", content: "new\n", message: MESSAGE },
      ),
    ).rejects.toThrow(
      /README\.md changed on the branch while this run was writing it, twice \(HTTP 409 Conflict\)/,
    );
    expectOnly(unmatched, scope);
  });

  it("dry run reads only", async () => {
    const lines: string[] = [];
    const scope = api().get(`${REPO_PATH}/contents/README.md`).reply(200, contents("old\n", "s1"));
    const result = await commitFile(
      { github: testGitHub(), repo: REPO, log: { ...log, info: (m) => lines.push(m) }, dryRun: true },
      { path: "README.md", content: "new\n", message: MESSAGE },
    );
    expect(result).toEqual({ status: "dry-run", existed: true });
    expect(lines).toEqual([`dry run: would update README.md (4 bytes): "${MESSAGE}"`]);
    expectOnly(unmatched, scope);
  });
});

describe("commitFile with an update function", () => {
  it("re-applies the update to what the branch holds after a 409", async () => {
    const seen: (string | undefined)[] = [];
    const update = (current: Uint8Array | undefined) => {
      const text = current ? new TextDecoder().decode(current) : undefined;
      seen.push(text);
      return `${text ?? ""}+block`;
    };
    const scope = api()
      .get(`${REPO_PATH}/contents/README.md`)
      .reply(200, contents("v1", "s1"))
      .put(`${REPO_PATH}/contents/README.md`, { message: MESSAGE, content: b64("v1+block"), sha: "s1" })
      .reply(409, { message: "conflict" })
      .get(`${REPO_PATH}/contents/README.md`)
      .reply(200, contents("v2", "s2"))
      .put(`${REPO_PATH}/contents/README.md`, { message: MESSAGE, content: b64("v2+block"), sha: "s2" })
      .reply(200, { commit: { sha: "c3" } });
    const result = await commitFile(
      { github: testGitHub(), repo: REPO, log },
      { path: "README.md", content: update, message: MESSAGE },
    );
    expect(result).toMatchObject({ status: "committed", commitSha: "c3" });
    expect(seen).toEqual(["v1", "v2"]);
    expectOnly(unmatched, scope);
  });
});

describe("reading a file through the Contents API", () => {
  it("says what it found: the file, nothing, something else, or a file too large to be sent", async () => {
    const scope = api()
      .get(`${REPO_PATH}/contents/roadmap/roadmap.yml`)
      .query({ ref: "main" })
      .reply(200, contents("title: x\n", "s1"))
      .get(`${REPO_PATH}/contents/gone.md`)
      .reply(404, { message: "Not Found" })
      .get(`${REPO_PATH}/contents/notes`)
      .reply(200, [{ name: "redis", type: "dir" }])
      .get(`${REPO_PATH}/contents/big.md`)
      .times(2)
      .reply(200, { type: "file", encoding: "none", content: "", sha: "s2" });
    const github = testGitHub();
    const file = await readContents(github, REPO, "roadmap/roadmap.yml", "main");
    expect(file.state === "file" && new TextDecoder().decode(file.file.bytes)).toBe("title: x\n");
    expect(file).toMatchObject({ state: "file", file: { sha: "s1" } });
    expect(await readContents(github, REPO, "gone.md")).toEqual({ state: "missing" });
    expect(await readContents(github, REPO, "notes")).toEqual({ state: "not-a-file" });
    expect(await readContents(github, REPO, "big.md")).toEqual({ state: "too-large" });
    // readRepoFile (the roadmap, the README): a file too large is an error, not a missing file.
    await expect(readRepoFile(github, REPO, "big.md")).rejects.toThrow(
      "big.md is larger than 1 MB, more than the Contents API returns: keep it under 1 MB",
    );
    expectOnly(unmatched, scope);
  });

  it("passes other errors on; statusOf and isNotFound read any error's HTTP status", async () => {
    const scope = api().get(`${REPO_PATH}/contents/secret.md`).reply(403, { message: "Forbidden" });
    const error: unknown = await readContents(testGitHub(), REPO, "secret.md").catch(
      (caught: unknown) => caught,
    );
    expect(statusOf(error)).toBe(403);
    expect(isNotFound(error)).toBe(false);
    expect(isNotFound(Object.assign(new Error("Not Found"), { status: 404 }))).toBe(true);
    expect(statusOf(new Error("no status"))).toBeUndefined();
    expect(statusOf({ status: "404" })).toBeUndefined();
    expect(statusOf(null)).toBeUndefined();
    expectOnly(unmatched, scope);
  });
});
