import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importMarkdown, MarkdownImportError } from "../../../core/import/markdown.js";
import { roadmapToYaml } from "../../../core/import/to-yaml.js";
import { validateRoadmap } from "../../../core/validate/validate-roadmap.js";

const other = readFileSync(new URL("../../fixtures/other-roadmap.md", import.meta.url), "utf8");

describe("a differently shaped roadmap (tests/fixtures/other-roadmap.md)", () => {
  const imported = importMarkdown(other);

  it("imports with defaults instead of failing, and the result validates", () => {
    expect(imported.roadmap).toEqual({
      title: "Go & Systems Study Plan",
      intro: "A plan written in a hurry, in a different shape: numbered headings, plain fields.",
      sections: [
        {
          id: "foundations",
          title: "Foundations",
          topics: [
            {
              id: "go-basics",
              title: "Go Basics",
              priority: "high",
              difficulty: "easy",
              time: "short",
              focus: ["syntax", "slices & maps", "error handling"],
            },
            {
              id: "concurrency",
              title: "Concurrency",
              priority: "medium",
              difficulty: ["medium", "hard"],
              time: "medium",
              timebox: "2 weeks",
              focus: ["goroutines", "channels"],
              description: "I keep forgetting how select works.",
              resources: [{ title: "the Go blog" }],
            },
          ],
          description: "Some thoughts about this part that are not a topic.",
        },
        {
          id: "tooling",
          title: "Tooling",
          topics: [
            {
              id: "profiling",
              title: "Profiling",
              priority: "critical",
              difficulty: ["easy", "hard"],
              time: "long",
              timebox: "a month",
              scope: ["pprof", "tracing with @rsc's notes", "flame graphs", "Deep dive"],
              description: "This sub-heading is deeper than a topic.",
              checked: ["tracing with @rsc's notes"],
            },
          ],
        },
      ],
      notes: ["Keep it small. Really small."],
    });
    expect(imported.repairedMojibake).toBe(false);
    expect(validateRoadmap(roadmapToYaml(imported.roadmap), "imported.yml").problems).toEqual([]);
  });

  it("warns about every guess, naming the line, and reports the default once", () => {
    expect(imported.warnings).toEqual([
      'line 28: "Profiling": difficulty range "hard to easy" runs backwards; read as easy → hard',
      'line 33: a topic has one checklist: the "Focus" items of "Profiling" were added to its scope',
      'line 38: section "Empty Section" has no topics; left out',
      "no priority on 1 topic: used medium (first: line 15)",
    ]);
    expect(imported.summary).toBe(
      "imported 2 sections, 3 topics, 9 focus items (1 already done); every line understood",
    );
  });
});

