import { describe, expect, it } from "vitest";
import {
  addNotesPaths,
  readNotesFolders,
  topicsWithNotes,
  withNotesPaths,
} from "../../../core/readme/notes-links.js";
import { offlineProgress } from "../../../core/model/progress.js";
import { api, expectOnly, REPO, REPO_PATH, testGitHub, trackUnmatched } from "../../helpers/github.js";
import { roadmap } from "../../helpers/notes.js";

const record = trackUnmatched();

describe("notes folders for the README", () => {
  it("maps the folders of notes/ to the roadmap's topics", () => {
    expect(topicsWithNotes(roadmap, ["redis", "kubernetes", "PostgreSQL"])).toEqual({ redis: "notes/redis" });
  });

  it("fills notesPath into a progress snapshot without changing the input, and clears a stale one", () => {
    const progress = offlineProgress(roadmap);
    progress.topics.postgresql!.notesPath = "notes/postgresql";
    const filled = withNotesPaths(progress, { redis: "notes/redis" });
    expect(filled.topics.redis).toEqual({ status: "todo", checked: 0, total: 3, notesPath: "notes/redis" });
    expect(filled.topics.postgresql).toEqual({ status: "todo", checked: 0, total: 2 });
    expect(progress.topics.redis!.notesPath).toBeUndefined();
  });

  it("lists notes/ in one request, and finds none when the folder does not exist", async () => {
    const scope = api()
      .get(`${REPO_PATH}/contents/notes`)
      .query({ ref: "main" })
      .reply(200, [
        { name: "README.md", type: "file" },
        { name: "redis", type: "dir" },
        { name: "postgresql", type: "dir" },
      ])
      .get(`${REPO_PATH}/contents/notes`)
      .reply(404, { message: "Not Found" });
    const github = testGitHub();
    const progress = await addNotesPaths(github, REPO, roadmap, offlineProgress(roadmap), "main");
    expect(Object.entries(progress.topics).map(([id, state]) => [id, state.notesPath])).toEqual([
      ["leetcode", undefined],
      ["redis", "notes/redis"],
      ["postgresql", "notes/postgresql"],
    ]);
    expect(await readNotesFolders(github, REPO)).toEqual([]);
    expectOnly(record, scope);
  });
});
