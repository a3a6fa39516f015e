import { describe, expect, it } from "vitest";
import { analyzeNotes } from "../../../core/notes/analyze.js";
import { notesCheck, roadmapUnreadableCheck } from "../../../core/notes/notes-check.js";
import { roadmap } from "../../helpers/notes.js";

describe("notesCheck", () => {
  it("succeeds with a one-line summary naming the topics", () => {
    const analysis = analyzeNotes(roadmap, [
      { path: "notes/redis/a.md", text: "# a" },
      { path: "notes/postgresql/b.md", text: "# b" },
    ]);
    expect(notesCheck(analysis)).toEqual({
      conclusion: "success",
      title: "Notes for Redis, PostgreSQL",
      summary: "2 notes files for 2 topics: Redis, PostgreSQL.",
      annotations: [],
    });
  });

  it("fails with one annotation per problem on its line, warnings included", () => {
    const analysis = analyzeNotes(roadmap, [
      { path: "notes/redsi/a.md", text: "# a" },
      { path: "notes/redis/b.md", text: "---\nfocus: [cachng]\n---\n" },
      { path: "notes/redis/c.md", unreadable: "larger than 1 MB" },
    ]);
    const check = notesCheck(analysis);
    expect(check.conclusion).toBe("failure");
    expect(check.title).toBe("2 problems in the notes");
    expect(check.annotations).toEqual([
      {
        path: "notes/redis/b.md",
        start_line: 2,
        end_line: 2,
        start_column: 9,
        end_column: 9,
        annotation_level: "failure",
        title: "Study notes",
        message: 'topic "redis" has no focus item "cachng": did you mean "caching"?',
      },
      {
        path: "notes/redis/c.md",
        start_line: 1,
        end_line: 1,
        start_column: 1,
        end_column: 1,
        annotation_level: "warning",
        title: "Study notes (warning)",
        message: "front matter not read (larger than 1 MB): the file counts for the topic of its folder",
      },
      {
        path: "notes/redsi/a.md",
        start_line: 1,
        end_line: 1,
        start_column: 1,
        end_column: 1,
        annotation_level: "failure",
        title: "Study notes",
        message: 'unknown topic "redsi" (the folder notes/redsi/): did you mean "redis"?',
      },
    ]);
    expect(check.summary).toMatchInlineSnapshot(`
      "- notes/redis/b.md:2:9 topic "redis" has no focus item "cachng": did you mean "caching"?
      - (warning) notes/redis/c.md:1:1 front matter not read (larger than 1 MB): the file counts for the topic of its folder
      - notes/redsi/a.md:1:1 unknown topic "redsi" (the folder notes/redsi/): did you mean "redis"?"
    `);
  });

  it("is neutral when the roadmap cannot be read", () => {
    expect(roadmapUnreadableCheck("roadmap/roadmap.yml on main is not valid")).toEqual({
      conclusion: "neutral",
      title: "Notes not checked",
      summary:
        "roadmap/roadmap.yml on main is not valid: the notes are checked once the roadmap is valid again.",
      annotations: [],
    });
  });
});