describe("importMarkdown on small shapes", () => {
  it("defaults every missing rating and warns once per field", () => {
    const { roadmap, warnings } = importMarkdown("# R\n\n## S\n\n### Bare topic\n");
    expect(roadmap.sections[0]!.topics[0]).toEqual({
      id: "bare-topic",
      title: "Bare topic",
      priority: "medium",
      difficulty: "medium",
      time: "medium",
    });
    expect(warnings).toEqual([
      "no priority on 1 topic, no difficulty on 1 topic, no time cost on 1 topic: used medium (first: line 5)",
    ]);
  });

  it("says when a topic's id needed a suffix: two checkboxes of one name are often one topic", () => {
    const { roadmap, warnings } = importMarkdown("# R\n\n## S\n\n- [ ] Docker\n- [ ] Docker\n- [ ] Git\n");
    expect(roadmap.sections[0]!.topics.map((topic) => topic.id)).toEqual(["docker", "docker-2", "git"]);
    expect(warnings[0]).toBe(
      'line 6: topic "Docker" gets the id "docker-2": "docker" is taken by "Docker" (line 5); merge them if they are one topic',
    );
  });

  it("reads CRLF files like LF files", () => {
    const lf =
      "# R\n\nIntro.\n\n## 🧠 S\n\n### T\n- **Priority:** Low  \n- **Difficulty:** Easy  \n- **Time Cost:** Short\n";
    expect(importMarkdown(lf.replace(/\n/g, "\r\n"))).toEqual(importMarkdown(lf));
    expect(importMarkdown(lf).warnings).toEqual([]);
  });

  it("puts topics into one section when the file has a single heading level", () => {
    const { roadmap, warnings } = importMarkdown(
      "# Plan\n\n## Go\nPriority: high\nDifficulty: easy\nTime: short\n\n## Notes\n- one\n",
    );
    expect(roadmap.sections).toEqual([
      {
        id: "topics",
        title: "Topics",
        topics: [{ id: "go", title: "Go", priority: "high", difficulty: "easy", time: "short" }],
      },
    ]);
    expect(roadmap.notes).toEqual(["one"]);
    expect(warnings).toEqual(['line 3: no section headings; all topics go into one section "Topics"']);
  });

  it("has a default title when there is no # heading", () => {
    const { roadmap, warnings } = importMarkdown(
      "## S\n### T\nPriority: low\nDifficulty: easy\nTime: short\n",
    );
    expect(roadmap.title).toBe("Learning Roadmap");
    expect(warnings).toEqual(['line 1: no "# Title" heading; using the title "Learning Roadmap"']);
  });

  it("treats # headings as sections when the first one is followed by topics", () => {
    const { roadmap } = importMarkdown("# A\n## x\n# B\n## y\n");
    expect(roadmap.title).toBe("Learning Roadmap");
    expect(roadmap.sections.map((section) => [section.id, section.topics.map((topic) => topic.id)])).toEqual([
      ["a", ["x"]],
      ["b", ["y"]],
    ]);
  });

  it("gives colliding titles distinct ids and keeps one practice topic", () => {
    const { roadmap, warnings } = importMarkdown(
      "# R\n## S\n### LeetCode\n### LeetCode\n### Docker\n## T\n### Docker\n",
    );
    const topics = roadmap.sections.flatMap((section) => section.topics);
    expect(topics.map((topic) => [topic.id, topic.kind ?? "topic"])).toEqual([
      ["leetcode", "practice"],
      ["leetcode-2", "topic"],
      ["docker", "topic"],
      ["docker-2", "topic"],
    ]);
    expect(warnings).toContain('line 4: only one daily-practice topic: "LeetCode" stays a plain topic');
  });

  it("keeps nested and wrapped list items, keeps ticks, and counts a code fence as not understood", () => {
    const { roadmap, warnings } = importMarkdown(
      [
        "# R",
        "## S",
        "### T",
        "**Priority:** high",
        "**Difficulty:** easy",
        "**Time Cost:** short",
        "**Focus:**",
        "  - [ ] first item",
        "    that wraps",
        "  - [x] second",
        "```",
        "## not a heading",
        "```",
      ].join("\n"),
    );
    expect(roadmap.sections[0]!.topics[0]!.focus).toEqual(["first item that wraps", "second"]);
    expect(roadmap.sections[0]!.topics[0]!.checked).toEqual(["second"]);
    expect(roadmap.sections).toHaveLength(1);
    expect(warnings).toEqual(["left out what is not a section, topic, field or note: line 11 (code)"]);
  });

  it("fails only when there is nothing that looks like a topic", () => {
    expect(() => importMarkdown("# Just a title\n\nSome text.\n")).toThrow(MarkdownImportError);
  });
});

