import { describe, expect, it } from "vitest";
import { encodeRepoPath } from "../../../core/github/contents.js";
import {
  listPullFiles,
  MAX_NOTES_READS,
  notesFilesOf,
  readNotesFiles,
} from "../../../core/notes/read-notes.js";
import { api, expectOnly, REPO, REPO_PATH, testGitHub, trackUnmatched } from "../../helpers/github.js";
import { base64 } from "../../helpers/pull-requests.js";

const record = trackUnmatched();

describe("reading a pull request's notes", () => {
  it("keeps the notes files the PR adds or changes, never a removed one or notes/README.md", () => {
    expect(
      notesFilesOf([
        { filename: "notes/redis/a.md", status: "added" },
        { filename: "notes/redis/b.MD", status: "modified" },
        { filename: "notes/redis/c.md", status: "renamed", previous_filename: "notes/old/c.md" },
        { filename: "notes/redis/d.md", status: "removed" },
        { filename: "notes/README.md", status: "modified" },
        { filename: "notes/redis/diagram.png", status: "added" },
        { filename: "docs/notes/x.md", status: "added" },
      ]),
    ).toEqual(["notes/redis/a.md", "notes/redis/b.MD", "notes/redis/c.md"]);
  });

  it("pages through the file list 100 at a time", async () => {
    const page2 = `${REPO_PATH}/pulls/7/files?per_page=100&page=2`;
    const scope = api()
      .get(`${REPO_PATH}/pulls/7/files`)
      .query({ per_page: "100" })
      .reply(
        200,
        Array.from({ length: 100 }, (_, i) => ({
          filename: `notes/redis/${i}.md`,
          status: "added",
          sha: "x",
        })),
        { link: `<https://api.github.com${page2}>; rel="next"` },
      )
      .get(`${REPO_PATH}/pulls/7/files`)
      .query({ per_page: "100", page: "2" })
      .reply(200, [{ filename: "notes/redis/last.md", status: "added" }]);
    const files = await listPullFiles(testGitHub(), REPO, 7);
    expect(files).toHaveLength(101);
    expect(files[100]).toEqual({ filename: "notes/redis/last.md", status: "added" });
    expectOnly(record, scope);
  });

  it("reads each file at the commit with its path segments encoded, and says why a file has no text", async () => {
    const scope = api()
      .get(`${REPO_PATH}/contents/notes/c%23/a%20b%3F.md`)
      .query({ ref: "sha1" })
      .reply(200, { type: "file", encoding: "base64", content: base64("# C#\n") })
      .get(`${REPO_PATH}/contents/notes/redis/big.md`)
      .query({ ref: "sha1" })
      .reply(200, { type: "file", encoding: "none", content: "" })
      .get(`${REPO_PATH}/contents/notes/redis/gone.md`)
      .query({ ref: "sha1" })
      .reply(404, { message: "Not Found" });
    const inputs = await readNotesFiles(
      testGitHub(),
      REPO,
      ["notes/c#/a b?.md", "notes/redis/big.md", "notes/redis/gone.md"],
      "sha1",
    );
    expect(inputs).toEqual([
      { path: "notes/c#/a b?.md", text: "# C#\n" },
      { path: "notes/redis/big.md", unreadable: "larger than 1 MB" },
      { path: "notes/redis/gone.md", unreadable: "not found at this commit" },
    ]);
    expectOnly(record, scope);
    expect(encodeRepoPath("notes/ü/100%.md")).toBe("notes/%C3%BC/100%25.md");
  });

  it(`reads at most ${MAX_NOTES_READS} files per event; the rest count by their folder`, async () => {
    const paths = Array.from({ length: MAX_NOTES_READS + 2 }, (_, i) => `notes/redis/${i}.md`);
    const scope = api()
      .get(/\/contents\/notes\/redis\/\d+\.md/)
      .query(true)
      .times(MAX_NOTES_READS)
      .reply(200, { type: "file", encoding: "base64", content: base64("x") });
    const inputs = await readNotesFiles(testGitHub(), REPO, paths, "sha1");
    expect(inputs.filter((input) => input.text === "x")).toHaveLength(MAX_NOTES_READS);
    expect(inputs.at(-1)).toEqual({
      path: `notes/redis/${MAX_NOTES_READS + 1}.md`,
      unreadable: `only the first ${MAX_NOTES_READS} notes files of a pull request are read`,
    });
    scope.done();
  });
});
