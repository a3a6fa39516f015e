// The learner's real roadmap: the fixture is the seed byte for byte, and importing it gives
// exactly tests/fixtures/seed-roadmap.yml, the copy of roadmap/roadmap.yml as the importer
// first wrote it (the live file is the learner's to edit; tests never read it).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { importMarkdown } from "../../../core/import/markdown.js";
import { roadmapToYaml } from "../../../core/import/to-yaml.js";
import { allTopics } from "../../../core/model/roadmap.js";
import { validateRoadmap } from "../../../core/validate/validate-roadmap.js";
import { withoutRequires } from "../../helpers/seed.js";

const root = new URL("../../../", import.meta.url);
const seedBytes = readFileSync(new URL("tests/fixtures/seed-roadmap.md", root));
// The seed's hand-added `requires:` lists are not in the Markdown: compared without them.
const committedYaml = withoutRequires(readFileSync(new URL("tests/fixtures/seed-roadmap.yml", root), "utf8"));
const imported = importMarkdown(seedBytes.toString("utf8"));

describe("the seed roadmap", () => {
  it("is the learner's file byte for byte", () => {
    expect(createHash("sha256").update(seedBytes).digest("hex")).toBe(
      "285d2cdd4b0dba810c89710da5d49d7615eac796b2063b33a3bc57992dbaa467",
    );
  });

  it("imports to tests/fixtures/seed-roadmap.yml byte for byte", () => {
    expect(parse(roadmapToYaml(imported.roadmap))).toEqual(parse(committedYaml));
    // And the committed file is the importer's text (plus nothing hand-edited).
    expect(committedYaml).toBe(roadmapToYaml(imported.roadmap));
  });

  it("imports without warnings, repairing the Mac Roman mojibake", () => {
    expect(imported.warnings).toEqual([]);
    expect(imported.summary).toBe("imported 10 sections, 27 topics, 93 focus items; every line understood");
    expect(imported.repairedMojibake).toBe(true);
    expect(imported.repairedLines).toHaveLength(18);
  });

  it("has 10 sections, 27 entries (1 practice, 25 topics, 1 project) and 4 notes", () => {
    const { roadmap } = imported;
    expect(
      roadmap.sections.map((section) => `${section.emoji} ${section.id}: ${section.topics.length}`),
    ).toEqual([
      "📅 daily: 1",
      "🧠 backend-core: 8",
      "🎨 frontend: 3",
      "🐧 linux: 2",
      "🏗 infrastructure: 5",
      "🔌 realtime: 1",
      "🧠 knowledge: 2",
      "🤖 llms: 3",
      "🧬 version-control: 1",
      "🎯 output: 1",
    ]);
    const kinds = roadmap.sections.flatMap((section) => section.topics.map((topic) => topic.kind ?? "topic"));
    expect(kinds.filter((kind) => kind === "practice")).toHaveLength(1);
    expect(kinds.filter((kind) => kind === "topic")).toHaveLength(25);
    expect(kinds.filter((kind) => kind === "project")).toHaveLength(1);
    expect(roadmap.notes).toHaveLength(4);
  });

  it("validates, with the schema's defaults filled in", () => {
    const result = validateRoadmap(committedYaml, "seed-roadmap.yml");
    expect(result.problems).toEqual([]);
    if (!result.ok) return;
    expect(allTopics(result.roadmap)).toHaveLength(27);
    expect(allTopics(result.roadmap).filter(({ topic }) => topic.kind === "topic")).toHaveLength(25);
  });

  it("reads the special entries as written", () => {
    const [daily, backend, frontend, , , , , llms, , output] = imported.roadmap.sections;
    expect(daily!.topics[0]).toEqual({
      id: "leetcode",
      title: "LeetCode (1 problem/day)",
      kind: "practice",
      priority: "high",
      difficulty: "medium",
      time: "short",
      timebox: "30–60 minutes",
      goal: "Maintain algorithmic thinking and problem-solving sharpness (no grinding).",
      practice: { site: "leetcode", difficulty: "medium", source: "pool" },
    });
    expect(backend!.topics.find((topic) => topic.id === "redis")).toEqual({
      id: "redis",
      title: "Redis",
      priority: "high",
      difficulty: ["easy", "medium"],
      time: "short",
      focus: ["caching", "rate limiting", "pub/sub", "session storage"],
    });
    expect(frontend).toMatchObject({
      id: "frontend",
      title: "Frontend",
      subtitle: "Basic – Supporting Role",
    });
    expect(llms!.topics[2]).toMatchObject({
      id: "llm-system-design",
      priority: ["low", "medium"],
      difficulty: "hard",
    });
    expect(output!.topics[0]).toEqual({
      id: "production-grade-project",
      title: "Production-Grade Project",
      subtitle: "Django API + Next.js Frontend",
      kind: "project",
      priority: "critical",
      difficulty: "hard",
      time: "long",
      lead: "This project must demonstrate:",
      expectation: [
        "clean backend architecture",
        "async processing & messaging",
        "real-time features",
        "Linux-based deployment",
        "CI/CD and infrastructure",
        "production-minded design decisions",
      ],
    });
  });

  it("keeps intro and notes Markdown as written, without the two-space line breaks", () => {
    expect(imported.roadmap.intro).toBe(
      [
        "This repository documents my structured learning path while unemployed, with a **strong focus on backend engineering**, system design, Linux, and production-grade skills.",
        "Frontend is intentionally kept **basic** (Next.js fundamentals only) to support full-stack collaboration.",
        "LLMs are included from a **backend/infra integration perspective**, not hype-driven usage.",
      ].join("\n"),
    );
    expect(imported.roadmap.notes).toContain(
      "LLMs are approached as **systems to integrate**, not magic tools.",
    );
    expect(committedYaml).not.toMatch(/ +$/m);
  });

  it("writes the YAML with the schema hint first and short ranges in flow style", () => {
    expect(committedYaml.startsWith("# yaml-language-server: $schema=./schema.json\n")).toBe(true);
    expect(committedYaml).toContain("        difficulty: [easy, medium]\n");
    expect(committedYaml).toContain(
      "        practice: { site: leetcode, difficulty: medium, source: pool }\n",
    );
    expect(committedYaml).toContain("        focus:\n          - ORM deep dive\n");
  });
});