/** Milliseconds `run` takes, best of three (the first runs pay for warming up). */
function timeOf(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe("untrusted input", () => {
  it.each([
    ["a heading with a long run of spaces", (s: string) => `# R\n## S${s}(x\n### T${s}y\n`],
    [
      "field values with a long run of spaces",
      (s: string) => `# R\n## S\n### T\nPriority: high${s}x\nTime: 2${s}w(\n`,
    ],
    ["a list item with a long run of spaces", (s: string) => `# R\n## S\n- **A**${s}—${s}b,${s}c\n`],
  ])("imports %s in linear time", (_, make) => {
    const small = make(" ".repeat(20_000));
    const large = make(" ".repeat(80_000));
    expect(importMarkdown(large).roadmap.sections).toHaveLength(1);
    // Four times the input may take about four times as long; quadratic would be sixteen.
    expect(timeOf(() => importMarkdown(large))).toBeLessThan(timeOf(() => importMarkdown(small)) * 8 + 50);
  });

  it("cuts an over-long topic title and keeps a long run of emoji in the section title", () => {
    const { roadmap, warnings } = importMarkdown(`# R\n## ${"🧠".repeat(20)} S\n### ${"t".repeat(300)}\n`);
    const yaml = roadmapToYaml(roadmap);
    expect(validateRoadmap(yaml, "r.yml").problems).toEqual([]);
    expect(roadmap.sections[0]!.emoji).toBeUndefined();
    expect(roadmap.sections[0]!.topics[0]!.title).toHaveLength(240);
    expect(warnings[0]).toMatch(/^line 3: a topic title has at most 240 characters/);
  });
});

describe("resources", () => {
  it("keeps links as title and url, a relative link or a book by its title", () => {
    const { roadmap } = importMarkdown(
      [
        "# R",
        "## S",
        "### T",
        "Resources: [Docs](https://example.com/docs), [Local notes](./notes.md)",
        "",
        "### U",
        "**Resources:**",
        "- [The Book](https://example.com/book) - read chapters 1-3",
        "- Designing Data-Intensive Applications",
        "- https://example.com/bare",
      ].join("\n"),
    );
    const [t, u] = roadmap.sections[0]!.topics;
    expect(t!.resources).toEqual([
      { title: "Docs", url: "https://example.com/docs" },
      { title: "Local notes" },
    ]);
    expect(u!.resources).toEqual([
      { title: "The Book", url: "https://example.com/book" },
      { title: "Designing Data-Intensive Applications" },
      { title: "https://example.com/bare", url: "https://example.com/bare" },
    ]);
  });
});

describe("the report", () => {
  it("tells the same guess in many topics once, with its lines", () => {
    const topics = ["A", "B", "C"]
      .map((name) => `### ${name}\nPriority: hgih\n**Notes:** later\n`)
      .join("\n");
    const { warnings } = importMarkdown(`# R\n## S\n${topics}### D\nPriority: hgih\n`);
    expect(warnings).toEqual([
      'lines 4, 8, 12, 15: read priority "hgih" as high',
      'lines 5, 9, 13: unknown field "Notes" kept in the topic\'s description',
      "no difficulty on 4 topics, no time cost on 4 topics: used medium (first: line 3)",
    ]);
  });

  it("keeps the topic's name when a guess happens once", () => {
    const { warnings } = importMarkdown("# R\n## S\n### A\nPriority: hgih\nLevel: easy\nTime: short\n");
    expect(warnings).toEqual(['line 4: "A": read priority "hgih" as high']);
  });
});

describe("bold list items under a section", () => {
  it("are topics even when their label starts like a field's name", () => {
    const { roadmap } = importMarkdown(
      "# R\n## Soft skills\n- **Time Management:** planning, focus\n- **Writing:** docs, RFCs\n",
    );
    expect(roadmap.sections[0]!.topics.map((topic) => [topic.title, topic.focus])).toEqual([
      ["Time Management", ["planning", "focus"]],
      ["Writing", ["docs", "RFCs"]],
    ]);
  });
});

describe("headings under a topic", () => {
  it("are its items, ticked when marked done, and their text is still the topic's", () => {
    const { roadmap } = importMarkdown(
      "# R\n## S\n### SQL\nLevel: easy\n#### Joins ✅\nInner and outer.\n#### Window functions\n",
    );
    expect(roadmap.sections[0]!.topics[0]).toMatchObject({
      title: "SQL",
      focus: ["Joins", "Window functions"],
      checked: ["Joins"],
      description: "Inner and outer.",
    });
  });
});
